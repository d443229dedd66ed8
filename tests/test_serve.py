"""`build.py serve` for real: live reload injected by the server, rebuilds on edit, last good site kept on error."""
from __future__ import annotations

import urllib.request

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


def status_of(url: str, raw_path: str) -> tuple[int, str]:
    """GET a path exactly as written (no client-side clean-up of ../ or %2e), as an attacker would send it."""
    import http.client
    host, port = url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=5)
    connection.request("GET", raw_path)
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


def test_a_layout_error_during_serve_shows_the_banner_and_keeps_the_last_good_site(project):
    import shutil
    from conftest import REPO
    (project.root / "layouts").unlink()
    shutil.copytree(REPO / "layouts", project.root / "layouts")
    with serving(project) as url:
        wait_for(lambda: fetch(url + "/") is not None, "the first page")
        home = project.root / "layouts/home.html"
        home.write_text(home.read_text().replace("{% block content %}", "{% block content %}{% if %}", 1))
        wait_for(lambda: "did not build" in (fetch(url + "/") or ""), "the layout error to show in the page")
        page = fetch(url + "/")
        assert "layouts/home.html:4: the layout has a syntax error" in page
        assert "Back, joint and muscle problems" in page, "the last good home page is still served"
