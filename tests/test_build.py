"""The build as a user runs it: all-or-nothing writes, exit codes, messages instead of tracebacks, stable addresses."""
from __future__ import annotations

import os
import re
import subprocess
import sys

import yaml

from conftest import REPO, TODAY
from msksite import addresses, index, pipeline


def run_cli(project, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(REPO / "build.py"), *args, "--root", str(project.root),
                           "--today", TODAY.isoformat()], capture_output=True, text=True, cwd=project.root)


def test_failed_build_leaves_previous_site_untouched(project):
    assert project.build().ok
    before = {p: p.read_bytes() for p in (project.root / "_site").rglob("*") if p.is_file()}
    project.replace("conditions/knee-pain.md", "title: Knee pain", "title: Sore knee")
    project.replace("conditions/low-back-pain.md", "review_due:", "reveiw_due:")
    assert not project.build().ok
    after = {p: p.read_bytes() for p in (project.root / "_site").rglob("*") if p.is_file()}
    assert after == before
    assert not list(project.root.glob("_site.*")), "no staging folder may be left behind"


def test_check_exits_1_with_every_problem_and_no_traceback(project):
    project.replace("conditions/knee-pain.md", "review_due:", "reveiw_due:")
    project.replace("content/practices.yaml", "code: Z99001", "code: AB123")
    result = run_cli(project, "check")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "conditions/knee-pain.md:25: unknown field `reveiw_due`; did you mean `review_due`?" in result.stderr
    assert "content/practices.yaml:2: Northtown Surgery: `code` is `AB123`" in result.stderr
    assert not (project.root / "_site").exists(), "check must build nothing"


def test_check_exits_0_when_clean(project):
    result = run_cli(project, "check")
    assert result.returncode == 0, result.stderr
    assert "No errors found, with 1 warning(s) to look at above." in result.stdout, "the stale wait is a warning, never \"no problems\""


def test_build_command_writes_site_with_search_index(project):
    result = run_cli(project, "build")
    assert result.returncode == 0, result.stderr
    site = project.root / "_site"
    assert (site / "conditions/knee-pain/index.html").is_file()
    assert (site / "pagefind/pagefind.js").is_file()


def test_every_promised_address_exists(project):
    assert project.build().ok
    site = project.root / "_site"
    for rel in ["index.html", "conditions/index.html", "conditions/knee-pain/index.html", "services/index.html",
                "services/north-msk/index.html", "self-referral/index.html", "about/index.html",
                "accessibility/index.html", "privacy/index.html", "404.html", "sitemap.xml", "robots.txt",
                "search/index.html"]:
        assert (site / rel).is_file(), rel


def test_old_address_redirects_to_renamed_leaflet(project):
    assert project.build().ok
    page = (project.root / "_site/conditions/sore-knee/index.html").read_text()
    assert 'http-equiv="refresh" content="0; url=/conditions/knee-pain/"' in page


def test_no_inline_script_or_third_party_url_in_pages(project):
    assert project.build().ok
    for page in (project.root / "_site").rglob("*.html"):
        text = page.read_text()
        assert "<script>" not in text and "<script " not in text.replace('<script src="/assets/', "").replace(
            '<script type="module" src="/assets/', ""), page
        assert "assets.nhs.uk" not in text, page
    css = next((project.root / "_site/assets/f").glob("nhsuk-frontend.*.css")).read_text()
    assert "https://" not in css, "the NHS web font must not load unless the config opts in"


def test_stale_wait_is_hidden_and_current_wait_shown_with_its_date(project):
    assert project.build().ok
    south = (project.root / "_site/services/south-physio/index.html").read_text()
    north = (project.root / "_site/services/north-msk/index.html").read_text()
    assert "not currently available" in south and "14 weeks" not in south
    assert "<strong>6 weeks</strong> (measured on 2 November 2026)" in north


