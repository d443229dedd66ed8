"""Decap CMS form fields made from our pydantic schema, through its JSON Schema, so the form and `check` agree.

Each JSON Schema shape maps to the control that fits it: text to a text box, a fixed list to a select, a date to a
date picker, true/false to a toggle, a group to a nested form, a list to a repeating form. `required`, number
ranges, list lengths and text patterns carry over as the form's own checks; the pattern's message is the hint
`check` gives. What a form cannot say (one date after another, a red flag's tier, links between files) is left
to `check`, which runs on every pull request.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from pydantic import BaseModel

from ..schema import BODY_AREAS
from ..validate.errors import pattern_hint
from ..wording import CARE_CARDS

Field = dict[str, Any]
# A control for one field, replacing the one its JSON Schema would give: the related-file pickers and the like.
Override = Callable[[str, str, bool], Field]

# Labels people read; the rest are made from the field name ("review_due" -> "Review due").
LABELS = {"dont": "Don't", "fcp": "Has a First Contact Practitioner (FCP)", "gp_referral": "GP referral",
          "self_referral": "Self-referral", "self_referral_suitable": "Suitable for self-referral",
          "url": "Web address", "web": "Web form address", "also_known_as": "Also known as (other names people use)"}
# Fields of a sentence or more get a text area rather than a one-line box.
LONG_TEXT = {"summary", "description", "text", "starting_position", "alt", "reason", "notes", "younger_people"}
NUMBER_BOUNDS = {"minimum": "min", "maximum": "max"}
# Labels for a field where another of the same name is on the same form (an exercise's steps, and its drawing's).
PATH_LABELS = {"illustration.pose.steps": "Numbered pictures (the positions in between, in turn)"}


def model_fields(model: type[BaseModel], overrides: Mapping[str, Override] = {}) -> list[Field]:
    """The form for one model: a field per schema field, in the schema's order."""
    schema = model.model_json_schema()
    return _object_fields(schema, schema.get("$defs", {}), "", overrides)


def label(name: str, path: str = "") -> str:
    return PATH_LABELS.get(path) or LABELS.get(name) or name.replace("_", " ").capitalize()


def _object_fields(schema: dict, defs: dict, path: str, overrides: Mapping[str, Override]) -> list[Field]:
    required = set(schema.get("required", ()))
    return [_field(name, prop, defs, f"{path}{name}", name in required, overrides)
            for name, prop in schema.get("properties", {}).items()]


def _field(name: str, prop: dict, defs: dict, path: str, required: bool, overrides: Mapping[str, Override]) -> Field:
    hint = {"hint": prop["description"]} if prop.get("description") else {}
    if path in overrides:
        return {**overrides[path](name, label(name, path), required), **hint}
    prop, optional = _resolve(prop, defs)
    base: Field = {"name": name, "label": label(name, path), "required": required and not optional, **hint}
    if prop.get("description") and not hint:
        base["hint"] = prop["description"]
    control = _control(name, prop, defs, path, overrides)
    if optional and control["widget"] == "object":
        # Decap checks a group's required fields even when the group is left out, so an optional group's fields
        # are optional in the form; `check` still insists on them once the group is there.
        control["fields"] = [_not_required(f) for f in control["fields"]]
    return {**base, **control}


def _not_required(field: Field) -> Field:
    inner = {"fields": [_not_required(f) for f in field["fields"]]} if field.get("widget") == "object" else {}
    return {**field, "required": False, **inner}


def _resolve(prop: dict, defs: dict) -> tuple[dict, bool]:
    """The schema a field's value follows, with `$ref`s looked up and `X or null` unwrapped to X (optional)."""
    optional = False
    if "anyOf" in prop and "x-editor" not in prop:
        branches = [b for b in prop["anyOf"] if b.get("type") != "null"]
        optional = len(branches) < len(prop["anyOf"])
        if len(branches) > 1 and all("enum" in b or "const" in b for b in branches):  # `BodyArea | Literal["all"]`
            branches = [{"type": "string", "enum": [v for b in branches for v in b.get("enum", [b.get("const")])]}]
        if len(branches) == 1:
            prop = {**{k: v for k, v in prop.items() if k != "anyOf"}, **branches[0]}
    if "$ref" in prop:
        target = defs[prop["$ref"].rsplit("/", 1)[-1]]
        prop = {**target, **{k: v for k, v in prop.items() if k not in ("$ref", "default")}}
    return prop, optional


