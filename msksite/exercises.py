"""Exercises: the schema of content/exercises/*.yaml, validation, and the model with its drawing."""
from __future__ import annotations

from dataclasses import dataclass

from .illustrate import render_svg
from .problems import Problems
from .schema import ExerciseMeta
from .schema_errors import validate_doc
from .yamlsource import YamlDoc


@dataclass(frozen=True)
class Exercise:
    """A validated exercise and its line drawing, rendered once at load time."""

    id: str
    meta: ExerciseMeta
    svg: str

    @property
    def url(self) -> str:
        return f"/exercises/{self.id}/"


def validate_exercises(docs: tuple[YamlDoc, ...], problems: Problems) -> tuple[Exercise, ...]:
    """Every exercise file that validates, in title order."""
    found = []
    for doc in docs:
        meta = validate_doc(ExerciseMeta, doc, problems)
        if meta is not None:
            found.append(Exercise(doc.path.stem, meta, render_svg(meta.illustration.pose, meta.illustration.alt)))
    return tuple(sorted(found, key=lambda e: e.meta.title.lower()))
