"""`build.py import-practices`: GP practices from the NHS ODS file epraccur.csv, merged into content/practices.yaml."""
from __future__ import annotations

import subprocess
import sys

import yaml

from conftest import REPO, TODAY

SAMPLE = REPO / "tests/fixtures/ods/epraccur-sample.csv"  # made up, in the real 27-column format
PRACTICES = "content/practices.yaml"


def run(project, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(REPO / "build.py"), "import-practices", *args, "--root", str(project.root),
                           "--today", TODAY.isoformat()], capture_output=True, text=True)


def practices(project) -> dict[str, dict]:
    return {p["code"]: p for p in yaml.safe_load(project.read(PRACTICES))["practices"]}


def test_import_keeps_hand_kept_fields_adds_closes_and_lists_the_unplaced(project):
    result = run(project, str(SAMPLE), "--commissioner", "99w")
    assert result.returncode == 0, result.stderr
    assert "added 1, changed 0, closed 1, unplaced 1" in result.stdout
    # each practice named, so the person can check it (the counts alone hid what changed)
    assert "  closed: Z99002 Southtown Surgery, closed on 2026-10-31; add `moved_to:`" in result.stdout
    assert "  not placed: Z99004 St Mary's Health Centre, WX5 3DE: WX5 is shared by north-msk, south-physio" in \
        result.stdout
    assert "Z99004 St Mary's Health Centre, WX5 3DE" in result.stdout, "a shared district needs a person to decide"
    found = practices(project)
    assert found["Z99002"]["fcp"] is True and found["Z99002"]["service"] == "south-physio", "hand-kept fields survive"
    assert str(found["Z99002"]["closed"]) == "2026-10-31"
    assert found["Z99003"] == {"code": "Z99003", "name": "The Newtown Medical Practice", "town": "Newtown",
                               "postcode": "WX1 2AB", "service": "north-msk"}
    assert not {"Z99005", "Z99006", "Z99007"} & set(found), "walk-in centres, other commissioners and dormant rows stay out"
    assert project.build().ok
    closed = (project.root / "_site/find/z99002/index.html").read_text()
    assert "Southtown Surgery closed on 31 October 2026" in closed, "a closed practice keeps its page and says so"
    # Listed by town still, marked closed: without JavaScript the list is the way to the page saying where they went.
    listed = (project.root / "_site/find/index.html").read_text().split('id="practices"')[1]
    assert 'Southtown Surgery</a> <span class="nhsuk-body-s">(closed, WX9 2EF)' in listed


def test_a_second_import_with_no_changes_writes_the_same_bytes(project):
    assert run(project, str(SAMPLE), "--commissioner", "99W").returncode == 0
    first = (project.root / PRACTICES).read_bytes()
    assert "added 0, changed 0, closed 0" in run(project, str(SAMPLE), "--commissioner", "99W").stdout
    assert (project.root / PRACTICES).read_bytes() == first


def test_import_into_an_empty_directory(project):
    (project.root / PRACTICES).unlink()
    assert run(project, str(SAMPLE), "--commissioner", "99W").returncode == 0
    assert set(practices(project)) == {"Z99001", "Z99003"}


def test_dry_run_writes_nothing(project):
    before = project.read(PRACTICES)
    result = run(project, str(SAMPLE), "--commissioner", "99W", "--dry-run")
    assert result.returncode == 0 and "Nothing was written (--dry-run): added 1" in result.stdout
    assert project.read(PRACTICES) == before


def test_bad_rows_name_file_and_line_and_stop_the_import_unless_asked(project, tmp_path):
    rows = SAMPLE.read_text().splitlines()
    rows[0] = rows[0].replace(",4,", ",4,,")                      # 28 columns
    rows[2] = rows[2].replace("wx12ab", "not a postcode")
    rows[3] = rows[3].replace(",A,B,", ",X,B,")
    rows.append(rows[1].replace("Z99002,", "Z99098,").replace(",20261031,C,", ",20261399,C,"))  # no such day
    rows.append(rows[1].replace("Z99002,SOUTHTOWN SURGERY,", "Z99097,EVIL\x1b[31mSURGERY,"))  # a terminal code
    rows.insert(4, "Z99999," + "A" * 200_000)  # a cell no ODS file has: csv stopped the whole file at it
    bad = tmp_path / "epraccur.csv"
    bad.write_text("\n".join(rows) + "\n")
    before = project.read(PRACTICES)
    result = run(project, str(bad), "--commissioner", "99W")
    assert result.returncode == 1
    assert f"{bad}:1: the row has 28 columns, not 27" in result.stderr
    assert f"{bad}:3: `not a postcode` is not a full postcode" in result.stderr
    assert f"{bad}:4: the status `X` is not one of A, C, D, P" in result.stderr
    assert f"{bad}:{len(rows) - 1}: practice Z99098 is closed but has no real close date (column 12 is `20261399`)" \
        in result.stderr
    assert f"{bad}:5: the row has 2 columns, not 27" in result.stderr
    assert f"{bad}:{len(rows)}: column 2 has an invisible control character (U+001B)" in result.stderr
    assert "Traceback" not in result.stderr and "\x1b" not in result.stderr + result.stdout
    assert project.read(PRACTICES) == before
    skipped = run(project, str(bad), "--commissioner", "99W", "--skip-bad")
    assert skipped.returncode == 0 and "closed 1" in skipped.stdout
    assert f"{bad}:1: warning: the row has 28 columns" in skipped.stderr


def test_an_unknown_commissioner_or_a_missing_option_is_explained(project):
    assert "there are no GP practices for commissioner ZZZ" in run(project, str(SAMPLE), "--commissioner", "zzz").stderr
    missing = run(project, str(SAMPLE))
    assert missing.returncode == 2
    assert "give --commissioner CODE, the code in column 15 of the ODS file" in missing.stderr