def test_demo_banner_follows_config(project):
    assert project.build().ok
    assert "example content awaiting clinical sign-off" in (project.root / "_site/index.html").read_text()
    project.replace("site_config.yaml", "demo: true", "demo: false")
    assert not project.build().ok, "a live site refuses content no clinician has signed off"
    for rel in ("conditions/knee-pain.md", "conditions/low-back-pain.md", "content/red-flags.yaml",
                "content/sections/work-and-fit-notes.md"):
        project.write(rel, project.read(rel).replace("Example content: not yet clinically reviewed", "MSK lead"))
    assert project.build().ok
    home, knee = (project.root / "_site/index.html").read_text(), project.root / "_site/conditions/knee-pain/index.html"
    assert "awaiting clinical sign-off" not in home
    assert "Page last reviewed: 1 January 2026." in knee.read_text() and "Not yet reviewed" not in knee.read_text()


def test_unreviewed_content_says_so_rather_than_when_it_was_last_reviewed(project):
    assert project.build().ok
    for page in ("conditions/knee-pain/index.html", "conditions/knee-pain/exercises/index.html"):
        text = (project.root / "_site" / page).read_text()
        assert "Written: 1 January 2026. Not yet reviewed by a clinician." in text and "last reviewed" not in text


def test_self_referral_puts_red_flags_before_any_referral_route(project):
    assert project.build().ok
    page = (project.root / "_site/self-referral/index.html").read_text()
    emergency = page.index("Call 999 or go to A&amp;E")
    urgent = page.index("urgent GP appointment or call 111")
    assert emergency < urgent < page.index('href="/find/"') < page.index('href="/services/north-msk/"')
    assert "you have numbness around your bottom or genitals" in page, "the library's red flags are listed here"


def test_every_exercise_says_what_to_do_if_the_pain_does_not_settle_and_links_to_the_urgent_signs(project):
    # "Stop if" said what to stop for, not what to do next, on the pages surgeries hand out by QR code.
    assert project.build().ok
    site = project.root / "_site"
    target = f'<a class="app-no-print" href="{addresses.URGENT_HELP}">'
    pages = list((site / "exercises").glob("*/index.html"))
    assert pages and all(target in p.read_text() and "talk to a GP or physiotherapist" in p.read_text() for p in pages)
    sheet = (site / "conditions/knee-pain/exercises/index.html").read_text()
    assert sheet.count("talk to a GP or physiotherapist") == 1, "once at the top of a sheet, not once per exercise"
    page = (site / "self-referral/index.html").read_text()
    assert page.index('id="urgent-help"') < page.index("Call 999 or go to A&amp;E") < page.index('id="find-your-route"')


def test_home_and_find_pages_point_to_the_urgent_signs_before_anything_about_referral(project):
    assert project.build().ok
    link = f'href="{addresses.URGENT_HELP}">check if you need urgent help first'
    home = (project.root / "_site/index.html").read_text()
    assert link in home and home.index(link) < home.index("Refer yourself to physiotherapy")
    assert link in (project.root / "_site/find/index.html").read_text()


def test_the_example_sleeping_advice_is_for_the_leaflet_s_own_body_part(example_site):
    # One shared section for elbows, knees and feet gave the knee leaflet advice on lying on a sore arm.
    pages = {slug: (example_site / f"conditions/{slug}/index.html").read_text()
             for slug in ("knee-pain", "tennis-elbow", "ankle-sprain")}
    advice = {"knee-pain": "pillow between your knees", "tennis-elbow": "lie on your sore arm",
              "ankle-sprain": "rest your foot on a pillow"}
    for slug, page in pages.items():
        assert [words for words in advice.values() if words in page] == [advice[slug]], slug


def test_a_practice_note_says_whose_words_it_is_and_does_not_repeat_the_page(example_site):
    # Notes speak as the practice ("our First Contact Practitioner"): unlabelled, they read as the site's words, and
    # the example notes repeated the First Contact Practitioner and referral text the page already gives.
    practices = yaml.safe_load((REPO / "content/practices.yaml").read_text())["practices"]
    noted = [p for p in practices if p.get("notes")]
    assert noted
    for practice in noted:
        page = (example_site / f"find/{practice['code'].lower()}/index.html").read_text()
        assert f"<h2>A note from {practice['name']}</h2>\n<p>{practice['notes']}</p>" in page, practice["code"]
        assert "Ask reception" not in practice["notes"], f"{practice['code']}: the page already says to ask reception"


