"""The codebase keeps its shape: no import cycles, every address spelt in one module, one plan per run, and a
`check` that never writes into the project."""
from __future__ import annotations

import ast
import re
from pathlib import Path

from conftest import REPO
from msksite import pipeline

PACKAGE = REPO / "msksite"
SECTIONS = "conditions|exercises|services|find|qr|search|self-referral|for-gp-surgeries|pagefind|sitemap|robots"
# A site address written as a string: "/find/", f"/conditions/{slug}/", '/search/?q=' and the like.
ADDRESS = re.compile(rf"(^|[\s'\"`(=]){'/'}({SECTIONS})([/.?#]|$)")


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _target(node: ast.ImportFrom, here: str, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    base = here.split(".")
    base = base[: len(base) - node.level + (1 if is_package else 0)]
    return ".".join(base + ([node.module] if node.module else []))


def imports_of(path: Path, known: set[str]) -> set[str]:
    """The package's own modules that a module imports when it is loaded (imports inside functions included)."""
    here, found = module_name(path), set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name in known}
        elif isinstance(node, ast.ImportFrom):
            base = _target(node, here, path.name == "__init__.py")
            for alias in node.names:
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base)
    return {name for name in found if name in known and name != here}


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle as a list of module names, or [] when there is none."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(name: str) -> list[str]:
        state[name] = 1
        stack.append(name)
        for other in sorted(graph[name]):
            if state.get(other) == 1:
                return stack[stack.index(other):] + [other]
            if other not in state and (cycle := visit(other)):
                return cycle
        state[name] = 2
        stack.pop()
        return []

    return next((cycle for name in sorted(graph) if name not in state and (cycle := visit(name))), [])


def test_find_cycle_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) == []


def test_no_import_cycle_in_the_package():
    files = sorted(PACKAGE.rglob("*.py"))
    known = {module_name(p) for p in files}
    graph = {module_name(p): imports_of(p, known) for p in files}
    assert graph["msksite.pipeline"], "the import scan found nothing: it is broken"
    assert not (cycle := find_cycle(graph)), " -> ".join(cycle)


def strings(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, text) of every string in code, docstrings left out (they may describe an address)."""
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef)) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]


def test_the_address_pattern_finds_addresses():
    assert ADDRESS.search('"/find/"') and ADDRESS.search("f'/conditions/{slug}/'") and ADDRESS.search("/qr/x.svg")
    assert not ADDRESS.search("https://example.org/find-a-gp") and not ADDRESS.search("layouts/static/search.js")


def test_addresses_are_spelt_only_in_addresses_py():
    spelt = [f"{path.relative_to(REPO)}:{line}: {text!r}" for path in sorted(PACKAGE.rglob("*.py"))
             if path.name != "addresses.py"
             for line, text in strings(ast.parse(path.read_text(encoding="utf-8"))) if ADDRESS.search(text)]
    assert not spelt, "use msksite/addresses.py instead:\n" + "\n".join(spelt)


def test_templates_and_scripts_spell_no_address():
    found = []
    for path in sorted((REPO / "layouts").rglob("*")):
        if path.suffix in (".html", ".js", ".xml", ".txt"):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if line.lstrip().startswith(("//", "{#", "*", "/*")):
                    continue  # comments may describe an address
                if ADDRESS.search(line) or re.search(r"""(href|src|action)=["']/""", line):
                    found.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    assert not found, "take addresses from `urls`, the objects shown, or the page's data attributes:\n" + "\n".join(found)


def test_the_plan_is_made_once_per_build(project, monkeypatch):
    calls = []
    real = pipeline.plan_site
    monkeypatch.setattr(pipeline, "plan_site", lambda site, *memo: calls.append(1) or real(site, *memo))
    assert project.build().ok
    assert len(calls) == 1


def snapshot(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file() and "node_modules" not in p.parts}


def test_check_writes_nothing_into_the_project(project):
    for broken in (True, False):
        if broken:
            project.replace("conditions/knee-pain.md", "review_due:", "reveiw_due:")
        else:
            project.replace("conditions/knee-pain.md", "reveiw_due:", "review_due:")
        before = snapshot(project.root)
        assert bool(project.check().errors) == broken
        assert snapshot(project.root) == before
