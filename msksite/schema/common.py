"""Field types and the base model every source schema shares."""
from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints

BODY_AREAS = {
    "back": "Back", "neck": "Neck", "shoulder": "Shoulder", "elbow": "Elbow", "wrist-and-hand": "Wrist and hand",
    "hip": "Hip", "knee": "Knee", "ankle-and-foot": "Ankle and foot", "general": "General aches and pains",
}
# The keys are what files say; the names are what pages show. The Literal is made from the keys so they never drift.
BodyArea = Literal[tuple(BODY_AREAS)]  # type: ignore[valid-type]

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
UrlPath = Annotated[str, StringConstraints(pattern=r"^/[a-z0-9/_-]*/$")]


def _https(value: str) -> str:
    if not re.fullmatch(r"https://[^\s/]+\.[^\s/]+(/\S*)?", value):
        raise ValueError("must be a full web address starting with https://")
    return value


def _uk_phone(value: str) -> str:
    digits = re.sub(r"[\s-]", "", value)
    if not re.fullmatch(r"0\d{9,10}|\+44\d{9,10}", digits):
        raise ValueError("is not a UK phone number (write it like 01632 960001)")
    return value


POSTCODE = r"[A-Z]{1,2}[0-9][A-Z0-9]?"
HttpsUrl = Annotated[str, AfterValidator(_https)]
UkPhone = Annotated[str, AfterValidator(_uk_phone)]
Postcode = Annotated[str, StringConstraints(pattern=rf"^{POSTCODE} [0-9][ABD-HJLNP-UW-Z]{{2}}$")]
District = Annotated[str, StringConstraints(pattern=rf"^{POSTCODE}$")]
OdsCode = Annotated[str, StringConstraints(pattern=r"^[A-Z][0-9]{5}$")]
Email = Annotated[str, StringConstraints(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")]


class Strict(BaseModel):
    """Base for every model: reject unknown keys (typos), freeze values."""

    model_config = ConfigDict(extra="forbid", frozen=True)
