"""The shape of every source file, as pydantic models: unknown keys are errors, values are typed and immutable."""
from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator

BODY_AREAS = {
    "back": "Back", "neck": "Neck", "shoulder": "Shoulder", "elbow": "Elbow", "wrist-and-hand": "Wrist and hand",
    "hip": "Hip", "knee": "Knee", "ankle-and-foot": "Ankle and foot", "general": "General aches and pains",
}
BodyArea = Literal["back", "neck", "shoulder", "elbow", "wrist-and-hand", "hip", "knee", "ankle-and-foot", "general"]

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


# --- site_config.yaml -------------------------------------------------------------------------------

class Contact(Strict):
    phone: UkPhone
    email: Email


class NavItem(Strict):
    label: Text
    href: UrlPath


class SiteConfig(Strict):
    site_name: Text
    organisation: Text
    nhs_organisation: bool
    base_url: HttpsUrl
    contact: Contact
    default_service: Slug | None = None
    demo: bool
    external_fonts: bool = False
    max_review_interval_years: int = Field(ge=1, le=5)
    waiting_time_max_age_days: int = Field(ge=1, le=730)
    max_reading_age: float = Field(ge=5, le=18)
    navigation: tuple[NavItem, ...] = ()


# --- conditions/*.md front matter -------------------------------------------------------------------

class SafetyNetting(Strict):
    non_urgent: tuple[Text, ...] = ()
    urgent: tuple[Text, ...] = ()
    emergency: tuple[Text, ...] = ()

    @model_validator(mode="after")
    def _not_empty(self) -> SafetyNetting:
        if not (self.non_urgent or self.urgent or self.emergency):
            raise ValueError("safety_netting is empty: list at least one symptom under non_urgent, urgent or emergency")
        return self


class Source(Strict):
    title: Text
    url: HttpsUrl


class LeafletMeta(Strict):
    title: Text
    summary: Text
    body_area: BodyArea
    also_known_as: tuple[Text, ...]
    self_referral_suitable: bool
    do: tuple[Text, ...] = ()
    dont: tuple[Text, ...] = ()
    exercises: tuple[Slug, ...] = ()
    safety_netting: SafetyNetting
    related: tuple[Slug, ...] = ()
    reviewed: date
    review_due: date
    reviewer: Text
    sources: tuple[Source, ...] = Field(min_length=1)
    redirect_from: tuple[UrlPath, ...] = ()


class PageMeta(Strict):
    """Front matter of a general page in content/pages/."""

    title: Text
    summary: Text


# --- content/services.yaml, practices.yaml, postcode-districts.yaml ---------------------------------

class SelfReferral(Strict):
    web: HttpsUrl | None = None
    phone: UkPhone | None = None
    phone_hours: Text | None = None

    @model_validator(mode="after")
    def _route(self) -> SelfReferral:
        if not (self.web or self.phone):
            raise ValueError("self_referral needs a web form address (web) or a phone number (phone)")
        if self.phone and not self.phone_hours:
            raise ValueError("phone_hours is missing: say when the phone line is open, e.g. Monday to Friday, 8am to 6pm")
        return self


class Eligibility(Strict):
    minimum_age: int = Field(ge=0, le=25)
    registered_in_area: bool
    not_under_treatment: bool
    other: tuple[Text, ...] = ()


class ClinicSite(Strict):
    name: Text
    address: Text
    postcode: Postcode


class WaitingTime(Strict):
    weeks: int = Field(ge=0, le=104)
    measured: date


class Service(Strict):
    id: Slug
    name: Text
    provider: Text
    area: Text
    description: Text
    website: HttpsUrl | None = None
    self_referral: SelfReferral | None = None
    gp_referral: bool
    eligibility: Eligibility
    sites: tuple[ClinicSite, ...] = Field(min_length=1)
    waiting_time: WaitingTime | None = None

    @model_validator(mode="after")
    def _some_route(self) -> Service:
        if not self.self_referral and not self.gp_referral:
            raise ValueError("the service has no route in: add self_referral or set gp_referral: true")
        return self


class ServicesFile(Strict):
    services: tuple[Service, ...] = Field(min_length=1)


class Practice(Strict):
    code: OdsCode
    name: Text
    town: Text
    postcode: Postcode
    service: Slug
    fcp: bool = False
    notes: Text | None = None


class PracticesFile(Strict):
    practices: tuple[Practice, ...] = ()


class DistrictEntry(Strict):
    district: District
    service: Slug
    shared: bool = False


class DistrictsFile(Strict):
    districts: tuple[DistrictEntry, ...] = ()
