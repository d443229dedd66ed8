"""Golden output: the fixture site's pages must match the committed expected files.

After a deliberate layout change, run `make golden` and review the diff of tests/golden/ like any other change.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

GOLDEN = Path(__file__).resolve().parent / "golden" / "site-basic"
COMPARED = (".html", ".xml", ".txt", ".json", "_redirects")


def normalise(text: str) -> str:
    """Hide asset fingerprints so a CSS tweak does not rewrite every golden file."""
    return re.sub(r"\.[0-9a-f]{10}\.(css|js)", r".HASH.\1", text)


def outputs(site: Path) -> dict[str, str]:
    files = {}
    for path in sorted(site.rglob("*")):
        rel = path.relative_to(site).as_posix()
        if path.is_file() and rel.endswith(COMPARED) and not rel.startswith(("assets/", "pagefind/")):
            files[rel] = normalise(path.read_text(encoding="utf-8"))
    return files


def test_fixture_site_matches_golden_output(project):
    assert project.build().ok
    actual = outputs(project.root / "_site")
    if os.environ.get("UPDATE_GOLDEN"):
        for rel, text in actual.items():
            (GOLDEN / rel).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / rel).write_text(text, encoding="utf-8")
    expected = {p.relative_to(GOLDEN).as_posix(): p.read_text(encoding="utf-8") for p in GOLDEN.rglob("*") if p.is_file()}
    assert sorted(actual) == sorted(expected), "pages added or removed: run `make golden` if that was intended"
    for rel in expected:
        assert actual[rel] == expected[rel], f"{rel} differs from tests/golden/site-basic/{rel}; run `make golden` if intended"
