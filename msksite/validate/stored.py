"""A file's own checks from the project's cache (msksite/store.py): `build` and `check` skip validating a file that,
with everything its checks depend on, is as when an earlier build checked it, and report what was reported then."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields, is_dataclass, replace
from typing import TypeVar

from ..load import MarkdownDoc
from ..problems import Problems
from ..store import Store, fingerprint, key, through

T = TypeVar("T")
Check = Callable[[MarkdownDoc, Problems], T]


def stored(store: Store | None, step: str, inputs: tuple, check: Check) -> Check:
    """check, through the store: `inputs` are what check reads besides the file (the date, the config, the red-flag
    library), hashed once into every key."""
    if store is None:
        return check
    context = fingerprint(inputs, {})

    def run(doc: MarkdownDoc, problems: Problems) -> T:
        if not doc.digest:
            return check(doc, problems)
        name = key(step, str(doc.path), doc.digest, context)
        return through(store, name, problems, lambda own: _stamped(check(doc, own), name))
    return run


def _stamped(result: T, name: str) -> T:
    """The result marked with the key it is stored under (see model.Leaflet.cache_origin), when it can hold one."""
    if is_dataclass(result) and any(f.name == "cache_origin" for f in fields(result)):
        return replace(result, cache_origin=name)
    return result
