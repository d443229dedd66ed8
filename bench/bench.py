#!/usr/bin/env python3
"""Time a full build of N synthetic leaflets in the real format: pages per second, per stage, and peak memory.

    .venv/bin/python bench/bench.py --leaflets 1000

The synthetic project reuses the example's config, service directory, exercises and layouts, and writes N leaflets
of about 1,000 words in 6 to 8 sections (lists, links, a table on every 5th), whose words are drawn (with a fixed
seed) from the real leaflets, so the search index is realistic in size. It builds cold (empty cache, no site left
from an earlier run), then again with nothing changed (as after a `git pull` with no content changes; this also
leaves the site before last beside the output, as it is for anyone who builds often), then again after touching one
leaflet. Each build runs in a fresh process, as `build.py build` would.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import resource
import shutil
import subprocess
import sys
from datetime import date
from functools import cache
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from msksite import pipeline  # noqa: E402
from msksite.write import SPARE  # noqa: E402

TODAY = date(2026, 11, 23)
AREAS = ["back", "neck", "shoulder", "elbow", "wrist-and-hand", "hip", "knee", "ankle-and-foot", "general"]


def vocabulary() -> list[str]:
    """The real leaflets' words, less those that mark a red flag (its `signs`): random care-card lines made of them
    ("numbness ... bottom" under "See a GP") are rightly refused by check."""
    words = re.findall(r"[a-z]+", " ".join(p.read_text().split("---", 2)[2] for p in (REPO / "conditions").glob("*.md")).lower())
    library = yaml.safe_load((REPO / "content/red-flags.yaml").read_text())["flags"]
    parts = {part for flag in library for sign in flag.get("signs", []) for part in sign.split()}
    marks = lambda word: any(word.startswith(p[:-1]) if p.endswith("*") else word == p for p in parts)  # noqa: E731
    return sorted(w for w in set(words) if not marks(w))


def sentence(rng: random.Random, words: list[str]) -> str:
    return " ".join(rng.choice(words) for _ in range(rng.randint(5, 10))).capitalize() + "."


@cache
def required_flags(area: str) -> dict[str, list[str]]:
    """The red flags the example's library requires in a leaflet of this body area, by tier, as a real leaflet has."""
    library = yaml.safe_load((REPO / "content/red-flags.yaml").read_text())["flags"]
    tiers: dict[str, list[str]] = {"urgent": [], "urgent_care": [], "emergency": []}
    for flag in library:
        if "all" in flag.get("required_in", []) or area in flag.get("required_in", []):
            tiers[flag["tier"]].append(flag["id"])
    return tiers


def flag_lines(ids: list[str]) -> str:
    return "".join(f"\n    - flag: {flag_id}" for flag_id in ids)


def leaflet(i: int, n: int, rng: random.Random, words: list[str], exercises: list[str]) -> str:
    para = lambda k: " ".join(sentence(rng, words) for _ in range(k))  # noqa: E731
    items = lambda k: "\n".join(f"    - {sentence(rng, words)[:-1].lower()}" for _ in range(k))  # noqa: E731
    related = "\n".join(f"  - condition-{(i + d) % n:04d}" for d in (1, 2))
    flags = required_flags(AREAS[i % len(AREAS)])
    urgent_care = f"\n  urgent_care:{flag_lines(flags['urgent_care'])}" if flags["urgent_care"] else ""
    return f"""---
title: Condition {i:04d} {rng.choice(words)}
summary: {sentence(rng, words)}
body_area: {AREAS[i % len(AREAS)]}
also_known_as:
  - {rng.choice(words)} {rng.choice(words)}
self_referral_suitable: true
do:
  - {sentence(rng, words)[:-1].lower()}
dont:
  - {sentence(rng, words)[:-1].lower()}
exercises:
  - {exercises[i % len(exercises)]}
safety_netting:
  non_urgent:
{items(2)}
  urgent:
{items(2)}{flag_lines(flags["urgent"])}{urgent_care}
  emergency:
{items(1)}{flag_lines(flags["emergency"])}
related:
{related}
reviewed: 2026-01-01
review_due: 2028-12-31
reviewer: Benchmark content
sources:
  - title: Source
    url: https://example.org/source
---
{body(i, n, rng, words)}
"""


SECTIONS = ["Check if you have condition {i}", "What causes condition {i}", "How you can ease condition {i} yourself",
            "Exercises and activity", "Work, driving and sleep", "Treatment from a GP or physiotherapist",
            "How long condition {i} lasts", "Living with condition {i}"]


