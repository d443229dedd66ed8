"""content/exercises/*.yaml: one exercise, its dose, safety limits and drawing.

The limits on list lengths are editorial rules: a patient in pain follows two to six steps, and a long list of
stop signs hides the one that matters.
"""
from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, Field

from .. import addresses
from .common import BodyArea, OldPath, Strict, Text, old_addresses, pattern_schema
from .pose import Pose

# Alt text says what the picture shows; screen readers already announce that it is an image.
_REDUNDANT_ALT = ("image of", "picture of", "a drawing of", "drawing of")


# A screen reader reads alt text in one go, with no pausing or going back inside it; the page already gives the
# steps in words beside the drawing, so the alt only says what the picture shows (alts had grown to nearly 900).
ALT_MAX = 350


def _alt_says_what_it_shows(value: str) -> str:
    if value.lower().startswith(_REDUNDANT_ALT):
        raise ValueError("should describe the position, not say it is a picture; delete the first words "
                         "(screen readers already say it is an image)")
    if len(value) > ALT_MAX:
        raise ValueError(f"is {len(value)} characters long; keep it to {ALT_MAX} or fewer, since a screen reader "
                         "reads it in one go: say in two or three short sentences what the picture shows (the "
                         "position, what moves and which way), as the steps already say how to do the exercise")
    return value


class Dose(Strict):
    repetitions: Text
    hold: Text | None = None
    how_often: Text


class Illustration(Strict):
    alt: Annotated[Text, AfterValidator(_alt_says_what_it_shows), pattern_schema(
        rf"^[\s\S]{{15,{ALT_MAX}}}$", f"keep it to {ALT_MAX} characters or fewer: say what the picture shows")] = Field(
        min_length=15, description=f"What the drawing shows, for people who cannot see it: the position, what "
        f"moves and which way, in two or three short sentences (at most {ALT_MAX} characters)")
    pose: Pose


class ExerciseMeta(Strict):
    title: Text = Field(description="The exercise's name, e.g. Heel raises")
    body_area: BodyArea
    summary: Text = Field(description="One sentence: what it helps with")
    starting_position: Text = Field(description="How to start, e.g. Stand holding the back of a chair")
    check_first: tuple[Text, ...] = Field(default=(), max_length=3, description="Up to 3 people who should ask "
                                          "first, e.g. If you have had a hip replacement, check with your surgeon or "
                                          "physio before doing this one.")
    steps: tuple[Text, ...] = Field(min_length=2, max_length=6, description="2 to 6 short steps, one action each")
    dose: Dose
    avoid: tuple[Text, ...] = Field(default=(), max_length=3)
    stop_if: tuple[Text, ...] = Field(min_length=1, max_length=3, description="1 to 3 signs to stop, e.g. the pain "
                                      "gets much worse")
    illustration: Illustration
    redirect_from: tuple[OldPath, ...] = old_addresses("exercise", addresses.exercise("heel-lifts"))
