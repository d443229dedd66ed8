"""`check --since REF`: advice whose words changed since REF while its `reviewed` date stayed the same.

On a pull request REF is the branch it goes into. A changed leaflet, shared section or red flag that still says it
was last reviewed on the old day reads, to patients and to the person approving the change, as checked when it was
not: a warning asks whether a clinician has checked it. (A typo fix needs no new review, so it is not an error.)
"""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import yaml

from . import gate
from .load import CONDITIONS, RED_FLAGS, SECTIONS
from .problems import Problems

REVIEW_FIELDS = ("reviewed", "review_due", "reviewer")
_REVIEW_LINE = re.compile(rf"^\s*(?:{'|'.join(REVIEW_FIELDS)}):.*$", re.MULTILINE)
_REVIEWED = re.compile(r"^reviewed:\s*(\S+)", re.MULTILINE)
HINT = ("if a clinician has checked the change, set `reviewed` to that day (and `review_due` and `reviewer`); a "
        "change of spelling alone needs no new review")


def unreviewed_changes(root: Path, ref: str, problems: Problems) -> None:
    """Warn of each file (or red flag) changed since ref, in its words, whose `reviewed` is the same as at ref."""
    if ref.startswith("-"):  # git would read it as an option (`--output=FILE` writes a file), never as a branch
        problems.add(root, None, f"--since {ref}: that is not a branch or commit", "name one, e.g. origin/main")
        return
    changed = _git(root, problems, ref, "diff", "--name-only", ref, "--", CONDITIONS, SECTIONS, RED_FLAGS)
    if changed is None:
        return
    for name in changed.splitlines():
        path, old = root / name, _git(root, None, ref, "show", f"{ref}:{name}")
        # Read through the gate as every source is (a link out of the project is refused; check has said so).
        new = gate.read_text(path, root, Problems(root)) if gate.present(path) else None
        if old is None or new is None:
            continue  # new (its own review date is its first) or deleted (the published-address check speaks)
        if name == RED_FLAGS:
            _flags(path, ref, old, new, problems)
        elif _same_review(old, new) and _words(old) != _words(new):
            problems.warn(path, _line_of(new, _REVIEWED), f"the advice changed since {ref}, but `reviewed` did not",
                          HINT)


def _flags(path: Path, ref: str, old: str, new: str, problems: Problems) -> None:
    before, after = _by_id(old), _by_id(new)
    for flag_id, flag in after.items():
        was = before.get(flag_id)
        if was and was.get("reviewed") == flag.get("reviewed") and _without_review(was) != _without_review(flag):
            line = _line_of(new, re.compile(rf"^\s*- id:\s*{re.escape(flag_id)}\s*$", re.MULTILINE))
            problems.warn(path, line, f"the red flag `{flag_id}` changed since {ref}, but its `reviewed` did not",
                          HINT)


def _by_id(text: str) -> dict[str, dict]:
    try:
        flags = (yaml.safe_load(text) or {}).get("flags") or []
    except yaml.YAMLError:  # its own problem, reported by check
        return {}
    return {f["id"]: f for f in flags if isinstance(f, dict) and isinstance(f.get("id"), str)}


def _without_review(flag: dict) -> dict:
    return {key: value for key, value in flag.items() if key not in REVIEW_FIELDS}


def _same_review(old: str, new: str) -> bool:
    found = [_REVIEWED.search(text) for text in (old, new)]
    return all(found) and found[0].group(1) == found[1].group(1)


def _words(text: str) -> str:
    return _REVIEW_LINE.sub("", text)


def _line_of(text: str, pattern: re.Pattern) -> int | None:
    found = pattern.search(text)
    return text.count("\n", 0, found.start()) + 1 if found else None


def _git(root: Path, problems: Problems | None, ref: str, *args: str) -> str | None:
    """git's output, or None: with problems, the reason is reported (once, for the first command)."""
    result = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True)
    if result.returncode == 0:
        return result.stdout
    if problems is not None:
        problems.add(root, None, f"--since {ref}: git cannot compare with it ({result.stderr.strip()[:200]})",
                     "name a branch or commit of this repository, e.g. origin/main (fetch it first)")
    return None
