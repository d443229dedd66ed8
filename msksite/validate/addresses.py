"""Addresses: file names that can be addresses, old addresses that point to one leaflet, one source per output,
and every published address still answered."""
from __future__ import annotations

import re
from functools import partial
from pathlib import Path

from .. import addresses, markdown
from ..load import MarkdownDoc
from ..memo import NO_MEMO, Memo
from ..model import Leaflet
from ..plan import Plan
from ..problems import Problems
from ..published import check_published

SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


def check_file_names(paths: list[Path], problems: Problems) -> None:
    """A file name becomes a web address, so it must be one: lower case, digits and hyphens."""
    for path in paths:
        if not SLUG.fullmatch(path.stem):
            better = markdown.slugify(path.stem)
            problems.add(path, 1, f"the file name `{path.name}` cannot be used as a web address",
                         f"rename it to `{better}{path.suffix}` (lower case, hyphens, no spaces)")


def check_redirects(docs: tuple[MarkdownDoc, ...], leaflets: tuple[Leaflet, ...], problems: Problems) -> None:
    """An old address in `redirect_from` can lead to one leaflet only, and never be a current leaflet's address."""
    claimed = {addresses.leaflet(d.slug): d.slug for d in docs}
    doc_by_slug = {d.slug: d for d in docs}
    for leaflet in leaflets:
        doc = doc_by_slug[leaflet.slug]
        for index, old in enumerate(leaflet.meta.redirect_from):
            owner = claimed.setdefault(old, leaflet.slug)
            if owner != leaflet.slug:
                problems.add(doc.path, doc.meta.line_of(("redirect_from", index)), f"{old} is already the address of `{owner}`",
                             "an old address can point to one leaflet only")


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
        if output in seen:
            problems.add(source or "site_config.yaml", 1, f"{url} is already the address of {seen[output]}",
                         "rename this file: two pages cannot share one address")
        # e.g. an old address /_redirects/ needs a folder _redirects/ where the site writes the file _redirects
        clash = next((folder for folder in _folders(output) if folder in files), None)
        if clash:
            problems.add(source or "site_config.yaml", 1, f"{url} would need a folder where the site writes the file {clash}",
                         "use another address")
        seen.setdefault(output, label)


def _folders(output: str) -> list[str]:
    """The folders an output path needs, innermost first (`a/b/index.html` needs `a/b` and `a`)."""
    parts = output.split("/")[:-1]
    return ["/".join(parts[:end]) for end in range(len(parts), 0, -1)]
