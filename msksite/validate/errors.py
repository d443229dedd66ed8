"""Turn pydantic's validation errors into `path:line: message; hint` problems a clinician can act on."""
from __future__ import annotations

import calendar
import re
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from .. import addresses, markdown
from ..load import CONDITIONS, EXERCISES, RED_FLAGS, SECTIONS
from ..problems import Problems
from ..schema.common import Strict
from ..yamlsource import Loc, YamlDoc
from .suggest import close_match, suggest

M = TypeVar("M", bound=BaseModel)

# Why a pattern failed, said in words, by the name of the field that failed it.
PATTERN_HINTS = {
    "code": "NHS ODS practice codes are one capital letter then five digits, e.g. A81001",
    "moved_to": "NHS ODS practice codes are one capital letter then five digits, e.g. A81001",
    "postcode": "write a full postcode in capitals with one space, e.g. WX3 4AB",
    "district": "write the first half of a postcode in capitals, e.g. WX3",
    "email": "write an email address like physio@example.org",
    "signs": "write one to four lower-case words, each of which may end in *, e.g. numb* bottom",
}
SLUG_HINT = "use lower-case letters, digits and hyphens only, e.g. knee-pain"
PATH_HINT = f"write a site address that starts and ends with /, e.g. {addresses.leaflet('sore-knee')}"
# The guide to each kind of file, by its folder; a file without one is best explained by its other entries.
GUIDES = {CONDITIONS: "docs/leaflet-format.md", EXERCISES: "docs/exercise-format.md",
          SECTIONS: "docs/leaflet-format.md", RED_FLAGS: "docs/leaflet-format.md"}
EMPTY_HINTS = {"string_type": "write the text after the colon", "tuple_type": "add at least one `- ` line under it, "
               "or delete the line", "model_type": "add its fields on the lines under it, indented"}
BOUNDS = {"less_than_equal": "at most", "greater_than_equal": "at least", "less_than": "less than",
          "greater_than": "more than"}
TYPE_WORDS = {
    "string_type": "text", "int_type": "a whole number", "int_parsing": "a whole number", "bool_type": "true or false",
    "bool_parsing": "true or false", "tuple_type": "a list (one `- item` per line)", "model_type": "a group of fields",
    "dict_type": "a group of fields", "float_type": "a number", "float_parsing": "a number",
}


def validate_doc(model: type[M], doc: YamlDoc, problems: Problems, data: Any = None, known: set[str] | None = None) -> M | None:
    """Validate data (default: the whole doc) against model; report every error with its line."""
    try:
        return model.model_validate(doc.data if data is None else data)
    except ValidationError as err:
        names = known or field_names(model)
        errors = one_per_union(err.errors(), names)
        for error in errors:
            if not _echo(error, errors, names):
                report_error(error, doc, problems, names)
        return None


def one_per_union(errors: list[dict], names: set[str]) -> list[dict]:
    """A value that fits none of a field's allowed shapes (a prop is a name or a `{name, at}` group; an area is a body
    area or `all`) fails each shape: pydantic reports them all, under code names for the shapes. Keep the shape the
    value was written in, without the code name: a group's own mistakes (its fields, its check), or for a word every
    allowed name in one list."""
    kept: list[dict] = []
    groups: dict[tuple, list[tuple[tuple, dict]]] = {}
    for error in errors:
        loc = tuple(error["loc"])
        named = loc[:-1] if error["type"] == "extra_forbidden" else loc  # an unknown field is the editor's own name
        at = next((i for i, part in enumerate(named) if isinstance(part, str) and part not in names), None)
        if at is None:
            kept.append(error)
        else:
            groups.setdefault(loc[:at], []).append((loc[at + 1:], error))
    for prefix, group in groups.items():
        whole = [error for rest, error in group if not rest]  # about the value itself, not a field inside it
        checked = [{**error, "loc": prefix} for error in whole if error["type"] == "value_error"]
        if whole and not isinstance(whole[0].get("input"), dict):
            kept.append(checked[0] if checked else _one_list(whole, prefix))
        else:
            inside = [{**error, "loc": prefix + rest} for rest, error in group if rest]
            kept += checked[:1] + inside or [{**group[0][1], "loc": prefix}]
    return kept


def _one_list(whole: list[dict], prefix: tuple) -> dict:
    """Every name the value could have been, from each shape that is a list of names, each once."""
    literal = [error for error in whole if error["type"] == "literal_error"]
    if not literal:
        return {**whole[0], "loc": prefix}
    options = list(dict.fromkeys(option for e in literal for option in _options(str(e["ctx"]["expected"]))))
    return {**literal[0], "loc": prefix, "ctx": {"expected": ", ".join(options[:-1]) + f" or {options[-1]}"}}


def _options(expected: str) -> list[str]:
    """pydantic's "'a', 'b' or 'c'" as [a, b, c]."""
    return [option.strip(" '") for option in re.split(r",| or ", expected) if option.strip(" '")]


