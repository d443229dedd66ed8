"""'Find your physiotherapy service' in headless Chromium: the typed lookup, keyboard use, axe, and the no-JavaScript list.

Expectations come from the example content (content/practices.yaml, services.yaml, postcode-districts.yaml).
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import expect

from browser import axe_violations, tab_until
from conftest import REPO

CONTENT = Path(os.environ.get("MSK_EXAMPLE_ROOT", REPO)) / "content"
SELF_ONLINE_OR_PHONE = "You can refer yourself online or by phone."  # North Wessex: web form and phone
GP_FIRST = "You need to see a GP first."                              # South Wessex, practice without an FCP
GP_OR_FCP = "You need to see a GP or the practice's First Contact Practitioner."  # South Wessex, practice with one


def find(page, text: str):
    """Open /find/, type text as a person would, and return the results region once it has answered."""
    page.goto(page.base + "/find/")
    page.locator("#find-input").press_sequentially(text)
    results = page.locator("#find-results")
    expect(results.locator("h2, p").first).to_be_visible()
    return results


def card(results, practice_name: str):
    """The result card for one practice, found by its link text."""
    return results.locator("li", has=results.page.get_by_role("link", name=practice_name, exact=True))


@pytest.mark.parametrize("typed, practice, code, route", [
    ("millbrook", "Millbrook Surgery", "z99005", SELF_ONLINE_OR_PHONE),
    ("southgate", "Southgate Medical Practice", "z99016", GP_FIRST),
    ("Church Walk", "Church Walk Surgery", "z99018", GP_OR_FCP),
    # Wessex Coast takes phone referrals only, and this surgery also has an FCP.
    ("saltmouth surg", "Saltmouth Surgery", "z99029", "You can refer yourself by phone, or see the practice's First Contact Practitioner."),
    # Typed as an address is written: "rd" was three letters short of "road", and no practice was found.
    ("abbey rd", "Abbey Road Medical Practice", "z99002", SELF_ONLINE_OR_PHONE),
    # A name with its district or postcode after it: "That does not look like a postcode" before.
    ("kingsmere surgery, wx1", "Kingsmere Surgery", "z99001",
     "You can refer yourself online or by phone, or see the practice's First Contact Practitioner."),
    ("Southgate WX7 4HJ", "Southgate Medical Practice", "z99016", GP_FIRST),
])
def test_practice_name_shows_its_route(page, typed, practice, code, route):
    results = find(page, typed)
    first = results.locator("li").first
    expect(first.get_by_role("link")).to_have_text(practice)
    expect(first.get_by_role("link")).to_have_attribute("href", f"/find/{code}/")
    expect(first).to_contain_text(route)
    assert results.locator("li").count() <= 5


def test_every_practice_is_found_first_by_its_full_name_with_its_services_route(page):
    """All 34 practices, so a name that is a prefix of another (Kingsmere Surgery, Kingsmere Park Surgery) still wins."""
    services = {s["id"]: s for s in yaml.safe_load((CONTENT / "services.yaml").read_text())["services"]}
    # A closed practice is found too, but with where its patients went, not a route (the next test).
    practices = [p for p in yaml.safe_load((CONTENT / "practices.yaml").read_text())["practices"] if not p.get("closed")]
    page.goto(page.base + "/find/")
    for p in practices:
        referral = services[p["service"]].get("self_referral")
        expected = ("You can refer yourself" if referral else
                    GP_OR_FCP if p["fcp"] else GP_FIRST)
        page.fill("#find-input", p["name"].lower())
        first = page.locator("#find-results li").first
        expect(first.get_by_role("link")).to_have_text(p["name"])
        expect(first).to_contain_text(expected)
        expect(first).to_contain_text(services[p["service"]]["name"])


def test_full_postcode_in_any_case_and_spacing_shows_the_service_and_the_practice_there_first(page):
    # Harbour Medical Practice is at WX15 2DG; WX15 is Wessex Coast only (phone self-referral, stale wait).
    results = find(page, "wx152dg")
    expect(results.get_by_role("heading", level=2)).to_have_text("Physiotherapy for WX15 2DG")
    expect(results).to_contain_text("Wessex Coast Physiotherapy")
    expect(results).to_contain_text("You can refer yourself by phone.")
    expect(results).to_contain_text("Waiting time: not currently available.")
    expect(results.get_by_role("heading", name="GP practice at WX15 2DG")).to_be_visible()
    expect(results.locator("li").first.get_by_role("link")).to_have_text("Harbour Medical Practice")


@pytest.mark.parametrize("typed, service, route", [
    ("wx3", "North Wessex MSK Physiotherapy", SELF_ONLINE_OR_PHONE),
    ("WX12", "South Wessex Community Physiotherapy", "You need to see a GP, or your practice's First Contact Practitioner if it has one."),
])
def test_district_shows_its_service_route(page, typed, service, route):
    results = find(page, typed)
    expect(results.get_by_role("heading", level=2)).to_have_text(f"Physiotherapy for {typed.upper()}")
    answer = results.locator(".nhsuk-card").first
    expect(answer.get_by_role("link")).to_have_text(service)
    expect(answer).to_contain_text(route)


def test_district_shows_a_current_wait_with_its_date(page):
    results = find(page, "WX3")
    expect(results).to_contain_text("about 6 weeks (measured on 2 November 2026)")


@pytest.mark.parametrize("typed, label", [("wx8", "WX8"), ("WX7 2AD", "WX7 2AD")])
def test_shared_district_says_it_depends_on_your_gp_practice_and_lists_them(page, typed, label):
    results = find(page, typed)
    expect(results.get_by_role("heading", level=2)).to_have_text(f"{label}: it depends on your GP practice")
    district = label.split()[0]
    in_district = [p["name"] for p in yaml.safe_load((CONTENT / "practices.yaml").read_text())["practices"]
                   if p["postcode"].split()[0] == district and not p.get("closed")]
    expect(results.locator("li").get_by_role("link")).to_have_count(len(in_district))
    for name in in_district:
        expect(card(results, name)).to_be_visible()
    # Neighbours in WX7 get different answers: Brackenford Health Centre self-refers, Southgate needs a GP.
    if district == "WX7":
        expect(results.locator("li").first.get_by_role("link")).to_have_text("Riverside Surgery")  # at WX7 2AD
        expect(card(results, "Brackenford Health Centre")).to_contain_text(SELF_ONLINE_OR_PHONE)
        expect(card(results, "Southgate Medical Practice")).to_contain_text(GP_FIRST)


@pytest.mark.parametrize("typed, label", [("SW1A 1AA", "SW1A 1AA"), ("wx991aa", "WX99 1AA"), ("sw1a", "SW1A")])
def test_unknown_postcode_says_so_and_offers_the_list(page, typed, label):
    results = find(page, typed)
    expect(results.get_by_role("heading", level=2)).to_have_text(f"We do not cover {label}")
    expect(results).to_contain_text("Check the postcode is right")
    results.get_by_role("link", name="choose your GP practice from the full list").click()
    page.wait_for_url(lambda u: u.endswith("#practices"))
    expect(page.get_by_role("heading", name="GP practices by town")).to_be_in_viewport()


@pytest.mark.parametrize("typed, says", [
    ("12345", "does not look like a postcode"),
    ("m", "Type at least 2 letters"),
    ("zzzz", "No GP practice found"),
])
def test_entries_that_match_nothing_get_a_helpful_hint(page, typed, says):
    results = find(page, typed)
    expect(results).to_contain_text(says)
    expect(results.locator("li")).to_have_count(0)


def test_find_with_nothing_typed_asks_for_a_name_or_postcode(page):
    page.goto(page.base + "/find/")
    page.get_by_role("button", name="Find").click()
    expect(page.locator("#find-results")).to_have_text("Type your GP practice name or your postcode.")


def test_screen_readers_hear_a_short_answer(page):
    find(page, "church walk")
    status = page.locator("#find-status")
    expect(status).to_have_attribute("role", "status")
    expect(status).to_have_text(f"Church Walk Surgery. {GP_OR_FCP}")


def test_enter_answers_at_once_and_each_shard_of_data_is_fetched_once(page):
    fetched = []
    page.on("request", lambda r: fetched.append(r.url) if "/find/data/" in r.url else None)
    page.goto(page.base + "/find/")
    for text in ["wx3", "millbrook", "wx7 4ab"]:
        page.fill("#find-input", text)
        page.keyboard.press("Enter")
        expect(page.locator("#find-results h2")).to_be_visible()
    expect(page.locator("#find-status")).to_have_text("WX7 4AB: it depends on your GP practice.")
    # The index, the example's one name shard, the WX area, and the WX3 and WX7 districts: each once.
    assert sorted(u.split("/find/data/")[1] for u in fetched) == [
        "areas/wx.json", "districts/wx3.json", "districts/wx7.json", "index.json", "names/_.json"]


def test_keyboard_only_reaches_a_practice_page(page):
    page.goto(page.base + "/find/")
    if not tab_until(page, "el.id", "find-input", 80):
        pytest.fail("Tab never reached the practice name or postcode box")
    page.keyboard.type("church walk")
    expect(page.locator("#find-results li")).to_have_count(1)
    if not tab_until(page, "el.getAttribute('href')", "/find/z99018/", 3):  # past the Find button to the result
        pytest.fail("Tab did not reach the Church Walk Surgery result")
    page.keyboard.press("Enter")
    page.wait_for_url("**/find/z99018/")
    expect(page.locator("h1")).to_have_text("How to get physiotherapy if you are registered with Church Walk Surgery")


def test_back_from_a_practice_page_shows_the_same_answer(page):
    results = find(page, "millbrook")
    card(results, "Millbrook Surgery").get_by_role("link").click()
    page.wait_for_url("**/find/z99005/")
    page.go_back()
    expect(page.locator("#find-input")).to_have_value("millbrook")
    expect(card(page.locator("#find-results"), "Millbrook Surgery")).to_contain_text(SELF_ONLINE_OR_PHONE)


def test_a_closed_practice_keeps_its_page_and_sends_its_patients_where_they_moved(page):
    page.goto(page.base + "/find/z99035/")
    expect(page.get_by_role("heading", name="Important: This practice has closed")).to_be_visible()
    expect(page.locator("main")).to_contain_text("Old Mill Surgery closed on 30 September 2026. Its patients are now "
                                                 "registered with Millbrook Surgery, Millbrook.")
    expect(page.locator("main")).not_to_contain_text("You can refer yourself")  # the old route would mislead
    page.get_by_role("link", name="How to get physiotherapy if you are registered with Millbrook Surgery").click()
    page.wait_for_url("**/find/z99005/")


def test_a_closed_practice_is_found_by_name_and_says_where_its_patients_are_now(page):
    # Its patients may not know it closed: "No GP practice found... check the spelling" left them stuck.
    page.goto(page.base + "/find/")
    page.fill("#find-input", "old mill surgery")
    first = page.locator("#find-results li").first
    expect(first.get_by_role("link")).to_have_text("Old Mill Surgery")
    expect(first).to_contain_text("This practice has closed.")
    expect(first).to_contain_text("Its patients are now registered with Millbrook Surgery, Millbrook.")
    expect(first).not_to_contain_text("refer yourself")
    first.get_by_role("link").click()
    page.wait_for_url("**/find/z99035/")
    # By postcode, only the practices open there.
    page.goto(page.base + "/find/")
    closed = next(p for p in yaml.safe_load((CONTENT / "practices.yaml").read_text())["practices"] if p.get("closed"))
    page.fill("#find-input", closed["postcode"].lower())
    expect(page.locator("#find-results h2")).to_be_visible()
    expect(page.locator("#find-results")).not_to_contain_text("Old Mill Surgery")


@pytest.mark.parametrize("url, typed", [
    ("/find/", "wx7 2ad"),      # shared district: headings, lists and several cards
    ("/find/", "sw1a 1aa"),     # the not-covered answer
    ("/find/", "milbrok"),      # a name with typos: the close matches
    ("/find/z99018/", None),    # practice with an FCP
    ("/find/z99029/", None),    # practice whose service's wait is stale
    ("/find/z99035/", None),    # a closed practice
    ("/self-referral/", None),
])
def test_zero_axe_violations(page, url, typed):
    page.goto(page.base + url)
    if typed:
        page.fill("#find-input", typed)
        expect(page.locator("#find-results h2")).to_be_visible()
        expect(page.locator("#find-status")).not_to_be_empty()
    assert axe_violations(page) == []


def test_find_with_results_has_no_sideways_scroll_on_a_small_phone(browser, site_url):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    tab = context.new_page()
    tab.goto(site_url + "/find/")
    tab.fill("#find-input", "wx7")
    expect(tab.locator("#find-results li").first).to_be_visible()
    assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    context.close()


def test_asking_on_a_small_phone_brings_the_answer_into_view(browser, site_url):
    # The answer began about 750px down a 640px screen, so pressing Find or Enter seemed to do nothing. (Enter, as a
    # click on Find would scroll to the button first.)
    context = browser.new_context(viewport={"width": 320, "height": 640})
    tab = context.new_page()
    tab.goto(site_url + "/find/")
    tab.fill("#find-input", "WX7 4HJ")
    tab.evaluate("window.scrollTo(0, 0)")  # where the patient was: the box is on the first screen, the answer not
    tab.keyboard.press("Enter")
    expect(tab.locator("#find-results h2").first).to_be_in_viewport()
    context.close()


def test_stale_wait_says_not_currently_available_and_gives_no_weeks(page):
    # Wessex Coast's wait was measured on 2025-12-01: stale by the test date, 2026-11-23.
    page.goto(page.base + "/find/z99029/")
    main = page.locator("main").inner_text()
    assert "Waiting time: not currently available" in main
    assert not re.search(r"\d+\s+weeks?", main), "a stale wait must not show a number of weeks"
    page.goto(page.base + "/find/z99005/")  # North Wessex, measured 2026-11-02: current
    assert "about 6 weeks" in page.locator("main").inner_text()


def test_without_javascript_find_lists_practices_by_town_and_links_work(nojs_page):
    nojs_page.goto(nojs_page.base + "/find/")
    expect(nojs_page.locator("#find-tool")).to_be_hidden()
    expect(nojs_page.get_by_role("heading", name="GP practices by town")).to_be_visible()
    for town in ["Ashcombe", "Brackenford", "Durnford", "Hartwell", "Kingsmere", "Millbrook", "Porthaven", "Saltmouth", "Stowell"]:
        expect(nojs_page.get_by_role("heading", name=town, exact=True)).to_be_visible()
    nojs_page.get_by_role("link", name="Stowell Surgery", exact=True).click()
    nojs_page.wait_for_url("**/find/z99019/")
    expect(nojs_page.locator("h1")).to_have_text("How to get physiotherapy if you are registered with Stowell Surgery")
    expect(nojs_page.get_by_role("heading", name="Your surgery has a First Contact Practitioner")).to_be_visible()
    expect(nojs_page.locator("main")).to_contain_text("You need a referral")


@pytest.mark.parametrize("typed, practice, code", [
    ("millbrok", "Millbrook Surgery", "z99005"),              # one typo
    ("milbrok surgery", "Millbrook Surgery", "z99005"),      # two
    ("chruch walk", "Church Walk Surgery", "z99018"),        # swapped letters
    ("harbor medical", "Harbour Medical Practice", "z99030"),
    ("saltmoth", "Saltmouth Surgery", "z99029"),             # a town and a practice named alike
])
def test_a_practice_name_with_one_or_two_typos_still_finds_the_practice(page, typed, practice, code):
    results = find(page, typed)
    first = results.locator("li").first
    expect(first.get_by_role("link")).to_have_text(practice)
    expect(first.get_by_role("link")).to_have_attribute("href", f"/find/{code}/")
    expect(results.get_by_role("heading", level=2)).to_have_text(f"GP practices with a name like “{typed}”")
    expect(page.locator("#find-status")).to_have_text(f"No GP practice called {typed}. Did you mean {practice}?")


@pytest.mark.parametrize("day, shown", [("2027-03-02T12:00:00Z", True), ("2027-03-03T12:00:00Z", False)])
def test_a_waiting_time_read_after_its_last_day_says_not_currently_available(browser, site_url, day, shown):
    # Pages are built only when something changes, and a surgery's patients read them for months: a figure measured
    # on 2 November 2026 may be shown for 120 days (site_config.yaml), on the built pages and in /find/'s answers.
    context = browser.new_context()
    tab = context.new_page()
    tab.clock.set_fixed_time(day)
    stale = "Waiting time: not currently available"
    tab.goto(site_url + "/services/north-wessex-msk/")
    wait = tab.locator(".app-waiting-time")
    if shown:
        expect(wait).to_contain_text("6 weeks")
    else:
        expect(wait).to_have_text(f"{stale}. Ask the service when you contact them.")
    tab.goto(site_url + "/find/")
    tab.fill("#find-input", "wx1")
    card = tab.locator("#find-results .app-find__card").first
    expect(card).to_contain_text("6 weeks" if shown else stale)
    context.close()


def test_a_practice_address_typed_in_capitals_from_paper_finds_its_page(page):
    # The practice code prints as Z99001; on a host that tells capitals apart /find/Z99001/ was "Page not found".
    page.goto(page.base + "/find/Z99001/")
    page.wait_for_url(page.base + "/find/z99001/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Kingsmere Surgery")
    page.goto(page.base + "/find/nowhere/")  # already small letters: the page not found stays
    expect(page.get_by_role("heading", name="Page not found")).to_be_visible()


def test_without_javascript_a_closed_practice_is_in_its_towns_list_marked_closed(example_site):
    # The list by town is the way in without JavaScript, and left the closed practice out: its patients, who may not
    # know it closed, never reached the page saying where they are now.
    listed = (example_site / "find/index.html").read_text()
    assert re.search(r'<a href="/find/z99035/">Old Mill Surgery</a> <span class="nhsuk-body-s">\(closed, ', listed)
    assert '<a href="/find/z99005/">Millbrook Surgery</a> <span class="nhsuk-body-s">(WX' in listed
