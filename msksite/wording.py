"""Sentences the site says in several places, written once here for the pages and the browser scripts alike."""
from __future__ import annotations

import re
from datetime import date

from .schema import Practice, Service
from .schema.directory import WaitingTime

FCP = "the practice's First Contact Practitioner"
NO_WAIT = "Waiting time: not currently available. Ask the service when you contact them."
# Each safety-netting tier's care card: the nhsuk card variant and its heading. Leaflets, /self-referral/ and the
# browser editor's preview all read them from here.
CARE_CARDS = {
    "non_urgent": ("non-urgent", "See a GP or physiotherapist if:"),
    "urgent": ("urgent", "Ask for an urgent GP appointment or call 111 if:"),
    "urgent_care": ("urgent", "Go to an urgent treatment centre or A&E today if:"),
    "emergency": ("emergency", "Call 999 or go to A&E now if:"),
}


def long_date(value: date) -> str:
    """1 November 2029: the NHS style for dates."""
    return f"{value.day} {value:%B %Y}"


def _self_referral_ways(service: Service) -> str:
    ways = " or ".join(w for w, on in (("online", service.self_referral.web), ("by phone", service.self_referral.phone)) if on)
    return f"You can refer yourself {ways}"


def practice_route(practice: Practice, service: Service) -> str:
    """The route for one practice: its service's rules, plus its First Contact Practitioner if it has one."""
    if service.self_referral:
        return _self_referral_ways(service) + (f", or see {FCP}." if practice.fcp else ".")
    return f"You need to see a GP or {FCP}." if practice.fcp else "You need to see a GP first."


def in_sentence(title: str, text: str) -> str:
    """A title as a sentence uses it ("Exercises for knee pain"): its first letter small, unless `text` (the
    leaflet's own words) writes that first word with a capital inside a sentence too, as a name is written
    ("Exercises for Achilles tendon pain": "...rest your Achilles tendon")."""
    first = title.split(" ", 1)[0]
    if first[1:] != first[1:].lower() or re.search(rf"[a-z,;:] {re.escape(first)}(?![\w'-])", text):
        return title  # "MSK pain", or a name
    return first[:1].lower() + title[1:]


def sheet_title(title_in_sentence: str) -> str:
    """A leaflet's exercise sheet's title, on the sheet, in the GP kit and at its old address."""
    return f"Exercises for {title_in_sentence}"


def closed_route(practice: Practice, moved_to: Practice | None) -> str:
    """A closed practice's "route": when it closed and where its patients are now, on its page and in /find/."""
    where = f"{moved_to.name}, {moved_to.town}" if moved_to else "other practices"
    return f"{practice.name} closed on {long_date(practice.closed)}. Its patients are now registered with {where}."


def area_route(service: Service) -> str:
    """The route when the area is known but not the practice, so whether it has an FCP is not."""
    if service.self_referral:
        return _self_referral_ways(service) + "."
    return "You need to see a GP, or your practice's First Contact Practitioner if it has one."


def wait_sentence(wait: WaitingTime | None) -> tuple[str, str, str]:
    """The waiting-time sentence as (before, figure, after), so a page can make the figure bold.

    `wait` is None when there is no figure or it is too old to show: a stale figure misleads.
    """
    if wait is None:
        return NO_WAIT, "", ""
    if wait.weeks == 0:  # "about 0 weeks" reads as a mistake
        return "Waiting time for a first appointment: ", "less than a week", f" (measured on {long_date(wait.measured)})."
    weeks = f"{wait.weeks} week{'' if wait.weeks == 1 else 's'}"
    return "Waiting time for a first appointment: about ", weeks, f" (measured on {long_date(wait.measured)})."
