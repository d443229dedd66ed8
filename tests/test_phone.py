"""The built example site on phone-sized screens in headless Chromium: reflow at 320 px, and the urgent-help link.

A module of its own so that, with two test workers, it runs beside the axe pass over every page in test_browser.py.
"""
from __future__ import annotations

import pytest

from conftest import REPO, TODAY
from msksite import addresses, pipeline


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