def test_a_practice_deleted_by_hand_fails_check_and_a_closed_one_keeps_its_page(project):
    """Surgeries print /find/<code>/: deleting a practice would break their links, so only closing it is allowed."""
    from msksite import pipeline
    from msksite.published import record_published
    checked = pipeline.check(project.root, TODAY)
    record_published(project.root, checked.plan.addresses(), checked.problems)
    entry = "  - code: Z99002\n    name: Southtown Surgery\n    town: Southtown\n    postcode: WX9 2EF\n    service: south-physio\n    fcp: true\n"
    assert entry in project.read(PRACTICES)
    project.replace(PRACTICES, entry, "")
    report = project.check().report()
    assert "/find/z99002/ was published, but practice Z99002 is no longer in content/practices.yaml; keep its entry " \
           "and add `closed:` with the day it closed" in report
    assert "posters/find/z99002/ was published, but practice Z99002" in report
    (project.root / PRACTICES).rename(project.root / "practices.bak")
    report = project.check().report()
    assert report.count("content/practices.yaml is missing, and 4 published practice page(s) went with it") == 1
    assert "was published" not in report.replace("went with it", ""), report
    (project.root / "practices.bak").rename(project.root / PRACTICES)
    project.replace(PRACTICES, "practices:\n", "practices:\n" + entry + "    closed: 2026-10-31\n")
    problems = project.check()
    assert not problems.errors, problems.report()


def test_a_practice_or_district_file_that_cannot_be_read_is_named_with_its_line_and_left_as_it_was(project):
    broken = {PRACTICES: ('practices:\n  - code: "Z99001\n    name: x\n',
                          "content/practices.yaml:2: a quote opened on this line is never closed"),
              "content/postcode-districts.yaml": ("districts: WX1\n", "content/postcode-districts.yaml:1: this file "
                                                  "should hold a list under `districts:`")}
    for rel, (text, said) in broken.items():
        before = project.read(rel)
        project.write(rel, text)
        result = run(project, str(SAMPLE), "--commissioner", "99W")
        assert result.returncode == 1 and said in result.stdout + result.stderr, result.stdout + result.stderr
        assert "Traceback" not in result.stderr
        assert project.read(rel) == text, "nothing was written"
        project.write(rel, before)
    project.write(PRACTICES, "- a list, not a mapping\n")
    result = run(project, str(SAMPLE), "--commissioner", "99W")
    assert "content/practices.yaml:1: this file should hold a list under `practices:`" in result.stdout + result.stderr


def test_a_row_that_would_make_the_practice_list_invalid_is_named_at_its_line(project, tmp_path):
    # before, only "the merged list would not be valid (1 problem(s))", with no row and no field
    rows = SAMPLE.read_text().splitlines()
    rows.append(rows[2].replace("Z99003,THE NEWTOWN MEDICAL PRACTICE,", "Z99009," + "VERY " * 30 + "LONG NAME,"))
    odd = tmp_path / "epraccur.csv"
    odd.write_text("\n".join(rows) + "\n")
    before = project.read(PRACTICES)
    result = run(project, str(odd), "--commissioner", "99W")
    assert result.returncode == 1
    assert f"{odd}:{len(rows)}: practice Z99009: `name` is 159 characters long; it can be at most 100" in result.stderr
    assert project.read(PRACTICES) == before


def test_a_row_with_a_code_that_is_not_one_is_a_bad_row_that_skip_bad_skips(project, tmp_path):
    rows = SAMPLE.read_text().splitlines()
    rows.append(rows[2].replace("Z99003,", "../../ETC,"))
    odd = tmp_path / "epraccur.csv"
    odd.write_text("\n".join(rows) + "\n")
    refused = run(project, str(odd), "--commissioner", "99W")
    assert f"{odd}:{len(rows)}: `../../ETC` is not a GP practice code (one letter then five digits, e.g. A81001); " \
           "check the row" in refused.stderr
    skipped = run(project, str(odd), "--commissioner", "99W", "--skip-bad")
    assert skipped.returncode == 0, skipped.stderr
    assert "../../ETC" not in project.read(PRACTICES) and "Z99003" in project.read(PRACTICES)


def test_a_change_names_each_field_and_a_new_postcode_in_another_services_district():
    from msksite.practices.merge import merge
    from msksite.practices.ods import OdsPractice
    existing = [{"code": "Z99001", "name": "Northtown Surgery", "town": "Northtown", "postcode": "WX1 1AD",
                 "service": "north-msk"}]
    row = OdsPractice(3, "Z99001", "Northtown Health Centre", "Northtown", "WX9 1AA", "active", "99W", None, True)
    _, summary = merge(existing, [row], {"WX1": {"north-msk"}, "WX9": {"south-physio"}})
    assert summary.changed == ["Z99001 Northtown Health Centre: name Northtown Surgery -> Northtown Health Centre; "
                               "postcode WX1 1AD -> WX9 1AA (check its service: WX9 is south-physio's, and the "
                               "practice stays north-msk)"]


def test_each_comment_the_import_drops_is_named(project):
    # The import writes the file afresh: the section headings and notes inside the list went without a word.
    project.replace(PRACTICES, "  - code: Z99002\n", "  # Southtown merged with Northtown in 2026\n  - code: Z99002\n")
    project.replace(PRACTICES, "notes: Our First Contact Practitioner is here on Tuesdays.",
                    'notes: "Our First Contact Practitioner is in room #2 on Tuesdays."')
    result = run(project, str(SAMPLE), "--commissioner", "99W")
    assert "content/practices.yaml:7: warning: the import does not keep this comment" in result.stderr
    assert result.stderr.count("does not keep this comment") == 1, "a # inside quoted words is no comment"
