"""Exercise pages, per-leaflet exercise sheets and the GP surgery kit: pages built on the leaflet model."""
from __future__ import annotations

from .gp_kit import qr_url
from .model import Site
from .pages import Page, leaflets_by_area
from .schema import BODY_AREAS


def exercise_pages(site: Site) -> list[Page]:
    """/exercises/, one page per exercise, and an A4 exercise sheet for each leaflet that lists exercises."""
    used_by = {e.id: [l for l in site.leaflets if e.id in l.meta.exercises] for e in site.exercises}
    groups = [(name, [e for e in site.exercises if e.meta.body_area == area]) for area, name in BODY_AREAS.items()]
    pages = [Page("/exercises/", "exercises.html", "Exercises", {"groups": [g for g in groups if g[1]]})]
    pages += [Page(e.url, "exercise.html", e.meta.title, {"exercise": e, "used_by": used_by[e.id]}) for e in site.exercises]
    for leaflet in site.leaflets:
        if leaflet.meta.exercises:
            pages.append(Page(f"{leaflet.url}exercises/", "exercise_sheet.html", f"Exercises for {leaflet.meta.title.lower()}",
                              {"leaflet": leaflet, "exercises": [site.exercise_by_id[i] for i in leaflet.meta.exercises],
                               "qr": qr_url(leaflet)}))
    return pages


def gp_pages(site: Site) -> list[Page]:
    return [Page("/for-gp-surgeries/", "for_gp_surgeries.html", "Leaflets for GP surgeries",
                 {"areas": leaflets_by_area(site), "qr_url": qr_url})]


def exercise_files(site: Site) -> dict[str, str]:
    """Each exercise's drawing as its own file, so pages stay small and the browser caches it."""
    return {f"exercises/{e.id}/drawing.svg": e.svg for e in site.exercises}
