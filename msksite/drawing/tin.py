"""A hand holding a tin, seen straight from the side (the wrist lifts).

Which way the palm faces shows as two different shapes of hand, not one hand turned over: palm up, the tin rests in
an open hand (a cradle: the palm flat under it, the fingers straight out past it, only their tips curling up, and the
thumb up its near side), so the whole tin shows above the hand; palm down, the hand grips it from above (a claw: the
back of the hand and its knuckles on top, the fingers and thumb curled down round it with a grey nail on each tip, as
on the back of the hand in the stretches), so the tin hangs below the hand. One hand turned over (a cup under the tin
or a cap over it) made two pictures reviewers called near twins; palm lines and nails seen from above, or a shaded
palm, were lost at phone size.

Everything is in the hand's frame (hands.Frame): x along the hand in hand lengths, y towards the palm.
"""
from __future__ import annotations

from math import cos, radians, sin

from .hands import Frame
from .shapes import Circle, Fill, Layer, Loop, Pt, Shape, Tube

TIN_R = 0.28  # the tin's end, seen end-on: big, as where it is says which way the palm faces
FINGER_W, THUMB_W = 0.16, 0.16
# Palm up: the tin sits on the palm near the knuckles; the palm and the ball of the thumb, wrist to knuckles; two
# fingers (the far one a little higher, so they read as fingers rather than a strap) running straight out past the
# tin and curling up at their tips against its far side; the thumb up its near side, to below its middle.
CRADLE_TIN = (0.7, 0.05 + TIN_R)
CRADLE_PALM = ((0.0, -0.14), (0.3, -0.16), (0.56, -0.16), (0.62, -0.11), (0.62, 0.04), (0.45, 0.08), (0.3, 0.1),
               (0.18, 0.18), (0.08, 0.2), (0.0, 0.15))
CRADLE_FINGERS = (((0.5, 0.0), (0.8, 0.0), (0.99, 0.07), (1.08, 0.2), (1.08, 0.3)),
                  ((0.5, -0.07), (0.84, -0.09), (1.07, -0.03), (1.2, 0.09), (1.23, 0.18)))
CRADLE_THUMB = ((0.16, 0.14), (0.27, 0.23), (0.34, 0.31))
# Palm down: the back of the hand on top, the knuckle bump where the fingers start; the tin below the palm; the
# fingers from the knuckles round the tin's far side to under it, and the thumb down its near side to under it
# (angles round the tin's middle, degrees from along the hand towards the palm, and how far out from its edge).
GRIP_TIN = (0.4, 0.18 + TIN_R)
GRIP_BACK = ((0.0, -0.14), (0.25, -0.15), (0.45, -0.165), (0.53, -0.2), (0.6, -0.2), (0.66, -0.16), (0.7, -0.08),
             (0.71, 0.0), (0.68, 0.07), (0.6, 0.12), (0.45, 0.14), (0.3, 0.14), (0.2, 0.19), (0.12, 0.21),
             (0.05, 0.2), (0.0, 0.15))
GRIP_FINGERS = (((-55.0, 55.0), 0.1), ((-60.0, 35.0), 0.21))
GRIP_THUMB = ((225.0, 155.0), 0.1)
NAIL = (0.28, 0.42)  # a nail's length along the digit's curve (share of its arc) and its thickness (of the digit)


def tin_hand(f: Frame, layer: Layer, fill: Fill, cradle: bool = False) -> list[Shape]:
    """The hand from the side, its palm towards f.across, holding a tin end-on: cradled in the open hand (palm up)
    or gripped from above (palm down); the tin's end (grey, with its rim) in front of the hand, as it is longer than
    the hand is wide."""
    centre = f.at(*(CRADLE_TIN if cradle else GRIP_TIN))
    tin = [Circle(layer, centre, TIN_R * f.size, "grey"), Circle(layer, centre, 0.78 * TIN_R * f.size)]
    return (_cradle(f, layer, fill) if cradle else _grip(f, layer, fill)) + tin


def _cradle(f: Frame, layer: Layer, fill: Fill) -> list[Shape]:
    """The open hand under the tin: the fingers (the far one first), the palm over their roots, the thumb."""
    fingers = [Tube(layer, f.all(points), FINGER_W * f.size, fill) for points in reversed(CRADLE_FINGERS)]
    thumb = Tube(layer, f.all(CRADLE_THUMB), THUMB_W * f.size, fill)
    return fingers + [Loop(layer, f.all(CRADLE_PALM), fill), thumb]


def _grip(f: Frame, layer: Layer, fill: Fill) -> list[Shape]:
    """The hand over the tin: the fingers (the far one first) from the knuckles round it, the back of the hand over
    their roots, then the thumb round its near side; each digit with its nail."""
    knuckles, thumb_root = (0.56, -0.02), (0.1, 0.12)
    fingers = [_digit(f, layer, fill, knuckles, arc, grip, FINGER_W) for arc, grip in reversed(GRIP_FINGERS)]
    thumb = _digit(f, layer, fill, thumb_root, *GRIP_THUMB, THUMB_W)
    return [s for finger in fingers for s in finger] + [Loop(layer, f.all(GRIP_BACK), fill)] + thumb


def _digit(f: Frame, layer: Layer, fill: Fill, root: Pt, arc: tuple[float, float], grip: float,
           width: float) -> list[Shape]:
    """A finger or thumb from its root round the tin, grip outside its edge, and the nail on its tip."""
    r = TIN_R + grip
    return [Tube(layer, (f.at(*root),) + _round(f, arc, r), width * f.size, fill), _nail(f, layer, arc, r, width)]


def _round(f: Frame, arc: tuple[float, float], r: float, steps: int = 6) -> tuple[Pt, ...]:
    """Points r from the tin's middle from one angle round to the other."""
    angles = [arc[0] + (arc[1] - arc[0]) * i / steps for i in range(steps + 1)]
    x, y = GRIP_TIN
    return tuple(f.at(x + r * cos(radians(a)), y + r * sin(radians(a))) for a in angles)


def _nail(f: Frame, layer: Layer, arc: tuple[float, float], r: float, width: float) -> Shape:
    """A grey nail on the outside of a digit's tip, curved with it."""
    length, thick = NAIL
    tip = (arc[1] - (arc[1] - arc[0]) * length, arc[1])
    inner, outer = r + width * (0.5 - thick), r + width * 0.5
    return Loop(layer, _round(f, tip, inner, 3) + _round(f, (tip[1], tip[0]), outer, 3), "grey")


def tin_room(f: Frame) -> tuple[Pt, ...]:
    """The corners of the tin's square, for fitting the close-up round it."""
    x, y = GRIP_TIN
    r = TIN_R + max(grip for _, grip in GRIP_FINGERS) + FINGER_W
    return tuple(f.at(x + dx, y + dy) for dx in (-r, r) for dy in (-r, r))
