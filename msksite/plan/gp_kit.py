"""The GP surgery kit: a permanent address, a QR code and a poster for every leaflet, exercise sheet and practice
page, on one page for surgeries; the QR code files; and one printable A4 poster page each."""
from __future__ import annotations

from dataclasses import dataclass

from .. import addresses
from ..model import Leaflet, Site
from .directory import INLINE_PRACTICES, PracticeView, ServiceView, practice_views
from .leaflets import leaflets_by_area
from .page import File, Page


@dataclass(frozen=True)
class KitEntry:
    """One address a surgery can share: what it is, the address in full, its QR code and (for some) a poster."""

    title: str
    url: str
    full: str
    line: str            # the one plain sentence a poster says under the title
    poster: str | None

    @property
    def qr(self) -> str:
        return addresses.qr_of(self.url)


def _leaflet_entries(site: Site, leaflet: Leaflet) -> list[KitEntry]:
    base = site.config.base_url
    entries = [KitEntry(leaflet.meta.title, leaflet.url, base + leaflet.url, leaflet.meta.summary,
                        addresses.poster(leaflet.url))]
    if leaflet.meta.exercises:
        sheet = addresses.exercise_sheet(leaflet.url)
        entries.append(KitEntry(f"Exercises for {leaflet.meta.title.lower()}", sheet, base + sheet,
                                "Exercises with pictures, to print.", None))
    return entries


def _practice_entry(site: Site, practice: PracticeView) -> KitEntry:
    return KitEntry(f"Physiotherapy for patients of {practice.name}", practice.url, site.config.base_url + practice.url,
                    practice.route, addresses.poster(practice.url))


def kit_entries(site: Site, views: dict[str, ServiceView]) -> tuple[list, list[KitEntry]]:
    """([(area name, entries)], practice entries): every leaflet and its sheet by body area; every open practice."""
    areas = [(name, [e for leaflet in leaflets for e in _leaflet_entries(site, leaflet)])
             for _, name, leaflets in leaflets_by_area(site)]
    practices = [_practice_entry(site, p) for p in practice_views(site, views).values() if not p.closed]
    return areas, practices


def gp_kit_pages(site: Site, views: dict[str, ServiceView]) -> list[Page]:
    """The kit page and a poster page for each leaflet and practice (not in the sitemap: they are for printing)."""
    areas, practices = kit_entries(site, views)
    listed = practices if len(practices) <= INLINE_PRACTICES else []
    pages = [Page(addresses.GP_KIT, "for_gp_surgeries.html", "Leaflets, links and posters for GP surgeries",
                  {"areas": areas, "practices": listed, "practice_count": len(practices)})]
    entries = [e for _, group in areas for e in group] + practices
    pages += [Page(e.poster, "poster.html", f"Poster: {e.title}", {"entry": e}, in_sitemap=False)
              for e in entries if e.poster]
    return pages


def qr_files(site: Site, views: dict[str, ServiceView]) -> list[File]:
    """A QR code of the full address (base_url included) of every entry in the kit, as printed on paper."""
    areas, practices = kit_entries(site, views)
    return [File(e.qr, "qr", e.full) for entries in [*(group for _, group in areas), practices] for e in entries]
