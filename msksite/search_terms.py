"""The small word list the search page uses for "Did you mean ...?": titles and lay terms, each with its page."""
from __future__ import annotations

import json
import re

from .model import Site
from .schema import BODY_AREAS

# "Heel pain (plantar fasciitis)" or "Aches and pains: staying active": people type one part, not both.
_TITLE_PARTS = re.compile(r"\s*[():]\s*")


def title_terms(title: str) -> list[str]:
    """The title, and each part of a title that has a bracketed or after-the-colon part."""
    parts = [part for part in _TITLE_PARTS.split(title) if part]
    return [title, *parts] if len(parts) > 1 else [title]


def search_terms(site: Site) -> str:
    """JSON list of {term, title, url}, lower-case terms, one per title or lay term, for in-browser spelling help."""
    terms: list[dict[str, str]] = []

    def add(term: str, title: str, url: str) -> None:
        terms.append({"term": term.lower().replace("\u2019", "'"), "title": title, "url": url})

    for leaflet in site.leaflets:
        # The body area too: someone who types just "back" or "knee" wants that area's leaflets first.
        area = BODY_AREAS[leaflet.meta.body_area]
        for term in (*title_terms(leaflet.meta.title), *leaflet.meta.also_known_as, area):
            add(term, leaflet.meta.title, leaflet.url)
    for service in site.services:
        add(service.name, service.name, f"/services/{service.id}/")
        add(service.area, service.name, f"/services/{service.id}/")
    for exercise in site.exercises:
        add(exercise.meta.title, exercise.meta.title, exercise.url)
    unique = {(t["term"], t["url"]): t for t in terms}
    return json.dumps(list(unique.values()), separators=(",", ":"), sort_keys=True)