def test_self_referral_lists_every_red_flag_the_library_marks_for_it(project):
    project.replace("content/red-flags.yaml", "  - id: crack-at-injury\n", "  - id: crack-at-injury\n    self_referral: true\n")
    assert project.build().ok
    page = (project.root / "_site/self-referral/index.html").read_text()
    step_1 = page[:page.index('id="find-your-route"')]
    for flag in yaml.safe_load(project.read("content/red-flags.yaml"))["flags"]:
        assert f'data-red-flag="{flag["id"]}">{flag["text"]}<' in step_1, flag["id"]


def test_leaflet_care_cards_use_library_wording_and_tap_to_call(project):
    assert project.build().ok
    page = (project.root / "_site/conditions/knee-pain/index.html").read_text()
    assert '<li data-red-flag="crack-at-injury">you heard a crack or snap when you hurt it' in page
    assert "Go to an urgent treatment centre or A&amp;E today if:" in page
    assert '<a href="tel:999">Call 999</a>' in page and '<a href="tel:111">111</a>' in page
    assert page.index('class="app-get-help') < page.index("<h2"), "the jump link comes before the first section"
    # One jump per urgent card, most urgent first (knee pain has all three).
    jumps = re.findall(r'<a href="#(care-[a-z-]+)">(When to [^<]+)</a>', page)
    assert jumps == [("care-emergency", "When to call 999"), ("care-urgent-care", "When to go to A&amp;E today"),
                     ("care-urgent", "When to call 111")]
    assert all(f'id="{target}"' in page for target, _ in jumps)


def test_nhs_logo_only_for_nhs_organisations(project):
    assert project.build().ok
    assert 'class="nhsuk-header__logo"' in (project.root / "_site/index.html").read_text()
    project.replace("site_config.yaml", "nhs_organisation: true", "nhs_organisation: false")
    assert project.build().ok
    home = (project.root / "_site/index.html").read_text()
    assert 'class="nhsuk-header__logo"' not in home and "favicon" not in home
    logo = re.search(r'<img class="nhsuk-header__organisation-logo" src="(/assets/f/org-logo\.[0-9a-f]{10}\.svg)"', home)
    assert logo, "a plain organisation wordmark replaces the NHS logo"
    assert "Test Community Health NHS Trust" in (project.root / "_site" / logo.group(1).lstrip("/")).read_text()


def site_tree(folder) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_build_starts_from_the_site_before_last_and_ends_exactly_as_a_fresh_build(project):
    for _ in range(2):
        assert project.build().ok
    spare = project.root / "_site.spare"
    assert (spare / ".msksite-build").is_file(), "the replaced site was kept for the next build"
    project.replace("conditions/knee-pain.md", "Rest it for a day", "Rest it for a day or two")
    assert project.build().ok
    fresh = project.root / "fresh" / "_site"
    assert pipeline.build(project.root, fresh, TODAY, search=False, cache=False).ok
    assert site_tree(project.root / "_site") == site_tree(fresh)
    assert sorted(p.name for p in project.root.glob("_site*")) == ["_site", "_site.spare"]


def test_nothing_left_in_the_spare_reaches_the_site_and_nothing_outside_it_is_touched(project, tmp_path):
    for _ in range(2):
        assert project.build().ok
    spare, outside = project.root / "_site.spare", tmp_path / "outside.txt"
    outside.write_text("someone's notes")
    page = next(spare.glob("conditions/*/index.html"))
    page.write_text(page.read_text().replace("</main>", "<p>planted</p></main>"))
    (spare / "planted.html").write_text("<p>planted</p>")
    (spare / "conditions" / "planted").mkdir()
    (spare / "conditions" / "planted" / "index.html").write_text("planted")
    (spare / "linked.html").symlink_to(outside)
    (spare / "linked").symlink_to(tmp_path)
    os.mkfifo(spare / "about" / "pipe.html")
    assert project.build().ok
    fresh = project.root / "fresh" / "_site"
    assert pipeline.build(project.root, fresh, TODAY, search=False, cache=False).ok
    assert site_tree(project.root / "_site") == site_tree(fresh)
    assert outside.read_text() == "someone's notes" and outside.parent.is_dir()


