"""`build.py serve` for real: live reload injected by the server, rebuilds on edit, last good site kept on error."""
from __future__ import annotations

import time
import urllib.request

from msksite.serve import UPDATING
from serving import serving, wait_for


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode()
    except OSError:
        return None


def test_serve_rebuilds_and_keeps_last_good_site_on_error(project):
    page = "/conditions/knee-pain/"
    with serving(project) as url:
        wait_for(lambda: fetch(url + "/") is not None, "the first page")
        first = fetch(url + page)
        assert "<h1 data-pagefind-weight=\"10\">Knee pain</h1>" in first
        assert "livereload.js" in first, "the server injects the reload script"
        assert "livereload" not in (project.root / "_site/conditions/knee-pain/index.html").read_text(), \
            "the reload script must never be written into the site"

        project.replace("conditions/knee-pain.md", "title: Knee pain", "title: Sore knee")
        wait_for(lambda: "Sore knee</h1>" in (fetch(url + page) or ""), "the edit to be rebuilt")

        project.replace("conditions/knee-pain.md", "review_due:", "reveiw_due:")
        wait_for(lambda: "did not build" in (fetch(url + page) or ""), "the error to show in the page")
        broken = fetch(url + page)
        assert "Sore knee</h1>" in broken, "the last good page is still served"
        assert "conditions/knee-pain.md:25: unknown field `reveiw_due`; did you mean `review_due`?" in broken
        assert "did not build" not in (project.root / "_site/conditions/knee-pain/index.html").read_text()

        project.replace("conditions/knee-pain.md", "reveiw_due:", "review_due:")
        wait_for(lambda: "did not build" not in (fetch(url + page) or "did not build"), "the error to clear")


def status_of(url: str, raw_path: str, host_header: str | None = None) -> tuple[int, str]:
    """GET a path exactly as written (no client-side clean-up of ../ or %2e), as an attacker would send it."""
    import http.client
    host, port = url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=5)
    connection.request("GET", raw_path, headers={"Host": host_header} if host_header else {})
    response = connection.getresponse()
    return response.status, response.read().decode(errors="replace")


def test_serve_never_serves_files_outside_the_site_even_while_a_rebuild_fails(project):
    (project.root / "secret.html").write_text("<p>TOP SECRET</p>")
    with serving(project) as url:
        wait_for(lambda: fetch(url + "/") is not None, "the first page")
        for broken in (False, True):
            if broken:
                project.replace("conditions/knee-pain.md", "review_due:", "reveiw_due:")
                wait_for(lambda: "did not build" in (fetch(url + "/") or ""), "the error to show")
            for raw in ("/%2e%2e/secret.html", "/..%2fsecret.html", "/%2e%2e/%2e%2e" + str(project.root) + "/secret.html",
                        "/%2F" + str(project.root).lstrip("/").replace("/", "%2F") + "%2Fsecret.html"):
                status, body = status_of(url, raw)
                assert status in (403, 404) and "TOP SECRET" not in body, (broken, raw, status)
        assert status_of(url, "/conditions/%00/")[0] == 400
        assert status_of(url, "/" + "a" * 300 + "/")[0] == 404, "a name too long for the file system is no page"
        # a page whose own domain points at this machine (DNS rebinding) must not read the preview or its errors
        port = url.rsplit(":", 1)[1]
        assert status_of(url, "/", f"evil.example:{port}")[0] == 403
        assert [status_of(url, "/", f"{name}:{port}")[0] for name in ("localhost", "127.0.0.1", "192.168.1.20")] == [200] * 3


def own_layouts(project) -> None:
    """Give the project a copy of the product's layouts in place of the shared link, so a test can edit them."""
    import shutil
    from conftest import REPO
    (project.root / "layouts").unlink()
    shutil.copytree(REPO / "layouts", project.root / "layouts")


def test_a_layout_error_during_serve_shows_the_banner_and_keeps_the_last_good_site(project):
    own_layouts(project)
    with serving(project) as url:
        wait_for(lambda: fetch(url + "/") is not None, "the first page")
        home = project.root / "layouts/home.html"
        home.write_text(home.read_text().replace("{% block content %}", "{% block content %}{% if %}", 1))
        wait_for(lambda: "did not build" in (fetch(url + "/") or ""), "the layout error to show in the page")
        page = fetch(url + "/")
        assert "layouts/home.html:4: the layout has a syntax error" in page
        assert "Back, joint and muscle problems" in page, "the last good home page is still served"


# Incremental rebuilds: after each edit only the pages it changes are rendered and written again, so each test
# checks the served folder against a full `build` of the same sources, byte for byte.

