"""site_config.yaml: the site's name, organisation, policies and navigation."""
from __future__ import annotations

from pydantic import Field

from .common import Email, HttpsUrl, Slug, Strict, Text, UkPhone, UrlPath


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
