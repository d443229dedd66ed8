"""The site model: typed, immutable objects that pages are rendered from."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from .markdown import Section
from .schema import DistrictEntry, LeafletMeta, PageMeta, Practice, Service, SiteConfig


@dataclass(frozen=True)
class Leaflet:
    """A condition leaflet: validated front matter plus its body cut into sections around the care cards."""

    slug: str
    source: str
    meta: LeafletMeta
    intro_html: str
    before_cards: tuple[Section, ...]
    after_cards: tuple[Section, ...]
    text: str
    reading_age: float = 0.0

    @property
    def url(self) -> str:
        return f"/conditions/{self.slug}/"


@dataclass(frozen=True)
class GeneralPage:
    """A page from content/pages/ such as /about/."""

    slug: str
    meta: PageMeta
    html: str

    @property
    def url(self) -> str:
        return f"/{self.slug}/"


@dataclass(frozen=True)
class Site:
    """Everything a build needs, validated; `today` fixes what counts as stale so builds are repeatable."""

    config: SiteConfig
    leaflets: tuple[Leaflet, ...]
    pages: tuple[GeneralPage, ...]
    services: tuple[Service, ...]
    practices: tuple[Practice, ...]
    districts: tuple[DistrictEntry, ...]
    exercises: tuple = ()
    today: date = date(2026, 1, 1)

    @cached_property
    def leaflet_by_slug(self) -> dict[str, Leaflet]:
        return {leaflet.slug: leaflet for leaflet in self.leaflets}

    @cached_property
    def service_by_id(self) -> dict[str, Service]:
        return {service.id: service for service in self.services}

    @cached_property
    def exercise_by_id(self) -> dict:
        return {exercise.id: exercise for exercise in self.exercises}

    def practices_of(self, service_id: str) -> tuple[Practice, ...]:
        return tuple(p for p in self.practices if p.service == service_id)

    def wait_is_current(self, service: Service) -> bool:
        """A waiting time older than the configured age is not shown: a stale figure misleads."""
        wait = service.waiting_time
        return wait is not None and self.today - wait.measured <= timedelta(days=self.config.waiting_time_max_age_days)
