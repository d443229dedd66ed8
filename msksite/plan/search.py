"""The search page and its data: titles and lay terms for "Did you mean ...?", the words people use for the site's
own pages (self-referral, find, services, practices), and the red-flag library for urgent advice first."""
from __future__ import annotations

import re
from collections import defaultdict

from .. import addresses
from ..model import Leaflet, Site
from ..schema import BODY_AREAS, RedFlag
from .directory import ServiceView
from .page import File, Page

# "Heel pain (plantar fasciitis)" or "Aches and pains: staying active": people type one part, not both.
_TITLE_PARTS = re.compile(r"\s*[():]\s*")

# How patients ask for a way in rather than for a condition. A query made of these words is about access, and
# the site's own pages answer it before any leaflet does.
SELF_REFERRAL_WORDS = ("refer myself", "self refer", "self referral", "refer yourself", "without my gp",
                       "without seeing a gp", "without a gp", "do i need a gp", "physio", "physiotherapy",
                       "see a physio", "get physio", "book physio", "urgent help")
FIND_WORDS = ("near me", "my gp practice", "my surgery", "my doctors", "find physio", "physio near me",
              "which physio", "postcode", "local physio", "find my service")
SERVICE_WORDS = ("waiting list", "waiting time", "wait", "how long", "phone number", "contact", "telephone",
                 "physio service", "physiotherapy service", "msk service", "referral form", "appointment")
# A First Contact Practitioner works at some practices only: /find/ says which.
FCP_WORDS = ("first contact practitioner", "fcp", "physio at my gp", "physio at my surgery")


SELF_REFERRAL_TITLE = "Refer yourself to physiotherapy"  # the page's heading (layouts/self_referral.html)


def search_page(site: Site) -> Page:
    """The search page; without JavaScript it shows the A to Z, so it lists every leaflet."""
    return Page(addresses.SEARCH, "search.html", "Search", {"leaflets": [l.link for l in site.leaflets]},
                in_sitemap=False)


def title_terms(title: str) -> list[str]:
    """The title, and each part of a title that has a bracketed or after-the-colon part."""
    parts = [part for part in _TITLE_PARTS.split(title) if part]
    return [title, *parts] if len(parts) > 1 else [title]


def search_terms(site: Site, views: dict[str, ServiceView]) -> File:
    """The search page's data: `terms` ({term, title, url, access?}) and `red_flags` ({id, text, tier, says, url, title})."""
    return File(addresses.SEARCH_TERMS, "json", {"terms": _terms(site, views), "red_flags": _red_flags(site)})


def _terms(site: Site, views: dict[str, ServiceView]) -> list[dict]:
    terms: list[dict] = []

    def add(term: str, title: str, url: str, access: bool = False) -> None:
        entry = {"term": term.lower().replace("\u2019", "'"), "title": title, "url": url}
        terms.append({**entry, "access": True} if access else entry)

    for leaflet in site.leaflets:
        # The body area too: someone who types just "back" or "knee" wants that area's leaflets first.
        area = BODY_AREAS[leaflet.meta.body_area]
        for term in (*title_terms(leaflet.meta.title), *leaflet.meta.also_known_as, area):
            add(term, leaflet.meta.title, leaflet.url)
    for term in SELF_REFERRAL_WORDS:
        add(term, SELF_REFERRAL_TITLE, addresses.SELF_REFERRAL, access=True)
    for term in (*FIND_WORDS, *FCP_WORDS):
        add(term, "Find your physiotherapy service", addresses.FIND, access=True)
    for view in views.values():
        add(view.name, view.name, view.url, access=True)
        add(view.service.area, view.name, view.url)
        for term in SERVICE_WORDS:
            add(term, view.name, view.url, access=True)
        for practice in view.practices:
            title = f"Physiotherapy for {practice.name}, {practice.town}"
            add(practice.name, title, practice.url, access=True)
    for exercise in site.exercises:
        add(exercise.meta.title, exercise.meta.title, exercise.url)
    return list({(t["term"], t["url"]): t for t in terms}.values())


def _red_flags(site: Site) -> list[dict]:
    """Each red flag with its wording, tier, lay phrasings and where its care card is."""
    naming = _leaflets_naming(site)
    return [{"id": flag.id, "text": flag.text, "tier": flag.tier, "says": list(flag.patients_say),
             **_card(naming.get((flag.tier, flag.id), []), flag)} for flag in site.red_flags]


def _leaflets_naming(site: Site) -> dict[tuple[str, str], list[Leaflet]]:
    """The leaflets (in site order) that name each flag on their card of each tier, found in one pass over them."""
    naming: dict[tuple[str, str], list[Leaflet]] = defaultdict(list)
    for leaflet in site.leaflets:
        for tier in ("urgent", "urgent_care", "emergency"):
            for flag in dict.fromkeys(line.flag for line in getattr(leaflet.care, tier) if line.flag):
                naming[tier, flag].append(leaflet)
    return naming


def _card(naming: list[Leaflet], flag: RedFlag) -> dict[str, str]:
    """The card that lists the flag, and its page's title: /self-referral/'s first cards, else the first leaflet
    that names it."""
    card = f"#care-{flag.tier.replace('_', '-')}"
    if not flag.self_referral and naming:
        # A leaflet of one of the flag's own body areas first: a swollen calf belongs with legs, not elbows.
        leaflet = next((l for l in naming if l.meta.body_area in flag.areas), naming[0])
        return {"url": leaflet.url + card, "title": leaflet.meta.title}
    return {"url": addresses.SELF_REFERRAL + card, "title": SELF_REFERRAL_TITLE}
