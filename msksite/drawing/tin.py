"""A hand holding a tin, seen from the side (the wrist lifts).

The tin is drawn as a can seen a little from its end: its long grey side with the two edges of its label, and its
lid, an oval, at one end. Seen straight end-on (a grey disc) reviewers read it as a weight plate or a disc, "face-on
and confusing".

Which way the palm faces shows as where the tin is and the shape of the hand round it, with nothing overlapping that
hides which is on top:
- palm up, an open hand: the palm a thick flat tray under the can with two bold creases, the can lying on it, two fingers curling up
  round its far end in front of it, no nails (their insides show), no thumb (its near side open: it only rests
  there; a thumb over it hid the can);
- palm down, a fist on top: the back of the hand a cap over the tin with its knuckles as bumps, the fingers coming
  down round the tin's far side and the thumb round its near side, the tin hanging under the hand (no nails: side-on
  they were small grey specks, and the round picture of the hand from above beside it shows them big, lift.py).
With the tin's end drawn in front of the hand, reviewers could not see which was on top ("hand and weight
overlap"); palm lines and nails seen from above, or a shaded palm, were lost at phone size.

Everything is in the hand's frame (hands.Frame): x along the hand in hand lengths, y towards the palm.
"""
from __future__ import annotations

from math import cos, radians, sin

from .hands import Frame, hull
from .shapes import Fill, Layer, Line, Loop, Pt, Shape, Tube

# The can: half its width, and how round its lid (the end towards you) looks for its width, seen a little from
# that end. Each grip below gives where the lid's middle and the far end's are, in the hand's frame.
CAN_R, LID = 0.24, 0.45
LABEL = (0.2, 0.8)  # the label's two edges, along the can from the lid
FINGER_W = 0.15
# Palm up: the palm is a thick flat tray from the wrist to the knuckles; the can lies on it, and two fingers
# curl up from the knuckles round its far side and over its top, one behind the other, each a little shorter.
PALM_TOP = 0.06
CRADLE_CAN = ((0.22, PALM_TOP + CAN_R), (0.62, PALM_TOP + CAN_R + 0.02))
CRADLE_PALM = ((0.0, -0.17), (0.3, -0.2), (0.66, -0.19), (0.78, -0.12), (0.82, -0.02), (0.76, PALM_TOP),
               (0.14, PALM_TOP), (0.02, 0.17), (0.0, 0.15))
CRADLE_FINGER = ((0.74, 0.0), (0.9, 0.14), (0.95, 0.36), (0.86, 0.54), (0.7, 0.56))
CRADLE_FINGERS = ((0.0, 0.0, 1.0), (0.06, 0.0, 0.85))
# Two bold lines across the palm under the can, the life line round the ball of the thumb and the heart line under the
# fingers: lines on the hand say "the palm" on their own, as in the wrist stretches (without them reviewers told palm
# up from palm down only by comparing the two pictures).
CRADLE_CREASES = (((0.16, 0.0), (0.24, -0.07), (0.28, -0.15)), ((0.4, -0.02), (0.55, -0.06), (0.7, -0.05)))
CREASE_W = 0.025
# Palm down: the back of the hand is a cap on top, its knuckles bumps along it; the can hangs under the palm; the
# fingers come down from the knuckles round the can's far side, and the thumb round its near side.
GRIP_CAN = ((0.2, 0.21 + CAN_R), (0.6, 0.21 + CAN_R))
KNUCKLES = (0.46, 0.6, 0.74)  # the knuckle bumps along the back of the hand, each this round
KNUCKLE_R, BACK_TOP = 0.07, -0.2
GRIP_BACK = (((0.0, -0.15), (0.25, -0.17), (0.38, BACK_TOP)) + tuple(
    (x + KNUCKLE_R * cos(radians(a)), BACK_TOP - KNUCKLE_R * 0.9 * sin(radians(a)))
    for x in KNUCKLES for a in range(180, -1, -45)) +
    ((0.85, -0.12), (0.85, 0.02), (0.78, 0.12), (0.6, 0.2), (0.3, 0.2), (0.15, 0.21), (0.05, 0.2), (0.0, 0.15)))
