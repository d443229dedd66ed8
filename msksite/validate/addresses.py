"""Addresses: file names that can be addresses, old addresses that point to one leaflet, one source per output,
and every published address still answered."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import NamedTuple

from .. import addresses, markdown
from ..load import Sources
from ..memo import NO_MEMO, Memo
from ..plan import Plan
from ..problems import Problems
from ..published import check_published
from ..schema.common import SLUG_MAX
from ..yamlsource import YamlDoc
from .errors import entries_of

SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


def check_file_names(paths: list[Path], problems: Problems) -> None:
    """A file name becomes a web address, so it must be one: lower case, digits and hyphens."""
    for path in paths:
        if len(path.stem) > SLUG_MAX:
            problems.add(path, 1, f"the file name is {len(path.stem)} characters long, and it becomes a web address",
                         f"rename it to {SLUG_MAX} characters or fewer: a few plain words joined by hyphens")
        elif not SLUG.fullmatch(path.stem):
            better = markdown.slugify(path.stem)
            problems.add(path, 1, f"the file name `{path.name}` cannot be used as a web address",
                         f"rename it to `{better}{path.suffix}` (lower case, hyphens, no spaces)")


class Movable(NamedTuple):
    """What can have old addresses, as validated: each one's `redirect_from` is found in its own file."""
    leaflets: tuple
    pages: tuple
    services: tuple
    exercises: tuple


def check_redirects(sources: Sources, site: Movable, problems: Problems) -> None:
    """An old address in a `redirect_from` can lead to one page only, and never be a current page's address."""
    current = {**{l.url: f"the leaflet `{l.slug}`" for l in site.leaflets},
               **{p.url: f"the page `{p.slug}`" for p in site.pages},
               **{addresses.service(s.id): f"the service `{s.id}`" for s in site.services},
               **{e.url: f"the exercise `{e.id}`" for e in site.exercises}}
    own, listed = set(current), set()
    for old, owner, path, line in _claims(sources, site):
        first = current.setdefault(old, owner)
        if (old, owner) in listed:
            problems.add(path, line, f"{old} is listed twice in `redirect_from`", "delete one")
        elif first == owner and old in own:
            problems.add(path, line, f"{old} is the current address of {owner}, not an old one",
                         "remove it from `redirect_from`")
        elif first != owner:
            problems.add(path, line, f"{old} is already the address of {first}",
                         "an old address can lead to one page only: remove it here, or there")
        listed.add((old, owner))


def _claims(sources: Sources, site: Movable) -> Iterator[tuple[str, str, Path, int]]:
    """(old address, whose it is, file, line) for each old address of each leaflet, page, exercise and service."""
    leaflets, pages, services, exercises = site
    for kind, items, docs in (("leaflet", leaflets, sources.conditions), ("page", pages, sources.pages)):
        files = {doc.slug: doc for doc in docs}
        for item in items:
            doc = files[item.slug]
            yield from _olds(f"the {kind} `{item.slug}`", item.meta.redirect_from, doc.path, doc.meta, ())
    files = {doc.path.stem: doc for doc in sources.exercises}
    for exercise in exercises:
        doc = files[exercise.id]
        yield from _olds(f"the exercise `{exercise.id}`", exercise.meta.redirect_from, doc.path, doc, ())
    if services:
        doc = sources.services
        at = {entry.get("id"): n for n, entry in enumerate(entries_of(doc, "services")) if isinstance(entry, dict)}
        for service in services:
            yield from _olds(f"the service `{service.id}`", service.redirect_from, doc.path, doc,
                             ("services", at[service.id]))


def _olds(owner: str, olds: tuple[str, ...], path: Path, doc: YamlDoc,
          loc: tuple) -> Iterator[tuple[str, str, Path, int]]:
    for i, old in enumerate(olds):
        yield old, owner, path, doc.line_of((*loc, "redirect_from", i))


def check_plan(root: Path, plan: Plan, problems: Problems, memo: Memo = NO_MEMO,
               line_of: Callable[[str, tuple], int] = lambda source, loc: 1) -> None:
    """Two sources must never write one file, and no published address may disappear. line_of(source file, loc):
    the line of a place in a source (an old address in its `redirect_from`)."""
    outputs = tuple((output, url, source, label, line_of(source, loc) if source and loc else None)
                    for output, url, source, label, loc in plan.outputs())
    memo.run("outputs", "", (outputs,), partial(check_unique_outputs, outputs), problems)
    check_published(root, plan.addresses(), problems)


def check_unique_outputs(outputs: tuple[tuple[str, str, str, str, int | None], ...], problems: Problems) -> None:
    """A general page called `conditions.md` would otherwise silently replace the A to Z. The line is that of an old
    address in `redirect_from`, or None for a file's own page. One problem per old address: its exercise sheet and
    poster move with it, and need no problems of their own."""
    seen: dict[str, str] = {}
    files = {output for output, *_ in outputs}
    said: set[tuple[str, int]] = set()
    for output, url, source, label, line in outputs:
        where = (source or "site_config.yaml", line or 1)
        fix = "change or remove it in `redirect_from`" if line else "rename this file"
        found = []
        if output in seen:
            found.append((f"{url} is already the address of {seen[output]}",
                          f"{fix}: two pages cannot share one address"))
        # e.g. an old address /_redirects/ needs a folder _redirects/ where the site writes the file _redirects
        clash = next((folder for folder in _folders(output) if folder in files), None)
        if clash:
            found.append((f"{url} would need a folder where the site writes the file {clash}", "use another address"))
        reserved = next((folder for folder in addresses.RESERVED if url.startswith(folder)), None)
        if reserved and source:  # the site's own files there have no source
            found.append((f"{url} is in {reserved}, which the site keeps for its own files", "use another address"))
        for message, hint in found if where not in said else ():
            problems.add(*where, message, hint)
        said |= {where} if found and line else set()
        seen.setdefault(output, label)


def _folders(output: str) -> list[str]:
    """The folders an output path needs, innermost first (`a/b/index.html` needs `a/b` and `a`)."""
    parts = output.split("/")[:-1]
    return ["/".join(parts[:end]) for end in range(len(parts), 0, -1)]
