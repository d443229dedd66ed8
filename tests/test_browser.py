"""The built example site in headless Chromium: accessibility, keyboard, no JavaScript, no third-party requests."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from browser import axe_violations, tab_until
from conftest import REPO, TODAY
from msksite import addresses, pipeline


def site_pages(site: Path) -> list[str]:
    """Every address in the sitemap, plus the pages deliberately left out of it."""
    urls = re.findall(r"<loc>https://[^/]+(/[^<]*)</loc>", (site / "sitemap.xml").read_text())
    return urls + [addresses.NOT_FOUND, addresses.SEARCH]


def planned_pages() -> list[str]:
    """The example site's HTML pages from its plan, known before anything is built, so each gets its own test."""
    plan = pipeline.check(REPO, TODAY).plan
    assert plan is not None, "the example site has problems: run `python build.py check`"
    return [p.url for p in plan.pages if p.in_sitemap or p.url in (addresses.NOT_FOUND, addresses.SEARCH)]


def test_sitemap_lists_every_leaflet(example_site):
    urls = site_pages(example_site)
    leaflets = sorted(p.parent.name for p in (example_site / "conditions").glob("*/index.html"))
    assert leaflets and all(f"/conditions/{slug}/" in urls for slug in leaflets)


def test_axe_covers_every_page_the_site_lists(example_site):
    assert sorted(site_pages(example_site)) == sorted(planned_pages())


@pytest.mark.parametrize("url", planned_pages())
def test_zero_axe_violations(reused_page, url):
    reused_page.goto(reused_page.base + url)
    found = axe_violations(reused_page)
    assert not found, "\n".join(found)


def test_every_page_has_one_h1_a_unique_title_lang_and_skip_link(example_site):
    titles: dict[str, str] = {}
    for url in site_pages(example_site):
        rel = url.lstrip("/") + ("index.html" if url.endswith("/") else "")
        html = (example_site / rel).read_text()
        assert len(re.findall(r"<h1[\s>]", html)) == 1, f"{url} must have exactly one h1"
        assert '<html lang="en-GB"' in html, url
        assert 'href="#maincontent"' in html and 'id="maincontent"' in html, f"{url} needs a skip link"
        title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
        assert title not in titles, f"{url} and {titles.get(title)} share the title {title!r}"
        titles[title] = url


def test_skip_link_is_the_first_thing_the_keyboard_reaches(page):
    page.goto(page.base + "/conditions/low-back-pain/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Skip to main content"
    page.keyboard.press("Enter")
    # The jump to #maincontent is a navigation the browser finishes after Enter returns: wait for it.
    page.wait_for_url("**#maincontent", timeout=5000)
    assert page.evaluate("document.activeElement.id || document.activeElement.closest('#maincontent')?.id") == "maincontent"


def test_keyboard_alone_reaches_self_referral_from_a_leaflet(page):
    page.goto(page.base + "/conditions/knee-pain/")
    page.focus("#maincontent")
    if not tab_until(page, "el.getAttribute('href')", "/self-referral/", 300):
        pytest.fail("Tab never reached a link to /self-referral/ inside the leaflet")
    page.keyboard.press("Enter")
    page.wait_for_url("**/self-referral/")
    assert page.locator("h1").inner_text() == "Refer yourself to physiotherapy"


def test_leaflet_works_without_javascript(nojs_page):
    nojs_page.goto(nojs_page.base + "/conditions/low-back-pain/")
    assert nojs_page.locator("h1").inner_text() == "Low back pain"
    assert nojs_page.get_by_text("Call 999 or go to A&E now if:").is_visible()
    nojs_page.get_by_text("Where this information comes from").click()
    assert nojs_page.get_by_text("Reviewed by:").is_visible(), "details must open without JavaScript"
    nojs_page.get_by_role("link", name="Check if you can refer yourself").click()
    nojs_page.wait_for_url("**/self-referral/")


def test_header_search_without_javascript_leads_to_a_to_z(nojs_page):
    nojs_page.goto(nojs_page.base + "/")
    nojs_page.fill("header input[name=q]", "back")
    nojs_page.keyboard.press("Enter")
    nojs_page.wait_for_url("**/search/?q=back")
    assert nojs_page.get_by_role("link", name="Low back pain").first.is_visible()


def test_demo_banner_on_every_page_type(page):
    for url in ["/", "/conditions/knee-pain/", "/services/", "/self-referral/", "/about/"]:
        page.goto(page.base + url)
        assert page.get_by_role("region", name="Example content notice").is_visible(), url
