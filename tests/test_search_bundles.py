"""A search index in several bundles (msksite/index.py), as a large site's is: each page in exactly one bundle, and
the search page finds pages in all of them, ranked as one index ranks them, in headless Chromium."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from browser import serve_folder
from conftest import REPO, TODAY, Watch, _assert_behaved, _new_tab, _open_context
from msksite import index, pipeline, store
from test_search import search, search_again

SMALL = 60  # pages per bundle: the example site's ~100 indexed pages become two bundles


def test_every_page_is_in_one_bundle_and_adding_a_page_moves_no_other():
    pages = [f"conditions/condition-{i:04d}/index.html" for i in range(2500)]
    groups = index.bundles(pages, 1000, 1000)
    assert len(groups) == 3 and sorted(p for g in groups for p in g) == sorted(pages)
    assert all(600 < len(g) < 1100 for g in groups)
    where = {page: n for n, group in enumerate(groups) for page in group}
    grown = index.bundles(pages + ["conditions/new/index.html"], 1000, 1000)
    assert all(page in grown[where[page]] for page in pages)
    assert index.bundles(pages[:900], 1000, 1000) == [sorted(pages[:900])]


@pytest.mark.parametrize(("pages", "count"), [(100, 1), (1086, 1), (1500, 1), (1501, 2), (5100, 4), (9000, 6)])
def test_a_site_is_split_only_to_keep_pagefind_within_its_memory(pages, count):
    assert len(index.bundles([f"p{i}/index.html" for i in range(pages)])) == count


@pytest.mark.parametrize(("pages", "count"), [(100, 1), (399, 1), (400, 2), (1086, 5), (5100, 5), (9000, 6)])
def test_split_further_no_bundle_is_smaller_than_smallest(monkeypatch, pages, count):
    monkeypatch.setattr(index, "PARTS", 5)
    assert len(index.bundles([f"p{i}/index.html" for i in range(pages)])) == count


def small_site(folder: Path, pages: int) -> Path:
    for i in range(pages):
        page = folder / f"p{i}" / "index.html"
        page.parent.mkdir(parents=True)
        page.write_text(f"<html lang='en'><body><main data-pagefind-body><h1>Page {i}</h1>"
                        f"<p>Words about knee number {i}.</p></main></body></html>")
    return folder


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def counted(monkeypatch):
    """Up to 5 bundles of 3 pages or more, and every real Pagefind run counted by the pages it indexed."""
    monkeypatch.setattr(index, "PARTS", 5)
    monkeypatch.setattr(index, "SMALLEST", 3)
    runs: list[list[str]] = []
    real = index._run

    def run(site_dir, pages, nice):
        runs.append(pages)
        return real(site_dir, pages, nice)
    monkeypatch.setattr(index, "_run", run)
    return runs


def test_a_bundle_whose_pages_are_unchanged_comes_from_the_cache_byte_for_byte(tmp_path, counted):
    site, bundles = small_site(tmp_path / "site", 12), store.Store(tmp_path, "pagefind")
    index.index_site(site, tmp_path / "cold", store=bundles)
    assert len(counted) == 4
    index.index_site(site, tmp_path / "warm", store=bundles)
    assert len(counted) == 4, "no bundle indexed again"
    assert tree(tmp_path / "warm") == tree(tmp_path / "cold")
    edited = site / "p5" / "index.html"
    edited.write_text(edited.read_text().replace("knee", "elbow"))
    index.index_site(site, tmp_path / "edited", store=bundles)
    assert counted[4:] == [next(g for g in index.bundles(sorted(index._indexed(site))) if "p5/index.html" in g)]


def test_a_corrupt_bundle_entry_is_indexed_again_not_trusted(tmp_path, counted):
    site, bundles = small_site(tmp_path / "site", 6), store.Store(tmp_path, "pagefind")
    index.index_site(site, tmp_path / "cold", store=bundles)
    for entry in (p for p in bundles.folder.rglob("*") if p.is_file()):
        entry.write_bytes(entry.read_bytes()[:-10])
    index.index_site(site, tmp_path / "again", store=bundles)
    assert len(counted) == 4 and sorted(tree(tmp_path / "again")) == sorted(tree(tmp_path / "cold"))


@pytest.fixture(scope="module")
def split_site(tmp_path_factory):
    """The example site built with its index split into bundles of about SMALL pages, served."""
    out = tmp_path_factory.mktemp("bundles") / "_site"
    size, index.PAGES_PER_BUNDLE = index.PAGES_PER_BUNDLE, SMALL
    try:
        result = pipeline.build(REPO, out, TODAY, search=True)
    finally:
        index.PAGES_PER_BUNDLE = size
    assert result.ok, result.problems.report()
    server, url = serve_folder(out)
    yield out, url
    server.shutdown()


def test_the_main_bundle_lists_the_others(split_site):
    out, _ = split_site
    merge = json.loads((out / "pagefind" / index.BUNDLES).read_text())["merge"]
    assert len(merge) == len(index.bundles(sorted(index._indexed(out)), SMALL)) - 1 >= 1
    assert all((out / path.strip("/") / "pagefind.js").is_file() for path in merge)


@pytest.fixture
def tab(browser, split_site):
    _, url = split_site
    watch = Watch()
    context = _open_context(browser, url, watch)
    yield _new_tab(context, url)
    context.close()
    _assert_behaved(watch)


def test_search_over_bundles_finds_each_leaflet_first_by_its_title_whichever_bundle_holds_it(tab, split_site):
    out, _ = split_site
    bundle_of = {"/" + page.removesuffix("index.html"): n
                 for n, group in enumerate(index.bundles(sorted(index._indexed(out)), SMALL)) for page in group}
    titles = {f"/conditions/{path.stem}/": yaml.safe_load(path.read_text().split("---")[1])["title"]
              for path in sorted((REPO / "conditions").glob("*.md"))}
    found = search(tab, "pain")
    assert len({bundle_of[path] for path in found if path in bundle_of}) > 1, "one search, results from many bundles"
    missed = [f"{title!r} found {found[:3]}" for path, title in titles.items()
              if (found := search_again(tab, title))[:1] != [path]]
    assert not missed, "\n".join(missed)
    assert {bundle_of[path] for path in titles} == set(range(len(set(bundle_of.values())))), "leaflets in every bundle"


def test_the_pages_to_index_are_the_same_found_in_the_folder_or_in_what_was_written_there(tmp_path):
    site = small_site(tmp_path / "site", 5)
    (site / "plain.html").write_text("<p>not indexed</p>")
    (site / "data.json").write_text("data-pagefind-body")
    written = {p.relative_to(site).as_posix(): p.read_text() for p in site.rglob("*") if p.is_file()}
    assert index._marked(written.items()) == index._indexed(site)
    assert sorted(index._indexed(site)) == [f"p{i}/index.html" for i in range(5)]
