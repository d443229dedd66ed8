"""The browser editor at /admin/ (Decap CMS) for real: its forms match the schema, and end to end in Chromium,
`build.py edit` on a scratch git copy of the example project saves drafts as branches and publishes them to main,
with `check` passing on the result."""
from __future__ import annotations

import json
import re
import shutil
import signal
import socket
import subprocess
import urllib.request
import sys
import time
from pathlib import Path

import pytest
import yaml

from conftest import REPO, TODAY, Project
from msksite import pipeline
from msksite.editor import decap_config
from msksite.editor.collections import MODELS
from msksite.schema.common import UK_PHONE_PATTERN, _uk_phone
from serving import _listening, free_port, wait_for

EDITOR_BLOCK = "\neditor:\n  repo: example-trust/msk-self-help\n"


# --- the forms and the schema -------------------------------------------------------------------------------------

def schema_names(schema: dict, defs: dict) -> dict:
    """Field name -> the names inside it (for groups and lists of groups), from a model's JSON Schema."""
    out = {}
    for name, prop in schema.get("properties", {}).items():
        out[name] = schema_names(_group(prop, defs), defs) if _group(prop, defs) else {}
    return out


def _group(prop: dict, defs: dict) -> dict | None:
    for candidate in [prop, prop.get("items", {}), *prop.get("anyOf", []), *prop.get("items", {}).get("anyOf", [])]:
        if "$ref" in candidate:
            target = defs[candidate["$ref"].rsplit("/", 1)[-1]]
            return target if target.get("type") == "object" else None
    return None


def form_names(fields: list[dict]) -> dict:
    """Field name -> the names inside it, from the editor's generated form."""
    return {f["name"]: form_names(f.get("fields") or []) for f in fields}


def forms(config: dict) -> dict[str, list[dict]]:
    out = {}
    for collection in config["collections"]:
        for entry in collection.get("files", [collection]):
            out[entry["name"]] = [f for f in entry["fields"] if f["name"] != "body"]
    return out


CUSTOM_CONTROLS = {"safety_netting.urgent", "safety_netting.urgent_care", "safety_netting.emergency",
                   "illustration.pose.props"}


def _strip_custom(tree: dict, prefix: str = "") -> dict:
    """A field drawn by one of our controls edits its whole value, so the schema's names inside it are not fields."""
    return {k: ({} if f"{prefix}{k}" in CUSTOM_CONTROLS else _strip_custom(v, f"{prefix}{k}.")) for k, v in tree.items()}


@pytest.fixture(scope="module")
def example_config():
    checked = pipeline.check(REPO, TODAY)
    assert checked.site is not None, checked.problems.report()
    return decap_config(checked.site.config, checked.site.red_flags)


def test_every_schema_field_has_a_form_field_and_the_reverse(example_config):
    made = forms(example_config)
    assert set(made) == set(MODELS), "every collection is made from a schema model"
    for name, model in MODELS.items():
        schema = model.model_json_schema()
        expected = _strip_custom(schema_names(schema, schema.get("$defs", {})))
        assert _strip_custom(form_names(made[name])) == expected, f"the {name} form and its schema differ"


def test_no_page_can_be_deleted_from_the_editor_without_review(example_config):
    # "Delete published entry" committed straight to main: a retired page goes through a reviewed change instead.
    folders = [c for c in example_config["collections"] if "folder" in c]
    assert folders and all(c["delete"] is False for c in folders)


def test_no_two_lists_on_a_form_share_a_label(example_config):
    """Decap names a list's button "Add <label>": two alike on one form leave a clinician guessing which is which."""
    def lists(fields):
        for field in fields:
            if field.get("widget") == "list":
                yield field["label"]
            yield from lists(field.get("fields", ()))
    for name, fields in forms(example_config).items():
        labels = list(lists(fields))
        assert len(labels) == len(set(labels)), f"the {name} form has two lists labelled alike: {sorted(labels)}"


