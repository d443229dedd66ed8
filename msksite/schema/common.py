"""Field types and the base model every source schema shares."""
from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, WithJsonSchema

BODY_AREAS = {
    "back": "Back", "neck": "Neck", "shoulder": "Shoulder", "elbow": "Elbow", "wrist-and-hand": "Wrist and hand",
    "hip": "Hip", "knee": "Knee", "ankle-and-foot": "Ankle and foot", "general": "General aches and pains",
}
# The keys are what files say; the names are what pages show. The Literal is made from the keys so they never drift.
BodyArea = Literal[tuple(BODY_AREAS)]  # type: ignore[valid-type]

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
# The name of a practice, service or town: the longest ODS practice name is under 100 characters, and a longer one
# is a paste gone wrong (a 1,500-letter word overflowed the /find/ lookup's sharding).
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
SLUG_MAX = 80  # it is part of a page's address, printed on leaflets and posters
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=SLUG_MAX)]
# "/" or words between single slashes: never "//host/", which a browser reads as another site
UrlPath = Annotated[str, StringConstraints(pattern=r"^/([a-z0-9_-]+/)*$")]


# Starter content says `reviewer: "Example content: not yet clinically reviewed"` until a clinician has checked it.
# A live site (demo: false) refuses it, and pages say "not yet reviewed" rather than "last reviewed" on the day it
# was written.
# The editor's preview applies the same rule in the browser, from these two (editor_data).
UNREVIEWED_START = "example"
UNREVIEWED_WORDS = ("not yet", "not reviewed", "unreviewed")


def unreviewed(reviewer: str) -> bool:
    """Whether a `reviewer` says no clinician has checked the entry: the placeholder, or words to that effect."""
    words = " ".join(reviewer.casefold().split())
    return words.startswith(UNREVIEWED_START) or any(w in words for w in UNREVIEWED_WORDS)


# An address a page has left: at least one word, so never the home page "/" itself.
OldPath = Annotated[str, StringConstraints(pattern=r"^/([a-z0-9_-]+/)+$")]


def old_addresses(thing: str, example: str):
    """The field of old addresses a renamed thing keeps answering at: GP surgeries link to and print them."""
    return Field(default=(), description=f"Old addresses of this {thing}, so links to them still work: when you "
                 f"rename the {thing}, add its old address here, e.g. {example}")


# Each rule is one regex, used here and handed to the browser editor through the JSON Schema (its `pattern`),
# so the form and `check` refuse the same values. The messages are the ones both show.
HTTPS_PATTERN = r"^https://[^\s/]+\.[^\s/]+(/\S*)?$"
HTTPS_MESSAGE = "must be a full web address starting with https://"
# A UK number: 0 or +44, then 9 or 10 digits; spaces and hyphens may stand between the digits.
UK_PHONE_PATTERN = r"^(0|\+44)([\s-]*[0-9]){9,10}$"
# The example is no service's number: a manager who had just changed one could copy the old one back from it.
UK_PHONE_MESSAGE = "is not a UK phone number (write it like 01632 960123, with no letters)"


def _https(value: str) -> str:
    if not re.fullmatch(HTTPS_PATTERN, value):
        raise ValueError(HTTPS_MESSAGE)
    return value


def _uk_phone(value: str) -> str:
    if not re.fullmatch(UK_PHONE_PATTERN, value):
        raise ValueError(UK_PHONE_MESSAGE)
    return value


def pattern_schema(regex: str, message: str) -> WithJsonSchema:
    """The JSON schema of a text checked by a validator: its pattern and message, which the editor's form checks
    with before saving (msksite/editor/fields.py)."""
    return WithJsonSchema({"type": "string", "pattern": regex, "x-message": message})


POSTCODE = r"[A-Z]{1,2}[0-9][A-Z0-9]?"
HttpsUrl = Annotated[str, AfterValidator(_https), pattern_schema(HTTPS_PATTERN, HTTPS_MESSAGE)]
UkPhone = Annotated[str, AfterValidator(_uk_phone), pattern_schema(UK_PHONE_PATTERN, UK_PHONE_MESSAGE)]
Postcode = Annotated[str, StringConstraints(pattern=rf"^{POSTCODE} [0-9][ABD-HJLNP-UW-Z]{{2}}$")]
District = Annotated[str, StringConstraints(pattern=rf"^{POSTCODE}$")]
ODS_CODE = r"^[A-Z][0-9]{5}$"  # a GP practice's NHS ODS code, e.g. A81001 (the ODS import checks each row by it)
OdsCode = Annotated[str, StringConstraints(pattern=ODS_CODE)]
Email = Annotated[str, StringConstraints(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")]


class Strict(BaseModel):
    """Base for every model: reject unknown keys (typos), freeze values."""

    model_config = ConfigDict(extra="forbid", frozen=True)
