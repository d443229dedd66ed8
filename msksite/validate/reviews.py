"""Reviews, for leaflets, red flags and shared sections alike: dates real, in order, not overdue and within the
site's review policy, and, on a live site, a clinician's sign-off in place of the starter content's placeholder."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Protocol

from ..problems import Problems
from ..schema import SiteConfig
from ..schema.common import unreviewed
from ..yamlsource import Loc, YamlDoc

# An overdue review fails `check`, so nothing can be deployed until a clinician re-checks the page, even an urgent
# fix elsewhere. Six weeks' notice is time to book the review: every check warns of it, and `check --soon` (run each
# week by .github/workflows/reviews-due.yml) judges the site as it will be then, failing while one is due by that day.
DUE_SOON_DAYS = 42


class Reviewed(Protocol):
    reviewed: date
    review_due: date
    reviewer: str


def check_review(path: Path, doc: YamlDoc, at: Loc, item: Reviewed, problems: Problems, today: date,
                 config: SiteConfig | None) -> None:
    """`at` locates the review fields in doc: () for a leaflet's front matter, ("flags", 3) for a red flag."""
    reviewed, due = item.reviewed, item.review_due
    due_line, reviewed_line = doc.line_of(at + ("review_due",)), doc.line_of(at + ("reviewed",))
    if reviewed > today:
        problems.add(path, reviewed_line, f"reviewed {reviewed} is in the future", "use the date the review happened")
    if due < today:
        problems.add(path, due_line, f"review_due {due} is in the past",
                     "ask the reviewer to re-check it and set a new date")
    elif due <= reviewed:
        problems.add(path, due_line, f"review_due {due} is not after reviewed {reviewed}",
                     "set the next review date after the last one")
    elif (due - today).days < DUE_SOON_DAYS:
        problems.warn(path, due_line, f"review_due {due} is in {(due - today).days} day(s): after it, `check` fails "
                      "and the site cannot be deployed", "ask the reviewer to re-check it now and set a new date")
    years = config.max_review_interval_years if config else None
    if years and (due - reviewed).days > years * 366:
        problems.add(path, due_line, f"review_due is more than {years} years after reviewed",
                     f"the site's review policy allows at most {years} years; bring the date forward")
    # Patients trust what a live site says; example content reaches them only as an example (demo: true).
    if config is not None and not config.demo and unreviewed(item.reviewer):
        problems.add(path, doc.line_of(at + ("reviewer",)),
                     f"reviewer says \"{item.reviewer}\", and the site is live (demo: false in site_config.yaml)",
                     "have a clinician check it, then set `reviewer` to their role and `reviewed` to that day; "
                     "or set `demo: true` until then")