def test_form_fields_carry_the_schema_rules(example_config):
    leaflet = {f["name"]: f for f in forms(example_config)["conditions"]}
    assert leaflet["title"]["required"] and not leaflet["related"]["required"]
    order = [f["name"] for f in next(c for c in example_config["collections"] if c["name"] == "conditions")["fields"]]
    assert order.index("body") == order.index("summary") + 1, "the page text right after the summary, not last"
    assert leaflet["body_area"]["widget"] == "select"
    assert {"label": "Wrist and hand", "value": "wrist-and-hand"} in leaflet["body_area"]["options"]
    assert leaflet["reviewed"]["widget"] == "datetime" and leaflet["reviewed"]["format"] == "YYYY-MM-DD"
    assert leaflet["exercises"]["widget"] == "relation" and leaflet["exercises"]["collection"] == "exercises"
    assert leaflet["related"]["collection"] == "conditions"
    assert leaflet["sources"]["min"] == 1
    assert leaflet["safety_netting"]["fields"][3]["widget"] == "msk-safety-lines"
    services = forms(example_config)["services"][0]["fields"]
    phone = next(f for f in next(f for f in services if f["name"] == "self_referral")["fields"] if f["name"] == "phone")
    assert phone["pattern"][0] == UK_PHONE_PATTERN and "01632 960123" in phone["pattern"][1]
    practice = forms(example_config)["practices"][0]["fields"]
    assert next(f for f in practice if f["name"] == "service")["value_field"] == "services.*.id"
    # A drawing's angles have their bounds in the form: it saved a hip at 900 degrees, which check then refused.
    exercise = {f["name"]: f for f in forms(example_config)["exercises"]}
    pose = {f["name"]: f for f in next(f for f in exercise["illustration"]["fields"] if f["name"] == "pose")["fields"]}
    near = {f["name"]: f for f in pose["near"]["fields"]}
    assert (near["hip"]["min"], near["hip"]["max"]) == (-180, 180)
    assert (pose["trunk"]["min"], pose["trunk"]["max"]) == (-135, 135)
    # Only body-area lists use the areas' names, and a tier's options name its card.
    assert {"label": "back", "value": "back"} in pose["view"]["options"]
    assert forms(example_config)["library"][0]["collapsed"] is True, "55 flags folded, each found by its id"
    flag = {f["name"]: f for f in forms(example_config)["library"][0]["fields"]}
    assert {"label": "emergency: Call 999 or go to A&E now if:", "value": "emergency"} in flag["tier"]["options"]


def test_the_form_offers_only_flags_of_each_tier(example_config):
    library = yaml.safe_load((REPO / "content/red-flags.yaml").read_text())["flags"]
    tiers = {flag["id"]: flag["tier"] for flag in library}
    netting = {f["name"]: f for f in forms(example_config)["conditions"] if f["name"] == "safety_netting"}["safety_netting"]
    for field in netting["fields"]:
        if field["widget"] == "msk-safety-lines":
            assert field["flags"], field["name"]
            assert {tiers[o["value"]] for o in field["flags"]} == {field["name"]}


@pytest.mark.parametrize("number, ok", [("01632 960001", True), ("+44 1632 960001", True), ("01632-960-001", True),
                                        ("1632 960001", False), ("0163", False), ("phone me", False)])
def test_the_phone_rule_is_one_regex_for_form_and_check(number, ok):
    import re
    assert bool(re.fullmatch(UK_PHONE_PATTERN, number)) == ok
    try:
        _uk_phone(number)
        assert ok
    except ValueError:
        assert not ok


# --- the editor turned on and off ---------------------------------------------------------------------------------

def test_no_page_outside_admin_changes_when_the_editor_is_turned_on(project, tmp_path):
    off, on = tmp_path / "off", tmp_path / "on"
    assert project.build(off).ok
    project.write("site_config.yaml", project.read("site_config.yaml") + EDITOR_BLOCK)
    assert project.build(on).ok
    before = {p.relative_to(off): p.read_bytes() for p in off.rglob("*") if p.is_file()}
    after = {p.relative_to(on): p.read_bytes() for p in on.rglob("*") if p.is_file()}
    admin = {p for p in after if p.parts[0] == "admin"}
    assert not any(p.parts[0] == "admin" for p in before), "no /admin/ unless site_config.yaml turns it on"
    assert {Path("admin/index.html"), Path("admin/config.yml"), Path("admin/decap/decap-cms.js")} <= admin
    assert {p: d for p, d in after.items() if p not in admin} == before
    page = (on / "admin/index.html").read_text()
    assert 'name="robots" content="noindex' in page and "data-pagefind-body" not in page
    assert "/admin/" not in (on / "sitemap.xml").read_text()


