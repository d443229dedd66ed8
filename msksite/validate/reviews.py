"""Review dates, for leaflets and red flags alike: real, in order, not overdue, within the site's review policy."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from ..problems import Problems
from ..schema import SiteConfig
from ..yamlsource import Loc, YamlDoc


def check_review_dates(path: Path, doc: YamlDoc, at: Loc, reviewed: date, due: date, problems: Problems,
                       today: date, config: SiteConfig | None) -> None:
    """`at` locates the dates in doc: () for a leaflet's front matter, ("flags", 3) for a red flag."""
    due_line, reviewed_line = doc.line_of(at + ("review_due",)), doc.line_of(at + ("reviewed",))
    if reviewed > today:
        problems.add(path, reviewed_line, f"reviewed {reviewed} is in the future", "use the date the review happened")
    if due < today:
        problems.add(path, due_line, f"review_due {due} is in the past",
                     "ask the reviewer to re-check it and set a new date")
    elif due <= reviewed:
        problems.add(path, due_line, f"review_due {due} is not after reviewed {reviewed}",
                     "set the next review date after the last one")
    years = config.max_review_interval_years if config else None
    if years and (due - reviewed).days > years * 366:
        problems.add(path, due_line, f"review_due is more than {years} years after reviewed",
                     f"the site's review policy allows at most {years} years; bring the date forward")
