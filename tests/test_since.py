"""`check --since REF`: advice changed since the branch a pull request goes into, with its review date unchanged."""
from __future__ import annotations

import subprocess
import sys

from conftest import REPO, TODAY

KNEE = "conditions/knee-pain.md"
FLAGS = "content/red-flags.yaml"


def git(project, *args: str) -> None:
    subprocess.run(["git", "-C", str(project.root), "-c", "user.name=T", "-c", "user.email=t@example.org", *args],
                   check=True, capture_output=True)


def check(project, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(REPO / "build.py"), "check", "--root", str(project.root), "--today",
                           TODAY.isoformat(), *args], capture_output=True, text=True)


def committed(project):
    (project.root / ".gitignore").write_text("layouts\nnode_modules\n_site*\n.msksite-cache/\n")
    git(project, "init", "-q", "-b", "main")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "start")
    return project


def test_advice_changed_with_its_review_date_unchanged_is_a_warning_at_that_date(project):
    # "When you change a leaflet's advice, update reviewed": nothing checked it, and the page kept saying it was
    # last reviewed on the old day.
    committed(project)
    project.replace(KNEE, "Rest it for a day or two, then keep it moving.", "Rest it for a week.")
    project.replace(FLAGS, "text: you have numbness around your bottom or genitals",
                    "text: you have numbness around your bottom, genitals or inner thighs")
    result = check(project, "--since", "main")
    assert result.returncode == 0, result.stderr
    assert f"{KNEE}:24: warning: the advice changed since main, but `reviewed` did not; if a clinician has checked " \
           "the change, set `reviewed` to that day" in result.stderr
    assert f"{FLAGS}:3: warning: the red flag `saddle-numbness` changed since main, but its `reviewed` did not" in \
        result.stderr
    # A new review date, and the leaflet's warning goes; a file only added, or unchanged, has none.
    project.replace(KNEE, "reviewed: 2026-01-01", "reviewed: 2026-11-20")
    project.write("conditions/hip-pain.md", project.read(KNEE).replace("title: Knee pain", "title: Hip pain"))
    again = check(project, "--since", "main").stderr
    changed = [line.split(":")[0] for line in again.splitlines() if "changed since main" in line]
    assert changed == [FLAGS], again


def test_a_ref_git_does_not_know_is_one_clear_error(project):
    committed(project)
    result = check(project, "--since", "origin/nowhere")
    assert result.returncode == 1
    assert "--since origin/nowhere: git cannot compare with it" in result.stderr
    assert "name a branch or commit of this repository, e.g. origin/main (fetch it first)" in result.stderr
    assert "Traceback" not in result.stderr
    # Nor is an option taken for one: git would have written the list of changes to that file.
    hostile = check(project, "--since=--output=" + str(project.root / "written.txt"))
    assert hostile.returncode == 1 and "that is not a branch or commit" in hostile.stderr
    assert not (project.root / "written.txt").exists()


def test_a_pull_requests_check_compares_with_the_branch_it_goes_into():
    import yaml
    flow = yaml.safe_load((REPO / ".github/workflows/checks.yml").read_text())
    steps = flow["jobs"]["check-and-test"]["steps"]
    assert next(s for s in steps if s.get("uses", "").startswith("actions/checkout"))["with"]["fetch-depth"] == 0
    assert "build.py check ${GITHUB_BASE_REF:+--since origin/$GITHUB_BASE_REF}" in steps[2]["run"]
