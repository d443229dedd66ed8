#!/usr/bin/env python3
"""Where Pagefind's peak memory comes from, measured on a built site (issue 14, "Fast builds": memory).

    .venv/bin/python bench/bench.py --leaflets 5000 --work /tmp/pf5000       # builds /tmp/pf5000/_site
    nice -n 10 .venv/bin/python bench/pagefind_memory.py /tmp/pf5000/_site --work /tmp/pfm5000
    nice -n 10 .venv/bin/python bench/pagefind_memory.py /tmp/pf5000/_site --only cli split-4

Each measurement runs in a fresh Python process that starts one Pagefind process (the CLI, or the service behind the
Python API) and reports that child's peak RSS (getrusage RUSAGE_CHILDREN), the wall time and the bundle's size on disk.
The experiments (`--only` picks some; the default runs all, one after another):

  cli                 the CLI over the site, as msksite/index.py runs it
  stripped            a copy of the site keeping only each page's data-pagefind-body element (what Pagefind indexes)
  vocab-50            stripped, every word mapped onto a vocabulary of 50 words (fewer unique words, same count)
  vocab-unique        stripped, every word made unique to its page (many more unique words, same count)
  half-words          stripped, every other word dropped (same pages, half the words)
  api-html            the Python API: add_html_file for each indexed page
  api-record          the Python API: add_custom_record with the body's text, url, title and filters only
  split-K             the site as K bundles, pages dealt out by leaflet number (K = 2, 4, 8), one CLI run after another
  split-area          one bundle per body area (the `area` filter), one CLI run after another

Splits report the largest peak of their runs, the summed time and size, and what a search across the merged bundles
(Pagefind's mergeIndex) would fetch for its first query: each bundle's metadata and one word chunk per bundle.
Peaks are MiB (ru_maxrss / 1024, as bench.py reports them); index_mb is the index data only (no JS, CSS or wasm).

Measured on the bench.py N=5000 site (5,086 indexed pages, 7.2 million body words, 1,325 distinct words; Pagefind
1.5.2; 2 shared cores, so times are noisy): cli 2,589 MB; stripped 2,308; api-html 2,357; api-record 2,375;
vocab-50 1,136; half-words 1,623; vocab-unique 3,784; split-2 1,294; split-4 690; split-8 350; split-area 310.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

EXPERIMENTS = ["cli", "stripped", "vocab-50", "vocab-unique", "half-words", "api-html", "api-record",
               "split-2", "split-4", "split-8", "split-area"]
WORD = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True)
class Page:
    """One HTML page Pagefind indexes: where it is, its body element's HTML and what the API needs of it."""
    rel: str
    html: str
    body: str
    opening: str
    area: str


class _BodySpan(HTMLParser):
    """Finds the source offsets of the element carrying data-pagefind-body, counting nested tags of its name."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=False)
        self.line_starts = [0]
        for line in text.splitlines(keepends=True):
            self.line_starts.append(self.line_starts[-1] + len(line))
        self.tag, self.depth, self.start, self.end = None, 0, None, None

    def source_offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def handle_starttag(self, tag, attrs):
        if self.tag is None and any(name == "data-pagefind-body" for name, _ in attrs):
            self.tag, self.start = tag, self.source_offset()
        if tag == self.tag and self.end is None:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag == self.tag and self.end is None:
            self.depth -= 1
            if self.depth == 0:
                self.end = self.source_offset() + len(f"</{tag}>")


def read_pages(site: Path) -> list[Page]:
    """Every page with a data-pagefind-body element: once any page has one, Pagefind indexes only those."""
    pages = []
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        if rel.startswith("pagefind/"):
            continue
        html = path.read_text()
        if "data-pagefind-body" not in html:
            continue
        span = _BodySpan(html)
        span.feed(html)
        area = re.search(r'data-pagefind-filter="area"[^>]*>([^<]*)<', html)
        pages.append(Page(rel, html, html[span.start:span.end], re.search(r"<html[^>]*>", html).group(0),
                          area.group(1).strip() if area else "none"))
    return pages


def page_url(rel: str) -> str:
    # As Pagefind computes it without --keep-index-url: the folder, not its index.html.
    return "/" + rel.removesuffix("index.html")


def leaflet_number(rel: str) -> int:
    found = re.match(r"conditions/condition-(\d+)/", rel)
    return int(found.group(1)) if found else 0


# --- Copies of the site that isolate one cause ------------------------------------------------------------------


def stripped_html(page: Page, body: str | None = None) -> str:
    # The <html> tag stays: Pagefind takes the page's language from it, and the language picks the index.
    return f"<!DOCTYPE html>\n{page.opening}<head><meta charset=\"utf-8\"></head><body>{body or page.body}</body></html>\n"


def map_words(body: str, change) -> str:
    """body with change(word) applied to each word of its text, leaving tags and attributes alone."""
    parts = re.split(r"(<[^>]*>)", body)
    return "".join(part if part.startswith("<") else WORD.sub(lambda m: change(m.group(0)), part) for part in parts)


def variant_body(name: str, page: Page, index: int) -> str:
    if name == "vocab-50":
        return map_words(page.body, lambda w: f"w{sum(w.encode()) % 50}")
    if name == "vocab-unique":
        return map_words(page.body, lambda w: f"{w}q{index}")
    if name == "half-words":
        count = iter(range(10 ** 9))
        return map_words(page.body, lambda w: w if next(count) % 2 == 0 else "")
    return page.body


def write_variant(name: str, pages: list[Page], dest: Path) -> Path:
    """A site of only the pages' body elements, each page changed as the experiment name says."""
    shutil.rmtree(dest, ignore_errors=True)
    for index, page in enumerate(pages):
        path = dest / page.rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(stripped_html(page, variant_body(name, page, index)))
    return dest


