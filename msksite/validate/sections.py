"""Shared sections (content/sections/*.md): written once, shown on every leaflet they apply to."""
from __future__ import annotations

from datetime import date

from .. import markdown
from ..load import MarkdownDoc
from ..model import SharedSection
from ..problems import Problems
from ..schema import SharedSectionMeta, SiteConfig
from .errors import validate_doc
from .leaflets import check_body, check_reading_age
from .reviews import check_review
from .suggest import suggest


def validate_section(doc: MarkdownDoc, leaflet_slugs: set[str], problems: Problems, today: date,
                     config: SiteConfig | None) -> SharedSection | None:
    """One shared section, or None when it is broken (every problem reported)."""
    meta = validate_doc(SharedSectionMeta, doc.meta, problems)
    body = markdown.read_body(doc.body)
    clean = check_body(doc, body, problems, top=2) and _no_h2(doc, body, problems)  # its title is a ## heading
    if meta is None or not clean:
        return None
    check_review(doc.path, doc.meta, (), meta, problems, today, config)
    for index, slug in enumerate(meta.applies_to.leaflets):
        if slug not in leaflet_slugs:
            problems.add(doc.path, doc.meta.line_of(("applies_to", "leaflets", index)), f"there is no leaflet called `{slug}`",
                         suggest(slug, leaflet_slugs, "use the file name of one in conditions/"))
    age = check_reading_age(doc, body.text, config, problems)
    return SharedSection(doc.slug, meta, doc.body, age)


def _no_h2(doc: MarkdownDoc, body: markdown.Body, problems: Problems) -> bool:
    """The section's `title` is its `##` heading on each leaflet, so its body may use `###` and below only."""
    for section in body.sections:
        problems.add(doc.path, doc.body_line + section.line, "a `##` heading is not allowed in a shared section",
                     "the heading comes from `title`; use ### for parts of the section")
    return not body.sections
