"""Leaflets and general pages: front matter, review dates, body structure, reading age and links between them."""
from __future__ import annotations

import re
from datetime import date

from .. import markdown
from ..load import CONDITIONS, MarkdownDoc
from ..model import GeneralPage, Leaflet
from ..problems import Problems
from ..readability import hardest_sentence, reading_age
from ..schema import LeafletMeta, PageMeta, SiteConfig
from .errors import validate_doc
from .reviews import check_review
from .safety import Library, resolve_care
from .slips import check_slips
from .suggest import suggest

CHECK_HEADING = "Check if"
EASE_HEADING = "How you can ease"


def validate_leaflet(doc: MarkdownDoc, problems: Problems, today: date, config: SiteConfig | None,
                     library: Library) -> Leaflet | None:
    """One condition leaflet: front matter, review dates, red flags and body structure."""
    meta = validate_doc(LeafletMeta, doc.meta, problems)
    body = markdown.read_body(doc.body)
    body_ok = check_body(doc, body, problems, may_be_empty=(EASE_HEADING,))  # the Do and Don't lists follow it
    cards_at = check_sections(doc, body.intro, body.sections, problems)  # the body's own checks, whatever the top says
    if meta is None:
        return None
    check_review(doc.path, doc.meta, (), meta, problems, today, config)
    care = resolve_care(doc, meta, library, problems)
    if cards_at is None or not body_ok or care is None:
        return None
    listed = [*meta.do, *meta.dont, *(line.text for line in care.lines())]
    text = " ".join([body.text] + [markdown.as_sentence(s) for s in listed])
    age = check_reading_age(doc, text, config, problems)
    return Leaflet(doc.slug, doc.path.name, meta, care, body.intro_html, body.sections, cards_at, text, age,
                   meta_digest=doc.meta_digest)


def check_reading_age(doc: MarkdownDoc, text: str, config: SiteConfig | None, problems: Problems) -> float:
    """The reading age of text; above the site's limit, reported at the body's hardest sentence, where to start."""
    age = reading_age(text)
    if config and age > config.max_reading_age:
        hardest = hardest_sentence(doc.body)
        line, said = (doc.body_line + hardest[0], f" The hardest sentence is on this line: \"{hardest[1]}\"") \
            if hardest else (doc.body_line, "")
        problems.add(doc.path, line, f"the reading age is {age}, above the site's limit of "
                     f"{config.max_reading_age:g}.{said}", "use shorter sentences and everyday words; explain a "
                     "medical word the first time you use it")
    return age


def check_body(doc: MarkdownDoc, body: markdown.Body, problems: Problems, top: int = 1,
               may_be_empty: tuple[str, ...] = ()) -> bool:
    """Refuse raw HTML (scripts above all), `#` headings and Markdown slips; True when the body is clean. `top`: the
    level of the page's own heading; `may_be_empty`: sections the build fills (slips.py)."""
    clean = check_slips(doc, body, problems, top, may_be_empty)
    for found in body.html_found:
        clean = False
        if found.dangerous:
            problems.add(doc.path, doc.body_line + found.line, f"`{found.snippet}` is not allowed: pages must not run code",
                         "delete it; leaflets are plain Markdown")
        else:
            problems.add(doc.path, doc.body_line + found.line, f"raw HTML `{found.snippet}` is not allowed",
                         "use Markdown instead: **bold**, - lists, ## headings")
    for line in body.h1_lines:
        clean = False
        problems.add(doc.path, doc.body_line + line, "a `#` heading is not allowed in the body",
                     "the page heading comes from `title`; start sections with ##")
    return clean


def check_sections(doc: MarkdownDoc, intro: str, sections: list, problems: Problems) -> int | None:
    """Index of the first section after the care cards, or None when the NHS page order is broken."""
    names = [s.heading for s in sections]
    check = next((i for i, n in enumerate(names) if n.startswith(CHECK_HEADING)), None)
    ease = next((i for i, n in enumerate(names) if n.startswith(EASE_HEADING)), None)
    ok = True
    if not intro:
        ok = _fail(problems, doc, doc.body_line, "the leaflet has no introduction before the first ## heading",
                   "start with a few sentences: what it is, that it usually gets better, how long that takes")
    if check is None:
        ok = _missing(problems, doc, sections, ("check if", "symptoms?"), f"{CHECK_HEADING} you have",
                      "Check if you have knee pain", "add one listing the common symptoms")
    if ease is None:
        ok = _missing(problems, doc, sections, ("ease", "yourself", "self-care"), EASE_HEADING,
                      "How you can ease knee pain yourself",
                      "add one; the Do and Don't lists, exercises and care cards follow it")
    elif check is not None and ease < check:
        ok = _fail(problems, doc, doc.body_line + sections[ease].line, "`## How you can ease` comes before `## Check if`",
                   "put the symptoms first, as NHS condition pages do")
    return ease + 1 if ok else None


