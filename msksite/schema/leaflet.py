"""Front matter of conditions/*.md (leaflets) and content/pages/*.md (general pages)."""
from __future__ import annotations

import difflib

import re
from datetime import date
from typing import Annotated, Literal

from pydantic import Field, PlainValidator, ValidationInfo, WithJsonSchema, field_validator, model_validator

from .. import addresses
from .common import BodyArea, HttpsUrl, OldPath, Slug, Strict, Text, old_addresses

_SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


class FlagRef(Strict):
    """`- flag: <id>`: a red flag from content/red-flags.yaml, worded and tiered there."""

    flag: Slug


def _net_item(value: object) -> str | FlagRef:
    """A line of the leaflet's own, or a red flag from the library by id."""
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, dict) and set(value) == {"flag"} and isinstance(value["flag"], str) and _SLUG.fullmatch(value["flag"]):
        return FlagRef(flag=value["flag"])
    raise ValueError(_why_not_an_item(value))


def _why_not_an_item(value: object) -> str:
    """What is wrong with a care-card line, in the terms of the usual slips."""
    keys = [str(key) for key in value] if isinstance(value, dict) else []
    if keys == ["flag"] and value["flag"] is None:
        return ("the red flag's id is missing after `flag:`; write one from content/red-flags.yaml, "
                "e.g. `flag: new-lump`")
    if keys and keys[0].strip().lower() == "flag":
        return f"write `flag:` in small letters, not `{keys[0]}:`"
    if keys and difflib.get_close_matches(keys[0].lower(), ["flag"], cutoff=0.6):
        return f"`{keys[0]}:` is not a field here; did you mean `flag:`, to name a red flag from content/red-flags.yaml?"
    if isinstance(value, dict):  # `see a GP if: ...` read as a field and its value
        return "this line has a colon in it, so it is read as two parts; put the whole line in double quotes"
    return "each item is a line of text, or `flag: <id>` naming an entry in content/red-flags.yaml"


# In the JSON Schema (which the browser editor is made from) a line is text or a `flag:` reference; x-editor names
# the form control that offers both, as no stock control writes "text or a one-key mapping".
NetItem = Annotated[str | FlagRef, PlainValidator(_net_item), WithJsonSchema({
    "anyOf": [{"type": "string", "minLength": 1},
              {"type": "object", "properties": {"flag": {"type": "string", "pattern": _SLUG.pattern}},
               "required": ["flag"], "additionalProperties": False}],
    "x-editor": "safety-line"})]


class NoEmergency(Strict):
    """Why a leaflet has no 999 advice at all: a clinical decision, so a clinician signs it."""

    reason: Text
    signed_by: Text
    signed_on: date


class SafetyNetting(Strict):
    non_urgent: tuple[Text, ...] = Field(default=(), description="When to see a GP or physiotherapist: "
                                         "never signs that need 111, A&E or 999")
    urgent: tuple[NetItem, ...] = ()
    urgent_care: tuple[NetItem, ...] = ()
    emergency: tuple[NetItem, ...] = ()
    no_emergency: NoEmergency | None = None

    @model_validator(mode="after")
    def _emergency_or_reason(self) -> SafetyNetting:
        if not self.emergency and self.no_emergency is None:
            raise ValueError("safety_netting has no `emergency:` list: add the 999 red flags for this body area, or, if "
                             "this leaflet truly needs none, a signed `no_emergency:` with reason, signed_by and signed_on")
        if self.emergency and self.no_emergency is not None:
            raise ValueError("safety_netting has an `emergency:` list and a `no_emergency:` reason: remove one")
        return self


class Source(Strict):
    title: Text
    url: HttpsUrl


class LeafletMeta(Strict):
    # The descriptions are the help text beside each field in the browser editor (editor/fields.py).
    title: Text = Field(description="The condition's name, in the words patients use, e.g. Knee pain")
    summary: Text = Field(description="One or two short sentences: what it is, and what usually happens. "
                          "Shown under the title and in search results")
    body_area: BodyArea = Field(description="Where it sits in the A to Z. It also sets which red flags the "
                                "leaflet must list (see the red-flag library)")
    also_known_as: tuple[Text, ...] = Field(description="Other names people search for, e.g. slipped disc")
    self_referral_suitable: bool = Field(description="On if patients with this can refer themselves to physiotherapy")
    do: tuple[Text, ...] = Field(default=(), description="Short lines for the Do list, each starting with a verb")
    dont: tuple[Text, ...] = Field(default=(), description="Short lines for the Don't list, each starting with do not")
    exercises: tuple[Slug, ...] = Field(default=(), description="Exercises from the exercise library, in the order shown")
    exercises_start: Text | None = Field(default=None, description="When to start the exercises, if not straight "
                                         "away, e.g. Start these after the first 2 to 3 days. Shown above them, and "
                                         "at the top of their printed sheet")
    safety_netting: SafetyNetting = Field(description="When to get help. Each urgent line is a red flag from the "
                                          "library, or a line in this leaflet's own words")
    related: tuple[Slug, ...] = Field(default=(), description="Other leaflets to suggest at the end")
    reviewed: date = Field(description="When a clinician last checked this leaflet")
    review_due: date = Field(description="When it must be checked again: after reviewed, and within the site's "
                             "review interval")
    reviewer: Text = Field(description="The reviewer's role, e.g. MSK clinical lead")
    sources: tuple[Source, ...] = Field(min_length=1, description="Where the facts come from (the words are our own)")
    redirect_from: tuple[OldPath, ...] = old_addresses("leaflet", addresses.leaflet("sore-knee"))

    @field_validator("exercises_start")
    @classmethod
    def _exercises_to_start(cls, start: str | None, info: ValidationInfo) -> str | None:
        # A field's validator, not the model's, so the problem is reported at this field's line.
        if start and "exercises" in info.data and not info.data["exercises"]:  # (not when exercises has its own mistake)
            raise ValueError("is set, but `exercises` lists none: add the exercises, or remove exercises_start")
        return start


class PageMeta(Strict):
    """Front matter of a general page in content/pages/."""

    title: Text
    summary: Text
    redirect_from: tuple[OldPath, ...] = old_addresses("page", addresses.page("about-us"))


class AppliesTo(Strict):
    areas: tuple[BodyArea | Literal["all"], ...] = ()
    leaflets: tuple[Slug, ...] = ()

    @model_validator(mode="after")
    def _somewhere(self) -> AppliesTo:
        if not (self.areas or self.leaflets):
            raise ValueError("applies_to is empty: list body `areas` (or `all`) and/or `leaflets` by file name")
        return self


class SharedSectionMeta(Strict):
    """Front matter of content/sections/*.md: a section written once and shown on every leaflet it applies to."""

    title: Text = Field(description="The section's heading on each leaflet")
    applies_to: AppliesTo
    reviewed: date
    review_due: date
    reviewer: Text
