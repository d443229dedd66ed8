"""Hostile and broken files: every one is a `path:line: message; hint`, never a traceback, never a leak."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

KNEE = "conditions/knee-pain.md"


def errors(project) -> list[str]:
    return [str(p) for p in project.check().errors]


def assert_reported(project, start: str, words: str) -> None:
    lines = errors(project)
    assert any(line.startswith(start) and words in line for line in lines), "\n".join(lines)


def test_a_windows_1252_byte_is_named_with_line_and_column(project):
    path = project.root / KNEE
    path.write_bytes(path.read_bytes().replace(b"Knee pain is common.", b"Knee pain is \x93common\x94."))
    assert_reported(project, f"{KNEE}:35: column 14: byte 0x93 is not UTF-8 text", "save the file as UTF-8")


def test_a_byte_order_mark_is_accepted(project):
    path = project.root / KNEE
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert errors(project) == []


@pytest.mark.parametrize("char,name", [("\x00", "U+0000"), ("\x0b", "U+000B"), ("\x1b", "U+001B"), ("\x9b", "U+009B")])
def test_control_characters_are_refused_where_they_are(project, char, name):
    project.replace(KNEE, "title: Knee pain", f"title: Knee{char} pain")
    assert_reported(project, f"{KNEE}:2: column 12: there is an invisible control character ({name})", "delete it")


@pytest.mark.parametrize("escape,name", [("\\0", "U+0000"), ("\\e", "U+001B"), ("\\u202E", "U+202E"),
                                         ("\\x9b", "U+009B"), ("\\L", "U+2028")])
def test_control_characters_written_as_yaml_escapes_are_refused(project, escape, name):
    project.replace(KNEE, "title: Knee pain", f'title: "Knee{escape} pain"')
    assert_reported(project, f"{KNEE}:2: there is an invisible control character ({name}) in this text",
                    "delete the escape")


@pytest.mark.parametrize("char,name", [("\u2028", "U+2028"), ("\u2029", "U+2029"), ("\x85", "U+0085")])
def test_a_pasted_line_separator_is_named_at_its_own_line(project, char, name):
    # YAML counts it as a line break, so its own error came three lines late and said "did not find expected key"
    project.replace("content/services.yaml", "name: North MSK Physiotherapy", f"name: North{char}{char} MSK")
    assert_reported(project, "content/services.yaml:3: column 16: there is an invisible line-separator character "
                    f"({name})", "delete it")


@pytest.mark.parametrize("yaml_text,line,words", [
    ("x: &a [1, 2]\ny: *a\n", 3, "starts with `*` or `&`"),
    ("loop: &x [*x]\n", 3, "starts with `*` or `&`"),
    ("? [a, b]\n: 1\n", 3, "not a plain name"),
    ("x:\n  <<: {a: 1}\n", 4, "not a plain name"),
    ("x: !!python/object:os.system ls\n", 3, "the YAML tag"),
    ("x: " + "[" * 40 + "]" * 40 + "\n", 3, "nested more than"),
])
def test_yaml_that_could_be_weaponised_is_refused(project, yaml_text, line, words):
    project.replace(KNEE, "self_referral_suitable: true\n", "self_referral_suitable: true\n" + yaml_text, )
    # the added lines start after line 7 of the front matter
    assert_reported(project, f"{KNEE}:{line + 5}:", words)


def test_an_alias_bomb_is_refused_at_once(project):
    bomb = "".join(f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9) if i else 'lol'}]\n" for i in range(9))
    project.replace(KNEE, "self_referral_suitable: true\n", "self_referral_suitable: true\n" + bomb)
    assert_reported(project, f"{KNEE}:8:", "starts with `*` or `&`")


def test_a_huge_file_is_refused(project):
    project.write("conditions/huge.md", "---\ntitle: x\n---\n" + "word " * 250_000)
    assert_reported(project, "conditions/huge.md: the file is 1,250 kB", "the most a source file may be is 1,000 kB")


def test_a_link_outside_the_project_is_refused_and_never_printed(project, tmp_path):
    secret = tmp_path / "secret.yaml"
    secret.write_text("title: TOP SECRET PASSWORD\n")
    (project.root / "content/exercises/leak.yaml").symlink_to(secret)
    lines = errors(project)
    assert "content/exercises/leak.yaml: this is a link to a file outside the project, which the site must not read; " \
           "copy the file into the project instead of linking to it" in lines
    assert "SECRET" not in "\n".join(lines)


def test_dangling_and_looping_links_and_folders_with_source_names_are_reported(project):
    conditions = project.root / "conditions"
    (conditions / "gone.md").symlink_to(conditions / "nowhere.md")
    os.symlink("loop-b.md", conditions / "loop-a.md")
    os.symlink("loop-a.md", conditions / "loop-b.md")
    (conditions / "folder.md").mkdir()
    lines = errors(project)
    for name in ("gone", "loop-a", "loop-b"):
        assert f"conditions/{name}.md: this is a link to a file that does not exist (or a loop of links); " \
               "replace the link with the file itself" in lines
    assert any(line.startswith("conditions/folder.md: this is not a file") for line in lines)


def test_a_file_with_another_suffix_in_a_content_folder_is_a_warning(project):
    project.write("conditions/neck-pain.markdown", "---\ntitle: Neck pain\n---\n")
    warnings = [str(p) for p in project.check().warnings]
    assert "conditions/neck-pain.markdown: warning: this file is not read: only .md files in conditions/ are; " \
           "rename it to end in .md, or move it out of conditions/" in warnings


def test_an_unreadable_leaflet_is_not_blamed_on_the_leaflets_that_link_to_it(project):
    path = project.root / "conditions/low-back-pain.md"
    path.write_bytes(path.read_bytes() + b"\xff")
    lines = errors(project)
    assert [line for line in lines if line.startswith("conditions/low-back-pain.md")]
    assert not [line for line in lines if "there is no leaflet called `low-back-pain`" in line], lines


@pytest.mark.parametrize("out,words", [
    (".", "is the project folder or a folder that holds it"),
    ("..", "is the project folder or a folder that holds it"),
    ("conditions", "is inside the project's conditions/ folder"),
    ("content/pages", "is inside the project's content/ folder"),
])
def test_an_output_folder_that_would_replace_the_project_is_refused(project, out, words):
    before = sorted(p.relative_to(project.root) for p in project.root.rglob("*"))
    result = project.build(out=project.root / out)
    assert not result.ok and words in result.problems.report(), result.problems.report()
    assert sorted(p.relative_to(project.root) for p in project.root.rglob("*")) == before, "nothing may change"


def test_an_output_folder_holding_other_files_is_refused_and_a_previous_build_is_replaced(project):
    other = project.root / "notes"
    other.mkdir()
    (other / "my-notes.txt").write_text("keep me")
    for name in ("404.html", "sitemap.xml"):  # as another generator's output has: still not ours
        (other / name).write_text("theirs")
    result = project.build(out=other)
    assert "already holds files that are not a site this tool built (no .msksite-build file in it)" in result.problems.report()
    assert (other / "my-notes.txt").read_text() == "keep me"
    assert project.build().ok and (project.root / "_site/.msksite-build").is_file()
    assert project.build().ok, "a folder this tool built is replaced"


def test_an_old_address_that_would_clash_with_a_generated_file_fails_check(project):
    project.replace(KNEE, "  - /conditions/sore-knee/", "  - /conditions/sore-knee/\n  - /_redirects/")
    assert_reported(project, f"{KNEE}:32: /_redirects/ would need a folder where the site writes the file _redirects",
                    "use another address")


def test_a_layout_syntax_error_fails_check_with_its_line_and_build_keeps_the_old_site(project):
    assert project.build().ok
    before = (project.root / "_site/index.html").read_text()
    layouts = project.root / "layouts"
    layouts.unlink()  # the fixture shares the product's layouts by a link: give this project its own copy
    import shutil
    from conftest import REPO
    shutil.copytree(REPO / "layouts", layouts)
    text = (layouts / "home.html").read_text()
    (layouts / "home.html").write_text(text.replace("{% block content %}", "{% block content %}{% if %}", 1))
    assert_reported(project, "layouts/home.html:4: the layout has a syntax error", "the last good site was kept")
    assert not project.build().ok
    assert (project.root / "_site/index.html").read_text() == before


def test_links_to_real_pages_headings_and_files_pass(project):
    project.replace(KNEE, "Rest it for a day", "See [back pain](/conditions/low-back-pain/#check-if-you-have-low-back-pain), "
                    "[the A to Z](/conditions/), [a drawing](/exercises/bridge/drawing.svg), ![bridge](/exercises/bridge/drawing.svg), "
                    "[NHS](https://www.nhs.uk/), [email](mailto:physio@example.org) and [call](tel:01632960000). Rest it for a day")
    assert errors(project) == []


def test_a_layout_linking_outside_the_project_is_never_published(project, tmp_path):
    import shutil
    from conftest import REPO
    (project.root / "layouts").unlink()
    shutil.copytree(REPO / "layouts", project.root / "layouts")
    secret = tmp_path / "secret.css"
    secret.write_text("/* TOP SECRET */")
    (project.root / "layouts/static/leak.css").symlink_to(secret)
    lines = errors(project)
    assert "layouts/static/leak.css: this is a link to a file outside the project, which the site must not read; " \
           "copy the file into the project instead of linking to it" in lines
    assert not project.build().ok and not (project.root / "_site").exists()


def test_published_addresses_are_read_through_the_gate_and_never_written_through_a_link(project, tmp_path):
    # each line of it that is not an address is printed in an error: a link out would print the file it points to
    import subprocess
    import sys
    from conftest import REPO, TODAY
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-TOKEN\n")
    listed = project.root / "published-addresses.txt"
    listed.symlink_to(secret)
    lines = errors(project)
    assert "published-addresses.txt: this is a link to a file outside the project, which the site must not read; " \
           "copy the file into the project instead of linking to it" in lines
    assert "TOP-SECRET" not in "\n".join(lines)
    listed.unlink()
    listed.symlink_to(tmp_path / "made-outside.txt")  # dangling: `addresses` would create the file out there
    run = subprocess.run([sys.executable, str(REPO / "build.py"), "addresses", "--root", str(project.root),
                          "--today", TODAY.isoformat()], capture_output=True, text=True)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert not (tmp_path / "made-outside.txt").exists()
    listed.unlink()
    listed.write_bytes(b"/conditions/knee-pain/\n/\xff/\n")
    assert_reported(project, "published-addresses.txt:2: column 2: byte 0xff is not UTF-8 text", "UTF-8")


def test_a_content_folder_linked_out_of_the_project_is_refused_not_published(project, tmp_path):
    import shutil
    outside = tmp_path / "outside"
    shutil.move(project.root / "conditions", outside)
    (project.root / "conditions").symlink_to(outside, target_is_directory=True)
    assert "conditions: this folder is a link to outside the project, which the site must not read; replace the link " \
           "with a real folder of the project" in errors(project)
    assert not project.build().ok and not (project.root / "_site").exists()


def test_import_practices_never_writes_through_a_dangling_link(project, tmp_path):
    import subprocess
    import sys
    from conftest import REPO
    practices = project.root / "content/practices.yaml"
    practices.unlink()
    practices.symlink_to(tmp_path / "made-outside.yaml")
    csv = REPO / "tests/fixtures/ods/epraccur-sample.csv"
    run = subprocess.run([sys.executable, str(REPO / "build.py"), "import-practices", str(csv), "--commissioner", "99W",
                          "--root", str(project.root)], capture_output=True, text=True)
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
    assert "content/practices.yaml: this is a link to a file that does not exist" in run.stderr
    assert not (tmp_path / "made-outside.yaml").exists()


def test_overlong_names_and_addresses_are_problems_at_their_lines_not_tracebacks(project):
    # a 252-letter file name passed check and crashed build; a 1,500-letter word in a practice name overflowed the
    # /find/ lookup; a 3,000-letter base_url was too long for a QR code
    (project.root / "conditions/knee-pain.md").rename(project.root / f"conditions/{'knee-' * 20}pain.md")
    project.replace("content/practices.yaml", "name: Northtown Surgery", f"name: {'a' * 1500}")
    project.replace("site_config.yaml", "base_url: https://", f"base_url: https://{'x' * 3000}.")
    lines = errors(project)
    assert f"conditions/{'knee-' * 20}pain.md:1: the file name is 104 characters long, and it becomes a web address; " \
           "rename it to 80 characters or fewer: a few plain words joined by hyphens" in lines
    assert any(line.startswith("content/practices.yaml:") and "is 1500 characters long; it can be at most 100" in line
               for line in lines), lines
    assert any(line.startswith("site_config.yaml:") and "`base_url` is" in line and "at most 100" in line
               for line in lines), lines


def test_a_bad_msk_today_or_an_output_folder_that_cannot_be_made_is_said_plainly(project):
    import subprocess
    import sys
    from conftest import REPO
    cli = [sys.executable, str(REPO / "build.py")]
    bad_day = subprocess.run([*cli, "check", "--root", str(project.root)], capture_output=True, text=True,
                             env={**os.environ, "MSK_TODAY": "garbage"})
    assert bad_day.returncode == 2 and "Traceback" not in bad_day.stderr
    assert "MSK_TODAY is `garbage`, which is not a date; write it as YYYY-MM-DD" in bad_day.stderr
    result = project.build(out=Path("/proc/self/cannot-be-made"))
    assert not result.ok
    assert "the site could not be written there" in result.problems.report()


def test_a_link_out_of_the_design_systems_images_is_never_published(project, tmp_path):
    import shutil
    from conftest import REPO
    dist = "node_modules/nhsuk-frontend/dist/nhsuk"
    (project.root / "node_modules").unlink()  # its own copy of the one package the pages use, so one can be changed
    (project.root / dist).mkdir(parents=True)
    for name in ("nhsuk-frontend.min.css", "nhsuk-frontend.min.js"):
        shutil.copy(REPO / dist / name, project.root / dist / name)
    shutil.copytree(REPO / dist / "assets/images", project.root / dist / "assets/images")
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    (project.root / dist / "assets/images/extra.png").symlink_to(secret)
    assert f"{dist}/assets/images/extra.png: this is a link to a file outside the project, which the site must not " \
           "read; copy the file into the project instead of linking to it" in errors(project)
