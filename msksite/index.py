"""Stage 6, index: build the Pagefind search index over the written site.

Pagefind holds every indexed page's words in memory until it writes its bundle: about 0.5 MB a page, 2.6 GB for a
site of 5,000 leaflets (bench/pagefind_memory.py). It cannot add one page to a bundle either: a bundle is indexed
whole, at about 6 ms a page. So a large site is indexed as several bundles, one after another, and the search page
merges them in the browser (search.js reads BUNDLES). Each bundle is kept in the project's cache by a hash of its
pages, so a build with no page changed runs no Pagefind at all, and one after an edit on a large site indexes only
the bundle holding the edited page.

The main bundle is at /pagefind/ and the others inside it (/pagefind/more-1/ ...), so the whole index is one folder
that `serve` can swap in at once. A site of up to PAGES_PER_BUNDLE indexed pages is one bundle. The build leaves
the bundle folders of the site before last in place (write.py) and brings them up to date file by file.
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

from . import addresses
from .store import Store, installed_version, key, unpickled
from .write import sync

# About 750 MB at Pagefind's peak. Each extra bundle adds ~20 KB to a patient's first search, and ranks by its own
# word counts: bundles of pages picked at random have alike counts, but tiny ones do not (test_search_bundles.py).
PAGES_PER_BUNDLE = 1500
# Within that cap a site could be split further (up to PARTS bundles of at least SMALLEST pages), so that an edit
# re-indexes only a fraction of it: at 1,000 leaflets, 5 bundles made a build after an edit 11% of a cold build
# instead of about 23%. But every bundle adds its own index chunks to each word a patient searches for, measured in
# Chromium on that site (bench/out): "knee pain" fetched 397 KB in 44 requests from 5 bundles against 215 KB in 20
# from one, and a sentence 578 KB against 267 KB. Patients search on phones; a slower build is paid by the one
# running it, so a site is split only to keep Pagefind's memory in bounds (PARTS = 1).
PARTS = 1
SMALLEST = 200
BUNDLES = "bundles.json"  # in the main bundle: the addresses of the others, for the search page to merge
MORE = "more-"
INDEXED = b"data-pagefind-body"  # Pagefind indexes only pages that mark their body so


class IndexFailed(Exception):
    """Pagefind could not index the site; its own message says why."""


def index_site(site_dir: Path, output: Path | None = None, nice: bool = False, store: Store | None = None,
               written: dict[str, str | bytes] | None = None) -> None:
    """Index site_dir into its bundle folder (/pagefind/), or into `output` when given (`serve` swaps it in); with a
    store, each bundle whose pages are as an earlier build indexed them comes from the cache. `written` is what the
    build just wrote there, when known, so the pages need not be read back to find them."""
    output = output or site_dir / addresses.PAGEFIND.strip("/")
    pages = _indexed(site_dir) if written is None else _marked(written.items())
    groups = bundles(sorted(pages))
    more = tuple(f"{MORE}{number}" for number in range(1, len(groups)))
    for number, group in enumerate(groups):
        files = _bundle(site_dir, group, pages, nice, store)
        if number == 0:
            merge = [f"{addresses.PAGEFIND}{name}/" for name in more]
            files = {**files, BUNDLES: json.dumps({"merge": merge}).encode()}
        # A bundle folder left from the site before last is brought up to date file by file, not written afresh.
        sync(output / more[number - 1] if number else output, files, more if number == 0 else ())


def _bundle(site_dir: Path, group: list[str], pages: dict[str, str], nice: bool, store: Store | None) -> dict:
    """A bundle's files by path: from the cache when it holds these pages as they are, else indexed now."""
    name = key("pagefind", installed_version("pagefind_bin"), *(f"{page}\0{pages[page]}" for page in group))
    files = _checked(unpickled(store.get(name))) if store else None
    if files is None:
        files = _run(site_dir, group, nice)
        if store:
            store.put(name, pickle.dumps(files, protocol=pickle.HIGHEST_PROTOCOL))
    return files


def _indexed(site_dir: Path) -> dict[str, str]:
    """The site's pages that Pagefind would index, by path within the site, with a hash of each one's bytes."""
    return _marked((path.relative_to(site_dir).as_posix(), path.read_bytes()) for path in site_dir.rglob("*.html"))


def _marked(files: Iterable[tuple[str, str | bytes]]) -> dict[str, str]:
    """As _indexed, from (path, content) pairs: the files as a build wrote them, or as read back from the site."""
    found = {}
    for rel, content in files:
        if rel.endswith(".html"):
            data = content.encode("utf-8") if isinstance(content, str) else content
            if INDEXED in data:
                found[rel] = hashlib.sha256(data).hexdigest()
    return found


def bundles(pages: list[str], most: int | None = None, least: int | None = None) -> list[list[str]]:
    """The pages split into bundles of at most `most` pages, and up to PARTS bundles of at least `least`, each page
    always in the same bundle for a given count (by a hash of its path, so adding a page moves no other), in page
    order within each."""
    most, least = most or PAGES_PER_BUNDLE, least or SMALLEST
    count = max(1, -(-len(pages) // most), min(PARTS, len(pages) // least))
    groups: list[list[str]] = [[] for _ in range(count)]
    for page in pages:
        groups[int.from_bytes(hashlib.sha256(page.encode()).digest()[:4], "big") % count].append(page)
    return groups


def _run(site_dir: Path, pages: list[str], nice: bool) -> dict[str, bytes]:
    """Index just these pages with Pagefind, into a scratch folder beside the site, and read its files back. Pagefind
    is shown only these pages, never the site folder, which may still hold files from the site before last."""
    scratch = site_dir.with_name(f"{site_dir.name}.pagefind-{os.getpid()}")
    shutil.rmtree(scratch, ignore_errors=True)
    try:
        _index_part(site_dir, pages, scratch, nice)
        return {path.relative_to(scratch).as_posix(): path.read_bytes()
                for path in sorted(scratch.rglob("*")) if path.is_file()}
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _checked(files: object) -> dict[str, bytes] | None:
    """A cached bundle's files, or None when the entry cannot be used."""
    if isinstance(files, dict) and all(_safe(rel, content) for rel, content in files.items()):
        return files
    return None


def _safe(rel: object, content: object) -> bool:
    return (isinstance(rel, str) and isinstance(content, bytes) and not rel.startswith("/")
            and ".." not in rel.split("/"))


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


def refresh_index(site_dir: Path, store: Store | None = None) -> None:
    """Index site_dir into a folder beside it, then swap that in for the site's bundle (`serve`, in the background):
    searches use the old index until the new one is whole."""
    bundle = site_dir / addresses.PAGEFIND.strip("/")
    # Both beside the site, not in it: the site folder only ever holds the site and one whole bundle.
    fresh, old = (site_dir.with_name(f"{site_dir.name}.pagefind-{name}-{os.getpid()}") for name in ("new", "old"))
    for folder in (fresh, old):
        shutil.rmtree(folder, ignore_errors=True)
    try:
        index_site(site_dir, fresh, nice=True, store=store)
        if bundle.exists():
            bundle.rename(old)
        fresh.rename(bundle)
    finally:
        for folder in (fresh, old):
            shutil.rmtree(folder, ignore_errors=True)
