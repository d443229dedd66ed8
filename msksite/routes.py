"""The route into physiotherapy in one plain sentence, written once here for the pages and the find tool alike."""
from __future__ import annotations

from .schema import Practice, Service

FCP = "the practice's First Contact Practitioner"


def _self_referral_ways(service: Service) -> str:
    ways = " or ".join(w for w, on in (("online", service.self_referral.web), ("by phone", service.self_referral.phone)) if on)
    return f"You can refer yourself {ways}"


def practice_route(practice: Practice, service: Service) -> str:
    """The route for one practice: its service's rules, plus its First Contact Practitioner if it has one."""
    if service.self_referral:
        return _self_referral_ways(service) + (f", or see {FCP}." if practice.fcp else ".")
    return f"You need to see a GP or {FCP}." if practice.fcp else "You need to see a GP first."


def area_route(service: Service) -> str:
    """The route when the area is known but not the practice, so whether it has an FCP is not."""
    if service.self_referral:
        return _self_referral_ways(service) + "."
    return "You need to see a GP, or your practice's First Contact Practitioner if it has one."
