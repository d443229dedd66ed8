"""Links and images in Markdown bodies, checked against the rendered site like Zola's link checker: every internal
link leads to a page (and heading) the site has, images come only from the site, and nothing runs code."""
from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from functools import partial
from urllib.parse import urldefrag

from .. import addresses, markdown
from ..load import MarkdownDoc
from ..memo import NO_MEMO, Memo, Same
from ..problems import Problems
from ..yamlsource import YamlDoc
from .suggest import suggest

# markdown-it drops these schemes silently and prints the Markdown as text; a clinician must hear why. In a link
# `](…)`, a reference definition `[name]: …` or an autolink `<…>`, after HTML entities (`&#106;avascript:`) are
# read.
UNSAFE = re.compile(r"(?:\]\(\s*<?|^\s{0,3}\[[^\]]+\]:\s*<?|<)\s*(javascript|vbscript|data|file):", re.IGNORECASE)
ALLOWED_SCHEMES = ("https://", "mailto:", "tel:")
IDS = re.compile(r'\sid="([^"]+)"')


def found_links(doc: MarkdownDoc) -> Iterator[tuple[int, str, str]]:
    """(file line, 'link' or 'image', address) for every link and image in a Markdown body."""
    for number, line in enumerate(doc.body.split("\n")):
        for match in UNSAFE.finditer(html.unescape(line)):
            yield doc.body_line + number, "unsafe", match.group(1).lower() + ":"
    for line, kind, address in markdown.read_body(doc.body).links:
        yield doc.body_line + line, kind, address


def check_links(docs: Iterable[MarkdownDoc], outputs: dict[str, str | bytes], problems: Problems,
                memo: Memo = NO_MEMO, own: str = "") -> None:
    """Report every link or image that leads nowhere, off the site (for images), or to code.

    With a memo (`serve`), a body's links are found again only when it changes, and judged again only when it or
    the site's set of files changed, or a page one of its links points into (#heading) did: an edit that removes
    a page or a heading shows the broken links to it in every other file. A full address on the site's own domain
    (`own`, its base_url, as a clinician copies it from the browser) is checked as the page it names.
    """
    ids: dict[str, set[str]] = {}
    new_names = frozenset(outputs)
    names = memo.run("output names", "", (new_names,), lambda _: new_names, problems)  # last run's set, if equal
    for doc in docs:
        links, into = memo.run("links", doc.path, (Same(doc),), lambda _: _links_of(doc), problems)
        inputs = (Same(links), Same(names), own, *(Same(outputs.get(output)) for output in into))
        memo.run("judged", doc.path, inputs, partial(_judge_all, doc, links, outputs, ids, own), problems)


def _links_of(doc: MarkdownDoc) -> tuple[list[tuple[int, str, str]], tuple[str, ...]]:
    """The body's links, and the output paths of the pages its #heading links point into."""
    links = list(found_links(doc))
    into = {_output(urldefrag(address)[0]) for _, _, address in links if "#" in address and address.startswith("/")}
    return links, tuple(sorted(into))


def _judge_all(doc: MarkdownDoc, links: list[tuple[int, str, str]], outputs: dict, ids: dict[str, set[str]],
               own: str, problems: Problems) -> None:
    site = own.rstrip("/")
    for line, kind, address in links:
        if site and kind == "link" and address.lower().startswith(site.lower() + "/"):  # a host has no case
            address = address[len(site):]
        problem = _judge(kind, address, outputs, ids)
        if problem:
            problems.add(doc.path, line, *problem)


def _judge(kind: str, address: str, outputs: dict, ids: dict[str, set[str]]) -> tuple[str, str] | None:
    if kind == "unsafe":
        return f"a `{address}` link is not allowed: pages must not run code or embed files", "delete the link"
    if address.startswith("http://"):
        return f"the link `{address}` is not secure", "use the https:// address"
    if kind == "image" and not address.startswith("/"):
        return (f"the image `{address}` is not on this site; the site's security settings would block it",
                "put the image in the project and link to it with an address starting with /")
    if address.startswith(ALLOWED_SCHEMES) or address.startswith("#") and kind == "link":
        return None
    if not address.startswith("/"):
        return f"the link `{address}` is not a full address", f"start it with / (e.g. {addresses.leaflet('knee-pain')}) or https://"
    return _internal(address, outputs, ids)


def _output(path: str) -> str:
    return path.lstrip("/") + ("index.html" if path.endswith("/") else "")


def _internal(address: str, outputs: dict, ids: dict[str, set[str]]) -> tuple[str, str] | None:
    path, fragment = urldefrag(address)
    output = _output(path)
    if output not in outputs:
        return _no_page(path, _nearest(path, outputs))
    if fragment:
        if output not in ids:
            text = outputs[output]
            ids[output] = set(IDS.findall(text if isinstance(text, str) else ""))
        if fragment not in ids[output]:
            return f"`{path}` has no heading `#{fragment}`", "link to the page without #…, or to a heading it has"
    return None


def _nearest(path: str, outputs: dict) -> str:
    """How to mend a link to no page: the slash every page address ends with, or the page it was likely meant to be."""
    if _output(path + "/") in outputs:
        return f"add / at the end: {path}/"
    pages = ["/" + output.removesuffix("index.html") for output in outputs if output.endswith("index.html")]
    return suggest(path, pages, "check the address against the site's A to Z or sitemap")


def check_navigation(config_doc: YamlDoc, navigation: tuple, outputs: dict, problems: Problems) -> None:
    """Every link in the header's navigation leads to a page: it is on every page of the site."""
    for index, item in enumerate(navigation):
        problem = _internal(item.href, outputs, {})
        if problem:
            problems.add(config_doc.path, config_doc.line_of(("navigation", index, "href")), *problem)


def check_links_without_site(docs: Iterable[MarkdownDoc], folders: dict[str, frozenset[str]], problems: Problems,
                             moved: frozenset[str] = frozenset(), memo: Memo = NO_MEMO) -> None:
    """When a mistake elsewhere stops the site being built, the links that need no built page are still judged, and
    those into leaflets and exercises (folders: their address -> the file names there) against the files, and the
    old addresses they answer at (`moved`): otherwise a broken link was only found once every other mistake was
    mended, on a later run. With a memo (`serve`), a body's links are found again only when it changed."""
    for doc in docs:
        links, _ = memo.run("links", doc.path, (Same(doc),), lambda _: _links_of(doc), problems)
        for line, kind, address in links:
            path = urldefrag(address)[0]
            if not address.startswith("/"):
                problem = _judge(kind, address, {}, {})  # schemes and full addresses: no page needed
            elif any(path.startswith(old) for old in moved):  # an old address, or a page that moved with it
                problem = None
            else:
                problem = next((_to_file(path, folder, names) for folder, names in folders.items()
                                if path.startswith(folder) and path != folder), None)
            if problem:
                problems.add(doc.path, line, *problem)


def _to_file(path: str, folder: str, names: frozenset[str]) -> tuple[str, str] | None:
    name, slash, _ = path[len(folder):].partition("/")
    if name in names:
        return None if slash else _no_page(path, f"add / at the end: {path}/")
    return _no_page(path, suggest(f"{folder}{name}/", [f"{folder}{n}/" for n in names],
                                  "check the address against the site's A to Z"))


def _no_page(path: str, hint: str) -> tuple[str, str]:
    return f"`{path}` is not a page or file of this site", hint

