"""Stage 4, render: every page and file is a pure function of the model and the plan; only templates are read."""
from __future__ import annotations

from pathlib import Path

from ..model import Site
from ..plan import Plan
from ..problems import Problems
from .files import render_file
from .templates import make_env, render_pages

__all__ = ["make_env", "render_site"]


def render_site(site: Site, plan: Plan, layouts: Path, assets: dict[str, str], problems: Problems) -> dict[str, str]:
    """Every output of the plan, keyed by output path, in memory: `check` renders too, so a pass means `build` works."""
    files = {file.output: render_file(file) for file in plan.files}
    return {**render_pages(site, plan.pages, layouts, assets, problems), **files}
