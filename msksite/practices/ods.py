"""Read epraccur.csv, the NHS list of GP practices: no header row, 27 columns, one practice a row.

Only the columns we use are named here (1-based in the ODS specification, 0-based below).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ..gate import CONTROL
from ..problems import Problems
from ..schema.common import ODS_CODE, POSTCODE

COLUMNS = 27
CODE, NAME, ADDRESS, POSTCODE_COL, OPENED, CLOSED, STATUS, COMMISSIONER, PHONE, SETTING = 0, 1, slice(4, 9), 9, 10, 11, 12, 14, 17, 25
STATUSES = {"A": "active", "C": "closed", "D": "dormant", "P": "proposed"}
GP_PRACTICE = "4"  # prescribing setting 4: a GP practice (others are walk-in centres, prisons, out of hours…)
FULL_POSTCODE = re.compile(rf"{POSTCODE} ?[0-9][ABD-HJLNP-UW-Z]{{2}}")
SMALL_WORDS = {"and", "of", "the", "at", "on", "in"}


@dataclass(frozen=True)
class OdsPractice:
    """One row of epraccur.csv, normalised for people to read."""

    line: int
    code: str
    name: str
    town: str
    postcode: str
    status: str
    commissioner: str
    closed: date | None
    gp_practice: bool


MAX_CELL = 16_000_000


def read_epraccur(path: Path, problems: Problems) -> list[OdsPractice]:
    """Every row that parses; each bad row is a `FILE:line: message` problem."""
    rows = []
    # csv stops the whole file at a cell over 128 kB: read such a row, to refuse it alone and carry on with the rest
    csv.field_size_limit(max(csv.field_size_limit(), MAX_CELL))
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
        reader = csv.reader(handle)
        try:
            for line, cells in enumerate(reader, 1):
                row = parse_row(path, line, cells, problems)
                if row is not None:
                    rows.append(row)
        except csv.Error as err:  # a cell of more than MAX_CELL, where ODS cells are a few words
            problems.add(path, reader.line_num, f"this row cannot be read ({err}), nor any row after it",
                         "is this epraccur.csv from ODS?")
    return rows


def parse_row(path: Path, line: int, cells: list[str], problems: Problems) -> OdsPractice | None:
    if len(cells) != COLUMNS:
        problems.add(path, line, f"the row has {len(cells)} columns, not {COLUMNS}", "is this epraccur.csv from ODS?")
        return None
    stray = next(((n, found) for n, cell in enumerate(cells, 1) if (found := CONTROL.search(cell))), None)
    if stray:  # it would reach practices.yaml as an escape, and the terminal as a control code
        problems.add(path, line, f"column {stray[0]} has an invisible control character "
                     f"(U+{ord(stray[1].group()):04X})", "is this epraccur.csv from ODS?")
        return None
    status, postcode = cells[STATUS].strip(), normalise_postcode(cells[POSTCODE_COL])
    if not re.fullmatch(ODS_CODE, cells[CODE].strip().upper()):  # a bad row, so --skip-bad can skip it
        problems.add(path, line, f"`{cells[CODE].strip()[:20]}` is not a GP practice code (one letter then five "
                     "digits, e.g. A81001)", "check the row")
        return None
    if status not in STATUSES:
        problems.add(path, line, f"the status `{status}` is not one of {', '.join(STATUSES)}", "check the row")
        return None
    if postcode is None:
        problems.add(path, line, f"`{cells[POSTCODE_COL]}` is not a full postcode", "check the row")
        return None
    closed = _date(cells[CLOSED])
    if status == "C" and closed is None:
        problems.add(path, line, f"practice {cells[CODE]} is closed but has no real close date (column 12 is "
                     f"`{cells[CLOSED].strip()[:20]}`)", "write it as YYYYMMDD, e.g. 20261031")
        return None
    return OdsPractice(line, cells[CODE].strip().upper(), normalise_name(cells[NAME]), _town(cells[ADDRESS]), postcode,
                       STATUSES[status], cells[COMMISSIONER].strip().upper(), closed, cells[SETTING].strip() == GP_PRACTICE)


def normalise_postcode(text: str) -> str | None:
    """'wx12hp' or 'WX1 2HP ' -> 'WX1 2HP'; None when it is not a full UK postcode."""
    compact = re.sub(r"\s+", "", text).upper()
    if not FULL_POSTCODE.fullmatch(compact):
        return None
    return f"{compact[:-3]} {compact[-3:]}"


def normalise_name(text: str) -> str:
    """'THE KINGSMERE SURGERY' -> 'The Kingsmere Surgery'; small words stay lower case inside a name."""
    words = re.sub(r"\s+", " ", text.strip()).lower().split(" ")
    out = [_capital(word) if i == 0 or word not in SMALL_WORDS else word for i, word in enumerate(words)]
    return " ".join(out)


def _capital(word: str) -> str:
    # Each part after a hyphen or an opening bracket gets its capital too: "Bishop's-Waltham" reads as people write it.
    return re.sub(r"(^|[-(/])([a-z])", lambda m: m.group(1) + m.group(2).upper(), word)


def _town(lines: list[str]) -> str:
    """The post town: the last address line before the county (line 5), e.g. KINGSMERE -> Kingsmere."""
    filled = [line.strip() for line in lines[:4] if line.strip()]
    return normalise_name(filled[-1]) if filled else ""


def _date(text: str) -> date | None:
    """YYYYMMDD, or None when it is not a real date (20261399 has the shape of one)."""
    try:
        return datetime.strptime(text.strip(), "%Y%m%d").date() if re.fullmatch(r"\d{8}", text.strip()) else None
    except ValueError:
        return None
