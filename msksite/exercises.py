"""Exercises: the schema of content/exercises/*.yaml, validation, and the model with its drawing."""
from __future__ import annotations

from dataclasses import dataclass

from pydantic import Field

from .illustrate import Pose, render_svg
from .problems import Problems
from .schema import BodyArea, Strict, Text
from .schema_errors import validate_doc
from .yamlsource import YamlDoc


class Dose(Strict):
    repetitions: Text
    hold: Text | None = None
    how_often: Text


class Illustration(Strict):
    alt: Text = Field(min_length=15)
    pose: Pose


class ExerciseMeta(Strict):
    title: Text
    body_area: BodyArea
    summary: Text
    starting_position: Text
    steps: tuple[Text, ...] = Field(min_length=1)
    dose: Dose
    avoid: tuple[Text, ...] = ()
    stop_if: tuple[Text, ...] = Field(min_length=1)
    illustration: Illustration


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
