"""site_config.yaml: the site's name, organisation, policies and navigation."""
from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints

from .common import Email, HttpsUrl, Slug, Strict, Text, UkPhone, UrlPath


class Contact(Strict):
    phone: UkPhone
    email: Email


class NavItem(Strict):
    label: Text
    href: UrlPath


class Editor(Strict):
    """The browser editor at /admin/ (Decap CMS). The site has one only when this block is present."""

    repo: Annotated[str, StringConstraints(pattern=r"^[\w.-]+/[\w.-]+$")] = Field(
        description="The GitHub repository the site is built from, as owner/name")
    branch: Text = Field(default="main", description="The branch the live site is built from")
    auth_url: HttpsUrl | None = Field(default=None, description="The server that signs editors in to GitHub "
                                      "(OAuth); leave it out to use Netlify's")


class SiteConfig(Strict):
    site_name: Text
    organisation: Text
    nhs_organisation: bool
    # Every QR code holds it (with a page's path): a long one makes the codes dense and hard to scan from paper
    base_url: HttpsUrl = Field(max_length=100, description="The site's address, e.g. https://msk.example.nhs.uk")
    contact: Contact
    default_service: Slug | None = None
    demo: bool
    external_fonts: bool = False
    max_review_interval_years: int = Field(ge=1, le=5)
    waiting_time_max_age_days: int = Field(ge=1, le=730)
    max_reading_age: float = Field(ge=5, le=18)
    navigation: tuple[NavItem, ...] = ()
    editor: Editor | None = None
