"""Leaflet pages: home, the A to Z, one page per leaflet and general pages (old addresses: moves.py)."""
from __future__ import annotations

from .. import addresses
from ..load import PAGES
from ..memo import NO_MEMO, Memo, Same
from ..model import Leaflet, Site
from ..schema import BODY_AREAS
from .page import Page

AreaGroup = tuple[str, str, list[Leaflet]]


def leaflets_by_area(site: Site) -> list[AreaGroup]:
    """(area id, area name, leaflets) for each body area that has leaflets, in the fixed area order."""
    by_area: dict[str, list[Leaflet]] = {area: [] for area in BODY_AREAS}
    for leaflet in site.leaflets:  # one pass, in the site's order
        by_area[leaflet.meta.body_area].append(leaflet)
    return [(area, BODY_AREAS[area], leaflets) for area, leaflets in by_area.items() if leaflets]


def leaflet_pages(site: Site, memo: Memo = NO_MEMO) -> list[Page]:
    """Home, the A to Z, each leaflet and each general page."""
    areas = [(area, name, [l.link for l in leaflets]) for area, name, leaflets in leaflets_by_area(site)]
    pages = [Page(addresses.HOME, "home.html", site.config.site_name, {"areas": areas}),
             Page(addresses.CONDITIONS, "conditions.html", "Conditions A to Z",
                  {"areas": areas, "leaflets": [l.link for l in site.leaflets]})]
    pages += [leaflet_page(site, leaflet, memo) for leaflet in site.leaflets]
    pages += [Page(p.url, "page.html", p.meta.title, {"content": p}, source=f"{PAGES}/{p.slug}.md") for p in site.pages]
    return pages


def leaflet_page(site: Site, leaflet: Leaflet, memo: Memo = NO_MEMO) -> Page:
    """A leaflet's page: the leaflet, the leaflets it relates to, its exercises and the shared sections it shows."""
    related = [site.leaflet_by_slug[s].link for s in leaflet.meta.related]
    exercises = [site.exercise_by_id[e] for e in leaflet.meta.exercises]
    shared = [section for section in site.sections if section.applies_to(leaflet)]
    inputs = (Same(leaflet), *map(Same, related), None, *map(Same, exercises), None, *map(Same, shared))

    def page() -> Page:
        context = {"leaflet": leaflet, "related": related, "exercises": exercises, "qr": addresses.qr(leaflet.slug),
                   "sheet": addresses.exercise_sheet(leaflet.url) if exercises else None, "shared": shared}
        return Page(leaflet.url, "condition.html", leaflet.meta.title, context, source=f"conditions/{leaflet.source}")
    return memo.keep("leaflet page", leaflet.slug, inputs, page)
