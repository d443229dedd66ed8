"""Markdown bodies: split into `##` sections, render to HTML, and find raw HTML a clinician must not use."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.anchors import anchors_plugin

# Parse with HTML on so raw HTML can be found and reported; render with it off so none ever reaches a page.
_finder = MarkdownIt("commonmark", {"html": True})
_renderer = MarkdownIt("commonmark", {"html": False}).enable("table")
_renderer.use(anchors_plugin, min_level=3, max_level=4, slug_func=lambda s: slugify(s))

# A phone number a patient reads on a phone should be one tap away: 999 and 111 after "call" or "ring", and UK
# numbers written with spaces (01632 960000, 0300 123 4567). Numbers already inside a link are left alone.
PHONE = re.compile(r"\b(?:[Cc]all|[Rr]ing|[Pp]hone) (?P<short>999|111)\b|(?P<long>\b0\d{3,4} ?\d{3} ?\d{3,4}\b)")


def tel_href(number: str) -> str:
    """A tap-to-call address: tel: and the digits (a leading + kept), e.g. 01632 960001 -> tel:01632960001."""
    return "tel:" + re.sub(r"[^\d+]", "", number)


def _tel_links(state) -> None:
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        out, depth = [], 0
        for token in block.children:
            depth += {"link_open": 1, "link_close": -1}.get(token.type, 0)
            out += _split_phones(token) if token.type == "text" and not depth else [token]
        block.children = out


def _split_phones(token: Token) -> list[Token]:
    pieces, at = [], 0
    for match in PHONE.finditer(token.content):
        group = "short" if match.group("short") else "long"
        pieces.append(_text(token.content[at:match.start(group)]))
        link = Token("link_open", "a", 1)
        link.attrs = {"href": tel_href(match.group(group))}
        pieces += [link, _text(match.group(group)), Token("link_close", "a", -1)]
        at = match.end()
    return [token] if not pieces else [p for p in pieces + [_text(token.content[at:])] if p.content or p.type != "text"]


def _text(content: str) -> Token:
    token = Token("text", "", 0)
    token.content = content
    return token


_renderer.core.ruler.push("tel_links", _tel_links)

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


@lru_cache(maxsize=8192)
def render(markdown: str) -> str:
    """Markdown to HTML, with raw HTML escaped rather than passed through. Remembered, because a shared section
    or a do/don't item is the same text on many pages."""
    return _renderer.render(markdown)


@lru_cache(maxsize=2048)
def _tokens(markdown: str) -> tuple[Token, ...]:
    """One parse of a body for every check below: they only read the tokens, so they can share them."""
    return tuple(_finder.parse(markdown))


def find_html(markdown: str) -> list[HtmlFound]:
    """Every raw HTML block or inline tag, so validation can refuse it with a line number."""
    found = []
    for token in _tokens(markdown):
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
    tokens = _tokens(markdown)
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
    return [t.map[0] for t in _tokens(markdown) if t.type == "heading_open" and t.tag == "h1" and t.map]


def plain_text(markdown: str) -> str:
    """The words of a body as sentences, headings left out, for reading-age scoring."""
    out, in_heading = [], False
    for token in _tokens(markdown):
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
