"""/find/ at national scale: 6,300 made-up practices imported from ODS data (bench/national.py), built once for this
module, and looked up in headless Chromium by a name with a typo and by a full postcode, typed a key at a time."""
from __future__ import annotations

import importlib.util
import json

import pytest
import yaml
from playwright.sync_api import expect

from browser import axe_violations, serve_folder
from conftest import REPO, TODAY, Watch, _assert_behaved, _new_tab, _open_context
from msksite import pipeline
from msksite.plan.lookup import shard_for

BUDGET = 30_000  # bytes of lookup data one query may fetch, the index included


def _national():
    spec = importlib.util.spec_from_file_location("national", REPO / "bench/national.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def national(tmp_path_factory):
    """(site folder, base URL, the made-up country): the national directory, imported and built without search."""
    bench = _national()
    root, source, country = bench.make_project(tmp_path_factory.mktemp("national") / "project")
    bench.import_all(root, source, country)
    out = root.parent / "_site"
    result = pipeline.build(root, out, TODAY, search=False, cache=False)  # built once: a cache would go unread
    assert result.ok, result.problems.report()
    server, url = serve_folder(out)
    yield out, url, country
    server.shutdown()


@pytest.fixture
def tab(browser, national):
    _, url, _ = national
    watch = Watch()
    context = _open_context(browser, url, watch)
    yield _new_tab(context, url)
    context.close()
    _assert_behaved(watch)


def lookup(tab, typed: str) -> int:
    """Type into a fresh /find/ a key every 200 ms (slower than the answer's delay, so each pause is answered as a
    slow typist's would be), and return the bytes of lookup data fetched on the way."""
    fetched: set[str] = set()
    tab.on("request", lambda r: fetched.add(r.url.split(tab.base, 1)[1]) if "/find/data/" in r.url else None)
    tab.goto(tab.base + "/find/")
    tab.locator("#find-input").press_sequentially(typed, delay=200)
    expect(tab.locator("#find-status")).not_to_be_empty()
    return sum(tab.site.joinpath(url.lstrip("/")).stat().st_size for url in fetched)


def practice_with_a_distinct_name(site) -> tuple[str, str, str]:
    """(code, name, postcode) of an imported practice named after its street, which a patient might misspell."""
    practices = yaml.safe_load((site.parent / "project/content/practices.yaml").read_text())["practices"]
    return next((p["code"], p["name"], p["postcode"]) for p in practices[100:]
                if p["name"].split()[1] in ("Road", "Lane", "Street", "Avenue") and len(p["name"].split()[0]) >= 8)


def misspelt(name: str, keys: list[str]) -> str:
    """The name as a patient might type it: its last letters left off and two letters of its first word swapped,
    after the letters that choose the shard (a typo there finds only practices in the wrong shard)."""
    first, rest = name.lower().split(" ", 1)
    chosen = max(len(k) for k in shard_for(first, keys))
    assert chosen <= len(first) - 2, "the word is longer than its shard key"
    swapped = first[:-2] + first[-1] + first[-2]
    return f"{swapped}  {rest[:-2]}"


def test_a_practice_name_with_a_typo_finds_it_first_within_the_byte_budget(tab, national):
    site, _, country = national
    tab.site = site
    code, name, _ = practice_with_a_distinct_name(site)
    typed = misspelt(name, json.loads((site / "find/data/index.json").read_text())["names"])
    size = lookup(tab, typed)
    first = tab.locator("#find-results li").first
    expect(first.get_by_role("link")).to_have_text(name)
    expect(first.get_by_role("link")).to_have_attribute("href", f"/find/{code.lower()}/")
    assert size < BUDGET, f"{typed!r} fetched {size} bytes"


def test_a_full_postcode_finds_the_practice_there_within_the_byte_budget(tab, national):
    site, _, country = national
    tab.site = site
    code, name, postcode = practice_with_a_distinct_name(site)
    size = lookup(tab, postcode.lower().replace(" ", ""))
    expect(tab.get_by_role("heading", name=f"GP practice at {postcode}")).to_be_visible()
    expect(tab.locator("#find-results li").first.get_by_role("link")).to_have_text(name)
    assert size < BUDGET, f"{postcode} fetched {size} bytes"


def test_find_without_javascript_links_to_a_page_per_letter_not_one_giant_list(browser, national):
    site, url, _ = national
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(url + "/find/")
    letters = tab.get_by_role("navigation", name="Towns by first letter").get_by_role("link")
    assert 10 <= letters.count() <= 26
    assert tab.locator("a[href^='/find/z']").count() == 0, "no practice is listed on /find/ itself"
    letters.first.click()
    expect(tab.locator("h1")).to_contain_text("GP practices in towns starting with")
    practice = tab.locator("main ul:not(.app-letters) a").first
    href = practice.get_attribute("href")
    practice.click()
    tab.wait_for_url(f"**{href}")
    expect(tab.locator("h1")).to_contain_text("How to get physiotherapy if you are registered with")
    context.close()


def test_zero_axe_violations_on_a_letter_page(tab, national):
    tab.goto(tab.base + "/find/")
    tab.get_by_role("navigation", name="Towns by first letter").get_by_role("link").nth(2).click()
    expect(tab.locator("h1")).to_contain_text("GP practices in towns starting with")
    assert axe_violations(tab) == []
