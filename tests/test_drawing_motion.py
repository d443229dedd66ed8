"""Exercise drawings in Chromium: still for readers who ask for less motion, moving otherwise with a working pause
button (WCAG 2.2.2), still without JavaScript, and the still on paper."""
from __future__ import annotations

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from conftest import REPO, TODAY
from msksite import pipeline
from msksite.plan.exercises import drawing_urls

PHONE = {"width": 390, "height": 844}
MOVING = "/exercises/bridge/"


def moving_exercises() -> list[tuple[str, dict]]:
    """(page address, drawing addresses) of every example exercise whose drawing moves."""
    site = pipeline.check(REPO, TODAY).site
    return [(e.url, drawing_urls(e)) for e in site.exercises if drawing_urls(e)["moving"]]


def _frames(tab, count: int = 5) -> set[bytes]:
    # The motion holds each position for 1.5 s of a 6 s round, so frames 0.8 s apart always catch it moving.
    shots = set()
    for _ in range(count):
        shots.add(tab.locator(".app-drawing__screen").screenshot())
        tab.wait_for_timeout(800)
    return shots


@pytest.fixture
def tab_for(browser, site_url):
    contexts = []

    def open_tab(**options):
        context = browser.new_context(viewport=PHONE, **options)
        contexts.append(context)
        tab = context.new_page()
        tab.base = site_url
        return tab
    yield open_tab
    for context in contexts:
        context.close()


def test_less_motion_leaves_every_drawing_still(tab_for):
    tab = tab_for(reduced_motion="reduce")
    for url, drawings in moving_exercises():
        tab.goto(tab.base + url)
        button = tab.get_by_role("button", name="Play the movement")
        assert button.is_visible(), url
        assert tab.locator(".app-drawing__screen").get_attribute("src") == drawings["still"], url
    assert len(_frames(tab)) == 1


def test_the_drawing_moves_and_the_pause_button_stops_it(tab_for):
    tab = tab_for(reduced_motion="no-preference")
    tab.goto(tab.base + MOVING)
    assert len(_frames(tab)) > 1, "the drawing should move when the reader has not asked for less motion"
    alt = tab.locator(".app-drawing__print").get_attribute("alt")  # the still's, as written
    assert tab.locator(".app-drawing__screen").get_attribute("alt") == f"Moving drawing (pause it to see it still). {alt}"
    tab.get_by_role("button", name="Pause the movement").click()
    assert len(_frames(tab)) == 1, "after pressing pause the drawing must stay still"
    assert tab.locator(".app-drawing__screen").get_attribute("alt") == alt
    tab.get_by_role("button", name="Play the movement").press("Enter")
    assert tab.locator(".app-drawing__screen").get_attribute("src").endswith("drawing-moving.svg")


def test_without_javascript_the_drawing_is_still_and_has_no_button(tab_for):
    tab = tab_for(java_script_enabled=False)
    tab.goto(tab.base + MOVING)
    assert tab.locator(".app-drawing button").count() == 0
    assert tab.locator(".app-drawing__screen").get_attribute("src").endswith("/drawing.svg")


@pytest.mark.parametrize("url", [MOVING, "/conditions/ankle-sprain/exercises/"])
def test_paper_shows_every_drawing_as_its_still_even_while_it_moves(tab_for, url):
    # Only moving drawings had a picture for paper, so the ankle sheet's three still ones printed as blank boxes; and
    # that picture, the two positions side by side, dropped the still's numbers and arrows. Paper gets the still.
    tab = tab_for(reduced_motion="no-preference")
    tab.goto(tab.base + url)
    tab.wait_for_load_state("networkidle")
    tab.emulate_media(media="print")
    boxes = tab.locator(".app-drawing")
    assert boxes.count() >= 3 or url == MOVING
    for i in range(boxes.count()):
        shown = boxes.nth(i).locator("img:visible")
        assert shown.count() == 1, f"drawing {i + 1} of {url}"
        assert shown.get_attribute("src").endswith("/drawing.svg")
        assert shown.evaluate("img => img.complete && img.naturalWidth > 0")
    assert not tab.locator(".app-drawing button").is_visible()


def test_the_drawing_fills_the_width_of_a_phone(tab_for):
    tab = tab_for()
    tab.goto(tab.base + MOVING)
    box, main = tab.locator(".app-drawing__screen").bounding_box(), tab.locator("main").bounding_box()
    assert box["width"] > 0.8 * main["width"]


def test_the_exercise_list_shows_a_thumbnail_for_every_exercise(tab_for, example_site):
    tab = tab_for()
    tab.goto(tab.base + "/exercises/")
    links = tab.locator(".app-exercise-list a")
    assert links.count() >= 46
    for i in range(links.count()):
        image = links.nth(i).locator("img")
        image.scroll_into_view_if_needed()
        # A lazy thumbnail starts loading once scrolled to: wait for it (a broken one never gets a width, so this
        # still fails), rather than reading it at once, which failed now and then on a busy machine.
        try:
            tab.wait_for_function("i => i.complete && i.naturalWidth > 0", arg=image.element_handle(), timeout=5000)
        except PlaywrightTimeout:
            pytest.fail(f"no thumbnail shows for {links.nth(i).inner_text()}")
