#!/usr/bin/env python3
"""Our cold build against MkDocs-Material's (with search) and Eleventy's, on the same corpus, in interleaved runs.

    .venv/bin/python bench/compare.py --pages 1000 --runs 3

It installs the peers into a scratch folder from the package registries (pinned below; nothing is added to the
project), writes one corpus of N pages (bench/bench.py's leaflets: about 1,000 words in 6 to 8 sections) in each
tool's own format, then times a cold build of each tool in turn, round after round, so a slow moment of the machine
falls on every tool alike. Ours builds with its cache empty and the Pagefind index included. It prints each
tool's median wall time and CPU time, and ours divided by theirs.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

import bench  # noqa: E402  (the leaflet generator, so every tool gets the same words)

MKDOCS_MATERIAL = "mkdocs-material==9.8.2"
MKDOCS = "mkdocs==1.6.1"
ELEVENTY = "@11ty/eleventy@3.1.8"


def install(work: Path) -> None:
    """The peers, each in its own folder under work/, installed once."""
    venv = work / "mkdocs-venv"
    if not (venv / "bin" / "mkdocs").exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin/pip"), "install", "-q", MKDOCS, MKDOCS_MATERIAL], check=True)
    eleventy = work / "eleventy"
    if not (eleventy / "node_modules/.bin/eleventy").exists():
        eleventy.mkdir(parents=True, exist_ok=True)
        (eleventy / "package.json").write_text('{"private": true}\n')
        subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund", ELEVENTY], cwd=eleventy, check=True)


def corpus(n: int, work: Path) -> Path:
    """Our project with n leaflets; the peers get the same bodies and titles (front matter is ours alone)."""
    ours = bench.make_project(n, work / "ours")
    docs = work / "mkdocs" / "docs"
    shutil.rmtree(work / "mkdocs", ignore_errors=True)
    shutil.rmtree(work / "eleventy" / "src", ignore_errors=True)
    docs.mkdir(parents=True)
    src = work / "eleventy" / "src"
    (src / "_includes").mkdir(parents=True)
    (work / "mkdocs" / "mkdocs.yml").write_text("site_name: Compare\ntheme:\n  name: material\nplugins:\n  - search\n")
    (src / "_includes" / "page.njk").write_text("<!doctype html><html><head><title>{{ title }}</title></head><body>"
                                  "<main>{{ content | safe }}</main></body></html>\n")
    for path in sorted((ours / "conditions").glob("*.md")):
        _, meta, body = path.read_text().split("---", 2)
        title = next(line for line in meta.splitlines() if line.startswith("title:")).split(":", 1)[1].strip()
        (docs / path.name).write_text(f"# {title}\n{body}")
        (src / path.name).write_text(f"---\ntitle: {title}\nlayout: page.njk\n---\n{body}")
    return ours


def commands(work: Path, ours: Path) -> dict[str, tuple[list[str], Path, Path]]:
    """Each tool's build command, the folder it runs in, and the output folder to empty before a cold build."""
    return {
        "ours": ([sys.executable, str(REPO / "build.py"), "build", "--root", str(ours), "--no-cache",
                  "--today", bench.TODAY.isoformat()], REPO, ours / "_site"),
        "mkdocs-material": ([str(work / "mkdocs-venv/bin/mkdocs"), "build", "-q"], work / "mkdocs", work / "mkdocs/site"),
        "eleventy": ([str(work / "eleventy/node_modules/.bin/eleventy"), "--quiet", "--input=src", "--output=_site"],
                     work / "eleventy", work / "eleventy/_site"),
    }


def timed(command: list[str], cwd: Path, out: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of one cold build, children included."""
    shutil.rmtree(out, ignore_errors=True)
    before, start = os.times(), time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL)
    wall, after = time.perf_counter() - start, os.times()
    return wall, (after.children_user - before.children_user) + (after.children_system - before.children_system)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", type=Path, default=Path("/tmp/msk-compare"))
    args = parser.parse_args()
    install(args.work)
    tools = commands(args.work, corpus(args.pages, args.work))
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in tools}
    for _ in range(args.runs):
        for name, (command, cwd, out) in tools.items():
            results[name].append(timed(command, cwd, out))
    wall = {name: statistics.median(w for w, _ in runs) for name, runs in results.items()}
    cpu = {name: statistics.median(c for _, c in runs) for name, runs in results.items()}
    print(f"{args.pages} pages, median of {args.runs} interleaved cold builds")
    for name in tools:
        ratio = "" if name == "ours" else f"  ours / {name}: wall {wall['ours'] / wall[name]:.2f}x, CPU {cpu['ours'] / cpu[name]:.2f}x"
        print(f"  {name:16} wall {wall[name]:6.2f}s  CPU {cpu[name]:6.2f}s{ratio}")


if __name__ == "__main__":
    main()
