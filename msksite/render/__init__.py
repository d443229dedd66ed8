"""Stage 4, render: every page and file is a pure function of the model and the plan; only templates are read."""
from __future__ import annotations

from pathlib import Path

from ..model import Site
from ..plan import Plan
from ..problems import Problems
from .cache import FileCache, render_files
from .files import render_file
from .templates import make_env, render_pages

__all__ = ["make_env", "render_site"]


def render_site(site: Site, plan: Plan, layouts: Path, assets: dict[str, str], problems: Problems,
                cache: FileCache | None = None) -> dict[str, str]:
    """Every output of the plan, keyed by output path, in memory: `check` renders too, so a pass means `build` works."""
    files = render_files(plan.files, cache, render_file)
    return {**render_pages(site, plan.pages, layouts, assets, problems), **files}
