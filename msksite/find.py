"""'Find your physiotherapy service': a page per GP practice, the no-JavaScript list, and the lookup data."""
from __future__ import annotations

import json
from collections import defaultdict

from .model import Site
from .pages import Page, ServiceView, service_views
from .wording import area_route, practice_route, wait_sentence
from .schema import Practice


def practice_url(practice: Practice) -> str:
    """/find/<ods code>/: the address a surgery gives its own patients, so it must never change."""
    return f"/find/{practice.code.lower()}/"


def find_pages(site: Site) -> list[Page]:
    """/find/ and one page per practice."""
    views = {v.service.id: v for v in service_views(site)}
    by_town: dict[str, list[Practice]] = defaultdict(list)
    for practice in sorted(site.practices, key=lambda p: (p.town, p.name)):
        by_town[practice.town].append(practice)
    # The input's hint names a real practice of this site, not the example county's, since this is a generator.
    example = site.practices[0] if site.practices else None
    pages = [Page("/find/", "find.html", "Find your physiotherapy service",
                  {"towns": sorted(by_town.items()), "example": example})]
    for practice in site.practices:
        pages.append(Page(practice_url(practice), "practice.html", f"Physiotherapy for {practice.name}, {practice.town}",
                          {"practice": practice, "service": views[practice.service],
                           "route": practice_route(practice, views[practice.service].service)}))
    return pages


def find_data(site: Site) -> str:
    """The lookup table the /find/ page searches in the browser: practices and postcode districts."""
    practices = [{"code": p.code, "name": p.name, "town": p.town, "postcode": p.postcode, "service": p.service,
                  "fcp": p.fcp, "url": practice_url(p),
                  "route": practice_route(p, site.service_by_id[p.service])} for p in site.practices]
    districts: dict[str, list[str]] = defaultdict(list)
    for entry in site.districts:
        districts[entry.district].append(entry.service)
    services = {v.service.id: _service_summary(v) for v in service_views(site)}
    return json.dumps({"practices": practices, "districts": districts, "services": services},
                      separators=(",", ":"), sort_keys=True)


def _service_summary(view: ServiceView) -> dict:
    s = view.service
    return {"name": s.name, "url": view.url, "area": s.area, "self_referral": bool(s.self_referral),
            "area_route": area_route(s),
            "web": s.self_referral.web if s.self_referral else None,
            "phone": s.self_referral.phone if s.self_referral else None,
            "phone_hours": s.self_referral.phone_hours if s.self_referral else None,
            "minimum_age": s.eligibility.minimum_age,
            "wait": "".join(wait_sentence(view.wait))}
