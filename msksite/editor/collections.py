"""The browser editor's collections: which files it offers, and the form for each, made from the schema."""
from __future__ import annotations

from functools import partial
from typing import Any

from .. import addresses, load
from ..schema import (DistrictsFile, ExerciseMeta, LeafletMeta, PageMeta, PracticesFile, RedFlag, RedFlagLibrary,
                      ServicesFile, SharedSectionMeta)
from ..schema.common import BODY_AREAS
from ..schema.pose import PROP_PLACES
from ..wording import CARE_CARDS
from .fields import Field, Override, model_fields

# Decap's own names for where it saves a form's values in a file: front matter above Markdown, or plain YAML.
BODY: Field = {"name": "body", "label": "Page text (Markdown)", "widget": "markdown", "modes": ["raw"],
               "hint": "Headings start with ##. A blank line starts a new paragraph. Lists start with - ."}
TIERS = ("urgent", "urgent_care", "emergency")


def relation(collection: str, name: str, label: str, required: bool, multiple: bool = True) -> Field:
    """A picker of another file in a folder collection (an exercise, a leaflet), stored by its file name."""
    return {"name": name, "label": label, "widget": "relation", "collection": collection, "required": required,
            "value_field": "{{slug}}", "search_fields": ["title"], "display_fields": ["title"], "multiple": multiple}


def service_picker(name: str, label: str, required: bool) -> Field:
    """A picker of one service from the directory's services file, stored by its id."""
    return {"name": name, "label": label, "widget": "relation", "collection": "directory", "file": "services",
            "required": required, "value_field": "services.*.id", "search_fields": ["services.*.name"],
            "display_fields": ["services.*.name"]}


def safety_lines(flags: list[RedFlag], tier: str, name: str, label: str, required: bool) -> Field:
    """Lines in the leaflet's own words, or red flags from the library; only the flags of this tier are offered,
    as `check` insists that a flag sits under its own tier."""
    # Each flag names its body areas and they come grouped by them: the knee leaflet's picker offered 14 flags, 6 of
    # them for the hand, wrist, elbow or head, with nothing to tell them apart.
    ours = sorted((flag for flag in flags if flag.tier == tier), key=lambda flag: (flag.areas, flag.text))
    options = [{"value": flag.id, "label": f"({', '.join(BODY_AREAS.get(a, a) for a in flag.areas)}) {flag.text}"}
               for flag in ours]
    return {"name": name, "label": label, "widget": "msk-safety-lines", "required": required, "flags": options,
            "hint": f"The card \"{CARE_CARDS[tier][1]}\"; a red flag here reads as the library words it"}


def props_list(name: str, label: str, required: bool) -> Field:
    """Props by name (`chair`), or with a place (`{name: chair, at: near_hand}`), each name offering its places."""
    return {"name": name, "label": label, "widget": "msk-props", "required": required,
            "places": {prop: list(places) for prop, places in PROP_PLACES.items()}}


def leaflet_overrides(flags: list[RedFlag]) -> dict[str, Override]:
    lines = {f"safety_netting.{tier}": partial(safety_lines, flags, tier) for tier in TIERS}
    return {"exercises": partial(relation, "exercises"), "related": partial(relation, "conditions"), **lines}


def folder(name: str, label: str, path: str, fields: list[Field], markdown: bool, **extra: Any) -> dict:
    """A collection of one file per entry (leaflets, exercises, pages), named from the title."""
    shape = {"extension": "md", "format": "frontmatter"} if markdown else {"extension": "yaml", "format": "yaml"}
    # No "Delete published entry": it committed straight to main, unreviewed, and lost published addresses. A page
    # is retired by a reviewed change instead (its address in another's `redirect_from`).
    return {"name": name, "label": label, "folder": path, "create": True, "delete": False, "slug": "{{slug}}",
            "identifier_field": "title", **shape, "fields": _with_body(fields) if markdown else fields, **extra}


def _with_body(fields: list[Field]) -> list[Field]:
    """The page text straight after the summary (or last, if there is none): last, it sat below some 60
    safety-netting controls, sources and old addresses, where the words a clinician edits most were hard to find."""
    names = [f["name"] for f in fields]
    at = names.index("summary") + 1 if "summary" in names else len(fields)
    return fields[:at] + [BODY] + fields[at:]


def one_file(name: str, label: str, path: str, fields: list[Field]) -> dict:
    """A file holding one long list (55 red flags, 70 practices): its entries folded, each showing its first words,
    so one can be found; open, the library was one page-long form."""
    folded = [{**f, "collapsed": True} if f.get("widget") == "list" and "fields" in f else f for f in fields]
    return {"name": name, "label": label, "file": path, "fields": folded}


def collections(flags: list[RedFlag]) -> list[dict]:
    """Every collection the editor offers, in the order its menu lists them."""
    services = {"practices.service": service_picker, "districts.service": service_picker}
    return [
        folder("conditions", "Condition leaflets", load.CONDITIONS, model_fields(LeafletMeta, leaflet_overrides(flags)),
               markdown=True, preview_path=addresses.leaflet("{{slug}}").lstrip("/")),
        folder("exercises", "Exercises", load.EXERCISES,
               model_fields(ExerciseMeta, {"illustration.pose.props": props_list}), markdown=False,
               preview_path=addresses.exercise("{{slug}}").lstrip("/")),
        {"name": "red_flags", "label": "Red-flag library", "files": [
            one_file("library", "Red flags", load.RED_FLAGS, model_fields(RedFlagLibrary))]},
        {"name": "directory", "label": "Service directory", "files": [
            one_file("services", "Services", load.SERVICES, model_fields(ServicesFile)),
            one_file("practices", "GP practices", load.PRACTICES, model_fields(PracticesFile, services)),
            one_file("districts", "Postcode districts", load.DISTRICTS, model_fields(DistrictsFile, services))]},
        folder("pages", "General pages", load.PAGES, model_fields(PageMeta), markdown=True),
        folder("sections", "Shared sections", load.SECTIONS,
               model_fields(SharedSectionMeta, {"applies_to.leaflets": partial(relation, "conditions")}), markdown=True),
    ]


# The model each collection's form is made from, by collection (or file) name: the schema test walks both.
MODELS = {"conditions": LeafletMeta, "exercises": ExerciseMeta, "library": RedFlagLibrary, "services": ServicesFile,
          "practices": PracticesFile, "districts": DistrictsFile, "pages": PageMeta, "sections": SharedSectionMeta}
