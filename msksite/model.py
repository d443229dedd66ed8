"""The site model: typed, immutable objects holding validated sources (Markdown, poses), never whole outputs.

The render stage turns these into pages and SVG. One exception: a leaflet's sections carry their HTML, rendered by
markdown.read_body from the same single parse that validation reads, so no body is parsed twice (issue 14).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property

from markupsafe import Markup

from . import addresses
from .markdown import Section
from .schema import (DistrictEntry, ExerciseMeta, LeafletMeta, PageMeta, Practice, RedFlag, Service,
                     SharedSectionMeta, SiteConfig)
from .schema.directory import WaitingTime
from .schema.leaflet import NoEmergency
from .wording import in_sentence


@dataclass(frozen=True)
class NetLine:
    """One line of a care card; `flag` is the red-flag library id when the line is a shared red flag, and `says`
    how patients describe it (the library's `patients_say`), for search."""

    text: str
    flag: str | None = None
    says: tuple[str, ...] = ()


@dataclass(frozen=True)
class CareAdvice:
    """A leaflet's safety-netting with every red flag resolved to its library wording, by tier."""

    non_urgent: tuple[NetLine, ...] = ()
    urgent: tuple[NetLine, ...] = ()
    urgent_care: tuple[NetLine, ...] = ()
    emergency: tuple[NetLine, ...] = ()
    no_emergency: NoEmergency | None = None

    def lines(self) -> tuple[NetLine, ...]:
        return (*self.non_urgent, *self.urgent, *self.urgent_care, *self.emergency)

    def says(self) -> tuple[str, ...]:
        """How patients describe the red flags on these cards, each once ("numb bum"): the leaflet's search words."""
        return tuple(dict.fromkeys(say for line in self.lines() for say in line.says))


@dataclass(frozen=True)
class LeafletLink:
    """A leaflet as other pages list it (A to Z, related leaflets, an exercise's leaflets): its address and front
    matter, never its body, so an edit to a leaflet's text changes no other page's plan entry (plan/page.py)."""

    slug: str
    meta: LeafletMeta
    # Its slug and a hash of the front matter it was read from, when known: all it holds is a pure function of them,
    # so store.fingerprint hashes this instead of walking the front matter (the A to Z lists a thousand of these).
    cache_origin: str = field(default="", compare=False, repr=False)

    @property
    def url(self) -> str:
        return addresses.leaflet(self.slug)


@dataclass(frozen=True)
class Leaflet:
    """A condition leaflet: validated front matter plus its Markdown body cut into `##` sections.

    The care cards go after section `cards_at` (the first section after `## How you can ease`).
    """

    slug: str
    source: str
    meta: LeafletMeta
    care: CareAdvice
    intro: Markup  # the body before its first `##`, as HTML (markdown.read_body)
    sections: tuple[Section, ...]
    cards_at: int
    text: str
    reading_age: float = 0.0
    # The key of the cached check it came from (validate/stored.py), when it did: everything here is a pure function
    # of that key, so store.fingerprint hashes the key instead of walking a thousand objects per leaflet.
    cache_origin: str = field(default="", compare=False, repr=False)
    meta_digest: str = field(default="", compare=False, repr=False)  # MarkdownDoc.meta_digest, for its link

    @property
    def url(self) -> str:
        return addresses.leaflet(self.slug)

    @cached_property
    def title_in_sentence(self) -> str:
        """Its title inside a sentence: "knee pain", but "Achilles tendon pain" (see wording.in_sentence)."""
        return in_sentence(self.meta.title, f"{self.meta.summary} {self.text}")

    @cached_property  # one per leaflet, so pages that list it hold the same object from one rebuild to the next
    def link(self) -> LeafletLink:
        # Not the leaflet's cache_origin, which an edit to the body changes: a link shows only the front matter.
        return LeafletLink(self.slug, self.meta, f"{self.slug}\0{self.meta_digest}" if self.meta_digest else "")

    @property
    def before_cards(self) -> tuple[Section, ...]:
        return self.sections[:self.cards_at]

    @property
    def after_cards(self) -> tuple[Section, ...]:
        return self.sections[self.cards_at:]


@dataclass(frozen=True)
class GeneralPage:
    """A page from content/pages/ such as /about/, with its Markdown body."""

    slug: str
    meta: PageMeta
    body: str

    @property
    def url(self) -> str:
        return addresses.page(self.slug)


@dataclass(frozen=True)
class SharedSection:
    """A section written once (content/sections/) and shown on every leaflet it applies to, after the care cards."""

    slug: str
    meta: SharedSectionMeta
    body: str
    reading_age: float = 0.0

    @property
    def id(self) -> str:
        return self.slug

    def applies_to(self, leaflet: Leaflet) -> bool:
        where = self.meta.applies_to
        return "all" in where.areas or leaflet.meta.body_area in where.areas or leaflet.slug in where.leaflets


@dataclass(frozen=True)
class Exercise:
    """A validated exercise; its pose is drawn by the render stage."""

    id: str
    meta: ExerciseMeta

    @property
    def url(self) -> str:
        return addresses.exercise(self.id)

    @property
    def drawing_url(self) -> str:
        return addresses.drawing(self.id)


@dataclass(frozen=True)
class Site:
    """Everything a build needs, validated; `today` fixes what counts as stale so builds are repeatable."""

    config: SiteConfig
    leaflets: tuple[Leaflet, ...]
    pages: tuple[GeneralPage, ...]
    services: tuple[Service, ...]
    practices: tuple[Practice, ...]
    districts: tuple[DistrictEntry, ...]
    exercises: tuple[Exercise, ...] = ()
    red_flags: tuple[RedFlag, ...] = ()
    sections: tuple[SharedSection, ...] = ()
    today: date = date(2026, 1, 1)

    @cached_property
    def leaflet_by_slug(self) -> dict[str, Leaflet]:
        return {leaflet.slug: leaflet for leaflet in self.leaflets}

    @cached_property
    def exercise_by_id(self) -> dict[str, Exercise]:
        return {exercise.id: exercise for exercise in self.exercises}

    def current_wait(self, service: Service) -> WaitingTime | None:
        """The waiting time to show, or None when there is none or it is older than the configured age."""
        wait = service.waiting_time
        return wait if wait is not None and self.today <= self.wait_shown_until(wait) else None

    def wait_shown_until(self, wait: WaitingTime) -> date:
        """The last day a waiting time may be shown: a page built before then hides it after it (site.js)."""
        return wait.measured + timedelta(days=self.config.waiting_time_max_age_days)
