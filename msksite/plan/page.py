"""What a site is made of: pages (a template and what it shows) and files (data a renderer turns into bytes)."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from .. import addresses


@dataclass(frozen=True)
class Page:
    """One HTML (or XML, or text) output: its address, the template that draws it and what the template needs."""

    url: str
    template: str
    title: str
    context: dict[str, Any] = field(default_factory=dict, compare=False)
    in_sitemap: bool = True
    source: str = ""  # the file the page comes from, for error messages
    source_loc: tuple = field(default=(), compare=False)  # where in it (an old address: redirect_from, item n)

    @cached_property  # asked for thousands of times per rebuild in `serve`, and the address never changes
    def output(self) -> str:
        return addresses.output_path(self.url)


@dataclass(frozen=True)
class File:
    """A file beside the pages; `kind` names the renderer that turns `data` into its content (see render/files.py)."""

    url: str
    kind: str
    data: Any = field(compare=False)

    @cached_property  # asked for thousands of times per rebuild in `serve`, and the address never changes
    def output(self) -> str:
        return addresses.output_path(self.url)


def _same(entry: Page | File, last: Page | File | None, payload: str) -> bool:
    # The dataclasses' == leaves out the payload (context, data) on purpose; compare it too. Unchanged model objects
    # are the same objects from one edit to the next, so comparing them is mostly a check of identity.
    return entry is last or last is not None and entry == last and getattr(entry, payload) == getattr(last, payload)


@dataclass(frozen=True)
class Plan:
    """Every page and file of one build, computed once and passed to check, render, write and index."""

    pages: tuple[Page, ...]
    files: tuple[File, ...]

    def changed_since(self, last: Plan) -> tuple[tuple[Page, ...], tuple[File, ...]]:
        """The pages and files whose output could differ from last's: new ones, and those whose entry (address,
        template, title, context; kind and data) is not equal to last's entry for the same output path.

        This is the whole dependency rule of `serve`: a page is rendered from its entry and the look alone
        (render/templates.py), and its entry holds everything it shows (a leaflet page holds its related leaflets,
        the A to Z every leaflet's link), so an edit can change only the pages whose entries it changes. Those are
        rendered again; write.update_site then writes only those whose bytes differ.
        """
        pages = {page.output: page for page in last.pages}
        files = {file.output: file for file in last.files}
        return (tuple(p for p in self.pages if not _same(p, pages.get(p.output), "context")),
                tuple(f for f in self.files if not _same(f, files.get(f.output), "data")))

    def addresses(self) -> set[str]:
        """Every address people can visit: pages (in the sitemap or not) and old addresses that redirect."""
        return {page.url for page in self.pages if addresses.is_page_address(page.url)}

    def outputs(self) -> list[tuple[str, str, str, str, tuple]]:
        """(output path, address, source file, what it is, where in the file) of every file then every page, to find
        two writing one path."""
        files = [(f.output, f.url, "", f"the {f.kind} file {f.url}", ()) for f in self.files]
        pages = [(p.output, p.url, p.source, p.source or f"the {p.title} page", p.source_loc) for p in self.pages]
        return files + pages
