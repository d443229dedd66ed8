"""Stage 6, index: build the Pagefind search index over the written site.

Pagefind holds every indexed page's words in memory until it writes its bundle: about 0.5 MB a page, 2.6 GB for a
site of 5,000 leaflets (bench/pagefind_memory.py). So a large site is indexed as several bundles, each of at most
about PAGES_PER_BUNDLE pages, one after another, and the search page merges them in the browser (search.js reads
BUNDLES). The main bundle is at /pagefind/ and the others inside it (/pagefind/more-1/ ...), so the whole index is
one folder that `serve` can swap in at once. A site of up to PAGES_PER_BUNDLE indexed pages is one bundle, indexed
over the site folder itself, exactly as before.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from . import addresses

# About 750 MB at Pagefind's peak. Each extra bundle adds ~20 KB to a patient's first search, and ranks by its own
# word counts: bundles of pages picked at random have alike counts, but tiny ones do not (test_search_bundles.py).
PAGES_PER_BUNDLE = 1500
BUNDLES = "bundles.json"  # in the main bundle: the addresses of the others, for the search page to merge
MORE = "more-"
INDEXED = b"data-pagefind-body"  # Pagefind indexes only pages that mark their body so


class IndexFailed(Exception):
    """Pagefind could not index the site; its own message says why."""


def index_site(site_dir: Path, output: Path | None = None, nice: bool = False) -> None:
    """Index site_dir into its bundle folder (/pagefind/), or into `output` when given (`serve` swaps it in)."""
    output = output or site_dir / addresses.PAGEFIND.strip("/")
    groups = bundles(indexed_pages(site_dir))
    if len(groups) == 1:
        _pagefind("--site", str(site_dir), "--output-path", str(output), nice=nice)
    else:
        for number, pages in enumerate(groups):
            _index_part(site_dir, pages, output / f"{MORE}{number}" if number else output, nice)
    extra = [f"{addresses.PAGEFIND}{MORE}{number}/" for number in range(1, len(groups))]
    (output / BUNDLES).write_text(json.dumps({"merge": extra}), encoding="utf-8")


def indexed_pages(site_dir: Path) -> list[str]:
    """The site's pages that Pagefind would index, by path within the site, sorted."""
    return sorted(path.relative_to(site_dir).as_posix() for path in site_dir.rglob("*.html")
                  if INDEXED in path.read_bytes())


def bundles(pages: list[str], size: int | None = None) -> list[list[str]]:
    """The pages split into as few bundles as keep each within `size`, each page always in the same bundle for a
    given count (by a hash of its path, so adding a page moves no other), in page order within each."""
    size = size or PAGES_PER_BUNDLE
    count = max(1, -(-len(pages) // size))
    groups: list[list[str]] = [[] for _ in range(count)]
    for page in pages:
        groups[int.from_bytes(hashlib.sha256(page.encode()).digest()[:4], "big") % count].append(page)
    return groups


def _index_part(site_dir: Path, pages: list[str], output: Path, nice: bool) -> None:
    """Index only these pages: Pagefind reads a folder, so give it one holding links to just them."""
    part = output.with_name(f"{output.name}.src-{os.getpid()}")
    shutil.rmtree(part, ignore_errors=True)
    try:
        for page in pages:
            target = part / page
            target.parent.mkdir(parents=True, exist_ok=True)
            _link_or_copy(site_dir / page, target)
        _pagefind("--site", str(part), "--output-path", str(output), nice=nice)
    finally:
        shutil.rmtree(part, ignore_errors=True)


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:  # another file system, or one without hard links
        shutil.copyfile(source, target)


def _pagefind(*args: str, nice: bool = False) -> None:
    # In the background (`serve`), at a low priority, so it never slows the rebuild after the next edit.
    lower = ["nice", "-n", "10"] if nice and shutil.which("nice") else []
    result = subprocess.run([*lower, sys.executable, "-m", "pagefind", *args, "--silent"], capture_output=True,
                            text=True)
    if result.returncode != 0:
        raise IndexFailed(result.stderr.strip() or result.stdout.strip())


def refresh_index(site_dir: Path) -> None:
    """Index site_dir into a folder beside it, then swap that in for the site's bundle (`serve`, in the background):
    searches use the old index until the new one is whole."""
    bundle = site_dir / addresses.PAGEFIND.strip("/")
    # Both beside the site, not in it: the site folder only ever holds the site and one whole bundle.
    fresh, old = (site_dir.with_name(f"{site_dir.name}.pagefind-{name}-{os.getpid()}") for name in ("new", "old"))
    for folder in (fresh, old):
        shutil.rmtree(folder, ignore_errors=True)
    try:
        index_site(site_dir, fresh, nice=True)
        if bundle.exists():
            bundle.rename(old)
        fresh.rename(bundle)
    finally:
        for folder in (fresh, old):
            shutil.rmtree(folder, ignore_errors=True)
