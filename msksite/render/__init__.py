"""Stage 4, render: every page and file is a pure function of the model and the plan; only templates are read."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from ..assets import collect_assets
from ..gate import check_layouts
from ..plan import Plan
from ..problems import Problems
from ..schema import SiteConfig
from .cache import FileCache, render_files, render_pages
from .files import render_file
from .templates import Templates, layouts_digest, make_env

__all__ = ["Look", "Rendered", "look_of", "make_env", "render_site"]


@dataclass(frozen=True)
class Look:
    """What every page is rendered with: the layouts' templates, the config and the fingerprinted assets.

    `key` tells when it must be made again: any change to a layout, a static file or the config changes every page.
    """

    key: tuple
    templates: Templates
    assets: dict[str, bytes]

    @cached_property
    def digest(self) -> str:
        """What every page is rendered with, as one string for the page cache: layouts, config, asset addresses."""
        return json.dumps([*self.key, self.templates.assets], sort_keys=True)


def look_of(root: Path, config: SiteConfig, problems: Problems, last: Look | None = None) -> Look:
    """The look for these layouts and this config: `last` again when neither changed since it was made."""
    key = (layouts_digest(root / "layouts"), config.model_dump_json())
    if last is not None and last.key == key:
        return last
    check_layouts(root / "layouts", problems)
    urls, assets = collect_assets(root, config, problems)
    return Look(key, Templates(root / "layouts", config, urls), assets)


@dataclass(frozen=True)
class Rendered:
    """A plan's outputs (pages and files, not assets) with the look they were rendered with."""

    plan: Plan
    look: Look
    outputs: dict[str, str]


def render_site(plan: Plan, look: Look, problems: Problems, cache: FileCache | None = None,
                last: Rendered | None = None) -> Rendered:
    """Every output of the plan, keyed by output path, in memory: `check` renders too, so a pass means `build` works.

    Given the last rendering with the same look (`serve`), only the pages and files whose plan entries changed are
    rendered again: a page is a pure function of its entry and the look, so the others' last text is theirs.
    """
    same_look = last is not None and last.look is look
    pages, files = plan.changed_since(last.plan) if same_look else (plan.pages, plan.files)
    fresh = {**render_pages(pages, look.digest, cache, lambda todo: look.templates.render(todo, problems)),
             **render_files(files, cache, render_file)}
    kept = last.outputs if same_look else {}
    outputs = [entry.output for entry in (*plan.pages, *plan.files)]
    return Rendered(plan, look, {out: fresh[out] if out in fresh else kept[out] for out in outputs
                                 if out in fresh or out in kept})
