"""A hand holding a tin, seen straight from the side (the wrist lifts).

Which side of the hand the tin is on says which way the palm faces, a big shape that reads at phone size where small
cues did not (palm lines and fingernails seen from above, a shaded palm read as the back of the hand): palm up, the
tin sits on the open, cupped hand, the fingers curling up round it; palm down, the hand is on top of the tin,
knuckles up, the fingers curling down round it and the tin hanging below.

Everything is in the hand's frame (hands.Frame): x along the hand in hand lengths, y towards the palm, so the same
shapes draw both: the frame turns them over.
"""
from __future__ import annotations

from math import cos, radians, sin

from .hands import Frame
from .shapes import Circle, Fill, Layer, Loop, Pt, Shape, Tube

# The tin's end, seen end-on, its middle over the palm: big, as it is what says which way the palm faces.
TIN_R = 0.27
TIN_AT = (0.36, 0.16 + TIN_R)
# The side of the hand, wrist to knuckles: the back of the hand (y < 0), flat, a bump at the knuckles, then the
# palm side, with the ball of the thumb at the wrist; the tin rests in the hollow between.
SIDE = ((0.0, -0.16), (0.44, -0.19), (0.53, -0.23), (0.62, -0.12), (0.62, 0.08), (0.5, 0.16), (0.3, 0.14),
        (0.12, 0.22), (0.0, 0.18))
# The fingers run from the knuckles round the far side of the tin, and the thumb from the ball of the thumb round
# its near side: angles round the tin's middle, degrees from along the hand, and their distance from its edge.
FINGER_ARC, THUMB_ARC, GRIP = (-40.0, 95.0), (215.0, 150.0), 0.08
FINGER_W, THUMB_W = 0.17, 0.15


def tin_hand(f: Frame, layer: Layer, fill: Fill) -> list[Shape]:
    """The hand from the side, its palm towards f.across, holding a tin end-on in its palm: the tin, then the hand
    and the fingers and thumb in front of the tin, round it."""
    centre = f.at(*TIN_AT)
    tin = [Circle(layer, centre, TIN_R * f.size, "grey"), Circle(layer, centre, 0.72 * TIN_R * f.size)]
    hand = Loop(layer, f.all(SIDE), fill)
    fingers = Tube(layer, (f.at(0.5, 0.0),) + _round(f, FINGER_ARC), FINGER_W * f.size, fill)
    thumb = Tube(layer, (f.at(0.14, 0.12),) + _round(f, THUMB_ARC), THUMB_W * f.size, fill)
    return tin + [fingers, thumb, hand]


def _round(f: Frame, arc: tuple[float, float]) -> tuple[Pt, ...]:
    """Points round the tin from one angle to the other, just outside its edge."""
    r = TIN_R + GRIP
    steps = 5
    angles = [arc[0] + (arc[1] - arc[0]) * i / steps for i in range(steps + 1)]
    return tuple(f.at(TIN_AT[0] + r * cos(radians(a)), TIN_AT[1] + r * sin(radians(a))) for a in angles)


def tin_room(f: Frame) -> tuple[Pt, ...]:
    """The corners of the tin's square, for fitting the close-up round it."""
    x, y = TIN_AT
    r = TIN_R + GRIP + FINGER_W
    return tuple(f.at(x + dx, y + dy) for dx in (-r, r) for dy in (-r, r))
