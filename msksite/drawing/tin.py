"""A hand holding a tin, seen straight from the side (the wrist lifts).

Which way the palm faces shows as two different shapes of hand, not one hand turned over: palm up, the tin rests in
an open hand (a cradle: the palm flat under it, the fingers straight out past it, only their tips curling up, and the
thumb up its near side), so the whole tin shows above the hand; palm down, the hand grips it from above (a cap: the
back of the hand on top with its knuckles as bumps, the fingers and thumb down either side of it with a grey nail on
each tip, as on the back of the hand in the stretches), so the tin is under the hand. One hand turned over (a cup
under the tin or a cap over it) made two pictures reviewers called near twins; palm lines and nails seen from above,
or a shaded palm, were lost at phone size.

Everything is in the hand's frame (hands.Frame): x along the hand in hand lengths, y towards the palm.
"""
from __future__ import annotations

from math import cos, radians, sin

from .hands import Frame
from .shapes import Circle, Fill, Layer, Loop, Pt, Shape, Tube

TIN_R = 0.28  # the tin's end, seen end-on: big, as where it is says which way the palm faces
FINGER_W, THUMB_W = 0.16, 0.16
# Palm up: the tin sits on the middle of the palm, which is a thick flat tray under it from the wrist to the
# knuckles; two fingers (the far one a little lower, so they read as fingers rather than a strap) run straight out
# past the tin and only their tips curl up; the thumb stands up by the tin's near side, to below its middle. (With
# the tin out at the fingers and a thin palm, reviewers still found palm up against palm down subtle.)
CRADLE_TIN = (0.4, 0.1 + TIN_R)
CRADLE_PALM = ((0.0, -0.15), (0.3, -0.18), (0.62, -0.17), (0.7, -0.1), (0.7, 0.04), (0.64, 0.1), (0.1, 0.1),
               (0.0, 0.15))
CRADLE_FINGERS = (((0.55, -0.02), (0.98, -0.02), (1.1, 0.04), (1.16, 0.14)),
                  ((0.55, -0.11), (1.03, -0.12), (1.17, -0.06), (1.24, 0.04)))
CRADLE_THUMB = ((0.06, 0.1), (0.07, 0.26), (0.09, 0.34))
# Palm down: the back of the hand is a cap on top, its three knuckles bumps along it; the tin is under the palm;
# the fingers come down from the knuckles over the tin's far side, and the thumb down its near side, to just below
# its middle (angles round the tin's middle, degrees from along the hand towards the palm, and how far out from its
# edge). Fingers wrapped right round under the tin made a cup, which reviewers read as palm up.
GRIP_TIN = (0.42, 0.2 + TIN_R)
KNUCKLES = (0.46, 0.6, 0.74)  # the knuckle bumps along the back of the hand, each this round
KNUCKLE_R, BACK_TOP = 0.07, -0.2
GRIP_BACK = (((0.0, -0.15), (0.25, -0.17), (0.38, BACK_TOP)) + tuple(
    (x + KNUCKLE_R * cos(radians(a)), BACK_TOP - KNUCKLE_R * 0.9 * sin(radians(a)))
    for x in KNUCKLES for a in range(180, -1, -30)) +
    ((0.85, -0.12), (0.85, 0.02), (0.78, 0.12), (0.6, 0.2), (0.3, 0.2), (0.15, 0.21), (0.05, 0.2), (0.0, 0.15)))
GRIP_FINGERS = (((-45.0, 25.0), 0.1), ((-50.0, 10.0), 0.21))
GRIP_THUMB = ((215.0, 165.0), 0.1)
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
    knuckles, thumb_root = (0.7, 0.0), (0.1, 0.14)
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
