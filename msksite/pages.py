"""The list of pages a site has: each address, its template and the parts of the model it shows.

Addresses are a promise to GP surgeries that link to them: change one only with a redirect.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .model import Leaflet, Site
from .schema import BODY_AREAS


@dataclass(frozen=True)
class Page:
    """What one output file is: its address, the template that draws it and what the template needs."""

    url: str
    template: str
    title: str
    context: dict[str, Any] = field(default_factory=dict, compare=False)
    in_sitemap: bool = True
    source: str = ""  # the file the page comes from, for error messages

    @property
    def output(self) -> str:
        """Where the page is written, relative to the site folder."""
        if self.url.endswith("/"):
            return self.url.lstrip("/") + "index.html"
        return self.url.lstrip("/")


def page_specs(site: Site) -> list[Page]:
    """Every page, in a stable order."""
    pages = [
        Page("/", "home.html", site.config.site_name, {"areas": leaflets_by_area(site)}),
        Page("/conditions/", "conditions.html", "Conditions A to Z", {"areas": leaflets_by_area(site)}),
        Page("/services/", "services.html", "Physiotherapy services", {"services": service_views(site)}),
        Page("/self-referral/", "self_referral.html", "Refer yourself to physiotherapy", {"flags": red_flags(site)}),
        Page("/search/", "search.html", "Search", in_sitemap=False),
        Page("/404.html", "404.html", "Page not found", in_sitemap=False),
    ]
    pages += [leaflet_page(site, leaflet) for leaflet in site.leaflets]
    pages += [Page(s.url, "service.html", s.name, {"service": s}) for s in service_views(site)]
    pages += [Page(p.url, "page.html", p.meta.title, {"content": p}, source=f"content/pages/{p.slug}.md") for p in site.pages]
    pages += redirect_pages(site)
    from .find import find_pages  # these modules build on the Page type defined here
    from .more_pages import exercise_pages, gp_pages
    pages += find_pages(site) + exercise_pages(site) + gp_pages(site)
    pages.append(Page("/sitemap.xml", "sitemap.xml", "Sitemap", {"urls": []}, in_sitemap=False))
    pages.append(Page("/robots.txt", "robots.txt", "robots", in_sitemap=False))
    pages[-2].context["urls"] = [p.url for p in pages if p.in_sitemap]
    return pages


def leaflet_page(site: Site, leaflet: Leaflet) -> Page:
    related = [site.leaflet_by_slug[s] for s in leaflet.meta.related]
    exercises = [site.exercise_by_id[e] for e in leaflet.meta.exercises]
    return Page(leaflet.url, "condition.html", leaflet.meta.title,
                {"leaflet": leaflet, "related": related, "exercises": exercises}, source=f"conditions/{leaflet.source}")


def leaflets_by_area(site: Site) -> list[tuple[str, str, list[Leaflet]]]:
    """(area id, area name, leaflets) for each body area that has leaflets, in the fixed area order."""
    groups = [(area, name, [l for l in site.leaflets if l.meta.body_area == area]) for area, name in BODY_AREAS.items()]
    return [group for group in groups if group[2]]


def red_flags(site: Site) -> dict[str, list[tuple[str, list[str]]]]:
    """Emergency and urgent symptoms from every leaflet, grouped by body area, duplicates removed."""
    flags: dict[str, list[tuple[str, list[str]]]] = {"emergency": [], "urgent": []}
    for tier in flags:
        for _, name, leaflets in leaflets_by_area(site):
            seen: dict[str, None] = {}
            for leaflet in leaflets:
                seen.update((item, None) for item in getattr(leaflet.meta.safety_netting, tier))
            if seen:
                flags[tier].append((name, list(seen)))
    return flags


@dataclass(frozen=True)
class ServiceView:
    """A service with what its pages need: its practices and whether its wait can be shown."""

    service: Any
    practices: tuple
    wait_current: bool

    @property
    def url(self) -> str:
        return f"/services/{self.service.id}/"

    @property
    def name(self) -> str:
        return self.service.name

    @property
    def wait(self):
        """The waiting time to show, or None when there is none or it is too old to trust."""
        return self.service.waiting_time if self.wait_current else None


def service_views(site: Site) -> list[ServiceView]:
    return [ServiceView(s, site.practices_of(s.id), site.wait_is_current(s)) for s in site.services]


def redirect_pages(site: Site) -> list[Page]:
    """A small page at each old leaflet address, for hosts that cannot read Netlify's _redirects."""
    pages = []
    for leaflet in site.leaflets:
        for old in leaflet.meta.redirect_from:
            pages.append(Page(old, "redirect.html", leaflet.meta.title, {"target": leaflet.url}, in_sitemap=False))
            if leaflet.meta.exercises:  # the leaflet's exercise sheet moved with it
                pages.append(Page(f"{old}exercises/", "redirect.html", f"Exercises for {leaflet.meta.title.lower()}",
                                  {"target": f"{leaflet.url}exercises/"}, in_sitemap=False))
    return pages