def write_parts(site: Path, pages: list[Page], key, dest: Path) -> list[Path]:
    """The indexed pages dealt into sites by key(page), hard-linked, so each part is a site Pagefind can index alone."""
    shutil.rmtree(dest, ignore_errors=True)
    parts: dict[str, Path] = {}
    for page in pages:
        part = parts.setdefault(str(key(page)), dest / f"part-{len(parts)}")
        (part / page.rel).parent.mkdir(parents=True, exist_ok=True)
        os.link(site / page.rel, part / page.rel)
    return list(parts.values())


# --- Measuring, each in a fresh process -------------------------------------------------------------------------


def folder_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def index_mb(bundle: Path) -> float:
    """The bundle's index data (words, fragments, filters, metadata), without the JS, CSS and WebAssembly every
    bundle carries."""
    data = [p for p in bundle.rglob("*") if p.is_file() and p.suffix in (".pf_index", ".pf_fragment", ".pf_filter",
                                                                             ".pf_meta")]
    return sum(p.stat().st_size for p in data) / 1e6


def measure(*argv: str) -> dict:
    """Run this script in a new process to do one indexing job; its one child is the Pagefind process."""
    done = subprocess.run([sys.executable, __file__, *argv], capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(done.stdout + done.stderr)
    return json.loads(done.stdout.splitlines()[-1])


def report_child(started: float, out: Path) -> None:
    print(json.dumps({"peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
                      "seconds": time.perf_counter() - started, "index_mb": index_mb(out)}))


def run_cli(site: Path, out: Path) -> None:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site), "--output-path", str(out), "--silent"],
                   check=True)
    report_child(started, out)


def record_of(page: Page) -> dict:
    """What add_custom_record needs: the body's visible text, and the title and filters Pagefind would have read."""
    visible = re.sub(r"<(\w+)[^>]*data-pagefind-ignore[^>]*>.*?</\1>", " ", page.body, flags=re.S)
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", visible)).strip()
    title = re.search(r"<h1[^>]*>(.*?)</h1>", page.body, flags=re.S)
    filters = {name: [value.strip()] for name, value in
               re.findall(r'data-pagefind-filter="(\w+)"[^>]*>([^<]*)<', page.body)}
    return {"url": page_url(page.rel), "content": text, "language": "en-gb", "filters": filters,
            "meta": {"title": re.sub(r"<[^>]+>", "", title.group(1)).strip() if title else page.rel}}


class _NoPollDelay:
    """asyncio for pagefind.service, whose reader sleeps 0.1 s before reading each response: 10 pages a second
    whatever Pagefind's speed. Without that sleep the API's time measures Pagefind, not the poll."""

    def __getattr__(self, name):
        return getattr(asyncio, name)

    @staticmethod
    async def sleep(delay, result=None):
        return await asyncio.sleep(0, result)


