"""A cushion under a kneeling knee, seen from the side: a soft, low pad on the floor, the knee pressed into its top.

Kneeling straight on the floor, the leg was read as "lying flat"; the steps say to kneel on a cushion, and a pad under
the knee raises it off the floor so the bend of the kneeling leg shows. Centred under the knee, its back half was
hidden under the shin sloping down from it (round 33); further ahead, it ran into the front foot (round 35).

A flat, squared-off pad ahead of the knee, its top level with the knee's underside, read as "an unexplained white
block" that "the back knee hovers above" (rounds 33 to 59). Round 57's domed pillow with a seam round its side (with a
pose change, reverted) still read as "the knee floats above the cushion". Now it is a low, wide pad with round ends
and a slightly puffy top, flat on the floor, whose top dips under the knee: the knee's round end sinks below the top
line, so the pad's outline curves down into the knee from in front (behind it, the shin covers it), with no white gap
between them, and it reads as pressing into something soft.
"""
from __future__ import annotations

from math import copysign, cos, exp, pi

from .shapes import Loop, Pt, Shape
from .skeleton import Joints
from .svg import OUTLINE

# Half the cushion's length along the floor, in figure units: well over a knee's width each side of the knee, so it
# reads as a pad and not a block, and stops short of the front foot.
HALF_LENGTH = 13.0
# How far the cushion's middle is in front of the knee (away from the kneeling shin): the shin sloping back from the
# knee hides the cushion behind it, so most of it shows in front.
AHEAD = 2.5
# The pad's top, away from the knee, this far below the knee's middle: the knee's round end (half a thigh's width and
# its black edge, KNEE_R) sinks well below it.
BELOW_KNEE = 2.0
# Half figure.WIDTHS["thigh"] (the figure imports the props, so this cannot import it; the test checks the two agree).
KNEE_R = 4.5 + OUTLINE
# The top dips under the knee to this far above the knee's lowest edge (so the knee's edge is inside the pad: no gap),
# over about this half-width, so the dip shows in front of the knee as the top curving down into it.
SINK, DIP_W = 1.2, 6.0
# The top puffs up this much in the middle of its length, so it reads as soft.
PUFF = 0.8
# The ends' shapes (2 a plain ellipse, higher squarer): the top corners well rounded, the underside's flatter, as it
# lies flat on the floor.
TOP_SQUARE, BASE_SQUARE = 2.9, 5.7
SAMPLES = 40  # along each of the top and the underside, closer together at the round ends


def cushion(pts: Joints, at: str, floor: float) -> list[Shape]:
    """A pad on the floor under the knee, the knee pressed into its top: grey under a near (white) knee, white under a
    far (grey) one, so knee and cushion stay apart."""
    knee_x, knee_y = pts[at]
    x = knee_x + AHEAD * copysign(1.0, knee_x - pts[at.replace("knee", "ankle")][0])
    mid = (knee_y - BELOW_KNEE + floor) / 2
    half_h = mid - floor
    us = [-cos(pi * i / SAMPLES) for i in range(SAMPLES + 1)]
    top = [(x + HALF_LENGTH * u, mid + (half_h + PUFF * (1 - u * u)) * _end(u, TOP_SQUARE)) for u in us]
    # Lower the top under the knee, so that the knee's lowest edge sits SINK inside the pad.
    dip = _top_at(top, knee_x) - (knee_y - KNEE_R + SINK)
    pressed = [(px, py - max(0.0, dip) * _end(u, TOP_SQUARE) * exp(-((px - knee_x) / DIP_W) ** 2))
               for u, (px, py) in zip(us, top)]
    underside = [(x + HALF_LENGTH * u, mid - half_h * _end(u, BASE_SQUARE)) for u in reversed(us[1:-1])]
    return [Loop("prop", tuple(pressed + underside), "white" if at.startswith("far") else "grey")]


def _end(u: float, square: float) -> float:
    """How high the outline stands above (or below) the pad's middle line, as a share, at u along it (-1 to 1): a
    squashed circle, so the ends are round."""
    return (1 - abs(u) ** square) ** (1 / square)


def _top_at(top: list[Pt], at_x: float) -> float:
    """The height of the top at at_x, between the two samples either side of it."""
    (x0, y0), (x1, y1) = next((a, b) for a, b in zip(top, top[1:]) if a[0] <= at_x <= b[0])
    return y0 + (y1 - y0) * (at_x - x0) / (x1 - x0)
