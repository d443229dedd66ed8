"""A hand holding a tin, seen straight from the side (the wrist lifts).

Which side of the hand the tin is on says which way the palm faces, as one big shape: palm up, the hand is a cup
under the tin (a U: the flat palm under it, the fingers up its far side, the thumb up its near side) and the tin's
top half shows clear above the hand; palm down, the same hand turned over is a cap over the tin (a ∩, knuckles on
top) and the tin hangs below it. Smaller cues (palm lines and nails seen from above, a shaded palm) were lost at phone
size, and fingers wrapped right round the tin made both a fist round a ring.

Everything is in the hand's frame (hands.Frame): x along the hand in hand lengths, y towards the palm, so the same
shapes draw both: the frame turns them over.
"""
from __future__ import annotations

from math import cos, radians, sin

from .hands import Frame
from .shapes import Circle, Fill, Layer, Loop, Pt, Shape, Tube

# The tin's end, seen end-on, sitting on the palm: big, as it is what says which way the palm faces.
TIN_R = 0.28
TIN_AT = (0.4, 0.15 + TIN_R)
# The hand from the side, wrist to knuckles: the back of the hand (y < 0) with the knuckle bump, the round end at the
# knuckles, then the flat palm the tin rests on, and the ball of the thumb at the wrist.
SIDE = ((0.0, -0.14), (0.25, -0.15), (0.45, -0.165), (0.53, -0.2), (0.6, -0.2), (0.66, -0.16), (0.7, -0.08),
        (0.71, 0.0), (0.68, 0.07), (0.6, 0.12), (0.45, 0.14), (0.3, 0.14), (0.2, 0.19), (0.12, 0.21), (0.05, 0.2),
        (0.0, 0.15))
# The fingers run on from the knuckles and turn up round the far side of the tin to about its middle; the thumb runs
# up its near side. Angles round the tin's middle (degrees from along the hand) and their distance from its edge.
# Neither reaches over the tin, so its other half shows clear of the hand. Two fingers show, one a little behind and
# beyond the other, so they read as fingers rather than a strap.
FINGER_ARCS = (((-50.0, 30.0), 0.1), ((-55.0, 5.0), 0.2))
THUMB_ARC, THUMB_GRIP = (222.0, 182.0), 0.1
FINGER_W, THUMB_W = 0.16, 0.16


def tin_hand(f: Frame, layer: Layer, fill: Fill) -> list[Shape]:
    """The hand from the side, its palm towards f.across, holding a tin end-on in its palm: the fingers and thumb
    round the tin, the hand, then the tin's end (grey, with its rim) in front of them, as it is longer than the hand
    is wide."""
    centre, r = f.at(*TIN_AT), TIN_R * f.size
    fingers = [Tube(layer, (f.at(0.56, -0.02),) + _round(f, arc, grip), FINGER_W * f.size, fill)
               for arc, grip in reversed(FINGER_ARCS)]
    thumb = Tube(layer, (f.at(0.1, 0.12),) + _round(f, THUMB_ARC, THUMB_GRIP), THUMB_W * f.size, fill)
    hand = Loop(layer, f.all(SIDE), fill)
    near = [Circle(layer, centre, r, "grey"), Circle(layer, centre, 0.78 * r)]
    return fingers + [thumb, hand] + near


def _round(f: Frame, arc: tuple[float, float], grip: float) -> tuple[Pt, ...]:
    """Points round the tin from one angle to the other, grip outside its edge."""
    r = TIN_R + grip
    steps = 5
    angles = [arc[0] + (arc[1] - arc[0]) * i / steps for i in range(steps + 1)]
    return tuple(f.at(TIN_AT[0] + r * cos(radians(a)), TIN_AT[1] + r * sin(radians(a))) for a in angles)


def tin_room(f: Frame) -> tuple[Pt, ...]:
    """The corners of the tin's square, for fitting the close-up round it."""
    x, y = TIN_AT
    r = TIN_R + max(grip for _, grip in FINGER_ARCS) + FINGER_W
    return tuple(f.at(x + dx, y + dy) for dx in (-r, r) for dy in (-r, r))
