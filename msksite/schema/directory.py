"""content/services.yaml, practices.yaml and postcode-districts.yaml: the service directory."""
from __future__ import annotations

from datetime import date

from pydantic import Field, field_validator, model_validator

from .. import addresses
from .common import (District, HttpsUrl, Name, OdsCode, OldPath, Postcode, Slug, Strict, Text, UkPhone,
                     old_addresses)


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
    younger_people: Text | None = Field(default=None, description="How someone under minimum_age gets help")
    registered_in_area: bool
    not_under_treatment: bool
    other: tuple[Text, ...] = Field(default=(), description='More conditions, each finishing "You can use this service '
                                    'if:" in lower case with no full stop, e.g. "you can get to one of our clinics"')

    @model_validator(mode="after")
    def _route_for_younger_people(self) -> Eligibility:
        # A 16- or 17-year-old turned away with no route is left with nowhere to go.
        if self.minimum_age > 0 and not self.younger_people:
            raise ValueError(f"eligibility has minimum_age {self.minimum_age} but no `younger_people`: say how someone "
                             f"under {self.minimum_age} gets help, e.g. 'If you are under {self.minimum_age}, see a GP. "
                             "They can refer you to the children and young people's physiotherapy team.'")
        return self


class ClinicSite(Strict):
    name: Name
    address: Text
    postcode: Postcode


class WaitingTime(Strict):
    weeks: int = Field(ge=0, le=104)
    measured: date


class Service(Strict):
    id: Slug
    name: Name
    provider: Text
    area: Text
    description: Text
    website: HttpsUrl | None = None
    self_referral: SelfReferral | None = None
    gp_referral: bool
    eligibility: Eligibility
    sites: tuple[ClinicSite, ...] = Field(min_length=1)
    waiting_time: WaitingTime | None = None
    # e.g. when two services merge: the practices move to the one kept, and its page answers at the other's address
    redirect_from: tuple[OldPath, ...] = old_addresses("service", addresses.service("south-wessex-physio"))

    @field_validator("self_referral", mode="before")
    @classmethod
    def _not_left_empty(cls, value: object) -> object:
        # `self_referral:` with nothing under it (half way through an edit) read as "no self-referral": every page of
        # the service's practices then sent people to a GP, under a description saying they could refer themselves.
        if value is None:
            raise ValueError("self_referral has nothing under it: add `web:` or `phone:` (with `phone_hours:`) under "
                             "it, or delete the line if people cannot refer themselves")
        return value

    @model_validator(mode="after")
    def _some_route(self) -> Service:
        if not self.self_referral and not self.gp_referral:
            raise ValueError("the service has no route in: add self_referral or set gp_referral: true")
        return self


class ServicesFile(Strict):
    services: tuple[Service, ...] = Field(min_length=1)


class Practice(Strict):
    code: OdsCode
    name: Name
    town: Name
    postcode: Postcode
    service: Slug
    fcp: bool = False
    notes: Text | None = Field(default=None, description="The practice's own words, shown under \"A note from\" its name: "
                               "say what the page does not (which days the First Contact Practitioner works, say); it "
                               "already explains the service, the referral route and the First Contact Practitioner")
    closed: date | None = Field(default=None, description="When the practice closed; its page stays and says so")
    moved_to: OdsCode | None = Field(default=None, description="The practice a closed practice's patients moved to, "
                                     "if known: its page sends them there")


class PracticesFile(Strict):
    practices: tuple[Practice, ...] = ()


class DistrictEntry(Strict):
    district: District
    service: Slug
    shared: bool = False


class DistrictsFile(Strict):
    districts: tuple[DistrictEntry, ...] = ()
