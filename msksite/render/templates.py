"""Pages through Jinja: the environment, its filters and globals, and the header and footer rendered once."""
from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from jinja2 import (ChainableUndefined, ChoiceLoader, Environment, FileSystemLoader, PackageLoader, TemplateError,
                    TemplateSyntaxError)
from markupsafe import Markup

from .. import addresses, markdown
from ..printed import on_paper, printed_address
from ..assets import MissingAsset
from ..problems import Problems
from ..plan import Page
from ..plan.search import SEARCH_WORDS
from ..schema import BODY_AREAS, SiteConfig
from ..schema.common import unreviewed
from ..wording import CARE_CARDS, NO_WAIT, long_date, wait_sentence
from ..pool import in_pool


def make_env(layouts: Path) -> Environment:
    """Jinja with our layouts first, nhsuk-frontend-jinja's components second.

    nhsuk-frontend-jinja needs ChainableUndefined, which renders a missing value as empty; that is safe only
    because the whole model is validated before anything is rendered.
    """
    env = Environment(
        loader=ChoiceLoader([FileSystemLoader(layouts), PackageLoader("nhsuk_frontend_jinja")]),
        undefined=ChainableUndefined, autoescape=True, trim_blocks=True, lstrip_blocks=True,
        # One environment per build: skip re-checking template files on disk for each of thousands of imports.
        auto_reload=False, cache_size=-1,
    )
    env.filters["long_date"] = long_date
    env.filters["markdown"] = render_markdown
    env.filters["as_item"] = lambda text: {"item": text}
    env.filters["tel"] = markdown.tel_href
    env.filters["address"] = printed_address
    env.filters["on_paper"] = on_paper
    env.tests["unreviewed"] = unreviewed
    env.globals["wait_sentence"] = wait_sentence
    env.globals["NO_WAIT"] = NO_WAIT
    env.globals["BODY_AREAS"] = BODY_AREAS
    env.globals["CARE_CARDS"] = CARE_CARDS
    env.globals["urls"] = addresses
    env.globals["SEARCH_WORDS"] = SEARCH_WORDS
    return env


def render_markdown(source: str) -> Markup:
    """A leaflet's or page's Markdown as HTML; raw HTML is escaped (and refused earlier by validation)."""
    return Markup(markdown.render(source))


def navigation_items(config: SiteConfig, page: Page) -> list[dict]:
    """Header links, marking the section the page is in for screen readers (aria-current)."""
    return [{"href": item.href, "text": item.label, "current": page.url == item.href,
             "active": page.url.startswith(item.href) and page.url != item.href} for item in config.navigation]


def render_page(env: Environment, config: SiteConfig, assets: dict[str, str], page: Page) -> str:
    """One page's text: a pure function of its plan entry, the config, the assets and the layouts, and of nothing
    else in the model, so `serve` can tell which pages an edit changes by comparing plan entries."""
    template = env.get_template(page.template)
    return template.render(config=config, assets=assets, page=page, **page.context)


def chrome(env: Environment, config: SiteConfig, assets: dict[str, str]) -> dict:
    """Header and footer renderers that reuse their output: nhsuk's header macro is most of a page's render time,
    and it only changes with which navigation item is current."""
    header = env.get_template("partials/header.html")

    @lru_cache(maxsize=None)
    def by_state(state: tuple) -> Markup:
        nav = [dict(zip(("href", "text", "current", "active"), item)) for item in state]
        return Markup(header.render(config=config, assets=assets, nav_items=nav))

    footer = Markup(env.get_template("partials/footer.html").render(config=config, assets=assets))
    return {"site_header": lambda page: by_state(tuple(tuple(i.values()) for i in navigation_items(config, page))),
            "site_footer": lambda: footer}


class Templates:
    """The pages' Jinja environment, with its header and footer, for one set of layouts, config and assets.

    `serve` keeps it between edits (compiled templates and the rendered header are reused) until one of them changes.
    """

    def __init__(self, layouts: Path, config: SiteConfig, assets: dict[str, str]) -> None:
        self.layouts, self.config, self.assets = layouts, config, assets
        self.env = make_env(layouts)
        self._chrome = False

    def render(self, pages: Iterable[Page], problems: Problems) -> dict[str, str]:
        """Each page's text, keyed by output path; a broken layout is a problem with its file and line, once.

        Many pages render in a pool (pool.py); a page that fails there is rendered again here, so its error is
        reported as in one process.
        """
        global _rendering
        pages = tuple(pages)
        out: dict[str, str] = {}
        try:
            if not self._chrome:
                self.env.globals.update(chrome(self.env, self.config, self.assets))
                self._chrome = True
            _rendering = self, pages
            texts = in_pool(_render_nth, range(len(pages)), POOL_FROM)
            for page, text in zip(pages, texts):
                out[page.output] = text if text is not None else render_page(self.env, self.config, self.assets, page)
        except TemplateSyntaxError as err:
            problems.add(self.layouts / (err.name or "?"), err.lineno, f"the layout has a syntax error: {err.message}",
                         "fix the {% %} or {{ }} tag on that line; the last good site was kept")
        except (TemplateError, MissingAsset) as err:
            problems.add(self.layouts / page.template if out else self.layouts, None,
                         f"the layout failed to render {page.url}: {err}",
                         "fix the layout; the last good site was kept")
        finally:
            _rendering = None
        return out


# What the pool's workers render: set just before the pool forks them, so each worker finds the compiled templates
# and the pages in its copy of this process; only page numbers and texts cross between processes.
_rendering: tuple[Templates, tuple[Page, ...]] | None = None
POOL_FROM = 400  # a pool's start-up costs about as much as rendering this many pages in one process


def _render_nth(index: int) -> str | None:
    templates, pages = _rendering
    try:
        return render_page(templates.env, templates.config, templates.assets, pages[index])
    except (TemplateError, MissingAsset):
        return None  # rendered again in the parent, which reports it


def layouts_digest(layouts: Path) -> str:
    """A hash of every file under layouts/ (names, links and bytes): equal digests, equal templates and assets."""
    digest = hashlib.sha256()
    for path in sorted(layouts.rglob("*")):
        link = os.readlink(path) if path.is_symlink() else ""
        digest.update(f"{path.relative_to(layouts)}\0{link}\0".encode())
        if path.is_file():
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()
