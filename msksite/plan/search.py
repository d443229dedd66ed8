"""The search page and its word list for "Did you mean ...?": titles and lay terms, each with its page."""
from __future__ import annotations

import re

from .. import addresses
from ..model import Site
from ..schema import BODY_AREAS
from .directory import ServiceView
from .page import File, Page

# "Heel pain (plantar fasciitis)" or "Aches and pains: staying active": people type one part, not both.
_TITLE_PARTS = re.compile(r"\s*[():]\s*")


def search_page() -> Page:
    return Page(addresses.SEARCH, "search.html", "Search", in_sitemap=False)


def title_terms(title: str) -> list[str]:
    """The title, and each part of a title that has a bracketed or after-the-colon part."""
    parts = [part for part in _TITLE_PARTS.split(title) if part]
    return [title, *parts] if len(parts) > 1 else [title]


def search_terms(site: Site, views: dict[str, ServiceView]) -> File:
    """A list of {term, title, url}, lower-case terms, one per title or lay term, for in-browser spelling help."""
    terms: list[dict[str, str]] = []

    def add(term: str, title: str, url: str) -> None:
        terms.append({"term": term.lower().replace("\u2019", "'"), "title": title, "url": url})

    for leaflet in site.leaflets:
        # The body area too: someone who types just "back" or "knee" wants that area's leaflets first.
        area = BODY_AREAS[leaflet.meta.body_area]
        for term in (*title_terms(leaflet.meta.title), *leaflet.meta.also_known_as, area):
            add(term, leaflet.meta.title, leaflet.url)
    for view in views.values():
        add(view.name, view.name, view.url)
        add(view.service.area, view.name, view.url)
    for exercise in site.exercises:
        add(exercise.meta.title, exercise.meta.title, exercise.url)
    unique = {(t["term"], t["url"]): t for t in terms}
    return File(addresses.SEARCH_TERMS, "json", list(unique.values()))
