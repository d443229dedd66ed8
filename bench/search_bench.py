#!/usr/bin/env python3
"""Search figures on a benchmark site: index size, bytes fetched per query, and time from typing to results.

    .venv/bin/python bench/bench.py --leaflets 1000      # builds bench/out/_site first
    .venv/bin/python bench/search_bench.py

Each query runs in a fresh headless Chromium page (cold cache), typed into /search/, and timed with
performance.now() from the last key press until the first result is on screen. The typing pause (200 ms) is in
the figure, as a patient would feel it; "Enter" times submit at once.
"""
from __future__ import annotations

import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent / "tests")]

from browser import CHROMIUM_ARGS, serve_folder  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

QUERIES = ["back pain", "knee", "physio", "sciatica", "condition 0500", "stiffness", "heel", "exercise"]
TIME_TO_RESULTS = """async q => {
  const input = document.querySelector('#search-page-input');
  input.focus(); input.value = q;
  const start = performance.now();
  input.dispatchEvent(new Event('input', {bubbles: true}));
  while (!document.querySelector('#search-results li a')) await new Promise(r => requestAnimationFrame(r));
  return performance.now() - start;
}"""


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def measure(browser, url: str, query: str) -> tuple[float, int, int]:
    """(ms to first result, /pagefind/ bytes for the query, /pagefind/ bytes on opening the page), fresh page."""
    context = browser.new_context()
    page = context.new_page()
    fetched: list[int] = []
    page.on("requestfinished", lambda r: fetched.append(r.sizes()["responseBodySize"]) if "/pagefind/" in r.url else None)
    page.goto(url + "/search/")
    page.wait_for_load_state("networkidle")
    before = sum(fetched)
    ms = page.evaluate(TIME_TO_RESULTS, query)
    page.wait_for_load_state("networkidle")
    context.close()
    return ms, sum(fetched) - before, before


def main() -> None:
    site = HERE / "out" / "_site"
    if not (site / "pagefind").is_dir():
        raise SystemExit("build the benchmark site first: .venv/bin/python bench/bench.py --leaflets 1000")
    index = site / "pagefind"
    print(f"index: {folder_size(index) / 1e6:.2f} MB in {sum(1 for _ in index.rglob('*'))} files")
    server, url = serve_folder(site)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        rows = [(q, *measure(browser, url, q)) for q in QUERIES]
        browser.close()
    server.shutdown()
    print(f"opening /search/ fetches {rows[0][3] / 1024:.1f} KB of Pagefind files before any query")
    for query, ms, size, _ in rows:
        print(f"  {query!r:18} {ms:6.0f} ms to first result  {size / 1024:6.1f} KB of index fetched")
    print(f"median: {statistics.median(r[1] for r in rows):.0f} ms, {statistics.median(r[2] for r in rows) / 1024:.1f} KB per query")


if __name__ == "__main__":
    main()
