"""Stage 2, validate: check every loaded document and turn the lot into a Site model, or report why not.

One module per source kind (config, leaflets, red flags, directory, exercises) and one for addresses; every problem is
collected with its file and line, so one run reports all of them.
"""
from __future__ import annotations

from datetime import date

from ..load import Sources
from ..model import Site
from ..problems import Problems
from .addresses import check_file_names, check_plan, check_redirects
from .config import validate_config
from .directory import validate_directory
from .exercises import validate_exercises
from .leaflets import check_leaflet_links, validate_leaflet, validate_page
from .safety import validate_library
from .sections import validate_sections

__all__ = ["check_plan", "validate_site"]


def validate_site(sources: Sources, problems: Problems, today: date) -> Site | None:
    """The whole model, or None when any error was found (all of them are in problems)."""
    check_file_names([d.path for d in (*sources.conditions, *sources.pages, *sources.exercises, *sources.sections)], problems)
    config = validate_config(sources.config, problems)
    library = validate_library(sources.red_flags, problems, today, config)
    leaflets = tuple(filter(None, (validate_leaflet(d, problems, today, config, library) for d in sources.conditions)))
    pages = tuple(filter(None, (validate_page(d, problems) for d in sources.pages)))
    services, practices, districts = validate_directory(sources, problems, config, today)
    exercises = validate_exercises(sources.exercises, problems)
    check_leaflet_links(sources.conditions, leaflets, {e.id for e in exercises}, set(sources.condition_names), problems)
    check_redirects(sources.conditions, leaflets, problems)
    sections = validate_sections(sources.sections, set(sources.condition_names), problems, today, config)
    if problems.errors or config is None:
        return None
    return Site(config, tuple(sorted(leaflets, key=lambda l: l.meta.title.lower())), pages,
                services, practices, districts, exercises, tuple(library.values()), sections, today)
