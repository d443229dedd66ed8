"""Exercise pages: the library, one page per exercise with its drawing, and each leaflet's printable sheet."""
from __future__ import annotations

from .. import addresses
from ..drawing import VARIANTS
from ..memo import NO_MEMO, Memo, Same
from ..model import Exercise, Leaflet, LeafletLink, Site
from ..schema import BODY_AREAS
from ..wording import sheet_title
from .page import File, Page


def drawing_urls(exercise: Exercise) -> dict[str, str | None]:
    """Each drawing of an exercise: still (always: on screen and on paper), and moving when it moves."""
    moves = exercise.meta.illustration.pose.at_start() is not None
    return {v: addresses.drawing(exercise.id, v) if moves or v == "still" else None for v in VARIANTS}


def exercise_pages(site: Site, memo: Memo = NO_MEMO) -> list[Page]:
    """/exercises/, one page per exercise, and an A4 exercise sheet for each leaflet that lists exercises."""
    used_by: dict[str, list[LeafletLink]] = {e.id: [] for e in site.exercises}
    for leaflet in site.leaflets:  # one pass over the leaflets, not one per exercise
        for exercise_id in dict.fromkeys(leaflet.meta.exercises):
            used_by.get(exercise_id, []).append(leaflet.link)
    drawings = memo.keep("drawings", "", tuple(map(Same, site.exercises)),
                         lambda: {e.id: drawing_urls(e) for e in site.exercises})
    groups = [(area, name, [e for e in site.exercises if e.meta.body_area == area]) for area, name in BODY_AREAS.items()]
    pages = [Page(addresses.EXERCISES, "exercises.html", "Exercises", {"groups": [g for g in groups if g[2]]})]
    pages += [Page(e.url, "exercise.html", e.meta.title, {"exercise": e, "used_by": used_by[e.id], "drawings": drawings})
              for e in site.exercises]
    sheets = [exercise_sheet(site, leaflet, drawings, memo) for leaflet in site.leaflets if leaflet.meta.exercises]
    return pages + sheets


def exercise_sheet(site: Site, leaflet: Leaflet, drawings: dict, memo: Memo = NO_MEMO) -> Page:
    """A leaflet's exercises on A4, with when to stop and get help now (the sheet may be all a patient keeps), the
    sheet's own address and QR code, and the leaflet's address."""
    exercises = [site.exercise_by_id[i] for i in leaflet.meta.exercises]
    # the title as a sentence uses it depends on the leaflet's words too, which its link leaves out
    inputs = (Same(leaflet.link), leaflet.title_in_sentence, Same(leaflet.care), Same(drawings), *map(Same, exercises))
    sheet = addresses.exercise_sheet(leaflet.url)
    return memo.keep("exercise sheet", leaflet.slug, inputs, lambda: Page(
        sheet, "exercise_sheet.html", sheet_title(leaflet.title_in_sentence),
        {"leaflet": leaflet.link, "in_sentence": leaflet.title_in_sentence, "care": leaflet.care,
         "exercises": exercises, "qr": addresses.qr_of(sheet), "drawings": drawings}))


def drawing_files(site: Site) -> list[File]:
    """Each exercise's pose, to be drawn as its own SVG files: the still drawing, and the moving one."""
    files = []
    for e in site.exercises:
        pose, alt = e.meta.illustration.pose, e.meta.illustration.alt
        files += [File(url, "drawing", (pose, alt, variant))
                  for variant, url in drawing_urls(e).items() if url]
    return files
