"""Markdown bodies: split into `##` sections, render to HTML, and find raw HTML a clinician must not use."""
from __future__ import annotations

import re
from dataclasses import dataclass

from markdown_it import MarkdownIt
from mdit_py_plugins.anchors import anchors_plugin

# Parse with HTML on so raw HTML can be found and reported; render with it off so none ever reaches a page.
_finder = MarkdownIt("commonmark", {"html": True})
_renderer = MarkdownIt("commonmark", {"html": False}).enable("table")
_renderer.use(anchors_plugin, min_level=3, max_level=4, slug_func=lambda s: slugify(s))

_DANGEROUS = re.compile(r"<\s*(script|iframe|object|embed|style)\b|\son[a-z]+\s*=", re.IGNORECASE)


def slugify(text: str) -> str:
    """A stable id for a heading: lower case, letters and digits joined by hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("'", "")).strip("-")


@dataclass(frozen=True)
class Section:
    """One `##` section of a body: heading text, anchor id, its Markdown and its first line in the body."""

    heading: str
    id: str
    markdown: str
    line: int


@dataclass(frozen=True)
class HtmlFound:
    """A piece of raw HTML in a body, and the body line it starts on (0-based)."""

    line: int
    snippet: str
    dangerous: bool


def render(markdown: str) -> str:
    """Markdown to HTML, with raw HTML escaped rather than passed through."""
    return _renderer.render(markdown)


def find_html(markdown: str) -> list[HtmlFound]:
    """Every raw HTML block or inline tag, so validation can refuse it with a line number."""
    found = []
    for token in _finder.parse(markdown):
        line = token.map[0] if token.map else 0
        pieces = [token] if token.type == "html_block" else [c for c in token.children or [] if c.type == "html_inline"]
        for piece in pieces:
            snippet = piece.content.strip().splitlines()[0][:60]
            found.append(HtmlFound(line + _offset(piece, token), snippet, bool(_DANGEROUS.search(piece.content))))
    return found


def _offset(piece, block) -> int:
    """Inline tokens carry no line; count the newlines before the tag within its paragraph."""
    if piece is block or not block.content:
        return 0
    return block.content[: block.content.find(piece.content)].count("\n")


def split_sections(markdown: str) -> tuple[str, list[Section]]:
    """The intro's Markdown (before the first `##`) and the `##` sections, for the page to render each separately."""
    lines = markdown.splitlines()
    tokens = _finder.parse(markdown)
    starts = [(t.map[0], tokens[i + 1].content)
              for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h2" and t.map]
    intro_end = starts[0][0] if starts else len(lines)
    intro = "\n".join(lines[:intro_end])
    sections = []
    for index, (start, heading) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(lines)
        text = "\n".join(lines[start + 1:end])
        sections.append(Section(heading, slugify(heading), text, start))
    return intro if intro.strip() else "", sections


def h1_lines(markdown: str) -> list[int]:
    """Body lines (0-based) holding a `#` heading: the page title comes from front matter instead."""
    return [t.map[0] for t in _finder.parse(markdown) if t.type == "heading_open" and t.tag == "h1" and t.map]


def plain_text(markdown: str) -> str:
    """The words of a body as sentences, headings left out, for reading-age scoring."""
    out, in_heading = [], False
    for token in _finder.parse(markdown):
        if token.type in ("heading_open", "heading_close"):
            in_heading = token.type == "heading_open"
        elif token.type == "inline" and not in_heading:
            out.append(as_sentence(token.content))
    return " ".join(out)


def as_sentence(text: str) -> str:
    """Plain words of one line of Markdown, ending in punctuation so each list item counts as a sentence."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text.strip())
    text = re.sub(r"[*_`]", "", text)
    return text if re.search(r"[.!?:]$", text) else text + "."
