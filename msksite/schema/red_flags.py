"""content/red-flags.yaml: the red-flag library, one entry per red flag, signed and dated like a leaflet.

A red flag's wording and tier live here once. Leaflets name entries by id (`- flag: <id>`), so the same symptom
is worded, tiered and reviewed in one place, and `check` can insist on the ones every leaflet of an area needs.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, ValidationInfo, field_validator

from .common import BODY_AREAS, BodyArea, Slug, Strict, Text
from .leaflet import Source

# Where to go, most urgent first. urgent_care is for what needs seeing today but not an ambulance, such as a
# possible broken bone you can still get to hospital with: an urgent treatment centre or A&E.
Tier = Literal["emergency", "urgent_care", "urgent"]
ALL_AREAS = "all"
Area = Literal[tuple([*BODY_AREAS, ALL_AREAS])]  # type: ignore[valid-type]


# A sign: one to four lower-case words, each of which may end in * ("numb*" matches numb, numbness).
Sign = Annotated[str, StringConstraints(pattern=r"^[a-z]+\*?( [a-z]+\*?){0,3}$")]


class RedFlag(Strict):
    id: Slug
    text: Text = Field(description="What patients see; it completes the card's heading, e.g. 'Call 999 if: ...'")
    tier: Tier
    areas: tuple[Area, ...] = Field(min_length=1, description="Body areas it applies to, or `all`")
    required_in: tuple[Area, ...] = Field(default=(), description="Areas whose every leaflet must list it")
    self_referral: bool = Field(default=False, description="Listed first on the self-referral page, before any referral route")
    patients_say: tuple[Text, ...] = Field(default=(), description="How patients describe it, for search")
    signs: tuple[Sign, ...] = Field(default=(), description="Words that mark this flag, e.g. `numb* bottom`: a "
                                    "leaflet's line in its own words, on a less urgent card, that has every word of "
                                    "one is an error (a word ending in * stands for any ending)")
    source: Source
    reviewed: date
    review_due: date
    reviewer: Text

    @field_validator("required_in")
    @classmethod
    def _required_where_it_applies(cls, required: tuple[str, ...], info: ValidationInfo) -> tuple[str, ...]:
        applies = set(info.data.get("areas", ()))
        outside = [a for a in required if a not in applies and ALL_AREAS not in applies]
        if applies and outside:
            raise ValueError(f"required_in names {', '.join(outside)}, which is not in areas: add it to areas too")
        return required

    def applies_to(self, area: BodyArea) -> bool:
        return ALL_AREAS in self.areas or area in self.areas

    def required_for(self, area: BodyArea) -> bool:
        return ALL_AREAS in self.required_in or area in self.required_in

    def marked_in(self, text: str) -> tuple[str, ...]:
        """The words of text that make up the first of its signs found there, or () (a sign's word ending in *
        matches any ending)."""
        words = re.findall(r"[a-z]+", text.lower())
        for sign in self.signs:
            found = [next((w for w in words if (w.startswith(part[:-1]) if part.endswith("*") else w == part)), None)
                     for part in sign.split()]
            if None not in found:
                return tuple(found)
        return ()


class RedFlagLibrary(Strict):
    flags: tuple[RedFlag, ...] = Field(min_length=1)