async def api_index(site: Path, out: Path, mode: str) -> None:
    from pagefind import service
    from pagefind.index import PagefindIndex
    service.asyncio = _NoPollDelay()
    async with PagefindIndex(config={"output_path": str(out)}) as index:
        for page in read_pages(site):
            if mode == "html":
                await index.add_html_file(content=page.html, url=page_url(page.rel))
            else:
                await index.add_custom_record(**record_of(page))


def run_api(site: Path, out: Path, mode: str) -> None:
    started = time.perf_counter()
    asyncio.run(api_index(site, out, mode))
    report_child(started, out)


# --- Experiments ------------------------------------------------------------------------------------------------


def merged_query_kb(bundles: list[Path]) -> float:
    """What a first one-word search fetches beyond the shared JS and WebAssembly: each bundle's entry and metadata,
    and one word chunk (of average size) from each, since every merged bundle is searched."""
    total = 0.0
    for bundle in bundles:
        chunks = list((bundle / "index").glob("*.pf_index"))
        total += sum(p.stat().st_size for p in [bundle / "pagefind-entry.json", *bundle.glob("*.pf_meta")])
        total += sum(p.stat().st_size for p in chunks) / max(len(chunks), 1)
    return total / 1e3


def run_split(site: Path, pages: list[Page], key, work: Path) -> dict:
    parts = write_parts(site, pages, key, work / "parts")
    runs = [measure("--cli", str(part), str(work / "out" / part.name)) for part in parts]
    bundles = [work / "out" / part.name for part in parts]
    return {"peak_mb": max(r["peak_mb"] for r in runs), "seconds": sum(r["seconds"] for r in runs),
            "index_mb": sum(r["index_mb"] for r in runs), "parts": len(runs),
            "part_peaks_mb": [round(r["peak_mb"]) for r in runs], "first_query_kb": merged_query_kb(bundles)}


def experiment(name: str, site: Path, pages: list[Page], work: Path) -> dict:
    out = work / "out"
    shutil.rmtree(work / "out", ignore_errors=True)
    if name == "cli":
        result = measure("--cli", str(site), str(out))
        return {**result, "first_query_kb": merged_query_kb([out])}
    if name in ("stripped", "vocab-50", "vocab-unique", "half-words"):
        copy = write_variant(name, pages, work / "site")
        return {**measure("--cli", str(copy), str(out)), "site_mb": folder_mb(copy)}
    if name.startswith("api-"):
        return measure("--api", name.removeprefix("api-"), str(site), str(out))
    if name == "split-area":
        return run_split(site, pages, lambda page: page.area, work)
    k = int(name.removeprefix("split-"))
    return run_split(site, pages, lambda page: leaflet_number(page.rel) % k, work)


def site_facts(pages: list[Page]) -> dict:
    words = [w.lower() for page in pages for w in WORD.findall(re.sub(r"<[^>]+>", " ", page.body))]
    return {"indexed_pages": len(pages), "body_words": len(words), "unique_words": len(set(words)),
            "html_mb": sum(len(p.html) for p in pages) / 1e6, "body_mb": sum(len(p.body) for p in pages) / 1e6}


def main() -> None:
    # The measured jobs: each is this script run again, so its only child is the one Pagefind process.
    if sys.argv[1:2] == ["--cli"]:
        return run_cli(Path(sys.argv[2]), Path(sys.argv[3]))
    if sys.argv[1:2] == ["--api"]:
        return run_api(Path(sys.argv[3]), Path(sys.argv[4]), sys.argv[2])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--work", type=Path, default=Path("/tmp/pagefind-memory"))
    parser.add_argument("--only", nargs="+", choices=EXPERIMENTS, default=EXPERIMENTS)
    args = parser.parse_args()
    pages = read_pages(args.site.resolve())
    print(json.dumps(site_facts(pages)), flush=True)
    for name in args.only:
        result = experiment(name, args.site.resolve(), pages, args.work / name)
        print(json.dumps({"experiment": name, **{k: round(v, 1) if isinstance(v, float) else v
                                                 for k, v in result.items()}}), flush=True)
        shutil.rmtree(args.work / name, ignore_errors=True)


if __name__ == "__main__":
    main()