def site_files(folder) -> dict[str, bytes]:
    """Every file of a built site but the search index (Pagefind's bundle differs from run to run), and but a file
    being replaced as we look (`serve` writes `.name.tmp-PID` beside it, then renames it over)."""
    found = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if rel.startswith("pagefind/") or path.name.startswith("."):
            continue
        try:
            found[rel] = path.read_bytes()
        except (FileNotFoundError, IsADirectoryError):
            continue
    return found


def assert_same_as_a_full_build(project, scratch) -> None:
    """The served site, once `serve` has finished writing this change, holds exactly what a full build writes."""
    result = project.build(scratch)
    assert result.ok, result.problems.report()
    built = site_files(scratch)
    served = {}

    def same() -> bool:  # served keeps the last look, for the message when it never matches
        served.clear()
        served.update(site_files(project.root / "_site"))
        return served == built
    try:
        wait_for(same, "the served site to equal a full build", seconds=10)
    except AssertionError:
        assert sorted(served) == sorted(built), set(served) ^ set(built)
        assert [name for name in built if served[name] != built[name]] == []
        raise


def test_an_edit_updates_every_page_that_shows_it_and_the_site_equals_a_full_build(project, tmp_path):
    with serving(project) as url:
        wait_for(lambda: fetch(url + "/") is not None, "the first page")
        project.replace("conditions/low-back-pain.md", "title: Low back pain", "title: Lower back ache")
        wait_for(lambda: "Lower back ache</h1>" in (fetch(url + "/conditions/low-back-pain/") or ""), "its own page")
        assert "Lower back ache</a>" in fetch(url + "/conditions/"), "the A to Z lists the new title"
        related = fetch(url + "/conditions/knee-pain/")
        assert '<a href="/conditions/low-back-pain/">Lower back ache</a>' in related, "a leaflet that relates to it"
        assert "Lower back ache" in fetch(url + "/for-gp-surgeries/"), "the GP surgery kit"
        assert_same_as_a_full_build(project, tmp_path / "full-1")

        project.replace("conditions/knee-pain.md", "Rest it for a day or two", "Rest it for a day or three")
        wait_for(lambda: "a day or three" in (fetch(url + "/conditions/knee-pain/") or ""), "a body edit")
        assert_same_as_a_full_build(project, tmp_path / "full-2")


NEW_LEAFLET = """---
title: Hip pain
summary: Hip pain often gets better in a few weeks.
body_area: hip
also_known_as:
  - painful hip
self_referral_suitable: true
safety_netting:
  urgent:
    - flag: fever-with-pain
  emergency:
    - flag: saddle-numbness
reviewed: 2026-01-01
review_due: 2028-12-31
reviewer: "Example content: not yet clinically reviewed"
sources:
  - title: Hip pain - NHS
    url: https://www.nhs.uk/conditions/hip-pain/
---
Hip pain is common. It usually gets better in a few weeks.

## Check if you have hip pain

You may feel pain in your hip when you walk.

## How you can ease hip pain yourself

Keep moving gently.
"""


def test_adding_and_deleting_a_leaflet(project, tmp_path):
    with serving(project) as url:
        wait_for(lambda: fetch(url + "/") is not None, "the first page")
        project.write("conditions/hip-pain.md", NEW_LEAFLET)
        wait_for(lambda: "Hip pain</h1>" in (fetch(url + "/conditions/hip-pain/") or ""), "the new leaflet's page")
        assert '<a href="/conditions/hip-pain/">Hip pain</a>' in fetch(url + "/conditions/")
        assert "/conditions/hip-pain/" in fetch(url + "/sitemap.xml")
        assert_same_as_a_full_build(project, tmp_path / "added")

        (project.root / "conditions/hip-pain.md").unlink()
        wait_for(lambda: fetch(url + "/conditions/hip-pain/") is None, "the deleted leaflet's page to go")
        assert "Hip pain" not in fetch(url + "/conditions/")
        assert not (project.root / "_site/conditions/hip-pain").exists(), "its folder goes too"
        assert_same_as_a_full_build(project, tmp_path / "deleted")


def test_a_layout_change_rebuilds_every_page(project, tmp_path):
    own_layouts(project)
    with serving(project) as url:
        wait_for(lambda: fetch(url + "/") is not None, "the first page")
        base = project.root / "layouts/base.html"
        base.write_text(base.read_text().replace("</body>", "<!-- layout marker -->\n</body>", 1))
        pages = ["/", "/conditions/", "/conditions/knee-pain/", "/services/", "/find/", "/search/", "/about/"]
        wait_for(lambda: all("layout marker" in (fetch(url + page) or "") for page in pages), "every page to change")
        assert_same_as_a_full_build(project, tmp_path / "full")


