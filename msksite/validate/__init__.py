"""Stage 2, validate: check every loaded document and turn the lot into a Site model, or report why not.

One module per source kind (config, leaflets, red flags, directory, exercises) and one for addresses; every problem is
collected with its file and line, so one run reports all of them.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from ..load import Sources
from ..memo import NO_MEMO, Memo, Same
from ..model import Site
from ..problems import Problems
from ..store import Store
from .addresses import Movable, check_file_names, check_plan, check_redirects
from .config import validate_config
from .directory import validate_directory
from .exercises import validate_exercises
from .leaflets import check_leaflet_links, validate_leaflet, validate_page
from .safety import validate_library
from .sections import validate_section
from .stored import stored

__all__ = ["check_plan", "validate_site"]


def validate_site(sources: Sources, problems: Problems, today: date, memo: Memo = NO_MEMO,
                  store: Store | None = None) -> Site | None:
    """The whole model, or None when any error was found (all of them are in problems).

    With a memo (`serve`), each file's own checks run again only when it or what they depend on (the config, the
    red-flag library) changed; the checks across files (links, addresses, redirects) run every time. With a store
    (`build`, `check`), a leaflet whose file and those inputs are as when an earlier build checked it is taken from
    the project's cache, with the problems it reported then.
    """
    check_file_names([d.path for d in (*sources.conditions, *sources.pages, *sources.exercises, *sources.sections)], problems)
    config = memo.run("config", "", (Same(sources.config),), lambda p: validate_config(sources.config, p), problems)
    library = memo.run("library", "", (Same(sources.red_flags), today, Same(config)),
                       lambda p: validate_library(sources.red_flags, p, today, config), problems)
    # A memo (`serve`) checks again only what changed, so only a whole check has all its leaflets to check up front.
    ahead = sources.conditions if memo is NO_MEMO else ()
    check_leaflet = stored(store, "leaflet", (today, config, library),
                           partial(validate_leaflet, today=today, config=config, library=library), ahead, problems.root)
    leaflets = _each(memo, "leaflet", sources.conditions, (today, Same(config), Same(library)), check_leaflet, problems)
    pages = _each(memo, "page", sources.pages, (), validate_page, problems)
    directory = (Same(sources.services), Same(sources.practices), Same(sources.districts), Same(config), today)
    services, practices, districts = memo.run("directory", "", directory,
                                              lambda p: validate_directory(sources, p, config, today), problems)
    exercises = memo.run("exercises", "", tuple(map(Same, sources.exercises)),
                         partial(validate_exercises, sources.exercises, store=store), problems)
    check_leaflet_links(sources.conditions, leaflets, set(sources.exercise_names), set(sources.condition_names),
                        problems)
    check_redirects(sources, Movable(leaflets, pages, services, exercises), problems)
    sections = _each(memo, "section", sources.sections, (sources.condition_names, today, Same(config)),
                     lambda doc, p: validate_section(doc, sources.condition_names, p, today, config), problems)
    if problems.errors or config is None:
        return None
    return Site(config, tuple(sorted(leaflets, key=lambda l: l.meta.title.lower())), pages,
                services, practices, districts, exercises, tuple(library.values()), sections, today)


def _each(memo: Memo, step: str, docs: tuple, inputs: tuple, validate: Callable, problems: Problems) -> tuple:
    """validate(doc, problems) for each document, leaving out those that fail; through the memo, again only for a
    document that changed, or for all of them when `inputs` (what each one's checks also depend on) changed."""
    results = (memo.run(step, doc.path, (Same(doc), *inputs), partial(validate, doc), problems) for doc in docs)
    return tuple(result for result in results if result is not None)
