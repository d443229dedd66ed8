"""A file's own checks from the project's cache (msksite/store.py): `build` and `check` skip validating a file that,
with everything its checks depend on, is as when an earlier build checked it, and report what was reported then.
The files the cache does not hold are checked up front, in a pool of workers when there are many (pool.py)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import fields, is_dataclass, replace
from functools import partial
from pathlib import Path
from typing import TypeVar

from ..load import MarkdownDoc
from ..pool import in_pool
from ..problems import Problem, Problems
from ..store import Store, fingerprint, key, replayed, reported, through

T = TypeVar("T")
Check = Callable[[MarkdownDoc, Problems], T]


# A leaflet of about 1,000 words takes some 11 ms to check (its one Markdown parse and its reading age): from this
# many, a pool's start-up is paid back.
POOL_FROM = 100


def stored(store: Store | None, step: str, inputs: tuple, check: Check, ahead: Sequence[MarkdownDoc] = (),
           root: Path = Path(".")) -> Check:
    """check, through the store: `inputs` are what check reads besides the file (the date, the config, the red-flag
    library), hashed once into every key. `ahead` are the files about to be checked: those the store does not hold
    are checked up front (in_advance), reporting problems against the project folder `root`."""
    if store is None:
        return in_advance(ahead, check, root)
    context = fingerprint(inputs, {})

    def name_of(doc: MarkdownDoc) -> str:
        return key(step, str(doc.path), doc.digest, context)

    check = in_advance([doc for doc in ahead if doc.digest and not store.holds(name_of(doc))], check, root)

    def run(doc: MarkdownDoc, problems: Problems) -> T:
        if not doc.digest:
            return check(doc, problems)
        name = name_of(doc)
        return through(store, name, problems, lambda own: _stamped(check(doc, own), name))
    return run


def in_advance(docs: Sequence[MarkdownDoc], check: Check, root: Path) -> Check:
    """check, with each of docs checked up front in a pool of forked workers when there are at least POOL_FROM of
    them: a file's checks are a pure function of it (and of what the pool's workers find already made in this
    process), so the results and problems are the ones one process would get (tests/test_cache.py). The check
    returned gives each file's result and reports its problems once, and checks any other file itself."""
    global _checking
    if len(docs) < POOL_FROM:
        return check
    _checking = check, tuple(docs), root
    try:
        done = dict(zip((doc.path for doc in docs), in_pool(_check_nth, range(len(docs)), POOL_FROM)))
    finally:
        _checking = None

    def run(doc: MarkdownDoc, problems: Problems) -> T:
        if doc.path not in done:
            return check(doc, problems)
        return replayed(done.pop(doc.path), problems)
    return run


# What the pool's workers check: set just before the pool forks them, so only file numbers and results cross.
_checking: tuple[Check, tuple[MarkdownDoc, ...], Path] | None = None


def _check_nth(index: int) -> tuple[object, list[Problem]]:
    check, docs, root = _checking
    return reported(partial(check, docs[index]), root)


def _stamped(result: T, name: str) -> T:
    """The result marked with the key it is stored under (see model.Leaflet.cache_origin), when it can hold one."""
    if is_dataclass(result) and any(f.name == "cache_origin" for f in fields(result)):
        return replace(result, cache_origin=name)
    return result
