"""The benchmark's synthetic project must stay a valid project, or its figures measure an error report."""
from __future__ import annotations

import importlib.util
import sys

import pytest

from conftest import REPO, TODAY
from msksite import pipeline


def test_the_benchmark_project_passes_check(tmp_path):
    spec = importlib.util.spec_from_file_location("bench", REPO / "bench/bench.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    root = bench.make_project(12, tmp_path / "project")  # 12 leaflets: every body area at least once
    checked = pipeline.check(root, TODAY)
    assert not checked.problems.errors, checked.problems.report()
    assert len(checked.site.leaflets) == 12


@pytest.mark.parametrize("script", sorted(p.name for p in (REPO / "bench").glob("*.py")))
def test_every_benchmark_script_imports(script):
    """A benchmark that no longer imports (a name moved in the package) is found here, not on the next run."""
    name = f"bench_{script.removesuffix('.py')}"
    spec = importlib.util.spec_from_file_location(name, REPO / "bench" / script)
    module = sys.modules[name] = importlib.util.module_from_spec(spec)  # dataclasses look their module up here
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[name]
