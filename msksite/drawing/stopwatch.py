"""A small stopwatch beside a position held still (``hold: true``), as in standing on one leg.

Without it, one knee lifted with no arrow was read as a knee lift or marching (reviewers: "with no arrow or hold cue
it could be read as a knee lift or marching"). A stopwatch says "hold for a while" without saying "move": its face
with a shaded slice of time gone and one hand, and the button on top that tells a stopwatch from a clock.
Figure units, y up.
"""
from __future__ import annotations

from math import cos, radians, sin

from .shapes import Circle, Line, Loop, Pt, Shape, add
from .svg import bounds

R = 8.5
# The slice of time gone, clockwise from twelve o'clock, in degrees: a third of the way round.
GONE = 120.0
# The button: a stem up from the top of the face and a bar across it.
STEM, BAR = 2.5, 2.2
# How far left of the person the stopwatch's edge is, and its centre's height as a share of the person's.
GAP, HEIGHT = 5.0, 0.3


def stopwatch(centre: Pt, r: float = R) -> list[Shape]:
    """The face, the slice of time gone shaded, the hand at its end, the button on top (drawn as arrows are)."""
    at = lambda degrees, k=1.0: add(centre, (sin(radians(degrees)), cos(radians(degrees))), k * r)
    slice_ = Loop("arrow", (centre,) + tuple(at(a) for a in range(0, int(GONE) + 1, 15)), "grey")
    top = at(0)
    stem = add(top, (0.0, STEM))
    return [Circle("arrow", centre, r, "white"), slice_, Line("arrow", (centre, at(GONE, 0.8))),
            Line("arrow", (top, stem)), Line("arrow", (add(stem, (-BAR, 0.0)), add(stem, (BAR, 0.0))))]


def stopwatch_beside(person: list[Shape]) -> list[Shape]:
    """The stopwatch to the left of the person (the side they do not face), low, clear of them."""
    left, bottom, _, top = bounds(person)
    return stopwatch((left - GAP - R, bottom + HEIGHT * (top - bottom)))
