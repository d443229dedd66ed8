"""The build as one chain of named stages: load -> validate -> render -> write -> index."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .assets import collect_assets
from .index import IndexFailed, index_site
from .load import load_sources
from .model import Site
from .pages import Page, page_specs
from .problems import Problems
from .find import find_data
from .gp_kit import check_published, kit_files
from .more_pages import exercise_files
from .render import render_site
from .search_terms import search_terms
from .validate import validate_site
from .write import write_site


@dataclass(frozen=True)
class Result:
    """What a run found and, for a build, how many pages it wrote."""

    problems: Problems
    pages: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems.errors


def check(root: Path, today: date) -> tuple[Site | None, Problems]:
    """Load and validate everything; build nothing."""
    problems = Problems(root)
    site = validate_site(load_sources(root, problems), problems, today)
    if site is not None:
        specs = page_specs(site)
        check_unique_addresses(specs, problems)
        check_published(root, addresses(specs), problems)
    return (site if not problems.errors else None), problems


def check_unique_addresses(specs: list[Page], problems: Problems) -> None:
    """Two sources must never write one page (a general page called `conditions.md` would replace the A to Z)."""
    seen: dict[str, str] = {}
    for page in specs:
        here = page.source or f"the {page.title} page"
        if page.output in seen:
            problems.add(page.source or "site_config.yaml", 1, f"{page.url} is already the address of {seen[page.output]}",
                         "rename this file: two pages cannot share one address")
        seen.setdefault(page.output, here)


def addresses(specs: list[Page]) -> set[str]:
    """Every address the site answers: pages (sitemap or not) and old leaflet addresses that redirect."""
    return {page.url for page in specs if page.url.endswith("/")}


def data_files(site: Site) -> dict[str, str]:
    """Files beside the pages: lookup data for the browser scripts, drawings, QR codes and redirects."""
    return {"find/data.json": find_data(site), "search/terms.json": search_terms(site),
            **exercise_files(site), **kit_files(site)}


def build(root: Path, out: Path, today: date, search: bool = True) -> Result:
    """Build the whole site into out, or leave out untouched and report why not."""
    site, problems = check(root, today)
    if site is None:
        return Result(problems)
    urls, files = collect_assets(root, site.config, problems)
    if problems.errors:
        return Result(problems)
    pages = render_site(site, root / "layouts", urls)
    pages.update(data_files(site))
    try:
        write_site(out, {**files, **pages}, index_site if search else None)
    except IndexFailed as err:
        problems.add(out, None, f"the search index could not be built: {err}", "the previous site was kept")
    return Result(problems, len(pages))