def entries_of(doc: YamlDoc | None, key: str) -> list:
    """The list under `key` in a YAML file, or [] when the file is not shaped so (its own check says why)."""
    entries = doc.data.get(key) if doc is not None and isinstance(doc.data, dict) else None
    return entries if isinstance(entries, list) else []


def checked_alone(model: type[M], entry: Any) -> M | None:
    """One entry of a file with a mistake, checked on its own, so the right ones still feed the checks between
    files; its own mistake is not reported again (the whole file's check has reported it)."""
    try:
        return model.model_validate(entry)
    except ValidationError:
        return None


def _echo(error: dict, errors: list[dict], names: set[str]) -> bool:
    """A second message about the same mistake would mislead: pydantic also calls a list 'too short' when its only
    item failed, and calls `title` missing when it was misspelt `titel` (already reported with "did you mean")."""
    loc = tuple(error["loc"])
    if error["type"] == "too_short":
        return any(len(other["loc"]) > len(loc) and tuple(other["loc"][:len(loc)]) == loc for other in errors)
    if error["type"] == "missing":
        misspelt = [tuple(o["loc"]) for o in errors if o["type"] == "extra_forbidden" and tuple(o["loc"][:-1]) == loc[:-1]]
        return any(close_match(str(other[-1]), names) == loc[-1] for other in misspelt)
    return False


def report_error(error: dict, doc: YamlDoc, problems: Problems, known: set[str], prefix: Loc = ()) -> None:
    """One pydantic error as a Problem on the line of the offending key."""
    loc = prefix + tuple(error["loc"])
    label, inside = entry_of(doc.data, loc)
    message, hint = describe(error, inside if label else loc, known, guide_for(doc.path))
    problems.add(doc.path, doc.line_of(loc), f"{label}: {message}" if label else message, hint)


def entry_of(data: Any, loc: Loc) -> tuple[str, Loc]:
    """The entry of a list a mistake is in, by its own name ("North MSK Physiotherapy"), and where in it: clearer to
    a clinician than `services[2].self_referral.web`. ("", loc) outside such a list, or on the entry as a whole."""
    if len(loc) < 3 or not isinstance(loc[1], int) or not isinstance(data, dict):
        return "", loc
    entries = data.get(loc[0])
    entry = entries[loc[1]] if isinstance(entries, list) and loc[1] < len(entries) else None
    names = [entry.get(key) for key in ("name", "id", "code", "district")] if isinstance(entry, dict) else []
    label = next((str(n) for n in names if isinstance(n, (str, int)) and str(n).strip()), "")
    return (label[:60], loc[2:]) if label else ("", loc)


def guide_for(path: Path) -> str:
    """Where the fields of this file are explained."""
    folder, file = path.parent.as_posix(), path.as_posix()
    return next((guide for where, guide in GUIDES.items() if folder.endswith(where) or file.endswith(where)),
                "the other entries in this file, or the same file in the example project")


def describe(error: dict, loc: Loc, known: set[str], guide: str) -> tuple[str, str]:
    """A message and a hint for one error, in plain words."""
    kind, name = error["type"], dotted(loc)
    if not loc and kind in ("model_type", "dict_type"):
        empty = error.get("input") is None
        return ("the file is empty" if empty else "the file must be a list of `field: value` lines",
                "compare it with the same file in the example project, or restore it from git history")
    field = next((str(part) for part in reversed(loc) if isinstance(part, str)), "value")
    if kind == "missing":
        article = "an" if field[:1] in "aeiou" else "a"
        return f"`{field}` is missing", f"add {article} `{field}:` line here (see {guide})"
    if kind == "extra_forbidden":
        return f"unknown field `{loc[-1]}`", suggest(loc[-1], known,
                                                     f"remove it, or check the spelling against {guide}")
    if kind == "value_error":
        text = str(error["msg"]).removeprefix("Value error, ")
        return (f"`{name}` {text}" if loc and not text.startswith(field) else text), ""
    return _describe_value(kind, error, name, field)


def _date_hint(written: str) -> str:
    """What is wrong with a date in the right shape (2026-11-31: November has 30 days), or how to write one."""
    shape = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", written.strip())
    if not shape:
        return "write dates as YYYY-MM-DD, e.g. 2029-11-01"
    year, month, _ = (int(part) for part in shape.groups())
    if not 1 <= month <= 12:
        return "the month (the middle number) must be from 01 to 12"
    days = calendar.monthrange(year, month)[1]
    return f"{calendar.month_name[month]} {year} has {days} days: check the day (the last number)"


