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
def test_get_help_now_is_on_the_first_phone_screen_and_each_link_lands_on_its_card(phone_tab, site_url, url):
    # One link to the 999 card left the 111 and A&E cards above it, off the screen: each urgent card has its own.
    phone_tab.goto(site_url + url)
    jumps = phone_tab.get_by_role("navigation", name="Get help now").get_by_role("link")
    box = jumps.last.bounding_box()
    assert box and box["y"] + box["height"] <= 844, f"the links end {box and box['y']:.0f}px down, below the first screen"
    names = [jumps.nth(i).inner_text() for i in range(jumps.count())]
    assert names[0] == "When to call 999" and "When to call 111" in names
    for i, words in enumerate(names):
        phone_tab.evaluate("window.scrollTo(0, 0)")
        jumps.nth(i).click()
        card = phone_tab.locator(jumps.nth(i).get_attribute("href") + " .nhsuk-card__heading")
        assert words.split()[-1] in card.inner_text()  # 999, today, 111
        top = card.bounding_box()["y"]
        assert 0 <= top < 844, f"after the jump to {words!r} its card heading is at {top:.0f}px, not on screen"


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


def test_the_example_banner_leaves_a_320_pixel_phone_its_first_screen(browser, site_url):
    """The example notice is on every page: at 172 px it pushed exercise drawings below a 640 px first screen."""
    context = browser.new_context(viewport={"width": 320, "height": 640})
    tab = context.new_page()
    tab.goto(site_url + "/exercises/bridge/")
    banner = tab.get_by_role("region", name="Example content notice")
    assert "awaiting clinical sign-off" in banner.inner_text()
    height = banner.bounding_box()["height"]
    assert height <= 640 / 6, f"the example notice is {height:.0f}px tall at 320px, over a sixth of the screen"
    context.close()


def test_pictures_keep_their_white_paper_in_a_dark_high_contrast_theme(browser, site_url):
    # A dark Windows contrast theme painted the drawings' box black, and their black lines vanished into it.
    context = browser.new_context(forced_colors="active", color_scheme="dark")
    tab = context.new_page()
    for url, picture in [("/exercises/bridge/", ".app-drawing__screen"), ("/for-gp-surgeries/", ".app-kit-table img")]:
        tab.goto(site_url + url)
        img = tab.locator(picture).first
        assert img.evaluate("i => getComputedStyle(i).backgroundColor") == "rgb(255, 255, 255)", url
        assert tab.evaluate("getComputedStyle(document.body).backgroundColor") != "rgb(255, 255, 255)", "not forced"
    context.close()


@pytest.mark.parametrize("url", ["/self-referral/", "/services/north-wessex-msk/", "/conditions/low-back-pain/",
                                 "/for-gp-surgeries/", "/find/"])
def test_no_page_scrolls_sideways_on_a_phone_set_to_its_largest_text(browser, site_url, url):
    # With the browser's text at 32 px, "physiotherapy" in a heading, and the GP kit's tables, pushed pages wider.
    context = browser.new_context(viewport={"width": 390, "height": 844})
    tab = context.new_page()
    cdp = context.new_cdp_session(tab)
    cdp.send("Page.enable")
    cdp.send("Page.setFontSizes", {"fontSizes": {"standard": 32, "fixed": 32}})
    tab.goto(site_url + url)
    assert tab.evaluate("parseFloat(getComputedStyle(document.body).fontSize)") >= 30, "the large text did not apply"
    assert tab.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()
