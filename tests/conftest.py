"""Shared fixtures: scratch projects written from the fixture site, and one build of the example site per session."""
from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from msksite import pipeline

REPO = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "site-basic"
TODAY = date(2026, 11, 23)  # fixed, so review and waiting-time checks give the same answer every day


BROWSER_FIXTURES = {"browser", "page", "nojs_page", "reused_page", "site_url"}


def pytest_collection_modifyitems(items) -> None:
    """Mark every test that drives Chromium, so `pytest -m "not browser"` runs the fast suite without one."""
    for item in items:
        if BROWSER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.browser)


class Project:
    """A throwaway copy of a project that a test can edit, check and build."""

    def __init__(self, root: Path):
        self.root = root

    def write(self, rel: str, text: str) -> Path:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def read(self, rel: str) -> str:
        return (self.root / rel).read_text(encoding="utf-8")

    def replace(self, rel: str, old: str, new: str) -> None:
        text = self.read(rel)
        assert old in text, f"{old!r} not in {rel}"
        self.write(rel, text.replace(old, new, 1))

    def check(self):
        return pipeline.check(self.root, TODAY).problems

    def build(self, out: Path | None = None, search: bool = False) -> pipeline.Result:
        return pipeline.build(self.root, out or self.root / "_site", TODAY, search=search)


def make_project(source: Path, dest: Path) -> Project:
    """Copy a project's sources; share the real layouts and npm packages so tests exercise the product's own."""
    shutil.copytree(source, dest, ignore=shutil.ignore_patterns("_site", "_site.*", "node_modules", "layouts", ".venv", ".git"))
    for shared in ("layouts", "node_modules"):
        (dest / shared).symlink_to(REPO / shared)
    return Project(dest)


@pytest.fixture
def project(tmp_path: Path) -> Project:
    """The small fixture site, copied so a test can break it."""
    return make_project(FIXTURE, tmp_path / "project")


@pytest.fixture(scope="session")
def example_site(tmp_path_factory) -> Path:
    """The real example site (the repo's own content), built once per session with its search index."""
    out = tmp_path_factory.mktemp("example") / "_site"
    root = Path(os.environ.get("MSK_EXAMPLE_ROOT", REPO))  # run the browser suite over another project if asked
    result = pipeline.build(root, out, TODAY, search=True)
    assert result.ok, result.problems.report()
    return out


@pytest.fixture(scope="session")
def site_url(example_site: Path) -> str:
    """The example site over HTTP, with netlify.toml's headers (CSP included)."""
    from browser import serve_folder
    server, url = serve_folder(example_site)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (never `playwright install`: it cannot download here)."""
    from playwright.sync_api import sync_playwright
    from browser import CHROMIUM_ARGS
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Watch:
    """What a page did that it must not: requests to other hosts, CSP refusals, script errors."""

    def __init__(self):
        self.outside: list[str] = []
        self.errors: list[str] = []


def _open_context(browser, site_url: str, watch: Watch, **options):
    context = browser.new_context(**options)

    def route(r):
        if r.request.url.startswith(site_url) or r.request.url.startswith("data:"):
            r.continue_()
        else:
            watch.outside.append(r.request.url)
            r.abort()
    context.route("**/*", route)
    context.on("weberror", lambda e: watch.errors.append(str(e.error)))
    context.on("console", lambda m: watch.errors.append(m.text) if m.type == "error" and "404" not in m.text else None)
    return context


def _new_tab(context, site_url: str):
    from browser import serve_axe
    tab = context.new_page()
    tab.base, tab.axe_url = site_url, serve_axe(context, site_url)
    return tab


def _assert_behaved(watch: Watch) -> None:
    assert not watch.outside, f"third-party requests: {watch.outside}"
    assert not watch.errors, f"console errors (CSP refusals, script errors): {watch.errors}"


@pytest.fixture
def page(browser, site_url):
    """A fresh tab on the example site; fails the test if the page reached another host or broke its CSP."""
    watch = Watch()
    context = _open_context(browser, site_url, watch)
    yield _new_tab(context, site_url)
    context.close()
    _assert_behaved(watch)


@pytest.fixture(scope="module")
def _shared_tab(browser, site_url):
    watch = Watch()
    context = _open_context(browser, site_url, watch)
    yield _new_tab(context, site_url), watch
    context.close()


@pytest.fixture
def reused_page(_shared_tab):
    """One tab reused across a module's tests that only visit and inspect pages (such as the axe check of every
    page), which saves opening a browser context each time; each test still fails on its own page's misbehaviour."""
    tab, watch = _shared_tab
    watch.outside.clear()
    watch.errors.clear()
    yield tab
    _assert_behaved(watch)


@pytest.fixture
def nojs_page(browser, site_url):
    """A tab with JavaScript turned off, as some patients and assistive tools have it."""
    watch = Watch()
    context = _open_context(browser, site_url, watch, java_script_enabled=False)
    tab = context.new_page()
    tab.base = site_url
    yield tab
    context.close()
    assert not watch.outside
