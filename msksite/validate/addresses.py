"""Addresses: file names that can be addresses, old addresses that point to one leaflet, one source per output,
and every published address still answered."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial
from pathlib import Path

from .. import addresses, markdown
from ..load import Sources
from ..memo import NO_MEMO, Memo
from ..plan import Plan
from ..problems import Problems
from ..published import check_published
from ..schema.common import SLUG_MAX
from ..yamlsource import YamlDoc

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


def check_redirects(sources: Sources, site: tuple, problems: Problems) -> None:
    """An old address in a `redirect_from` can lead to one page only, and never be a current page's address.

    site is (leaflets, pages, services, exercises), as validated: each one's old addresses are found in its file."""
    leaflets, pages, services, exercises = site
    current = {**{l.url: f"the leaflet `{l.slug}`" for l in leaflets},
               **{p.url: f"the page `{p.slug}`" for p in pages},
               **{addresses.service(s.id): f"the service `{s.id}`" for s in services},
               **{e.url: f"the exercise `{e.id}`" for e in exercises}}
    own = set(current)
    for old, owner, path, line in _claims(sources, site):
        first = current.setdefault(old, owner)
        if first == owner and old in own:
            problems.add(path, line, f"{old} is the current address of {owner}, not an old one",
                         "remove it from `redirect_from`")
        elif first != owner:
            problems.add(path, line, f"{old} is already the address of {first}",
                         "an old address can lead to one page only: remove it here, or there")


def _claims(sources: Sources, site: tuple) -> Iterator[tuple[str, str, Path, int]]:
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
        at = {entry.get("id"): n for n, entry in enumerate(doc.data["services"]) if isinstance(entry, dict)}
        for service in services:
            yield from _olds(f"the service `{service.id}`", service.redirect_from, doc.path, doc,
                             ("services", at[service.id]))


def _olds(owner: str, olds: tuple[str, ...], path: Path, doc: YamlDoc,
          loc: tuple) -> Iterator[tuple[str, str, Path, int]]:
    for i, old in enumerate(olds):
        yield old, owner, path, doc.line_of((*loc, "redirect_from", i))


def check_plan(root: Path, plan: Plan, problems: Problems, memo: Memo = NO_MEMO) -> None:
    """Two sources must never write one file, and no published address may disappear."""
    outputs = tuple(plan.outputs())
    memo.run("outputs", "", (outputs,), partial(check_unique_outputs, outputs), problems)
    check_published(root, plan.addresses(), problems)


def check_unique_outputs(outputs: tuple[tuple[str, str, str, str], ...], problems: Problems) -> None:
    """A general page called `conditions.md` would otherwise silently replace the A to Z."""
    seen: dict[str, str] = {}
    files = {output for output, *_ in outputs}
    for output, url, source, label in outputs:
        where = (source or "site_config.yaml", _line_naming(problems.root, source, url))
        if output in seen:
            problems.add(*where, f"{url} is already the address of {seen[output]}",
                         "rename this file: two pages cannot share one address")
        # e.g. an old address /_redirects/ needs a folder _redirects/ where the site writes the file _redirects
        clash = next((folder for folder in _folders(output) if folder in files), None)
        if clash:
            problems.add(*where, f"{url} would need a folder where the site writes the file {clash}", "use another address")
        reserved = next((folder for folder in addresses.RESERVED if url.startswith(folder)), None)
        if reserved and source:  # the site's own files there have no source
            problems.add(*where, f"{url} is in {reserved}, which the site keeps for its own files", "use another address")
        seen.setdefault(output, label)


def _line_naming(root: Path | None, source: str, url: str) -> int:
    """The line of a source that names an address (an old one in `redirect_from`), else its first line."""
    try:
        lines = (root / source).read_text(encoding="utf-8").splitlines() if root and source else []
    except (OSError, UnicodeDecodeError):  # it was read through the gate before; a change since is no reason to fail
        lines = []
    return next((n for n, line in enumerate(lines, 1) if line.strip().endswith(url)), 1)


def _folders(output: str) -> list[str]:
    """The folders an output path needs, innermost first (`a/b/index.html` needs `a/b` and `a`)."""
    parts = output.split("/")[:-1]
    return ["/".join(parts[:end]) for end in range(len(parts), 0, -1)]
