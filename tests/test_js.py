"""The browser scripts: their pure modules' tests in Node (tests/js/), and how the build fingerprints modules
that import each other."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import REPO
from msksite.assets import StaticImportError, fingerprint_scripts

NHSUK_JS = "/assets/f/nhsuk-frontend.0123456789.js"
SPECIFIER = re.compile(r"""(?:from|import)\s*\(?\s*['"]\./([^'"]+)['"]""")


def test_node_tests_of_the_browser_modules_pass():
    node = shutil.which("node")
    assert node, "Node.js is not installed: run `make setup`"
    run = subprocess.run([node, "--test", "tests/js/"], cwd=REPO, capture_output=True, text=True, timeout=300)
    output = f"{run.stdout}\n{run.stderr}"
    assert run.returncode == 0, output
    passed = re.search(r"^# pass (\d+)$", run.stdout, re.MULTILINE)
    assert passed and int(passed[1]) > 0, f"node ran no tests:\n{output}"


def scripts(folder: Path, sources: dict[str, str]) -> Path:
    """A layouts/static folder holding these modules (file name -> source), for the fingerprinting tests."""
    folder.mkdir()
    for name, source in sources.items():
        (folder / name).write_text(source, encoding="utf-8")
    return folder


def built(files: dict[str, bytes], url: str) -> str:
    return files[url.lstrip("/")].decode()


def test_our_modules_import_each_other_by_their_fingerprinted_names():
    files = {NHSUK_JS.lstrip("/"): b""}
    urls = fingerprint_scripts(files, REPO / "layouts" / "static", NHSUK_JS)
    search = built(files, urls["search.js"])
    assert f"from './{urls['dom.js'].rsplit('/', 1)[1]}'" in search
    assert f"from './{urls['suggestions.js'].rsplit('/', 1)[1]}'" in search
    for module in ("search-results.js", "search-filters.js", "pagefind-index.js"):  # its parts, split out of it
        assert f"from './{urls[module].rsplit('/', 1)[1]}'" in search, module
    for url in urls.values():  # every relative import names a file the build writes beside it
        for imported in SPECIFIER.findall(built(files, url)):
            assert f"assets/f/{imported}" in files, f"{url} imports ./{imported}, which the build does not write"


def test_site_js_still_imports_nhsuk_frontend_by_its_fingerprinted_name():
    files: dict[str, bytes] = {}
    urls = fingerprint_scripts(files, REPO / "layouts" / "static", NHSUK_JS)
    assert "from './nhsuk-frontend.0123456789.js'" in built(files, urls["site.js"])


def test_a_change_in_an_imported_module_changes_the_hash_of_every_module_that_imports_it(tmp_path):
    static = scripts(tmp_path / "static", {
        "dom.js": "export const el = 1;\n",
        "find-match.js": "import { el } from './dom.js';\n",
        "find.js": "import './find-match.js';\n",
        "site.js": "console.log('unrelated');\n",
    })
    before = fingerprint_scripts({}, static, NHSUK_JS)
    (static / "dom.js").write_text("export const el = 2;\n", encoding="utf-8")
    after = fingerprint_scripts({}, static, NHSUK_JS)
    assert {name for name in before if before[name] != after[name]} == {"dom.js", "find-match.js", "find.js"}


def test_an_import_cycle_is_refused_with_the_cycle_named(tmp_path):
    static = scripts(tmp_path / "static", {
        "search.js": "import { a } from './suggestions.js';\n",
        "suggestions.js": "import { b } from './text.js';\n",
        "text.js": "import './search.js';\n",
    })
    with pytest.raises(StaticImportError, match=r"import cycle search\.js -> suggestions\.js -> text\.js -> search\.js"):
        fingerprint_scripts({}, static, NHSUK_JS)


def test_an_import_of_a_missing_module_is_refused(tmp_path):
    static = scripts(tmp_path / "static", {"search.js": "import { el } from './dom.js';\n"})
    with pytest.raises(StaticImportError, match=r"search\.js imports \./dom\.js, which is not in layouts/static"):
        fingerprint_scripts({}, static, NHSUK_JS)
