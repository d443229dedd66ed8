"""The service directory's pages: services, self-referral, find your service, one page per GP practice, lookup data."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from collections.abc import Iterable
from typing import Any

from .. import addresses
from ..model import NetLine, Site
from ..schema import BODY_AREAS, Practice, RedFlag, Service
from ..schema.red_flags import ALL_AREAS
from ..schema.directory import WaitingTime
from ..wording import closed_route, practice_route
from .lookup import lookup_files, name_words
from .page import File, Page


@dataclass(frozen=True)
class PracticeView:
    """A GP practice with its address and its route into physiotherapy; other fields come from the practice."""

    practice: Practice
    route: str

    @property
    def url(self) -> str:
        return addresses.practice(self.practice.code)

    def __getattr__(self, name: str) -> Any:
        if name == "practice":  # not set yet (e.g. while copying): never recurse
            raise AttributeError(name)
        return getattr(self.practice, name)


@dataclass(frozen=True)
class ServiceView:
    """A service with what its pages need: its practices and the waiting time to show (None if stale)."""

    service: Service
    practices: tuple[PracticeView, ...]
    wait: WaitingTime | None
    wait_until: date | None = None  # the last day `wait` may be shown; pages built earlier hide it after that

    @property
    def url(self) -> str:
        return addresses.service(self.service.id)

    @property
    def name(self) -> str:
        return self.service.name


def directory(site: Site) -> dict[str, ServiceView]:
    """Every service's view by id, each with its practices' views; computed once per plan."""
    views = {}
    for service in site.services:
        practices = tuple(PracticeView(p, practice_route(p, service)) for p in site.practices
                          if p.service == service.id and not p.closed)
        wait = site.current_wait(service)
        views[service.id] = ServiceView(service, practices, wait, wait and site.wait_shown_until(wait))
    return views


def directory_pages(site: Site, views: dict[str, ServiceView], by_code: dict[str, PracticeView]) -> list[Page]:
    """/services/, each service, /self-referral/, /find/ and one page per practice."""
    services = list(views.values())
    pages = [Page(addresses.SERVICES, "services.html", "Physiotherapy services", {"services": services}),
             Page(addresses.SELF_REFERRAL, "self_referral.html", "Refer yourself to physiotherapy",
                  {"tiers": red_flag_tiers(site), "services": services})]
    pages += [Page(v.url, "service.html", v.name, {"service": v}) for v in services]
    return pages + find_pages(site, views, by_code)


@dataclass(frozen=True)
class FlagTier:
    """One tier of /self-referral/: the flags listed up front, then the rest grouped by body area."""

    tier: str
    first: tuple[NetLine, ...]
    by_area: tuple[tuple[str, str, tuple[NetLine, ...]], ...]  # (area id, area name, lines)


def red_flag_tiers(site: Site) -> list[FlagTier]:
    """The red-flag library as /self-referral/ shows it, most urgent first, so it can never differ from the leaflets."""
    tiers = []
    for tier in ("emergency", "urgent_care", "urgent"):
        flags = [f for f in site.red_flags if f.tier == tier]
        rest = [f for f in flags if not f.self_referral]
        areas = [(area, name, _lines(f for f in rest if f.applies_to(area) and ALL_AREAS not in f.areas))
                 for area, name in BODY_AREAS.items()]
        anywhere = (ALL_AREAS, "Any part of the body", _lines(f for f in rest if ALL_AREAS in f.areas))
        groups = tuple(group for group in [anywhere, *areas] if group[2])
        tiers.append(FlagTier(tier, _lines(f for f in flags if f.self_referral), groups))
    return [t for t in tiers if t.first or t.by_area]


def _lines(flags: Iterable[RedFlag]) -> tuple[NetLine, ...]:
    return tuple(NetLine(flag.text, flag.id) for flag in flags)


def practice_views(site: Site, views: dict[str, ServiceView]) -> dict[str, PracticeView]:
    """Every practice's view by code, closed ones included: the open ones are the services' own, not made again."""
    by_code = {p.code: p for view in views.values() for p in view.practices}
    practices = {p.code: p for p in site.practices}

    def view(p: Practice) -> PracticeView:
        if p.closed:
            return PracticeView(p, closed_route(p, practices.get(p.moved_to or "")))
        return by_code.get(p.code) or PracticeView(p, practice_route(p, views[p.service].service))
    return {p.code: view(p) for p in site.practices}


INLINE_PRACTICES = 150  # up to this many, /find/ lists every practice by town; beyond it, one page per letter


def find_pages(site: Site, views: dict[str, ServiceView], by_code: dict[str, PracticeView]) -> list[Page]:
    """/find/, the towns' letter pages of a large directory, and one page per practice in the directory's order."""
    # Closed practices are listed too, marked so: their patients may not know, and without JavaScript this list is
    # the only way to the page that says where they are now.
    by_town: dict[str, list[PracticeView]] = defaultdict(list)
    for practice in sorted(by_code.values(), key=lambda p: (p.town, p.name)):
        by_town[practice.town].append(practice)
    towns = sorted(by_town.items())
    letters = _town_letters(towns) if sum(map(len, by_town.values())) > INLINE_PRACTICES else []
    # The input's hint names a real practice of this site, not the example county's, since this is a generator.
    example = next((p for p in site.practices if not p.closed), None)
    pages = [Page(addresses.FIND, "find.html", "Find your physiotherapy service",
                  {"towns": [] if letters else towns, "letters": letters, "example": example})]
    pages += [Page(letter.url, "find_towns.html", f"GP practices in towns starting with {letter.letter}",
                   {"letter": letter, "letters": letters}) for letter in letters]
    for practice in (by_code[p.code] for p in site.practices):
        pages.append(Page(practice.url, "practice.html", f"Physiotherapy for {practice.name}, {practice.town}",
                          {"practice": practice, "service": views[practice.service], "route": practice.route,
                           "moved_to": by_code.get(practice.moved_to or ""), "qr": addresses.qr_of(practice.url)}))
    return pages


@dataclass(frozen=True)
class TownLetter:
    """The towns starting with one letter, and their practices: one page for people without JavaScript."""

    letter: str
    towns: tuple[tuple[str, tuple[PracticeView, ...]], ...]

    @property
    def url(self) -> str:
        return addresses.towns(self.letter.lower())


def _town_letters(towns: list[tuple[str, list[PracticeView]]]) -> list[TownLetter]:
    by_letter: dict[str, list] = defaultdict(list)
    for town, practices in towns:
        words = name_words(town)
        by_letter[words[0][0].upper() if words else "0"].append((town, tuple(practices)))
    return [TownLetter(letter, tuple(group)) for letter, group in sorted(by_letter.items())]


def find_data(site: Site, views: dict[str, ServiceView], by_code: dict[str, PracticeView]) -> list[File]:
    """The lookup data the /find/ page searches in the browser, in shards (plan/lookup.py). A closed practice is
    found by its name (its patients may not know it closed, and its result says where they are now), never by
    postcode, which asks for the practices open there."""
    open_ones = [p for p in by_code.values() if not p.closed]
    closed = [p for p in by_code.values() if p.closed]
    districts: dict[str, list[str]] = defaultdict(list)
    for entry in site.districts:
        districts[entry.district].append(entry.service)
    return lookup_files(open_ones, dict(districts), views, closed)
