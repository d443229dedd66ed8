"""The GP surgery kit: a permanent address, a QR code and a poster for every leaflet, exercise sheet and practice
page, on one page for surgeries; the QR code files; and one printable A4 poster page each."""
from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from .. import addresses
from ..memo import NO_MEMO, Memo, Same
from ..model import Leaflet, Site
from ..wording import long_date, sheet_title
from .directory import INLINE_PRACTICES, PracticeView, ServiceView
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
    closed: bool = False  # a closed practice: its poster and QR code stay, but the kit no longer lists it
    # A practice whose service takes referrals by phone: the number and when it is open, for a poster's reader
    # without a smartphone (a phone-only service's poster said "refer yourself by phone" and gave no number).
    phone: str | None = None
    phone_hours: str | None = None
    referral: bool = False  # an open practice's poster: a way into physiotherapy, so the urgent signs come first

    @property
    def qr(self) -> str:
        return addresses.qr_of(self.url)


def _leaflet_entries(site: Site, leaflet: Leaflet) -> list[KitEntry]:
    base = site.config.base_url
    entries = [KitEntry(leaflet.meta.title, leaflet.url, base + leaflet.url, leaflet.meta.summary,
                        addresses.poster(leaflet.url))]
    if leaflet.meta.exercises:
        sheet = addresses.exercise_sheet(leaflet.url)
        entries.append(KitEntry(sheet_title(leaflet.title_in_sentence), sheet, base + sheet,
                                "Exercises with pictures, to print.", None))
    return entries


def _practice_entry(site: Site, practice: PracticeView, service: ServiceView) -> KitEntry:
    # A closed practice's poster stays (surgeries may have printed or bookmarked it) and says where to look now.
    line = (f"This practice closed on {long_date(practice.closed)}. Scan the code to see where its patients go now."
            if practice.closed else practice.route)
    referral = service.service.self_referral
    phone = referral if referral and referral.phone and not practice.closed else None
    return KitEntry(f"Physiotherapy for patients of {practice.name}", practice.url, site.config.base_url + practice.url,
                    line, addresses.poster(practice.url), closed=practice.closed is not None,
                    phone=phone and phone.phone, phone_hours=phone and phone.phone_hours,
                    referral=practice.closed is None)


Kit = tuple[list[tuple[str, list[KitEntry]]], list[KitEntry]]  # ([(body area name, entries)], practice entries)


def kit_entries(site: Site, views: dict[str, ServiceView], by_code: dict[str, PracticeView],
                memo: Memo = NO_MEMO) -> Kit:
    """([(area name, entries)], practice entries): every leaflet and its sheet by body area; every practice, closed
    ones included, since their posters and QR codes stay too."""
    def entries(leaflet: Leaflet) -> list[KitEntry]:
        return memo.keep("kit entries", leaflet.slug, (Same(leaflet.link), leaflet.title_in_sentence,
                                                        site.config.base_url), lambda: _leaflet_entries(site, leaflet))
    areas = [(name, [e for leaflet in leaflets for e in entries(leaflet)])
             for _, name, leaflets in leaflets_by_area(site)]
    practices = [_practice_entry(site, p, views[p.service]) for p in by_code.values()]
    return areas, practices


def gp_kit_pages(kit: Kit, memo: Memo = NO_MEMO) -> list[Page]:
    """The kit page and a poster page for each leaflet and practice (not in the sitemap: they are for printing)."""
    areas, practices = kit
    open_practices = [e for e in practices if not e.closed]
    listed = open_practices if len(open_practices) <= INLINE_PRACTICES else []
    pages = [Page(addresses.GP_KIT, "for_gp_surgeries.html", "Leaflets, links and posters for GP surgeries",
                  {"areas": areas, "practices": listed, "practice_count": len(open_practices)})]
    entries = [e for _, group in areas for e in group] + practices
    pages += [memo.keep("poster", e.poster, (Same(e),), partial(_poster, e)) for e in entries if e.poster]
    return pages


def _poster(entry: KitEntry) -> Page:
    return Page(entry.poster, "poster.html", f"Poster: {entry.title}", {"entry": entry}, in_sitemap=False)


def qr_files(kit: Kit, memo: Memo = NO_MEMO) -> list[File]:
    """A QR code of the full address (base_url included) of every entry in the kit, as printed on paper."""
    areas, practices = kit
    return [memo.keep("qr", e.qr, (e.full,), partial(File, e.qr, "qr", e.full))
            for entries in [*(group for _, group in areas), practices] for e in entries]