def _missing(problems: Problems, doc: MarkdownDoc, sections: list, words: tuple[str, ...], start: str, example: str,
             hint: str) -> bool:
    """A required section is missing: at the heading likely meant to be it (renamed, or in Title Case), say how it
    must start, rather than ask for a second one; else say so at the body's first line."""
    # whole words ("ease", not the "ease" of "disease"), and never the other required heading, already right
    meant = next((s for s in sections if not s.heading.startswith((CHECK_HEADING, EASE_HEADING))
                  and any(re.search(rf"\b{word}\b", s.heading.lower()) for word in words)), None)
    if meant is not None:
        return _fail(problems, doc, doc.body_line + meant.line, f"`## {meant.heading}` must start with `{start}`, "
                     "word for word, with a capital only at the start", f"e.g. `## {example}`")
    return _fail(problems, doc, doc.body_line, f"there is no `## {start} ...` section", hint)


def _fail(problems: Problems, doc: MarkdownDoc, line: int, message: str, hint: str) -> bool:
    problems.add(doc.path, line, message, hint)
    return False


def validate_page(doc: MarkdownDoc, problems: Problems) -> GeneralPage | None:
    """A general page: title and summary, and a clean body."""
    meta = validate_doc(PageMeta, doc.meta, problems)
    if meta is None or not check_body(doc, markdown.read_body(doc.body), problems):
        return None
    return GeneralPage(doc.slug, meta, doc.body)


def check_leaflet_links(docs: tuple[MarkdownDoc, ...], leaflets: tuple[Leaflet, ...], exercise_ids: set[str],
                        slugs: set[str], problems: Problems) -> None:
    """`related` must name other leaflets and `exercises` exercises: any such file, even one that could not be read
    (that file has its own error)."""
    doc_by_slug = {d.slug: d for d in docs}
    for leaflet, doc in ((l, doc_by_slug[l.slug]) for l in leaflets):
        for index, slug in enumerate(leaflet.meta.related):
            if slug == leaflet.slug:
                problems.add(doc.path, doc.meta.line_of(("related", index)),
                             "a leaflet cannot list itself in `related`", "delete this line")
            elif slug not in slugs:
                _unknown(problems, doc, ("related", index), "leaflet", slug, slugs - {leaflet.slug}, "conditions/")
        for index, exercise in enumerate(leaflet.meta.exercises):
            if exercise not in exercise_ids:
                _unknown(problems, doc, ("exercises", index), "exercise", exercise, exercise_ids, "content/exercises/")
        for field in ("related", "exercises"):
            _twice(problems, doc, field, getattr(leaflet.meta, field))
    _titles_once(leaflets, doc_by_slug, problems)


def _titles_once(leaflets: tuple[Leaflet, ...], doc_by_slug: dict, problems: Problems) -> None:
    """Two leaflets with one title are two "Knee pain" entries in the A to Z and search: the browser editor names a
    second entry with the title of the first `knee-pain-1`, and said nothing."""
    first: dict[str, Leaflet] = {}
    for leaflet in sorted(leaflets, key=lambda l: l.slug):
        title = " ".join(leaflet.meta.title.casefold().split())
        earlier = first.setdefault(title, leaflet)
        if earlier is not leaflet:
            doc = doc_by_slug[leaflet.slug]
            problems.add(doc.path, doc.meta.line_of(("title",)),
                         f"the title `{leaflet.meta.title}` is already the title of {CONDITIONS}/{earlier.source}",
                         "give each leaflet its own title; to change that leaflet, edit it, not a copy of it")


def _twice(problems: Problems, doc: MarkdownDoc, field: str, names: tuple[str, ...]) -> None:
    for index, name in enumerate(names):
        if name in names[:index]:
            problems.add(doc.path, doc.meta.line_of((field, index)), f"`{name}` is listed twice in `{field}`",
                         "delete one")


def _unknown(problems: Problems, doc: MarkdownDoc, loc: tuple, kind: str, name: str, known: set[str], folder: str) -> None:
    problems.add(doc.path, doc.meta.line_of(loc), f"there is no {kind} called `{name}`",
                 suggest(name, known, f"use the file name of one in {folder}"))