def test_a_bad_editor_block_is_a_clear_error(project):
    project.write("site_config.yaml", project.read("site_config.yaml") + "\neditor:\n  repo: just-a-name\n")
    report = project.check().report()
    assert "site_config.yaml:" in report and "editor.repo" in report and "not in the right form" in report


def test_edit_without_an_editor_block_says_what_to_add(project):
    result = subprocess.run([sys.executable, str(REPO / "build.py"), "edit", "--root", str(project.root)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "site_config.yaml has no `editor:` block" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def _commit(root: Path, message: str) -> None:
    git(root, "add", "-A")
    git(root, "-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-q", "-m", message)


def _start(project, tmp_path):
    port, proxy = free_port(), free_port()
    log = (tmp_path / "edit.log").open("w")
    server = subprocess.Popen([sys.executable, str(REPO / "build.py"), "edit", "--root", str(project.root),
                               "--port", str(port), "--editor-port", str(proxy), "--today", TODAY.isoformat()],
                              stdout=log, stderr=subprocess.STDOUT)
    wait_for(lambda: _listening(proxy, server, Path(log.name)), "decap-server to listen", 120)
    return proxy, server, log


def _stop(server, log) -> None:
    server.send_signal(signal.SIGTERM)
    server.wait(timeout=30)
    log.close()


def _small_repo(project) -> None:
    project.write("site_config.yaml", project.read("site_config.yaml") + EDITOR_BLOCK)
    git(project.root, "init", "-q", "-b", "main")
    _commit(project.root, "start")


def test_edit_stopped_by_a_signal_stops_the_git_proxy_too(project, tmp_path):
    # `kill` (SIGTERM) ended Python without its `finally`, and decap-server lived on, still able to commit.
    _small_repo(project)
    proxy, server, log = _start(project, tmp_path)
    _stop(server, log)
    wait_for(lambda: not _listens(proxy), "decap-server to stop", 15)


def test_a_draft_holds_only_its_own_files_after_another_entry_is_published(project, tmp_path):
    # decap-server diffed main against the draft's branch with two dots: a file published on main after the draft
    # began was listed as the draft's, so the draft opened that leaflet, and saving it undid the publication.
    _small_repo(project)
    git(project.root, "checkout", "-q", "-b", "cms/conditions/knee-pain")
    project.replace("conditions/knee-pain.md", "Knee pain is common.", "Knee pain is very common.")
    _commit(project.root, "Update Condition leaflets 'knee-pain'")
    git(project.root, "config", "branch.cms/conditions/knee-pain.description", "draft")
    git(project.root, "checkout", "-q", "main")
    project.replace("conditions/low-back-pain.md", "Keep moving.", "Keep moving, gently.")
    _commit(project.root, "Publish the low back pain change")
    proxy, server, log = _start(project, tmp_path)
    try:
        request = urllib.request.Request(f"http://127.0.0.1:{proxy}/api/v1", data=json.dumps(
            {"action": "unpublishedEntry", "params": {"branch": "main", "collection": "conditions",
                                                      "slug": "knee-pain"}}).encode(),
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            entry = json.load(response)
    finally:
        _stop(server, log)
    assert [d["path"] for d in entry["diffs"]] == ["conditions/knee-pain.md"]


def _listens(port: int) -> bool:
    """Whether something still listens on port."""
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True
    except OSError:
        return False


# --- end to end in Chromium, against decap-server in git mode -----------------------------------------------------

def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def editing(tmp_path_factory):
    """`build.py edit` on a scratch git copy of the example project; yields (project, base URL)."""
    root = tmp_path_factory.mktemp("editing") / "project"
    root.mkdir()
    for name in ("conditions", "content"):
        shutil.copytree(REPO / name, root / name)
    for name in ("site_config.yaml", "published-addresses.txt"):
        shutil.copy(REPO / name, root / name)
    for shared in ("layouts", "node_modules"):
        (root / shared).symlink_to(REPO / shared)
    project = Project(root)
    (root / ".gitignore").write_text("_site*\nnode_modules\n.msksite-cache/\n")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "start")
    git(root, "config", "user.name", "Editor")
    git(root, "config", "user.email", "editor@example.org")
    port, proxy = free_port(), free_port()
    # Its output goes to a file: a pipe nobody reads fills up, and then the server stops to wait for a reader.
    log = (root.parent / "edit.log").open("w")
    server = subprocess.Popen([sys.executable, str(REPO / "build.py"), "edit", "--root", str(root), "--port", str(port),
                               "--editor-port", str(proxy), "--today", TODAY.isoformat()],
                              stdout=log, stderr=subprocess.STDOUT, text=True)
    try:
        wait_for(lambda: _listening(port, server, Path(log.name)), "`build.py edit` to serve", 120)
        wait_for(lambda: _listening(proxy, server, Path(log.name)), "decap-server to listen", 30)
        project.proxy = f"http://127.0.0.1:{proxy}/api/v1"
        yield project, f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()


@pytest.fixture
def admin(browser, editing):
    """A tab signed in to /admin/ (the local proxy needs no account)."""
    project, url = editing
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    errors: list[str] = []
    context.on("weberror", lambda e: errors.append(str(e.error)))
    tab = context.new_page()
    tab.on("dialog", lambda dialog: dialog.accept())  # Decap asks "are you sure?" before publishing
    tab.goto(url + "/admin/")
    tab.get_by_role("button", name="Login").click()
    tab.get_by_role("link", name="Condition leaflets").first.wait_for()
    tab.base, tab.errors = url + "/admin/#", errors
    yield tab
    context.close()
    assert not errors, f"script errors in the editor: {errors}"


def open_entry(tab, path: str, ready_label: str) -> None:
    """Open an entry by its address, as following a link to it would: a fresh page load. (Moving from one entry to
    another inside Decap's page by address alone can show a file collection's list empty until the page reloads.)"""
    tab.goto("about:blank")
    tab.goto(tab.base + path)
    try:
        tab.get_by_label(ready_label, exact=True).first.wait_for(timeout=30000)
    except Exception:
        tab.screenshot(path="/tmp/open_entry_fail.png")
        raise


def open_folded(tab, path: str, item: str) -> None:
    """Open an entry holding one long list, whose items are folded, and unfold the one whose summary is `item`."""
    tab.goto("about:blank")
    tab.goto(tab.base + path)
    summary = tab.get_by_text(item, exact=True).first
    summary.wait_for(timeout=30000)
    summary.locator("xpath=..").get_by_role("button").first.click()  # the item's chevron: the first of its buttons


def save_draft(tab) -> None:
    tab.get_by_role("button", name="Save", exact=True).click()
    tab.get_by_text("Entry saved").wait_for(timeout=30000)


def publish(tab) -> None:
    tab.get_by_role("button", name="Status: Draft").click()
    tab.get_by_role("menuitem", name="Ready").click()
    tab.get_by_text("Entry status updated").wait_for(timeout=30000)
    tab.get_by_role("button", name="Publish", exact=True).click()
    tab.get_by_role("menuitem", name="Publish now").click()
    tab.get_by_text("Entry published").wait_for(timeout=30000)


def read_on(root: Path, branch: str, rel: str) -> str:
    return git(root, "show", f"{branch}:{rel}")


def test_edit_a_leaflet_and_a_red_flag_as_drafts_then_publish_them(admin, editing):
    project, _ = editing
    summary = "Low back pain is common. It usually gets better within a few weeks if you keep moving."
    open_entry(admin, "/collections/conditions/entries/low-back-pain", "Summary")
    admin.get_by_label("Summary", exact=True).fill(summary)
    save_draft(admin)
    branch = "cms/conditions/low-back-pain"
    assert branch in git(project.root, "branch", "--list", branch)
    assert yaml.safe_load(read_on(project.root, branch, "conditions/low-back-pain.md").split("---")[1])["summary"] == summary
    assert summary not in read_on(project.root, "main", "conditions/low-back-pain.md"), "a draft stays off main"
    publish(admin)

    library = yaml.safe_load(project.read("content/red-flags.yaml"))["flags"]
    wording = "you cannot feel your bottom or your genitals when you wipe"
    open_folded(admin, "/collections/red_flags/entries/library", library[0]["id"])
    box = admin.get_by_label("Text", exact=True).first
    assert box.input_value() == library[0]["text"]
    box.fill(wording)
    save_draft(admin)
    assert "cms/red_flags/library" in git(project.root, "branch", "--list", "cms/red_flags/library")
    publish(admin)

    wait_for(lambda: git(project.root, "branch", "--show-current").strip() == "main", "the proxy to go back to main")
    on_main = yaml.safe_load(read_on(project.root, "main", "content/red-flags.yaml"))["flags"]
    assert on_main[0]["text"] == wording and on_main[0]["id"] == library[0]["id"]
    assert len(on_main) == len(library), "no red flag lost on the way through the form"
    leaflet = read_on(project.root, "main", "conditions/low-back-pain.md")
    assert summary in leaflet.replace("\n  ", " ")
    assert "- flag: saddle-numbness" in leaflet, "flags stay references to the library"
    assert not git(project.root, "branch", "--list", "cms/*").strip(), "published drafts' branches are gone"
    checked = pipeline.check(project.root, TODAY)
    assert not checked.problems.errors, checked.problems.report()


def test_create_an_exercise_through_the_form(admin, editing):
    project, _ = editing
    admin.goto(admin.base + "/collections/exercises/new")
    admin.get_by_label("Title", exact=True).wait_for(timeout=30000)
    admin.get_by_label("Title", exact=True).fill("Shoulder shrugs")
    admin.get_by_label("Body area", exact=True).click()
    admin.get_by_role("option", name="Shoulder", exact=True).click()
    admin.get_by_label("Summary", exact=True).fill("Eases stiff shoulders and neck.")
    admin.get_by_label("Starting position", exact=True).fill("Sit or stand up straight with your arms by your sides.")
    for step in ("Lift both shoulders up towards your ears.", "Slowly let them drop back down."):
        admin.get_by_role("button", name="Add steps").click()
        admin.get_by_label("Steps", exact=True).last.fill(step)
    admin.get_by_label("Repetitions", exact=True).fill("Do this 10 times.")
    admin.get_by_label("How often", exact=True).fill("Do this 3 times a day.")
    admin.get_by_role("button", name="Add stop if").click()
    admin.get_by_label("Stop if", exact=True).last.fill("the pain gets much worse")
    admin.get_by_label("Alt", exact=True).fill("A person standing side-on with their shoulders lifted up towards their ears.")
    save_draft(admin)
    publish(admin)
    wait_for(lambda: git(project.root, "branch", "--show-current").strip() == "main", "the proxy to go back to main")
    saved = yaml.safe_load(read_on(project.root, "main", "content/exercises/shoulder-shrugs.yaml"))
    assert saved["title"] == "Shoulder shrugs" and saved["body_area"] == "shoulder"
    assert saved["steps"] == ["Lift both shoulders up towards your ears.", "Slowly let them drop back down."]
    assert saved["dose"]["repetitions"] == "Do this 10 times."
    checked = pipeline.check(project.root, TODAY)
    assert not checked.problems.errors, checked.problems.report()
    assert any(e.id == "shoulder-shrugs" for e in checked.site.exercises)


def test_the_form_refuses_a_phone_number_that_is_not_one(admin, editing):
    project, _ = editing
    first = yaml.safe_load(project.read("content/services.yaml"))["services"][0]["id"]
    open_folded(admin, "/collections/directory/entries/services", first)
    admin.get_by_label("Phone (optional)", exact=True).first.fill("call us")
    admin.get_by_role("button", name="Save", exact=True).click()
    admin.get_by_text("is not a UK phone number").first.wait_for(timeout=10000)
    time.sleep(1)
    assert not git(project.root, "branch", "--list", "cms/directory/*").strip(), "nothing was saved"
    # Decap rejects the refused save's promise with no reason, which the page reports as an error "undefined".
    assert set(admin.errors) <= {"undefined"}
    admin.errors.clear()


def test_the_preview_looks_like_the_leaflet_and_passes_axe(admin, editing):
    from browser import AXE
    open_entry(admin, "/collections/conditions/entries/knee-pain", "Summary")
    frame = next(f for f in admin.frames if f != admin.main_frame)
    frame.wait_for_selector(".nhsuk-card--care--emergency", timeout=30000)
    assert "Call 999 or go to A&E now if:" in frame.inner_text("body")
    assert "Reading age, estimated:" in frame.inner_text("body")
    # Within the estimate's margin of the limit (11), the preview says check may find it over.
    estimate = float(re.search(r"Reading age, estimated: ([\d.]+)", frame.inner_text("body")).group(1))
    assert ("close to the limit" in frame.inner_text("body")) == (9.5 < estimate <= 11), estimate
    # Starter content: the leaflet itself says so, not "Page last reviewed" on the day it was written.
    assert "Not yet reviewed by a clinician." in frame.inner_text("body")
    assert "Page last reviewed" not in frame.inner_text("body")
    frame.evaluate(AXE)
    result = frame.evaluate("axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa']}})")
    assert not [v["id"] for v in result["violations"]], result["violations"]


def test_the_reading_age_estimate_is_near_checks_figure(admin):
    checked = pipeline.check(REPO, TODAY)
    off = {}
    for leaflet in checked.site.leaflets:
        estimate = admin.evaluate("text => window.mskReadingAge(text)", leaflet.text)
        off[leaflet.slug] = round(estimate - leaflet.reading_age, 1)
    assert all(abs(d) <= 1.5 for d in off.values()), off


@pytest.mark.parametrize("reviewer", ["Example content: not yet clinically reviewed", "EXAMPLE", "Not  yet checked",
                                      "Jo Bloggs, physiotherapist", "A. Patel (MSK lead)", "unreviewed draft", ""])
def test_the_preview_judges_a_reviewer_as_check_does(admin, reviewer):
    from msksite.schema.common import unreviewed
    admin.wait_for_function("() => window.mskUnreviewed('not yet')")  # editor-data.json has loaded
    assert admin.evaluate("r => window.mskUnreviewed(r)", reviewer) is unreviewed(reviewer)


def test_admin_starts_under_its_own_content_security_policy(browser, site_url):
    """Served with netlify.toml's headers, Decap starts with the GitHub sign-in and the CSP refuses nothing it
    needs. (On this computer Decap also looks for `build.py edit`'s proxy, which the live policy rightly refuses.)"""
    context = browser.new_context()
    context.add_init_script("window.__csp = []; document.addEventListener('securitypolicyviolation', "
                            "e => window.__csp.push(e.effectiveDirective + ' ' + e.blockedURI));")
    tab = context.new_page()
    response = tab.goto(site_url + "/admin/")
    assert response.headers["x-robots-tag"].startswith("noindex")
    tab.get_by_role("button", name="Login with GitHub").wait_for(timeout=30000)
    refused = [v for v in tab.evaluate("window.__csp") if not v.startswith("connect-src http://127.0.0.1:8081")]
    context.close()
    assert not refused, refused


def test_edit_serves_the_editor_without_the_reload_script(editing):
    """A reload while a clinician types would lose their words; every other page reloads after an edit as usual."""
    import urllib.request
    _, url = editing
    admin = urllib.request.urlopen(url + "/admin/", timeout=10).read().decode()
    leaflet = urllib.request.urlopen(url + "/conditions/knee-pain/", timeout=10).read().decode()
    assert "decap-cms.js" in admin and "livereload.js" not in admin
    assert "livereload.js" in leaflet


def test_the_git_proxy_answers_only_the_site_served_on_this_computer(editing):
    # decap-server alone answered any Host (DNS rebinding) and any local web app's Origin: either could read, and
    # commit, any file of the repository
    import urllib.error
    import urllib.request
    project, url = editing
    site_port = url.rsplit(":", 1)[1]

    def info(headers: dict) -> int:
        request = urllib.request.Request(project.proxy, data=b'{"action": "info"}',
                                         headers={"Content-Type": "application/json", **headers})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    proxy_port = project.proxy.split(":")[2].split("/")[0]
    assert info({"Origin": url}) == 200
    assert info({"Origin": f"http://localhost:{site_port}"}) == 200
    assert info({"Host": f"evil.example:{proxy_port}"}) == 403
    assert info({"Origin": "http://localhost:3000"}) == 403