GRIP_FINGER = ((0.8, 0.0), (0.94, 0.22), (0.94, 0.5), (0.8, 0.7))
GRIP_FINGERS = ((0.0, 0.0, 1.0), (-0.07, 0.0, 0.85))
GRIP_THUMB = ((0.4, 0.14), (0.44, 0.4), (0.5, 0.56))


def tin_hand(f: Frame, layer: Layer, fill: Fill, cradle: bool = False) -> list[Shape]:
    """The hand from the side, its palm towards f.across, holding a can: lying on the open hand (palm up) or gripped
    from above (palm down). The can is drawn first, so the digits round it show in front of it and the palm or the
    back of the hand over their roots, just touching it."""
    lid, far = CRADLE_CAN if cradle else GRIP_CAN
    can = _can(f, layer, lid, far)
    if cradle:
        fingers = [_shifted(CRADLE_FINGER, *k) for k in reversed(CRADLE_FINGERS)]
        digits = [Tube(layer, f.all(p), FINGER_W * f.size, fill) for p in fingers]
        creases = [Tube(layer, f.all(c), CREASE_W * f.size, "black") for c in CRADLE_CREASES]
        return can + digits + [Loop(layer, f.all(CRADLE_PALM), fill)] + creases
    fingers = [_shifted(GRIP_FINGER, *k) for k in reversed(GRIP_FINGERS)] + [GRIP_THUMB]
    drawn: list[Shape] = [Tube(layer, f.all(points), FINGER_W * f.size, fill) for points in fingers]
    return can + drawn + [Loop(layer, f.all(GRIP_BACK), fill)]


def _shifted(points: tuple[Pt, ...], dx: float, dy: float, k: float) -> tuple[Pt, ...]:
    """A finger moved by (dx, dy) and k times as long from its root: the ones further from you."""
    (x0, y0) = points[0]
    return tuple((x0 + dx + (x - x0) * k, y0 + dy + (y - y0) * k) for x, y in points)


def _can(f: Frame, layer: Layer, lid: Pt, far: Pt) -> list[Shape]:
    """The can from its lid to its far end: its grey side, the label's edges round its front and the lid."""
    dx, dy = far[0] - lid[0], far[1] - lid[1]
    length = (dx * dx + dy * dy) ** 0.5
    axis = (dx / length, dy / length)

    def ring(centre: Pt, r: float, a0: float = 0.0, a1: float = 360.0, steps: int = 24) -> tuple[Pt, ...]:
        # The circle round the can at centre, seen a little from the lid's end, from angle a0 to a1; 0 to 180 is the
        # half facing you.
        angles = [radians(a0 + (a1 - a0) * i / steps) for i in range(steps + 1)]
        return tuple(f.at(centre[0] - axis[1] * r * cos(a) - axis[0] * LID * r * sin(a),
                          centre[1] + axis[0] * r * cos(a) - axis[1] * LID * r * sin(a)) for a in angles)

    along = lambda k: (lid[0] + dx * k, lid[1] + dy * k)
    # Few points each: the moving picture must stay under 10 KB.
    side = Loop(layer, hull(ring(lid, CAN_R, steps=12) + ring(far, CAN_R, steps=12)), "grey")
    label = [Line(layer, ring(along(k), CAN_R, 0.0, 180.0, 4)) for k in LABEL]
    lid_shapes = [Loop(layer, ring(lid, CAN_R, steps=12)[:-1], "white"),
                  Loop(layer, ring(lid, 0.72 * CAN_R, steps=10)[:-1])]
    return [side] + label + lid_shapes


def tin_room(f: Frame) -> tuple[Pt, ...]:
    """The corners of the can's square, for fitting the close-up round it."""
    (x0, y0), (x1, y1) = GRIP_CAN
    r = CAN_R + FINGER_W
    return tuple(f.at(x + dx, y + dy) for x, y in ((x0, y0), (x1, y1)) for dx in (-r, r) for dy in (-r, r))
