"""Results of per-file steps kept between the rebuilds of `serve`, so an edit does not read and check every file again.

A step (reading one file, validating one leaflet, finding one body's links) is a pure function of its inputs; its
result is reused only while those inputs are equal to the ones it was computed from, and the problems it reported
are reported again each time, so a reused result says exactly what computing it again would say. `build` and
`check` use NO_MEMO, which computes every time.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from .problems import Problems

T = TypeVar("T")


class Memo:
    """One remembered result per (step, item): its inputs, its result and the problems it reported."""

    def __init__(self) -> None:
        # (step, item) -> [inputs, result, problems reported, the sweep generation that last asked for it]
        self._entries: dict[tuple[str, Hashable], list] = {}
        self._generation = 0

    def run(self, step: str, item: Hashable, inputs: tuple, compute: Callable[[Problems], T], problems: Problems) -> T:
        """compute(problems)'s result, reused while `inputs` equal the last ones for this step and item."""
        key = (step, item)
        entry = self._entries.get(key)
        if entry is None or entry[0] != inputs:  # tuples compare element by element, the same object first
            own = Problems(problems.root)
            entry = self._entries[key] = [inputs, compute(own), own.items, self._generation]
        else:
            entry[3] = self._generation
        if entry[2]:
            problems.items.extend(entry[2])
        return entry[1]

    def keep(self, step: str, item: Hashable, inputs: tuple, compute: Callable[[], T]) -> T:
        """compute()'s result for a step that reports nothing (the plan's), reused while `inputs` are unchanged: the
        same object again, so whatever compares it with last time's finds it at once."""
        return self.run(step, item, inputs, lambda _: compute(), _SILENT)

    def sweep(self) -> None:
        """Forget the items the last run did not ask for (deleted files), so the memo does not grow with edits."""
        self._entries = {key: entry for key, entry in self._entries.items() if entry[3] == self._generation}
        self._generation += 1


class Same:
    """An input that is unchanged only while it is the very same object: the memo of load gives an unchanged file's
    document again as the same object, and anything read again is new, however equal its values look."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Same) and other.value is self.value

    __hash__ = None  # type: ignore[assignment]


class _NoMemo(Memo):
    def run(self, step: str, item: Hashable, inputs: tuple, compute: Callable[[Problems], T], problems: Problems) -> T:
        return compute(problems)


_SILENT = Problems()  # what keep's steps report to: nothing, ever


NO_MEMO: Memo = _NoMemo()
