"""Score a blind reviewer's answers against the key that `contact_sheet.py --blind --key` wrote.

    .venv/bin/python scripts/score_blind_review.py answers.md key.txt
    .venv/bin/python scripts/score_blind_review.py answers.md key.txt --against old-answers.md old-key.txt
    .venv/bin/python scripts/score_blind_review.py answers.md key.txt --with answers-2.md key-2.txt --with ...

The answers are the Markdown table the brief in docs/blind-review-brief.md asks for (| Cell | Match | How | Clarity
| Reason |). A match is right when its name is the title of the exercise the key puts in that cell. With
--against, the drawings whose verdict changed between two reviews are listed too. With --with (as often as there are
other reviews of the same drawings), each drawing's clarity is averaged over all the reviews, lowest first, with how
many matched it from the drawing alone: one reviewer's score moves a point either way between reviews, so a change
to a drawing is judged on several.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import NamedTuple

import yaml

ROOT = Path(__file__).resolve().parent.parent
ROW = re.compile(r"^\|\s*(\d+)\s*\|([^|]*)\|([^|]*)\|\s*(\d)\s*\|")


class Verdict(NamedTuple):
    right: bool
    direct: bool
    clarity: int


def titles(folder: Path = ROOT / "content" / "exercises") -> dict[str, str]:
    """Exercise title -> id."""
    return {yaml.safe_load(p.read_text(encoding="utf-8"))["title"]: p.stem for p in folder.glob("*.yaml")}


def key(text: str) -> dict[int, str]:
    """Cell number -> exercise id, from lines like '12 -> bridge'."""
    pairs = (line.split("->") for line in text.splitlines() if "->" in line)
    return {int(cell): name.strip() for cell, name in pairs}


def verdicts(answers: str, cells: dict[int, str], names: dict[str, str]) -> dict[str, Verdict]:
    """Exercise id -> the reviewer's verdict on the cell that holds it."""
    out = {}
    for line in answers.splitlines():
        if match := ROW.match(line):
            cell, named, how, clarity = match.groups()
            exercise = cells[int(cell)]
            right = names.get(named.strip()) == exercise
            out[exercise] = Verdict(right, right and how.strip() == "direct", int(clarity))
    return out


def summary(found: dict[str, Verdict]) -> str:
    total = sum(v.clarity for v in found.values())
    return (f"{sum(v.right for v in found.values())} of {len(found)} right, "
            f"{sum(v.direct for v in found.values())} from the drawing alone, "
            f"clarity {total / len(found):.2f} ({total} / {len(found)})")


def changes(now: dict[str, Verdict], before: dict[str, Verdict]) -> list[str]:
    def show(v: Verdict) -> str:
        return f"{'direct' if v.direct else 'elimination' if v.right else 'wrong'} {v.clarity}"
    return [f"{name}: {show(before[name])} -> {show(v)}" for name, v in sorted(now.items())
            if name in before and v != before[name]]


def pooled(reviews: list[dict[str, Verdict]]) -> list[str]:
    """Each drawing's clarity averaged over the reviews, lowest first, with how many matched it directly."""
    drawings = sorted({name for review in reviews for name in review})
    rows = []
    for name in drawings:
        seen = [review[name] for review in reviews if name in review]
        rows.append((sum(v.clarity for v in seen) / len(seen), sum(v.direct for v in seen), len(seen), name))
    return [f"{mean:.2f}  {direct} of {n} direct  {name}" for mean, direct, n, name in sorted(rows)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("answers", type=Path)
    parser.add_argument("key", type=Path)
    parser.add_argument("--against", nargs=2, type=Path, metavar=("ANSWERS", "KEY"))
    parser.add_argument("--with", dest="others", nargs=2, type=Path, action="append", default=[],
                        metavar=("ANSWERS", "KEY"), help="another review of the same drawings, to pool")
    args = parser.parse_args()
    names = titles()
    now = verdicts(args.answers.read_text(encoding="utf-8"), key(args.key.read_text()), names)
    print(summary(now))
    if args.against:
        old_answers, old_key = args.against
        before = verdicts(old_answers.read_text(encoding="utf-8"), key(old_key.read_text()), names)
        print("\n".join(changes(now, before)))
    if args.others:
        others = [verdicts(a.read_text(encoding="utf-8"), key(k.read_text()), names) for a, k in args.others]
        print("\n".join(pooled([now] + others)))


if __name__ == "__main__":
    sys.exit(main())
