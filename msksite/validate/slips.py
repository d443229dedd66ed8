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
    (re.compile(rf"\]\s+\({ADDRESS}"), "looks like a link with a space between `]` and `(`",
     "remove the space: [words](address)"),
)


def check_slips(doc: MarkdownDoc, body: markdown.Body, problems: Problems, top: int = 1,
                may_be_empty: tuple[str, ...] = ()) -> bool:
    """True when the body has none of these slips; each one found is reported at its line. `top` is the level of the
    page's own heading (a leaflet's title is #, a shared section's ##); sections whose heading starts with one of
    `may_be_empty` are filled by the build (a leaflet's Do and Don't lists follow "How you can ease")."""
    found = [*_line_slips(doc.body, top), *_link_slips(doc.body), *_empty_sections(body, may_be_empty)]
    for line, message, hint in found:
        problems.add(doc.path, doc.body_line + line, message, hint)
    return not found


def _unfenced(text: str) -> Iterator[tuple[int, str]]:
    """(line, text) of each line outside ``` or ~~~ code blocks."""
    fenced = False
    for number, line in enumerate(text.split("\n")):
        if FENCE.match(line):
            fenced = not fenced
        elif not fenced:
            yield number, line


def _line_slips(text: str, top: int) -> Iterator[Slip]:
    level = top
    for number, line in _unfenced(text):
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


def _link_slips(text: str) -> Iterator[Slip]:
    """Judged a paragraph at a time: link text may run on to the next line, and is a link all the same."""
    paragraph: list[tuple[int, str]] = []
    for number, line in [*_unfenced(text), (-1, "")]:
        if line.strip():
            paragraph.append((number, line))
            continue
        joined = "\n".join(line for _, line in paragraph)
        found = [(m.start(), f"`{m.group(0)[:40]}` {message}", hint)
                 for pattern, message, hint in LINK_SLIPS for m in [pattern.search(joined)] if m]
        found += [(at, f"`{_words_before(joined, at)}](` looks like a link with its `[` missing",
                   "write it as [words](address)") for at in _unopened(joined)]
        for at, message, hint in found:
            yield paragraph[joined[:at].count("\n")][0], message, hint
        paragraph = []


def _words_before(text: str, at: int) -> str:
    start = max(text.rfind(")", 0, at), text.rfind("\n", 0, at)) + 1
    return text[start:at].strip()[-30:]


def _unopened(text: str) -> list[int]:
    """Where a "](" to an address closes a "[" that was never opened."""
    depth, found = 0, []
    for at, char in enumerate(text):
        if char == "[":
            depth += 1
        elif char == "]":
            if depth == 0 and re.match(rf"\]\({ADDRESS}", text[at:]):
                found.append(at)
            depth = max(0, depth - 1)
    return found


def _empty_sections(body: markdown.Body, may_be_empty: tuple[str, ...]) -> Iterator[Slip]:
    for section in body.sections:
        if not section.markdown.strip() and not section.heading.startswith(may_be_empty or ("\0",)):
            yield section.line, f"the section `## {section.heading}` is empty", \
                "write what goes under it, or delete the heading"