def _describe_value(kind: str, error: dict, name: str, field: str) -> tuple[str, str]:
    got = error.get("input")
    if kind == "literal_error":
        choices = str(error["ctx"]["expected"]).replace("'", "")
        options = _options(choices)
        return f"`{name}` is `{got}`, which is not allowed", suggest(str(got), options, f"use one of: {choices}") + (
            f" (the choices: {choices})" if close_match(str(got), options) else "")
    if kind.startswith("date"):
        return f"`{name}` is `{got}`, which is not a date", _date_hint(str(got))
    if kind == "string_pattern_mismatch":
        pattern = str(error["ctx"]["pattern"])
        fixed = site_path(str(got)) if pattern.startswith("^/") else None
        hint = (f"write it as {fixed} (an address on this site: no https:// or site name, lower case, starting and "
                f"ending with /)" if fixed and re.fullmatch(pattern, fixed) else pattern_hint(field, pattern))
        return f"`{name}` is `{got}`, which is not in the right form", hint
    if kind in TYPE_WORDS:
        return _wrong_type(kind, got, name, error.get("ctx", {}).get("class_name", ""))
    if kind in BOUNDS:
        bound = next(iter(error["ctx"].values()))
        return f"`{name}` is {got}; it must be {BOUNDS[kind]} {bound}", "check the number"
    if kind == "too_short" and error["ctx"].get("min_length", 1) > 1 and got:
        return f"`{name}` has {len(got)} item(s); it needs at least {error['ctx']['min_length']}", "add the missing items"
    if kind == "too_short":
        return f"`{name}` is empty", "add at least one item"
    if kind == "too_long":
        return (f"`{name}` has {error['ctx']['actual_length']} items; at most {error['ctx']['max_length']} are allowed",
                "keep the list short so a patient in pain can follow it: merge or remove items")
    if kind == "string_too_long":
        return (f"`{name}` is {len(got)} characters long; it can be at most {error['ctx']['max_length']}",
                "shorten it; check that nothing was pasted into it by mistake")
    if kind == "string_too_short":
        return f"`{name}` is empty", "write some text after the colon"
    return f"`{name}`: {error['msg']}", ""


def _wrong_type(kind: str, got: Any, name: str, group: str = "") -> tuple[str, str]:
    if got is None:  # `field:` with nothing after it
        return f"`{name}` is empty", EMPTY_HINTS.get(kind, "write its value after the colon, or delete the line")
    if isinstance(got, dict) and kind == "string_type":
        if "flag" in got:
            return (f"`{name}` names the red flag `{got['flag']}`, but red flags cannot go here",
                    "move it under the tier the red-flag library gives it: urgent, urgent_care or emergency")
        return f"`{name}` has a colon in it, so it is read as two parts", "put the whole line in double quotes"
    hint = ""
    if kind in ("model_type", "dict_type"):
        hint = f"write its fields{_fields_of(group)} on the lines under it, indented by two spaces"
    elif kind == "string_type":
        hint = "put the whole value in double quotes"
    return f"`{name}` should be {TYPE_WORDS[kind]}, not `{got}`", hint


def _fields_of(group: str) -> str:
    """" (repetitions, how_often and, if wanted, hold)" for the schema model of that name, or "" if none is known."""
    models, found = [Strict], None  # every source schema's base
    while models and found is None:
        model = models.pop()
        found = model if model.__name__ == group else None
        models.extend(model.__subclasses__())
    if found is None:
        return ""
    needed = [n for n, f in found.model_fields.items() if f.is_required()]
    optional = [n for n, f in found.model_fields.items() if not f.is_required()]
    listed = ", ".join(needed) + (f" and, if wanted, {', '.join(optional)}" if optional else "")
    return f" ({listed})" if listed else ""


def site_path(text: str) -> str | None:
    """What a mistyped site address most likely means: "https://site/Conditions/Old_Knee" -> /conditions/old-knee/."""
    path = re.sub(r"^([a-z]+:)?//[^/]*", "", text.strip(), flags=re.I)  # with its site's name, or another's
    parts = [markdown.slugify(part) for part in path.split("/")]
    parts = [part for part in parts if part]
    return "/" + "".join(f"{part}/" for part in parts) if parts else None


def pattern_hint(field: str, pattern: str) -> str:
    if field in PATTERN_HINTS:
        return PATTERN_HINTS[field]
    if pattern.startswith("^/"):
        return PATH_HINT
    return SLUG_HINT


def dotted(loc: Loc) -> str:
    """('safety_netting', 'urgent', 0) -> safety_netting.urgent[1], counting list items from 1 as people do."""
    out = ""
    for part in loc:
        out += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def field_names(model: type[BaseModel]) -> set[str]:
    """Every field name in a model and the models inside it, for 'did you mean' suggestions."""
    names: set[str] = set()
    stack = [model]
    while stack:
        current = stack.pop()
        for name, info in current.model_fields.items():
            names.add(name)
            stack.extend(_nested_models(info.annotation))
    return names


def _nested_models(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in getattr(annotation, "__args__", ()) for m in _nested_models(arg)]
