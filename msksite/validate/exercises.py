"""Exercises: each content/exercises/*.yaml against its schema (editorial limits included), as Exercise models."""
from __future__ import annotations

from ..model import Exercise
from ..problems import Problems
from ..schema import ExerciseMeta
from ..yamlsource import YamlDoc
from .errors import validate_doc


def validate_exercises(docs: tuple[YamlDoc, ...], problems: Problems) -> tuple[Exercise, ...]:
    """Every exercise file that validates, in title order."""
    found = []
    for doc in docs:
        meta = validate_doc(ExerciseMeta, doc, problems)
        if meta is not None:
            found.append(Exercise(doc.path.stem, meta))
    return tuple(sorted(found, key=lambda e: e.meta.title.lower()))