def test_an_index_that_fails_leaves_the_previous_site_untouched_and_keeps_the_spare(project, monkeypatch):
    for _ in range(2):
        assert project.build().ok
    before = site_tree(project.root / "_site")
    project.replace("conditions/knee-pain.md", "Rest it for a day", "Rest it for a day or two")
    monkeypatch.setattr(index, "_pagefind", lambda *a, **k: (_ for _ in ()).throw(index.IndexFailed("broken")))
    assert not project.build(search=True).ok
    assert site_tree(project.root / "_site") == before
    assert sorted(p.name for p in project.root.glob("_site*")) == ["_site", "_site.spare"]
    monkeypatch.undo()
    assert project.build().ok and "day or two" in (project.root / "_site/conditions/knee-pain/index.html").read_text()


def test_a_leaflet_says_when_to_start_its_exercises_above_them_and_on_their_sheet(example_site):
    # After a sprain, exercises from day 1 with no word of waiting would load a fresh injury.
    start = "Start these after the first 2 to 3 days, once you can put some weight on your foot."
    leaflet = (example_site / "conditions/ankle-sprain/index.html").read_text()
    sheet = (example_site / "conditions/ankle-sprain/exercises/index.html").read_text()
    assert leaflet.index(f"<strong>{start}</strong>") < leaflet.index("Start gently.")
    assert sheet.index(f"<strong>{start}</strong>") < sheet.index('class="app-sheet-item"')


def test_the_page_not_found_offers_urgent_help_and_the_way_to_physio(example_site):
    # A mistyped link from a text message or a QR code lands here.
    page = (example_site / "404.html").read_text()
    for href in (addresses.URGENT_HELP, addresses.FIND, addresses.CONDITIONS, addresses.SEARCH):
        assert f'href="{href}"' in page, href


def test_a_title_inside_a_sentence_keeps_a_name_s_capital_and_only_that():
    from msksite.wording import in_sentence
    assert in_sentence("Achilles tendon pain", "Achilles tendon pain is common. Rest your Achilles tendon.") == \
        "Achilles tendon pain"
    # A capital only at the start of sentences is not a name's.
    assert in_sentence("Low back pain", "Low back pain is common. Low back pain often eases.") == "low back pain"
    assert in_sentence("Golfer's elbow", "Most people get better. Golfer's elbow, or pain.") == "golfer's elbow"
    assert in_sentence("Knee pain", "Most knee pain eases. Rest your Knees.") == "knee pain"
    assert in_sentence("MSK pain", "MSK pain is common.") == "MSK pain", "an acronym is kept"


def test_the_example_exercise_sheets_are_named_as_a_sentence_names_them(example_site):
    # "Exercises for achilles tendon pain" lowercased a name on the sheet, in the GP kit and in print.
    for slug, title in (("achilles-tendon-pain", "Exercises for Achilles tendon pain"),
                        ("low-back-pain", "Exercises for low back pain")):
        assert f"<h1>{title}</h1>" in (example_site / f"conditions/{slug}/exercises/index.html").read_text()
        assert f">{title}</a>" in (example_site / "for-gp-surgeries/index.html").read_text()


def test_a_wait_of_under_a_week_says_so():
    from datetime import date
    from msksite.schema.directory import WaitingTime
    from msksite.wording import wait_sentence
    measured = date(2026, 11, 1)
    assert "".join(wait_sentence(WaitingTime(weeks=0, measured=measured))) == \
        "Waiting time for a first appointment: less than a week (measured on 1 November 2026)."
    assert wait_sentence(WaitingTime(weeks=1, measured=measured))[1] == "1 week"
