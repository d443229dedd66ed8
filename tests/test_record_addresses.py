"""The script GitHub runs on each push to main records new addresses and commits the record, so `check` guards a
page from the day it goes live (scripts/record-addresses.sh, .github/workflows/record-addresses.yml)."""
from __future__ import annotations

import os
import subprocess
import sys

import yaml

from conftest import REPO, TODAY


def git(cwd, *args) -> str:
    return subprocess.run(["git", "-C", str(cwd), *args], capture_output=True, text=True, check=True).stdout


def record(project) -> subprocess.CompletedProcess:
    env = {**os.environ, "MSK_PROJECT": str(project.root), "PY": sys.executable, "MSK_BUILD": str(REPO / "build.py"),
           "MSK_TODAY": TODAY.isoformat()}
    return subprocess.run(["bash", str(REPO / "scripts/record-addresses.sh")], env=env, capture_output=True, text=True)


def test_new_addresses_are_recorded_committed_and_pushed_once(project, tmp_path):
    origin = tmp_path / "origin.git"
    subprocess.run(["git", "init", "-q", "--bare", "-b", "main", str(origin)], check=True)
    git(project.root, "init", "-q", "-b", "main")
    git(project.root, "add", "-A")
    git(project.root, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "start")
    git(project.root, "remote", "add", "origin", str(origin))
    git(project.root, "push", "-q", "origin", "main")

    first = record(project)
    assert first.returncode == 0, first.stderr
    recorded = git(origin, "show", "main:published-addresses.txt")
    assert "/conditions/knee-pain/\n" in recorded and "/conditions/knee-pain/exercises/\n" in recorded
    assert git(origin, "log", "-1", "--format=%s", "main") == "Record the addresses this site now publishes [skip ci]\n"

    again = record(project)
    assert again.returncode == 0 and "No new addresses to record." in again.stdout
    assert git(origin, "rev-list", "--count", "main") == "2\n", "nothing new: no second commit"

    # A leaflet added later is recorded by the next run, the old record kept.
    project.write("content/pages/contact.md", "---\ntitle: Contact us\nsummary: How to reach the service.\n---\n"
                  "Call the number on your service's page.\n")
    git(project.root, "add", "-A")
    git(project.root, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "a new leaflet")
    assert record(project).returncode == 0
    recorded = git(origin, "show", "main:published-addresses.txt")
    assert "/contact/\n" in recorded and "/conditions/knee-pain/\n" in recorded


def test_the_workflow_runs_the_script_on_every_push_to_main_and_may_commit():
    flow = yaml.safe_load((REPO / ".github/workflows/record-addresses.yml").read_text())
    assert flow[True]["push"]["branches"] == ["main"]  # YAML 1.1 reads the key `on` as True
    assert flow["permissions"] == {"contents": "write"}
    steps = flow["jobs"]["record"]["steps"]
    assert steps[-1]["run"] == "bash scripts/record-addresses.sh"
    assert any("npm ci" in step.get("run", "") for step in steps), "rendering the pages needs nhsuk-frontend"
