"""The small word list the search page uses for "Did you mean ...?": titles and lay terms, each with its page."""
from __future__ import annotations

import json

from .model import Site


def search_terms(site: Site) -> str:
    """JSON list of {term, title, url}, lower-case terms, one per title or lay term, for in-browser spelling help."""
    terms: list[dict[str, str]] = []
    for leaflet in site.leaflets:
        for term in (leaflet.meta.title, *leaflet.meta.also_known_as):
            terms.append({"term": term.lower(), "title": leaflet.meta.title, "url": leaflet.url})
    for service in site.services:
        terms.append({"term": service.name.lower(), "title": service.name, "url": f"/services/{service.id}/"})
        terms.append({"term": service.area.lower(), "title": service.name, "url": f"/services/{service.id}/"})
    for exercise in site.exercises:
        terms.append({"term": exercise.meta.title.lower(), "title": exercise.meta.title, "url": exercise.url})
    unique = {(t["term"], t["url"]): t for t in terms}
    return json.dumps(list(unique.values()), separators=(",", ":"), sort_keys=True)
