"""Shoulder rolls' arrows on the big head and shoulders (head_view): a bold circular arrow on each shoulder's tip,
centred on it and about the size of its round top, going up on the outside, over the top and down on the inside
(the steps: up, back, down), the two sides mirror images.

Drawn on a small whole person, a big loop beside each shoulder read as headphones or ears, or as arm circles
("the circles are in the wrong plane"), and faint raised arms added noise (3.69 over 88 reviews, round 77): here the
circle sits on the shoulder itself, so it reads as "this shoulder circles".
"""
from __future__ import annotations

from math import cos, radians, sin

from .arrows import chevron
from .shapes import Line, Pt, Shape, add
from .skeleton import Joints

# The circle's middle, (out, up) from the shoulder joint, and its radius (person's units): on the round of the
# shoulder's top (head_view.SHOULDER), so the ring takes in the tip and no more.
ROLL_CENTRE, ROLL_R = (1.8, 1.4), 3.4
# Where the ring starts and ends, in degrees anticlockwise from straight out (seen on the near, right-hand side):
# from below the outside, up and over, to below the inside, its gap at the bottom where the arm hangs.
ROLL_FROM, ROLL_TO = -55.0, 235.0
STEPS = 18


def roll_arrows(pts: Joints, zoom: float) -> list[Shape]:
    """A circular arrow on each shoulder's tip (pts zoomed zoom times the person's size), up on the outside."""
    shapes: list[Shape] = []
    for side, k in (("near", 1.0), ("far", -1.0)):
        path = _ring(add(pts[f"{side}_shoulder"], (k * ROLL_CENTRE[0] * zoom, ROLL_CENTRE[1] * zoom)),
                     ROLL_R * zoom, k)
        shapes += [Line("arrow", path)] + chevron(path[-1], path[-2])
    return shapes


def _ring(centre: Pt, r: float, k: float) -> tuple[Pt, ...]:
    """Most of a circle round centre, from ROLL_FROM to ROLL_TO; k = -1 mirrors it (the far, left-hand shoulder)."""
    angles = (radians(ROLL_FROM + (ROLL_TO - ROLL_FROM) * i / STEPS) for i in range(STEPS + 1))
    return tuple(add(centre, (k * r * cos(a), r * sin(a))) for a in angles)
