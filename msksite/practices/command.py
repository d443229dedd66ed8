"""`build.py import-practices FILE --commissioner CODE`: bring a directory's practices up to date from ODS."""
from __future__ import annotations

import re
from pathlib import Path

from pydantic import ValidationError

from ..gate import present, read_text
from ..problems import Problems
from ..schema import PracticesFile
from ..validate.errors import describe
from ..write import replace_file
from ..yamlsource import load_data, parse_yaml
from .merge import Summary, merge, practices_yaml, split_header
from .ods import read_epraccur

PRACTICES = Path("content/practices.yaml")
DISTRICTS = Path("content/postcode-districts.yaml")


def import_practices(root: Path, source: Path, commissioners: set[str], problems: Problems, dry_run: bool = False,
                     skip_bad: bool = False) -> Summary | None:
    """Merge the commissioners' active GP practices into content/practices.yaml; None when nothing may be written."""
    rows = _rows(source, commissioners, problems, skip_bad)
    if rows is None:
        return None
    path = root / PRACTICES
    old = read_text(path, root, problems) if present(path) else ""
    if old is None:
        return None
    existing = _list_in(path, old, "practices", problems)
    districts = _districts(root, problems)
    if existing is None or districts is None:
        return None
    merged, summary = merge(existing, rows, districts)
    header = split_header(old)
    text = practices_yaml(header, merged)
    try:
        PracticesFile.model_validate(load_data(text))
    except ValidationError as err:
        _why_invalid(err, merged, rows, source, path, problems)
        return None
    if not dry_run and text != old:
        replace_file(path, text)  # a link (one inside the project passes the gate) is replaced, not followed
    _comments_not_kept(path, old, header, problems)
    return summary


def _comments_not_kept(path: Path, old: str, header: str, problems: Problems) -> None:
    """The file is written afresh from its data: only the comments at its top survive. Each other one is named,
    so a manager's note ("# Millbrook took on its patients") is not lost without a word."""
    first = header.count("\n") + 1
    for number, line in enumerate(old.splitlines()[first - 1:], first):
        unquoted = re.sub(r'"[^"]*"|\'[^\']*\'', "", line)  # "Room #2" in a quoted note is no comment
        if unquoted.lstrip().startswith("#") or " #" in unquoted:
            problems.warn(path, number, "the import does not keep this comment",
                          "keep notes for the team in the comment lines at the top of the file, which it keeps")


def _why_invalid(err: ValidationError, merged: list[dict], rows: list, source: Path, path: Path,
                 problems: Problems) -> None:
    """Each reason the merged list would not be valid, at the ODS row it came from when it came from one."""
    line_of = {row.code: row.line for row in rows}
    for error in err.errors():
        loc = error["loc"]
        entry = merged[loc[1]] if len(loc) > 1 and isinstance(loc[1], int) and loc[1] < len(merged) else {}
        code = entry.get("code", "")
        message, hint = describe(error, tuple(loc[2:]), set(), "the ODS file")
        where = (source, line_of[code]) if code in line_of else (path, None)
        problems.add(*where, f"practice {code or '?'}: {message}", f"{hint + '; ' if hint else ''}nothing was written")



def _rows(source: Path, commissioners: set[str], problems: Problems, skip_bad: bool):
    found = Problems(problems.root)
    rows = read_epraccur(source, found) if source.is_file() else []
    if not source.is_file():
        problems.add(source, None, "this file does not exist", "download epraccur.csv from the NHS ODS data service")
        return None
    for bad in found.errors:
        (problems.warn if skip_bad else problems.add)(bad.path, bad.line, bad.message, bad.hint)
    if found.errors and not skip_bad:
        problems.add(source, None, f"{len(found.errors)} bad row(s): nothing was imported",
                     "fix or remove them, or add --skip-bad to import the good rows")
        return None
    wanted = [row for row in rows if row.gp_practice and row.commissioner in commissioners]
    if not wanted:
        problems.add(source, None, f"there are no GP practices for commissioner {', '.join(sorted(commissioners))}",
                     "check the commissioner code (column 15, e.g. the ICB sub-location)")
        return None
    return wanted


def _districts(root: Path, problems: Problems) -> dict[str, set[str]] | None:
    path = root / DISTRICTS
    text = read_text(path, root, problems) if present(path) else ""
    entries = _list_in(path, text or "", "districts", problems) if text is not None else None
    if entries is None:
        return None
    covering: dict[str, set[str]] = {}
    for entry in entries:
        if isinstance(entry, dict) and entry.get("district") and entry.get("service"):
            covering.setdefault(entry["district"], set()).add(entry["service"])
    return covering


def _list_in(path: Path, text: str, key: str, problems: Problems) -> list | None:
    """The list under `key` in a YAML file a person may have edited, or None when it cannot be read as one (the
    problem names the line): an import never starts from a file it cannot read."""
    doc = parse_yaml(text, path, problems)
    if doc is None:
        return None
    data = doc.data or {}
    found = data.get(key) if isinstance(data, dict) else None
    if not isinstance(data, dict) or not isinstance(found or [], list):
        problems.add(path, doc.line_of((key,)), f"this file should hold a list under `{key}:`",
                     "run `python build.py check` to see what is wrong, and fix it before importing")
        return None
    return found or []
