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


def test_mobile_width_has_no_sideways_scroll(browser, site_url):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    tab = context.new_page()
    for url in ["/", "/conditions/low-back-pain/", "/self-referral/", "/services/"]:
        tab.goto(site_url + url)
        assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), url
    context.close()


def leaflet_pages() -> list[str]:
    plan = pipeline.check(REPO, TODAY).plan
    return [p.url for p in plan.pages if p.template == "condition.html"]


@pytest.fixture(scope="module")
def phone_tab(browser, site_url):
    """A 390 px wide phone screen, the size of a common phone today."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    tab = context.new_page()
    yield tab
    context.close()


@pytest.mark.parametrize("url", leaflet_pages())
def test_get_help_now_is_on_the_first_phone_screen_and_lands_on_the_999_card(phone_tab, site_url, url):
    phone_tab.goto(site_url + url)
    link = phone_tab.get_by_role("link", name="Get help now: when to call 999 or 111")
    box = link.bounding_box()
    assert box and box["y"] + box["height"] <= 844, f"the link is {box and box['y']:.0f}px down, below the first screen"
    link.click()
    card = phone_tab.locator("#care-emergency .nhsuk-card__heading")
    assert "Call 999" in card.inner_text()
    top = card.bounding_box()["y"]
    assert 0 <= top < 844, f"after the jump the 999 card heading is at {top:.0f}px, not on screen"


def test_no_page_scrolls_sideways_on_a_320_pixel_phone(browser, site_url):
    """Every HTML page of the plan (posters and redirect pages included) fits a 320 px screen: WCAG 1.4.10 reflow.
    Each page is loaded at that width: measured after a resize, nhsuk-frontend's header can still be rearranging."""
    plan = pipeline.check(REPO, TODAY).plan
    context = browser.new_context(viewport={"width": 320, "height": 640})
    tab = context.new_page()
    wide = []
    for url in [p.url for p in plan.pages if addresses.is_page_address(p.url) or p.url == addresses.NOT_FOUND]:
        tab.goto(site_url + url)
        width = tab.evaluate("document.documentElement.scrollWidth")
        if width > 320:
            wide.append(f"{url}: {width}px")
    context.close()
    assert not wide, "pages wider than the screen:\n" + "\n".join(wide)