def test_an_edit_that_breaks_a_link_in_another_leaflet_shows_the_banner(project):
    link = "Read [how to check](/conditions/low-back-pain/#check-if-you-have-low-back-pain). "
    project.replace("conditions/knee-pain.md", "Rest it for a day or two", link + "Rest it for a day or two")
    with serving(project) as url:
        wait_for(lambda: fetch(url + "/") is not None, "the first page")
        # The heading's id changes with its words, which breaks knee-pain's link to it
        project.replace("conditions/low-back-pain.md", "you have low back pain", "you have lower back pain")
        wait_for(lambda: "did not build" in (fetch(url + "/conditions/knee-pain/") or ""), "the banner")
        page = fetch(url + "/conditions/low-back-pain/")
        assert "conditions/knee-pain.md:" in page and "has no heading `#check-if-you-have-low-back-pain`" in page
        assert "Check if you have low back pain</h2>" in page, "the last good page is still served"

        project.replace("conditions/low-back-pain.md", "you have lower back pain", "you have low back pain")
        wait_for(lambda: "did not build" not in (fetch(url + "/") or "did not build"), "the banner to go")

        (project.root / "conditions/low-back-pain.md").unlink()  # knee-pain names it in `related`
        wait_for(lambda: "did not build" in (fetch(url + "/") or ""), "the banner")
        assert "there is no leaflet called `low-back-pain`" in fetch(url + "/")
        assert fetch(url + "/conditions/low-back-pain/") is not None, "the last good site keeps the page"


def test_search_catches_up_after_an_edit(project, browser):
    with serving(project) as url:
        wait_for(lambda: fetch(url + "/") is not None, "the first page")
        project.replace("conditions/knee-pain.md", "Rest it for", "Try a zyxwombat cushion. Rest it for")
        # Ask for the search page as fast as the server answers, from the edit until it has said it is updating and
        # then stopped saying so: Pagefind runs for a good part of a second, the server answers in milliseconds.
        said, deadline = [], time.monotonic() + 60
        while not (True in said and said[-1] is False) and time.monotonic() < deadline:
            page = fetch(url + "/search/") or ""
            said.append('<div role="status"' in page and UPDATING in page)
        assert True in said, "the search page says it is updating while the index catches up"
        assert said[-1] is False, "and stops saying so once it has"
        assert "zyxwombat" in fetch(url + "/conditions/knee-pain/")
        tab = browser.new_page()
        try:
            tab.goto(f"{url}/search/?q=zyxwombat")
            link = tab.locator("#search-results a[href^='/conditions/knee-pain/']").first
            link.wait_for(state="visible", timeout=15000)
        finally:
            tab.close()


def edit_reaches(project, scratch, rel: str, old: str, new: str, word: str, pages: list[str]) -> None:
    """Under `serve`, replace old with new in one source file: every page named shows `word`, and the served
    folder equals a full build of the edited sources."""
    with serving(project) as url:
        wait_for(lambda: fetch(url + "/") is not None, "the first page")
        project.replace(rel, old, new)
        wait_for(lambda: all(word in (fetch(url + page) or "") for page in pages), "every page to change")
        assert_same_as_a_full_build(project, scratch)


def test_a_config_change_rebuilds_every_page(project, tmp_path):
    edit_reaches(project, tmp_path / "full", "site_config.yaml", "site_name: Test MSK site",
                 "site_name: Renamed MSK site", "Renamed MSK site",
                 ["/", "/conditions/knee-pain/", "/services/", "/privacy/"])


def test_a_red_flag_reworded_in_the_library_reaches_every_leaflet_and_page_that_shows_it(project, tmp_path):
    edit_reaches(project, tmp_path / "full", "content/red-flags.yaml", "or you feel hot and shivery",
                 "or you feel hot and very shivery", "very shivery",
                 ["/conditions/knee-pain/", "/conditions/low-back-pain/", "/self-referral/"])


def test_an_exercise_edit_reaches_the_leaflets_and_sheets_that_use_it(project, tmp_path):
    edit_reaches(project, tmp_path / "full", "content/exercises/bridge.yaml", "title: Bridge", "title: Bottom lift",
                 "Bottom lift",
                 ["/exercises/bridge/", "/exercises/", "/conditions/knee-pain/", "/conditions/knee-pain/exercises/"])
