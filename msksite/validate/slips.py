"""Slips of Markdown that markdown-it forgives by printing them as text: a heading without its space, a link with a
bracket missing or a space inside, a heading that skips a level, a section with nothing in it. Each was published
as written (`##Treatment`, `[physio] (/services/)`) where a clinician meant a heading or a link."""
from __future__ import annotations

import re
from collections.abc import Iterator

from .. import markdown
from ..load import MarkdownDoc
from ..problems import Problems

Slip = tuple[int, str, str]  # (line in the body, 0-based; message; hint)

NO_SPACE = re.compile(r"^(#{2,6})([^#\s].*)$")
HEADING = re.compile(r"^(#{1,6})\s")
FENCE = re.compile(r"^\s*(```|~~~)")
# what should have been [words](address): a "]" missing, a "[" missing, or a space between "]" and "("
ADDRESS = r"(/|https://|mailto:|tel:)"
LINK_SLIPS = (
    (re.compile(rf"\[[^\]\[()]*\({ADDRESS}"), "looks like a link with its `]` missing", "write it as [words](address)"),
    (re.compile(rf"^[^\[]*\]\({ADDRESS}"), "looks like a link with its `[` missing", "write it as [words](address)"),
    (re.compile(rf"\]\s+\({ADDRESS}"), "looks like a link with a space between `]` and `(`",
     "remove the space: [words](address)"),
)


def check_slips(doc: MarkdownDoc, body: markdown.Body, problems: Problems) -> bool:
    """True when the body has none of these slips; each one found is reported at its line."""
    found = [*_line_slips(doc.body), *_empty_sections(body)]
    for line, message, hint in found:
        problems.add(doc.path, doc.body_line + line, message, hint)
    return not found


def _line_slips(text: str) -> Iterator[Slip]:
    level, fenced = 1, False  # the page's own heading, from `title`, is the one level-1 heading
    for number, line in enumerate(text.split("\n")):
        if FENCE.match(line):
            fenced = not fenced
        if fenced:
            continue
        slip = NO_SPACE.match(line)
        if slip:
            yield number, f"`{slip.group(1)}{slip.group(2)[:30]}` is not a heading: it needs a space after the #s", \
                f"write `{slip.group(1)} {slip.group(2)[:30]}`"
        heading = HEADING.match(line)
        if heading:
            new = len(heading.group(1))
            if new > level + 1:
                yield number, f"this heading jumps from {'#' * level} to {'#' * new}, so screen readers skip a level", \
                    f"use {'#' * (level + 1)}"
            level = new
        yield from ((number, f"`{found.group(0)[:40]}` {message}", hint)
                    for pattern, message, hint in LINK_SLIPS for found in [pattern.search(line)] if found)


def _empty_sections(body: markdown.Body) -> Iterator[Slip]:
    for section in body.sections:
        if not section.markdown.strip():
            yield section.line, f"the section `## {section.heading}` is empty", \
                "write what goes under it, or delete the heading"
