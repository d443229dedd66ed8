"""The published-address guard: every address the site has ever published must still answer.

Only `build.py addresses` writes published-addresses.txt; `check` and `build` only read it.
"""
from __future__ import annotations

from pathlib import Path

from . import addresses, gate
from .load import PRACTICES
from .problems import Problems

PUBLISHED = "published-addresses.txt"
HEADER = ("# Every address this site has published. `check` fails if one disappears without a redirect.\n"
          "# Add new ones with `python build.py addresses` after adding a leaflet, practice or page.\n")


def read_published(root: Path, problems: Problems) -> list[tuple[int, str]]:
    """(line, address) for each address in published-addresses.txt; blank lines and # comments skipped. Read through
    the gate, as every source is: a link out of the project would print what it points to, line by line, in errors."""
    path = root / PUBLISHED
    if not gate.present(path):
        return []
    text = gate.read_text(path, root, problems)
    lines = text.splitlines() if text is not None else []
    return [(n, line.strip()) for n, line in enumerate(lines, 1) if line.strip() and not line.startswith("#")]


def check_published(root: Path, current: set[str], problems: Problems) -> None:
    """Report published addresses the site no longer has (errors) and new ones not yet recorded (a warning)."""
    published = read_published(root, problems)
    new = sorted(current - {address for _, address in published})
    if published and new:
        problems.warn(root / PUBLISHED, None, f"{len(new)} address(es) are not recorded yet, e.g. {new[0]}",
                      "run `python build.py addresses` so a later rename cannot break them (on GitHub, a push to "
                      "main records them by itself)")
    gone = [(line, address) for line, address in published if address not in current]
    practices = [(line, address) for line, address in gone if addresses.practice_of(address)]
    if practices and not gate.present(root / PRACTICES):
        # One problem, not one for each of the 70 practice pages that went with the file.
        problems.add(root / PUBLISHED, practices[0][0], f"{PRACTICES} is missing, and {len(practices)} published "
                     f"practice page(s) went with it, e.g. {practices[0][1]}", "restore the file (from git history)")
        gone = [item for item in gone if item not in practices]
    for line, address in gone:
        _gone(root, line, address, problems)


def check_published_without_site(root: Path, folders: dict[str, frozenset[str]], moved: frozenset[str],
                                 problems: Problems) -> None:
    """When a mistake elsewhere stops the site being built, the published addresses of leaflets and exercises
    (folders: their address -> the file names there), their sheets and posters included, are still judged against the
    files and the old addresses written in `redirect_from` (`moved`). A rename without a redirect is then reported
    with the `related:` lines it broke, not on a later run once they are mended."""
    for line, address in read_published(root, problems):
        path = address.removeprefix(addresses.poster(""))
        if any(path.startswith(old) for old in moved):
            continue
        for folder, names in folders.items():
            name = path[len(folder):].partition("/")[0] if path.startswith(folder) else ""
            if name and name not in names:
                _gone(root, line, address, problems)


def _gone(root: Path, line: int, address: str, problems: Problems) -> None:
    code = addresses.practice_of(address)
    if code:  # a practice has no `redirect_from`: it stays, closed, and its page says where its patients went
        problems.add(root / PUBLISHED, line, f"{address} was published, but practice {code} is no longer in "
                     f"{PRACTICES}", "keep its entry and add `closed:` with the day it closed (and `moved_to:`, if "
                     "you know), so its page tells patients where to go")
        return
    problems.add(root / PUBLISHED, line, f"{address} was published, but the site no longer has it",
                 "GP surgeries may link to it: add it to `redirect_from` of the leaflet, exercise, service or page "
                 "that replaces it")


def record_published(root: Path, addresses: set[str], problems: Problems) -> int | None:
    """Record every current address (keeping old ones); returns how many were new, or None (with the problem
    reported) when the file cannot be read, or is a link, which the write would follow out of the project."""
    path = root / PUBLISHED
    if path.is_symlink():
        problems.add(path, None, "this is a link, and the addresses must be written to a file of the project",
                     "replace the link with the file itself")
        return None
    unreadable = len(problems.errors)
    old = {address for _, address in read_published(root, problems)}
    if len(problems.errors) > unreadable:
        return None
    path.write_text(HEADER + "".join(f"{a}\n" for a in sorted(old | addresses)), encoding="utf-8")
    return len(addresses - old)
