"""The build as one chain of named stages: load -> validate -> plan -> render -> write -> index."""
from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from . import addresses
from .editor import LOCAL_PROXY, editor_files
from .index import IndexFailed, index_site
from .load import load_sources
from .memo import NO_MEMO, Memo
from .model import Site
from .plan import Plan, plan_site
from .problems import Problems
from .published import check_published_without_site
from .render import Rendered, look_of, render_site
from .render.cache import FileCache
from .store import Store
from .validate import check_plan, validate_site
from .validate.links import check_links, check_links_without_site, check_navigation
from .write import output_problem, write_site


@dataclass(frozen=True)
class Checked:
    """What `check` found: the model, its plan and every output rendered in memory when all is sound, and every problem.

    `rendered` is what `serve` hands to the next check, so that one renders only what an edit changed.
    """

    problems: Problems
    site: Site | None = None
    plan: Plan | None = None
    outputs: dict[str, str | bytes] | None = None
    rendered: Rendered | None = None


@dataclass(frozen=True)
class Result:
    """What a build found and how many files it wrote."""

    problems: Problems
    pages: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems.errors


@contextmanager
def stage(times: dict[str, float] | None, name: str) -> Iterator[None]:
    """Time one stage into `times` when asked (bench/bench.py asks), so the benchmark runs this very pipeline."""
    start = time.perf_counter()
    yield
    if times is not None:
        times[name] = times.get(name, 0.0) + time.perf_counter() - start


def check(root: Path, today: date, times: dict[str, float] | None = None, cache: bool = True,
          write_cache: bool = False, memo: Memo = NO_MEMO, last: Rendered | None = None,
          editor_proxy: str = LOCAL_PROXY, prune: bool = False) -> Checked:
    """Everything `build` does but write: load, validate, plan and render in memory, so a pass means `build` works.

    Leaflets' checks, pages and slow files come from the project's cache when it holds them (`cache=False` bypasses
    it); only `build` adds to it, and a whole build that passed (`prune`) deletes the entries it did not use.
    `serve` passes a memo (each file read and validated again only when it changed) and the last good rendering
    (only pages whose plan entries changed are rendered again); the checks across the whole site run every time.
    """
    problems = Problems(root)
    with stage(times, "load"):
        parsed = Store(root, "parsed", write_cache) if cache else None
        sources = load_sources(root, problems, memo, parsed)
    with stage(times, "validate"):
        stored_checks = Store(root, "checked", write_cache) if cache else None
        site = validate_site(sources, problems, today, memo, stored_checks)
    if site is None:
        folders = {addresses.CONDITIONS: sources.condition_names, addresses.EXERCISES: sources.exercise_names}
        check_links_without_site((*sources.conditions, *sources.pages, *sources.sections), folders, problems,
                                 sources.old_addresses(), memo)
        check_published_without_site(root, folders, sources.old_addresses(), problems)
        return Checked(problems)
    with stage(times, "plan"):
        plan = plan_site(site, memo)
        check_plan(root, plan, problems, memo, sources.line_of)
    if problems.errors:
        return Checked(problems)
    with stage(times, "render"):
        look = look_of(root, site.config, problems, last.look if last else None)
        files = FileCache(root, writable=write_cache) if cache else None
        rendered = render_site(plan, look, problems, files, last) if not problems.errors else None
        admin = editor_files(root, site, root / "layouts", look.templates.assets, problems, editor_proxy)
    if problems.errors:  # links are checked against the rendered site, which a broken layout leaves incomplete
        return Checked(problems)
    outputs = {**look.assets, **rendered.outputs}
    check_links((*sources.conditions, *sources.pages, *sources.sections), outputs, problems, memo, site.config.base_url)
    check_navigation(sources.config, site.config.navigation, outputs, problems)
    if prune and cache and not problems.errors:
        for kept in (parsed, stored_checks, files):
            kept.prune()
    return Checked(problems, site, plan, {**outputs, **admin}, rendered) if not problems.errors else Checked(problems)


def build(root: Path, out: Path, today: date, search: bool = True, times: dict[str, float] | None = None,
          cache: bool = True, editor_proxy: str = LOCAL_PROXY) -> Result:
    """Build the whole site into out, or leave out untouched and report why not."""
    unsafe = output_problem(root, out)
    if unsafe:
        problems = Problems(root)
        problems.add(out, None, f"the output folder {unsafe}", "choose another --out folder, such as _site")
        return Result(problems)
    checked = check(root, today, times, cache=cache, write_cache=cache, editor_proxy=editor_proxy, prune=cache)
    problems = checked.problems
    if checked.outputs is None:
        return Result(problems)
    bundles = Store(root, "pagefind") if cache else None
    try:
        if search:
            write_indexed(out, checked.outputs, bundles, times)
        else:
            with stage(times, "write"):
                write_site(out, checked.outputs)
    except IndexFailed as err:
        problems.add(out, None, f"the search index could not be built: {err}", "the previous site was kept")
    except OSError as err:  # a folder that cannot be made there, a full disk, a name too long for the file system
        problems.add(out, None, f"the site could not be written there ({err.strerror or err})",
                     "choose another --out folder, such as _site; the previous site was kept")
    else:
        if bundles and search:
            bundles.prune()
    if times is not None and "index" in times:
        times["write"] -= times["index"]  # the index runs inside the write stage, before the swap
    pages = sum(1 for name in checked.outputs if not name.startswith(("assets/", "admin/")))
    return Result(problems, pages)


def write_indexed(out: Path, outputs: dict[str, str | bytes], bundles: Store | None,
                  times: dict[str, float] | None = None) -> None:
    """Write the site and index it before it is swapped in (IndexFailed leaves the last site as it was). The index
    folder of the site before last is left for the index stage to bring up to date, bundle by bundle."""
    def index(folder: Path) -> None:
        with stage(times, "index"):
            index_site(folder, store=bundles, written=outputs)
    with stage(times, "write"):
        write_site(out, outputs, index, leave=(addresses.PAGEFIND.strip("/"),))
