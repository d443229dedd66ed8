"""Leaflets and general pages: front matter, review dates, body structure, reading age and links between them."""
from __future__ import annotations

from datetime import date

from .. import markdown
from ..load import MarkdownDoc
from ..model import GeneralPage, Leaflet
from ..problems import Problems
from ..readability import reading_age
from ..schema import LeafletMeta, PageMeta, SiteConfig
from .errors import validate_doc
from .suggest import suggest

CHECK_HEADING = "Check if"
EASE_HEADING = "How you can ease"


def validate_leaflet(doc: MarkdownDoc, problems: Problems, today: date, config: SiteConfig | None) -> Leaflet | None:
    """One condition leaflet: front matter, review dates and body structure."""
    meta = validate_doc(LeafletMeta, doc.meta, problems)
    body_ok = check_body(doc, problems)
    if meta is None:
        return None
    check_review_dates(doc, meta, problems, today, config)
    intro, sections = markdown.split_sections(doc.body)
    cards_at = check_sections(doc, intro, sections, problems)
    if cards_at is None or not body_ok:
        return None
    text = " ".join([markdown.plain_text(doc.body)] + [markdown.as_sentence(s) for s in _listed_sentences(meta)])
    age = reading_age(text)
    if config and age > config.max_reading_age:
        problems.add(doc.path, doc.body_line, f"the reading age is {age}, above the site's limit of {config.max_reading_age:g}",
                     "use shorter sentences and everyday words; explain a medical word the first time you use it")
    return Leaflet(doc.slug, doc.path.name, meta, intro, tuple(sections), cards_at, text, age)


def _listed_sentences(meta: LeafletMeta) -> list[str]:
    nets = meta.safety_netting
    return [*meta.do, *meta.dont, *nets.non_urgent, *nets.urgent, *nets.emergency]


def check_body(doc: MarkdownDoc, problems: Problems) -> bool:
    """Refuse raw HTML (scripts above all) and `#` headings; True when the body is clean."""
    clean = True
    for found in markdown.find_html(doc.body):
        clean = False
        if found.dangerous:
            problems.add(doc.path, doc.body_line + found.line, f"`{found.snippet}` is not allowed: pages must not run code",
                         "delete it; leaflets are plain Markdown")
        else:
            problems.add(doc.path, doc.body_line + found.line, f"raw HTML `{found.snippet}` is not allowed",
                         "use Markdown instead: **bold**, - lists, ## headings")
    for line in markdown.h1_lines(doc.body):
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
        ok = _fail(problems, doc, doc.body_line, "there is no `## Check if you have ...` section",
                   "add one listing the common symptoms")
    if ease is None:
        ok = _fail(problems, doc, doc.body_line, "there is no `## How you can ease ... yourself` section",
                   "add one; the Do and Don't lists, exercises and care cards follow it")
    elif check is not None and ease < check:
        ok = _fail(problems, doc, doc.body_line + sections[ease].line, "`## How you can ease` comes before `## Check if`",
                   "put the symptoms first, as NHS condition pages do")
    return ease + 1 if ok else None


def _fail(problems: Problems, doc: MarkdownDoc, line: int, message: str, hint: str) -> bool:
    problems.add(doc.path, line, message, hint)
    return False


def check_review_dates(doc: MarkdownDoc, meta: LeafletMeta, problems: Problems, today: date, config: SiteConfig | None) -> None:
    """Review dates must be real, in order, not overdue, and within the configured review interval."""
    due_line, reviewed_line = doc.meta.line_of(("review_due",)), doc.meta.line_of(("reviewed",))
    if meta.reviewed > today:
        problems.add(doc.path, reviewed_line, f"reviewed {meta.reviewed} is in the future", "use the date the review happened")
    if meta.review_due < today:
        problems.add(doc.path, due_line, f"review_due {meta.review_due} is in the past",
                     "ask the reviewer to re-check the leaflet and set a new date")
    elif meta.review_due <= meta.reviewed:
        problems.add(doc.path, due_line, f"review_due {meta.review_due} is not after reviewed {meta.reviewed}",
                     "set the next review date after the last one")
    years = config.max_review_interval_years if config else None
    if years and (meta.review_due - meta.reviewed).days > years * 366:
        problems.add(doc.path, due_line, f"review_due is more than {years} years after reviewed",
                     f"the site's review policy allows at most {years} years; bring the date forward")


def validate_page(doc: MarkdownDoc, problems: Problems) -> GeneralPage | None:
    """A general page: title and summary, and a clean body."""
    meta = validate_doc(PageMeta, doc.meta, problems)
    if meta is None or not check_body(doc, problems):
        return None
    return GeneralPage(doc.slug, meta, doc.body)


def check_leaflet_links(docs: tuple[MarkdownDoc, ...], leaflets: tuple[Leaflet, ...], exercise_ids: set[str],
                        problems: Problems) -> None:
    """`related` must name other leaflets and `exercises` must name exercises that exist."""
    slugs = {d.slug for d in docs}
    doc_by_slug = {d.slug: d for d in docs}
    for leaflet, doc in ((l, doc_by_slug[l.slug]) for l in leaflets):
        for index, slug in enumerate(leaflet.meta.related):
            if slug not in slugs or slug == leaflet.slug:
                _unknown(problems, doc, ("related", index), "leaflet", slug, slugs - {leaflet.slug}, "conditions/")
        for index, exercise in enumerate(leaflet.meta.exercises):
            if exercise not in exercise_ids:
                _unknown(problems, doc, ("exercises", index), "exercise", exercise, exercise_ids, "content/exercises/")


def _unknown(problems: Problems, doc: MarkdownDoc, loc: tuple, kind: str, name: str, known: set[str], folder: str) -> None:
    problems.add(doc.path, doc.meta.line_of(loc), f"there is no {kind} called `{name}`",
                 suggest(name, known, f"use the file name of one in {folder}"))
