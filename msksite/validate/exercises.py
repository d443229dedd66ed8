"""Exercises: each content/exercises/*.yaml against its schema (editorial limits included), as Exercise models,
and each drawing's pose against what a body can do."""
from __future__ import annotations

from ..drawing.checks import pose_problems
from ..model import Exercise
from ..problems import Problems
from ..schema import ExerciseMeta
from ..yamlsource import YamlDoc
from .errors import validate_doc

POSE = ("illustration", "pose")


def validate_exercises(docs: tuple[YamlDoc, ...], problems: Problems) -> tuple[Exercise, ...]:
    """Every exercise file that validates, in title order; a pose a body cannot take is reported but still drawn."""
    found = []
    for doc in docs:
        meta = validate_doc(ExerciseMeta, doc, problems)
        if meta is not None:
            for where, message, hint in pose_problems(meta.illustration.pose):
                problems.add(doc.path, doc.line_of(POSE + where), message, hint)
            found.append(Exercise(doc.path.stem, meta))
    return tuple(sorted(found, key=lambda e: e.meta.title.lower()))
