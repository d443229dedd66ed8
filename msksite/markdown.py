"""Markdown bodies: split into `##` sections, render to HTML, and find raw HTML a clinician must not use."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.token import Token
from markupsafe import Markup
from mdit_py_plugins.anchors import anchors_plugin

from .printed import on_paper

# Leaflet bodies are parsed once, with raw HTML recognised so it can be found and reported, and that one token
# stream feeds every check and the renderer (issue 14: a body used to be parsed three times). Any raw HTML is escaped
# when rendered, so none could reach a page even if validation missed it. Short texts (a do/don't item, a page
# body) go through `render`, which parses with raw HTML off.
_body = MarkdownIt("commonmark", {"html": True}).enable("table")
_renderer = MarkdownIt("commonmark", {"html": False}).enable("table")
for _md in (_body, _renderer):
    _md.use(anchors_plugin, min_level=3, max_level=4, slug_func=lambda s: slugify(s))
_body.add_render_rule("html_block", lambda self, tokens, idx, options, env: escapeHtml(tokens[idx].content))
_body.add_render_rule("html_inline", lambda self, tokens, idx, options, env: escapeHtml(tokens[idx].content))

# A phone number a patient reads on a phone should be one tap away: 999 and 111 after "call" or "ring", and UK
# numbers written with spaces (01632 960000, 0300 123 4567). Numbers already inside a link are left alone.
PHONE = re.compile(r"\b(?:[Cc]all|[Rr]ing|[Pp]hone) (?P<short>999|111)\b|(?P<long>\b0\d{3,4} ?\d{3} ?\d{3,4}\b)")

_OURS = "msksite-tel"  # marks the tap-to-call links we add, which the link check leaves alone


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
        link.meta[_OURS] = True
        pieces += [link, _text(match.group(group)), Token("link_close", "a", -1)]
        at = match.end()
    return [token] if not pieces else [p for p in pieces + [_text(token.content[at:])] if p.content or p.type != "text"]


def _text(content: str) -> Token:
    token = Token("text", "", 0)
    token.content = content
    return token




def _print_addresses(state) -> None:
    """After each link to another site, its address for paper (printed.on_paper), where the words lead nowhere."""
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        out, opened = [], []
        for token in block.children:
            out.append(token)
            if token.type == "link_open":
                opened.append(token)
            elif token.type == "link_close" and opened:
                href = str(opened.pop().attrs.get("href", ""))
                if re.match(r"https?://", href):
                    address = Token("print_address", "", 0)
                    address.meta["href"] = href
                    out.append(address)
        block.children = out


for _md in (_body, _renderer):
    _md.core.ruler.push("tel_links", _tel_links)
    _md.core.ruler.push("print_addresses", _print_addresses)
    _md.add_render_rule("print_address", lambda self, tokens, idx, options, env: on_paper(tokens[idx].meta["href"]))

_DANGEROUS = re.compile(r"<\s*(script|iframe|object|embed|style)\b|\son[a-z]+\s*=", re.IGNORECASE)


def slugify(text: str) -> str:
    """A stable id for a heading: lower case, letters and digits joined by hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("'", "")).strip("-")


@dataclass(frozen=True)
class Section:
    """One `##` section of a body: heading text, anchor id, its Markdown, its first line in the body and its HTML."""

    heading: str
    id: str
    markdown: str
    line: int
    html: Markup = Markup()


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


@dataclass(frozen=True)
class Body:
    """All that the build reads from one parse of a Markdown body: the intro and `##` sections (Markdown and HTML),
    raw HTML and `#` headings to refuse, the plain words for reading age, and the links to check."""

    intro: str
    intro_html: Markup
    sections: tuple[Section, ...]
    html_found: tuple[HtmlFound, ...]
    h1_lines: tuple[int, ...]
    text: str
    links: tuple[tuple[int, str, str], ...]  # (body line, 0-based; 'link' or 'image'; address)


@lru_cache(maxsize=16384)  # validation and the link check read the same bodies; the site's bodies all fit
def read_body(markdown: str) -> Body:
    """Parse a body once and read everything from its tokens."""
    tokens = _body.parse(markdown)
    lines = markdown.splitlines()
    starts = [i for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h2" and t.level == 0 and t.map]
    intro_end = tokens[starts[0]].map[0] if starts else len(lines)
    intro = "\n".join(lines[:intro_end])
    return Body(intro if intro.strip() else "", _html(tokens[:starts[0] if starts else len(tokens)]),
                tuple(_sections(tokens, starts, lines)), tuple(_html_found(tokens)),
                tuple(t.map[0] for t in tokens if t.type == "heading_open" and t.tag == "h1" and t.map),
                _plain_text(tokens), tuple(_links(tokens)))


def _html(tokens: list[Token]) -> Markup:
    return Markup(_body.renderer.render(tokens, _body.options, {}))


def _sections(tokens: list[Token], starts: list[int], lines: list[str]) -> Iterator[Section]:
    for n, at in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(tokens)
        first, last = tokens[at].map[0], tokens[end].map[0] if end < len(tokens) else len(lines)
        heading = tokens[at + 1].content
        yield Section(heading, slugify(heading), "\n".join(lines[first + 1:last]), first, _html(tokens[at + 3:end]))


def _html_found(tokens: list[Token]) -> Iterator[HtmlFound]:
    """Every raw HTML block or inline tag, so validation can refuse it with a line number."""
    for token in tokens:
        line = token.map[0] if token.map else 0
        pieces = [token] if token.type == "html_block" else [c for c in token.children or [] if c.type == "html_inline"]
        for piece in pieces:
            snippet = piece.content.strip().splitlines()[0][:60]
            yield HtmlFound(line + _offset(piece, token), snippet, bool(_DANGEROUS.search(piece.content)))


def _offset(piece, block) -> int:
    """Inline tokens carry no line; count the newlines before the tag within its paragraph."""
    if piece is block or not block.content:
        return 0
    return block.content[: block.content.find(piece.content)].count("\n")


def _plain_text(tokens: list[Token]) -> str:
    """The words of a body as sentences, headings left out, for reading-age scoring."""
    out, in_heading = [], False
    for token in tokens:
        if token.type in ("heading_open", "heading_close"):
            in_heading = token.type == "heading_open"
        elif token.type == "inline" and not in_heading:
            out.append(as_sentence(token.content))
    return " ".join(out)


def _links(tokens: list[Token]) -> Iterator[tuple[int, str, str]]:
    """(body line, 'link' or 'image', address) of each link and image the clinician wrote; the tap-to-call links
    added to phone numbers are left out, as they are ours."""
    for block in tokens:
        for token in block.children or []:
            if token.type in ("link_open", "image") and not token.meta.get(_OURS):
                kind, attr = ("link", "href") if token.type == "link_open" else ("image", "src")
                yield (block.map[0] if block.map else 0), kind, str(token.attrs.get(attr, ""))


def as_sentence(text: str) -> str:
    """Plain words of one line of Markdown, ending in punctuation so each list item counts as a sentence."""
    # [^[\]] rather than [^\]]: from each "[" a match stops at the next one, so a line of "[" is linear, not
    # quadratic (a hostile 200 kB line of them took two minutes to check)
    text = re.sub(r"\[([^[\]]*)\]\([^()]*\)", r"\1", text.strip())
    text = re.sub(r"[*_`]", "", text)
    return text if re.search(r"[.!?:]$", text) else text + "."