def _control(name: str, prop: dict, defs: dict, path: str, overrides: Mapping[str, Override]) -> Field:
    """The widget and its settings for one resolved JSON Schema."""
    if "x-editor" in prop:
        return {"widget": f"msk-{prop['x-editor']}"}
    if "anyOf" in prop:  # a new schema shape no control fits yet: fail the build's tests, never guess
        raise ValueError(f"{path}: no editor control for a value of several shapes; add an override for it")
    if "enum" in prop:
        return select(prop["enum"])
    kind = prop.get("type")
    if kind == "object":
        return {"widget": "object", "collapsed": False, "fields": _object_fields(prop, defs, path + ".", overrides)}
    if kind == "array":
        return _list(name, prop, defs, path, overrides)
    if kind == "boolean":
        return {"widget": "boolean", "default": prop.get("default", False)}
    if kind in ("integer", "number"):
        bounds = {NUMBER_BOUNDS[k]: v for k, v in prop.items() if k in NUMBER_BOUNDS}
        return {"widget": "number", "value_type": "int" if kind == "integer" else "float", **bounds}
    if prop.get("format") == "date":
        return DATE
    return _text(name, prop)


# Stored as YYYY-MM-DD, the form `check` reads; picked in the browser's own date control.
DATE: Field = {"widget": "datetime", "format": "YYYY-MM-DD", "date_format": "YYYY-MM-DD", "time_format": False,
               "picker_utc": True}


def _text(name: str, prop: dict) -> Field:
    out: Field = {"widget": "text" if name in LONG_TEXT else "string"}
    if "pattern" in prop:
        out["pattern"] = [prop["pattern"], prop.get("x-message") or pattern_hint(name, prop["pattern"])]
    return out


def select(values: list, multiple: bool = False) -> Field:
    """A fixed list; body areas show the names pages show, and a red flag's tier the heading of its card."""
    areas = set(values) <= set(BODY_AREAS) | {"all"}
    return {"widget": "select", "options": [{"label": _option(v, areas), "value": v} for v in values],
            "multiple": multiple}


def _option(value: Any, areas: bool) -> str:
    # Only a list of body areas gets their names: a drawing's view "back" read "Back", as the body area is called.
    words = str(value).replace("_", " ")
    if areas:
        return BODY_AREAS.get(value, words)
    return f"{words}: {CARE_CARDS[value][1]}" if value in CARE_CARDS else words


def _list(name: str, prop: dict, defs: dict, path: str, overrides: Mapping[str, Override]) -> Field:
    items, _ = _resolve(prop.get("items", {}), defs)
    sizes = {key: prop[src] for src, key in (("minItems", "min"), ("maxItems", "max")) if src in prop}
    if "enum" in items:
        return {**select(items["enum"], multiple=True), **sizes}
    if "x-editor" in items:  # a list of "text or a group": one control edits the whole list (see editor.js)
        return {"widget": f"msk-{items['x-editor']}s", **sizes}
    if items.get("type") == "object":
        fields = _object_fields(items, defs, path + ".", overrides)
        return {"widget": "list", "collapsed": False, "summary": _summary(fields), "fields": fields, **sizes}
    item = _field(name, items, defs, path + ".*", True, overrides)
    # Open, so each line shows its words rather than a folded "item" heading.
    return {"widget": "list", "collapsed": False, "field": {k: v for k, v in item.items() if k != "hint"}, **sizes}


def _summary(fields: list[Field]) -> str:
    """What a folded list item shows: its first short text field."""
    first = next((f["name"] for f in fields if f.get("widget") == "string"), fields[0]["name"])
    return "{{fields.%s}}" % first
