"""A hand holding a tin, seen straight from the side (the wrist lifts).

Which way the palm faces shows as where the tin is, with nothing overlapping that hides which is on top: palm up,
the tin sits ON the open hand (a cradle: the palm a thick flat tray under it, just touching it, and the fingers
curling up round its far side in front of it); palm down, the hand grips it from above
(a cap: the back of the hand on top with its knuckles as bumps, the fingers and thumb down either side of it in
front of it, a grey nail on each tip, as on the back of the hand in the stretches), so the tin hangs under the hand.
With the tin's end drawn in front of the hand, reviewers could not see which was on top ("hand and weight
overlap"); palm lines and nails seen from above, or a shaded palm, were lost at phone size.

Everything is in the hand's frame (hands.Frame): x along the hand in hand lengths, y towards the palm.
"""
from __future__ import annotations

from math import cos, radians, sin

from .hands import Frame
from .shapes import Circle, Fill, Layer, Loop, Pt, Shape, Tube

TIN_R = 0.28  # the tin's end, seen end-on: big, as where it is says which way the palm faces
FINGER_W, THUMB_W = 0.16, 0.16
# Palm up: the palm is a thick flat tray from the wrist to the knuckles, the tin resting on its middle; the fingers
# leave the knuckles and curl up round the tin's far side, the far one a little lower (so they read as fingers, not
# a strap), given as where each leaves the palm, angles round the tin's middle (degrees from along the hand towards
# the palm) and how far out from its edge. No thumb: its near side open says the tin only rests there (and the
# faint hand's thumb, hanging, reached up into the solid one).
PALM_TOP = 0.06
CRADLE_TIN = (0.5, PALM_TOP + TIN_R)
CRADLE_PALM = ((0.0, -0.15), (0.3, -0.18), (0.66, -0.17), (0.76, -0.11), (0.78, -0.02), (0.72, PALM_TOP),
               (0.1, PALM_TOP), (0.0, 0.13))
CRADLE_FINGERS = (((0.68, -0.06), (-75.0, 10.0), 0.06), ((0.68, -0.02), (-70.0, 35.0), 0.0))
# Palm down: the back of the hand is a cap on top, its three knuckles bumps along it; the tin is under the palm;
# the fingers come down from the knuckles over the tin's far side, and the thumb down its near side, to just below
# its middle. Fingers wrapped right round under the tin made a cup, which reviewers read as palm up.
GRIP_TIN = (0.48, 0.2 + TIN_R)
KNUCKLES = (0.46, 0.6, 0.74)  # the knuckle bumps along the back of the hand, each this round
KNUCKLE_R, BACK_TOP = 0.07, -0.2
GRIP_BACK = (((0.0, -0.15), (0.25, -0.17), (0.38, BACK_TOP)) + tuple(
    (x + KNUCKLE_R * cos(radians(a)), BACK_TOP - KNUCKLE_R * 0.9 * sin(radians(a)))
    for x in KNUCKLES for a in range(180, -1, -30)) +
    ((0.85, -0.12), (0.85, 0.02), (0.78, 0.12), (0.6, 0.2), (0.3, 0.2), (0.15, 0.21), (0.05, 0.2), (0.0, 0.15)))
GRIP_FINGERS = (((0.7, 0.0), (-45.0, 25.0), -0.02), ((0.7, 0.0), (-50.0, 10.0), 0.1))
GRIP_THUMB = ((0.16, 0.14), (205.0, 178.0), -0.02)
NAIL = (0.28, 0.42)  # a nail's length along the digit's curve (share of its arc) and its thickness (of the digit)


def tin_hand(f: Frame, layer: Layer, fill: Fill, cradle: bool = False) -> list[Shape]:
    """The hand from the side, its palm towards f.across, holding a tin end-on: resting on the open hand (palm up)
    or gripped from above (palm down). The tin (grey, with its rim) is drawn first, so the digits round it show in
    front of it and the palm or the back of the hand over their roots, just touching it."""
    centre = f.at(*(CRADLE_TIN if cradle else GRIP_TIN))
    tin: list[Shape] = [Circle(layer, centre, TIN_R * f.size, "grey"), Circle(layer, centre, 0.78 * TIN_R * f.size)]
    if cradle:
        digits = [(root, arc, out, FINGER_W, False) for root, arc, out in CRADLE_FINGERS]
        hand = CRADLE_PALM
    else:
        digits = [(root, arc, out, FINGER_W, True) for root, arc, out in reversed(GRIP_FINGERS)]
        digits.append((*GRIP_THUMB, THUMB_W, True))
        hand = GRIP_BACK
    tin_at = CRADLE_TIN if cradle else GRIP_TIN
    drawn = [s for d in digits for s in _digit(f, layer, fill, tin_at, *d)]
    return tin + drawn + [Loop(layer, f.all(hand), fill)]


def _digit(f: Frame, layer: Layer, fill: Fill, tin: Pt, root: Pt, arc: tuple[float, float], out: float,
           width: float, nail: bool) -> list[Shape]:
    """A finger or thumb from its root round the tin, out beyond its edge, with the nail on its tip (the back of
    the hand) or none (the palm side)."""
    r = TIN_R + width / 2 + out
    digit: list[Shape] = [Tube(layer, (f.at(*root),) + _round(f, tin, arc, r), width * f.size, fill)]
    return digit + ([_nail(f, layer, tin, arc, r, width)] if nail else [])


def _round(f: Frame, tin: Pt, arc: tuple[float, float], r: float, steps: int = 6) -> tuple[Pt, ...]:
    """Points r from the tin's middle from one angle round to the other."""
    angles = [arc[0] + (arc[1] - arc[0]) * i / steps for i in range(steps + 1)]
    x, y = tin
    return tuple(f.at(x + r * cos(radians(a)), y + r * sin(radians(a))) for a in angles)


def _nail(f: Frame, layer: Layer, tin: Pt, arc: tuple[float, float], r: float, width: float) -> Shape:
    """A grey nail on the outside of a digit's tip, curved with it."""
    length, thick = NAIL
    tip = (arc[1] - (arc[1] - arc[0]) * length, arc[1])
    inner, outer = r + width * (0.5 - thick), r + width * 0.5
    return Loop(layer, _round(f, tin, tip, inner, 3) + _round(f, tin, (tip[1], tip[0]), outer, 3), "grey")


def tin_room(f: Frame) -> tuple[Pt, ...]:
    """The corners of the tin's square, for fitting the close-up round it."""
    x, y = GRIP_TIN
    r = TIN_R + max(out for _, _, out in GRIP_FINGERS) + FINGER_W
    return tuple(f.at(x + dx, y + dy) for dx in (-r, r) for dy in (-r, r))
