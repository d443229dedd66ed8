"""Old addresses: every address a leaflet, exercise, service or general page has left (its `redirect_from`), each
answered by a small page that sends the visitor on, and Netlify's _redirects file (a real 301)."""
from __future__ import annotations

from typing import NamedTuple

from .. import addresses
from ..load import CONDITIONS, EXERCISES, PAGES, SERVICES
from ..model import Site
from ..wording import sheet_title
from .page import File, Page


class Move(NamedTuple):
    old: str
    new: str
    title: str
    source: str
    loc: tuple  # where the old address is written in its source: ("redirect_from", n), or in a service's entry
    qr: bool = False  # the GP kit offered a QR code of it, which a surgery may have put on its own website


def moved(site: Site) -> list[Move]:
    """Every address something has left, with where it is now; a leaflet's exercise sheet and poster moved with it."""
    out = []
    for leaflet in site.leaflets:
        source = f"{CONDITIONS}/{leaflet.source}"
        for n, old in enumerate(leaflet.meta.redirect_from):
            at = ("redirect_from", n)
            out.append(Move(old, leaflet.url, leaflet.meta.title, source, at, qr=True))
            if leaflet.meta.exercises:
                out.append(Move(addresses.exercise_sheet(old), addresses.exercise_sheet(leaflet.url),
                                sheet_title(leaflet.title_in_sentence), source, at, qr=True))
            # surgeries may have bookmarked a waiting-room poster to print again
            out.append(Move(addresses.poster(old), addresses.poster(leaflet.url), f"Poster: {leaflet.meta.title}",
                            source, at))
    out += [Move(old, e.url, e.meta.title, f"{EXERCISES}/{e.id}.yaml", ("redirect_from", n))
            for e in site.exercises for n, old in enumerate(e.meta.redirect_from)]
    out += [Move(old, addresses.service(s.id), s.name, SERVICES, ("services", i, "redirect_from", n))
            for i, s in enumerate(site.services) for n, old in enumerate(s.redirect_from)]
    out += [Move(old, p.url, p.meta.title, f"{PAGES}/{p.slug}.md", ("redirect_from", n))
            for p in site.pages for n, old in enumerate(p.meta.redirect_from)]
    return out


def redirects(site: Site) -> tuple[list[Page], list[File]]:
    """A page at each old address for any host, and the _redirects file's pairs: each old address sends everything
    under it along too (render/files.py), so an address that goes where that sends it needs no pair of its own.
    An old address the GP kit gave a QR code keeps that image: of the old address, which still leads on."""
    moves = moved(site)
    pages = [Page(m.old, "redirect.html", m.title, {"target": m.new}, in_sitemap=False, source=m.source,
                  source_loc=m.loc) for m in moves]
    olds = {m.old: m.new for m in moves}
    pairs = [(m.old, m.new) for m in moves if not _carried(m, olds)]
    codes = [File(addresses.qr_of(m.old), "qr", site.config.base_url + m.old) for m in moves if m.qr]
    return pages, [File(addresses.REDIRECTS, "redirects", pairs), *codes]


def _carried(move: Move, olds: dict[str, str]) -> bool:
    """Whether another old address's pair already sends this one where it goes (its "*" rule carries the rest of
    the address along: a leaflet's old exercise sheet), so it needs no pair of its own."""
    return any(old != move.old and move.old.startswith(old) and move.new == new + move.old[len(old):]
               for old, new in olds.items())

