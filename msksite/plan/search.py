"""The search page and its data: titles and lay terms for "Did you mean ...?", the words people use for the site's
own pages (self-referral, find, services, practices), and the red-flag library for urgent advice first."""
from __future__ import annotations

import re
from collections import defaultdict
from functools import partial

from .. import addresses
from ..memo import NO_MEMO, Memo, Same
from ..model import CareAdvice, Leaflet, LeafletLink, Site
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
PRACTICE_WORDS = ("physio near me", "my gp practice", "my surgery", "refer myself", "waiting list", "phone number")
SELF_REFER_WORDS = ("refer myself", "self refer", "self referral")  # a service or practice that takes self-referral

# The same words on the pages themselves (layouts read them as SEARCH_WORDS), as Pagefind metadata: searched, but
# never shown as a result's excerpt, which they were as hidden body text ("service, physiotherapy service, ...").
SEARCH_WORDS = {"self_referral": SELF_REFERRAL_WORDS, "find": FIND_WORDS + FCP_WORDS, "service": SERVICE_WORDS,
                "practice": PRACTICE_WORDS, "self_refer": SELF_REFER_WORDS, "fcp": FCP_WORDS}


SELF_REFERRAL_TITLE = "Refer yourself to physiotherapy"  # the page's heading (layouts/self_referral.html)


def search_page(site: Site) -> Page:
    """The search page; without JavaScript it shows the A to Z, so it lists every leaflet."""
    return Page(addresses.SEARCH, "search.html", "Search", {"leaflets": [l.link for l in site.leaflets]},
                in_sitemap=False)


def title_terms(title: str) -> list[str]:
    """The title, and each part of a title that has a bracketed or after-the-colon part."""
    parts = [part for part in _TITLE_PARTS.split(title) if part]
    return [title, *parts] if len(parts) > 1 else [title]


def search_terms(site: Site, views: dict[str, ServiceView], memo: Memo = NO_MEMO) -> File:
    """The search page's data: `terms` ({term, title, url, access?}) and `red_flags` ({id, text, tier, says, url,
    title, pages?})."""
    return File(addresses.SEARCH_TERMS, "json",
                {"terms": _terms(site, views, memo), "red_flags": _red_flags(site, memo)})


def _term(term: str, title: str, url: str, access: bool = False) -> dict:
    entry = {"term": term.lower().replace("\u2019", "'"), "title": title, "url": url}
    return {**entry, "access": True} if access else entry


def _leaflet_terms(link: LeafletLink) -> list[dict]:
    # The body area too: someone who types just "back" or "knee" wants that area's leaflets first.
    meta = link.meta
    return [_term(term, meta.title, link.url)
            for term in (*title_terms(meta.title), *meta.also_known_as, BODY_AREAS[meta.body_area])]


def _terms(site: Site, views: dict[str, ServiceView], memo: Memo) -> list[dict]:
    terms = [term for leaflet in site.leaflets
             for term in memo.keep("terms", leaflet.slug, (Same(leaflet.link),), partial(_leaflet_terms, leaflet.link))]

    def add(term: str, title: str, url: str, access: bool = False) -> None:
        terms.append(_term(term, title, url, access))

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


def _red_flags(site: Site, memo: Memo) -> list[dict]:
    """Each red flag with its wording, tier, lay phrasings and where its care card is."""
    naming = _leaflets_naming(site, memo)
    return [{"id": flag.id, "text": flag.text, "tier": flag.tier, "says": list(flag.patients_say),
             **_card(naming.get((flag.tier, flag.id), []), flag)} for flag in site.red_flags]


def _leaflets_naming(site: Site, memo: Memo) -> dict[tuple[str, str], list[Leaflet]]:
    """The leaflets (in site order) that name each flag on their card of each tier, found in one pass over them."""
    naming: dict[tuple[str, str], list[Leaflet]] = defaultdict(list)
    for leaflet in site.leaflets:
        named = memo.keep("flags named", leaflet.slug, (Same(leaflet.care),), partial(_named, leaflet.care))
        for tier_and_flag in named:
            naming[tier_and_flag].append(leaflet)
    return naming


def _named(care: CareAdvice) -> list[tuple[str, str]]:
    """(tier, flag id) of each library flag a leaflet's care cards name, each once."""
    return [(tier, flag) for tier in ("urgent", "urgent_care", "emergency")
            for flag in dict.fromkeys(line.flag for line in getattr(care, tier) if line.flag)]


def _card(naming: list[Leaflet], flag: RedFlag) -> dict:
    """The card that lists the flag, and its page's title: /self-referral/'s first cards, else the first leaflet
    that names it; and `pages`, every leaflet of the flag's own body areas that lists it, for search.js to pick the
    one a query names ("neck pain after a car crash": Neck pain, not Low back pain)."""
    card = f"#care-{flag.tier.replace('_', '-')}"
    if not flag.self_referral and naming:
        # A leaflet of one of the flag's own body areas first: a swollen calf belongs with legs, not elbows.
        own = [l for l in naming if l.meta.body_area in flag.areas]
        leaflet = (own or naming)[0]
        return {"url": leaflet.url + card, "title": leaflet.meta.title,
                "pages": [{"url": l.url + card, "title": l.meta.title} for l in own]}
    return {"url": addresses.SELF_REFERRAL + card, "title": SELF_REFERRAL_TITLE}
