"""A search index in several bundles (msksite/index.py), as a large site's is: each page in exactly one bundle, and
the search page finds pages in all of them, ranked as one index ranks them, in headless Chromium."""
from __future__ import annotations

import json

import pytest
import yaml

from browser import serve_folder
from conftest import REPO, TODAY, Watch, _assert_behaved, _new_tab, _open_context
from msksite import index, pipeline
from test_search import search

SMALL = 60  # pages per bundle: the example site's ~100 indexed pages become two bundles


def test_every_page_is_in_one_bundle_and_adding_a_page_moves_no_other():
    pages = [f"conditions/condition-{i:04d}/index.html" for i in range(2500)]
    groups = index.bundles(pages, 1000)
    assert len(groups) == 3 and sorted(p for g in groups for p in g) == sorted(pages)
    assert all(600 < len(g) < 1100 for g in groups)
    where = {page: n for n, group in enumerate(groups) for page in group}
    grown = index.bundles(pages + ["conditions/new/index.html"], 1000)
    assert all(page in grown[where[page]] for page in pages)
    assert index.bundles(pages[:900], 1000) == [sorted(pages[:900])]


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
    assert len(merge) == len(index.bundles(index.indexed_pages(out), SMALL)) - 1 >= 1
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
                 for n, group in enumerate(index.bundles(index.indexed_pages(out), SMALL)) for page in group}
    titles = {f"/conditions/{path.stem}/": yaml.safe_load(path.read_text().split("---")[1])["title"]
              for path in sorted((REPO / "conditions").glob("*.md"))}
    missed = [f"{title!r} found {found[:3]}" for path, title in titles.items()
              if (found := search(tab, title))[:1] != [path]]
    assert not missed, "\n".join(missed)
    assert {bundle_of[path] for path in titles} == set(range(len(set(bundle_of.values())))), "leaflets in every bundle"
    found = search(tab, "pain")
    assert len({bundle_of[path] for path in found if path in bundle_of}) > 1, "one search, results from many bundles"