def body(i: int, n: int, rng: random.Random, words: list[str]) -> str:
    """About 1,000 words in 6 to 8 sections, as real leaflets have: paragraphs, lists, links to other leaflets,
    and a table on every 5th leaflet (bench 'leaflets of real length', issue 14)."""
    para = lambda k: " ".join(sentence(rng, words) for _ in range(k))  # noqa: E731
    items = lambda k: "\n".join(f"- {sentence(rng, words)[:-1].lower()}" for _ in range(k))  # noqa: E731
    parts = [para(4)]
    for heading in SECTIONS[: rng.randint(6, 8)]:
        other = (i + rng.randint(1, n - 1)) % n if n > 1 else i
        parts += [f"## {heading.format(i=i)}", para(4), items(5),
                  f"{sentence(rng, words)} Read more about [condition {other}](/conditions/condition-{other:04d}/).",
                  para(3)]
    if i % 5 == 0:
        rows = "\n".join(f"| {rng.choice(words)} | {sentence(rng, words)[:-1]} |" for _ in range(4))
        parts.insert(3, f"| When | What to do |\n|---|---|\n{rows}")
    return "\n\n".join(parts)


def make_project(n: int, dest: Path) -> Path:
    """A project folder with n synthetic leaflets and the example's other sources."""
    shutil.rmtree(dest, ignore_errors=True)
    (dest / "conditions").mkdir(parents=True)
    # Random words read at about age 11, so the reading-age limit is lifted: the benchmark measures speed, not prose.
    config = (REPO / "site_config.yaml").read_text()
    (dest / "site_config.yaml").write_text(re.sub(r"max_reading_age: \S+", "max_reading_age: 18", config))
    shutil.copytree(REPO / "content", dest / "content")
    # The example's shared sections may name example leaflets by file name; the synthetic project has none of them.
    for section in (dest / "content/sections").glob("*.md"):
        section.write_text(re.sub(r"\n  leaflets: \[[^\]]*\]", "", section.read_text()))
    for shared in ("layouts", "node_modules"):
        (dest / shared).symlink_to(REPO / shared)
    rng, words = random.Random(1), vocabulary()
    exercises = sorted(p.stem for p in (REPO / "content/exercises").glob("*.yaml")) or []
    for i in range(n):
        text = leaflet(i, n, rng, words, exercises)
        if not exercises:
            text = re.sub(r"exercises:\n  - \S+\n", "", text)
        (dest / "conditions" / f"condition-{i:04d}.md").write_text(text)
    return dest


def run(root: Path, out: Path) -> dict:
    """One full build through the same pipeline as `build.py build`, timed stage by stage, in a fresh process, as
    `build.py build` runs: in-process caches (parsed bodies, rendered Markdown) would flatter the second build."""
    done = subprocess.run([sys.executable, __file__, "--one-build", str(root), str(out)],
                          capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(done.stdout + done.stderr)
    return json.loads(done.stdout.splitlines()[-1])


def one_build(root: Path, out: Path) -> None:
    times: dict[str, float] = {}
    result = pipeline.build(root, out, TODAY, search=True, times=times)
    if not result.ok:
        raise SystemExit(result.problems.report())
    files = [p for p in out.rglob("*") if p.is_file() and not p.relative_to(out).as_posix().startswith(("pagefind/", "assets/"))]
    print(json.dumps({"times": times, "pages": sum(1 for p in files if p.suffix == ".html"), "files": result.pages,
                      "build_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      # the largest of Pagefind and the pool's forked workers (whose resident size counts the pages
                      # they share with the build process, so it reads high)
                      "child_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def stages(times: dict[str, float]) -> str:
    return ", ".join(f"{k} {v:.2f}s" for k, v in times.items())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--leaflets", type=int, default=1000)
    parser.add_argument("--work", type=Path, default=REPO / "bench" / "out")
    parser.add_argument("--one-build", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one_build:
        return one_build(*args.one_build)
    root = make_project(args.leaflets, args.work / "project")
    site = args.work / "_site"
    for left in (site, site.with_name(f"{site.name}{SPARE}")):
        shutil.rmtree(left, ignore_errors=True)  # an earlier run's site would make the write stage's work vary
    cold = run(root, site)
    same = run(root, site)
    touched = root / "conditions" / "condition-0000.md"
    touched.write_text(touched.read_text() + "\nOne more sentence for the benchmark.\n")
    again = run(root, site)
    times, total, pages = cold["times"], sum(cold["times"].values()), cold["pages"]
    index_mb = folder_size(site / "pagefind") / 1e6
    print(f"leaflets: {args.leaflets}  HTML pages: {pages}  files rendered (pages, QR codes, data): {cold['files']}")
    print(f"cold build: {stages(times)}")
    print(f"total: {total:.2f}s  HTML pages/s: {pages / total:.0f}  without the index stage: {pages / (total - times['index']):.0f}")
    print(f"peak memory: build {cold['build_mb']:.0f} MB, largest child process (Pagefind or a pool worker) "
          f"{cold['child_mb']:.0f} MB  search index: {index_mb:.1f} MB")
    unchanged = sum(same["times"].values())
    print(f"nothing changed, built again: {unchanged:.2f}s, {unchanged / total:.0%} of cold ({stages(same['times'])})")
    warm = sum(again["times"].values())
    print(f"one leaflet touched, built again in a new process: {warm:.2f}s, {warm / total:.0%} of cold ({stages(again['times'])})")


if __name__ == "__main__":
    main()
