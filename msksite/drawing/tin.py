"""A hand holding a tin, seen from the side (the wrist lifts).

The tin is a can standing upright on the hand, seen from its side and a little from above, as a patient knows a
tin of food: short and wide, a white side with a grey label band round its middle. Lying on its side, or seen
end-on, reviewers read it as "a hexagonal weight", "a roll of tape" or "a face-on circular weight"; taller than
wide, as "a jar".

Which way the palm faces shows as where the can is, one big shape, and as the cues of the round picture of the
hand from above (badge.py), so the side view says it too ("the main drawing does not show which way the hand
faces"):
- palm up, the can stands on the open palm, its oval lid on top, the fingers curling up its far side, their tips
  just over its front, and bold black lines on the palm under it (a thumb up its near side hid the can's label and
  made the hand a tangle at phone size);
- palm down, the can hangs under the hand, the back of the hand a smooth cap on top, two fingers coming down its
  far side and over its front, a grey nail on each fingertip.
Fingers wrapped round the can, their tips in front of it, say "holding"; a lying can with fingers, thumb, creases
and a faint copy overlapping read as "a jumble of shapes", and a fist of knuckle bumps, fingers and thumb as "a
jumble of knuckles".

Everything is in the hand's frame (hands.Frame): x along the hand in hand lengths, y towards the palm.
"""
from __future__ import annotations

from math import cos, radians, sin

from .hands import Frame, hull
from .shapes import Fill, Layer, Loop, Pt, Shape, Tube

# The can: its middle along the hand, half its width, its height from the palm, and how round its ends look for its
# width, seen a little from above.
CAN_X, CAN_R, CAN_H, LID = 0.36, 0.3, 0.52, 0.32
LABEL = (0.26, 0.74)  # the label band's two edges, up the can from the hand
FINGER_W = 0.13
# Palm up: the palm is a thick flat tray from the wrist to the knuckles, the can standing on it, its side the open
# palm with bold creases (as in the round picture from above), so the main picture says "palm up" too.
PALM_TOP = 0.04
CRADLE_PALM = ((0.0, 0.12), (-0.02, -0.06), (0.06, -0.2), (0.3, -0.27), (0.6, -0.26), (0.74, -0.18),
               (0.78, -0.04), (0.7, PALM_TOP), (0.1, PALM_TOP))
PALM_CREASES = (((0.1, -0.03), (0.3, -0.08), (0.5, -0.08), (0.66, -0.02)),
                ((0.12, -0.16), (0.34, -0.19), (0.58, -0.16)))
CREASE_W = 0.25  # in picture units: thin black tubes, bold lines as the round picture's creases are
# Each finger from its root to its tip over the can's front, one behind the other, each a little higher.
CRADLE_FINGERS = (((0.66, 0.0), (0.76, 0.12), (0.76, 0.26), (0.58, 0.3)),
                  ((0.68, 0.0), (0.8, 0.16), (0.8, 0.38), (0.6, 0.44)))
# Palm down: the back of the hand is a smooth cap on top (knuckle bumps along it read as "a jumble of knuckles"),
# its palm's flat underside at y = GRIP_TOP, the can hanging from it; two fingers come down the can's far side and
# over its front, a grey nail on each tip, as in the round picture of the back of the hand.
GRIP_TOP = 0.14
GRIP_BACK = ((0.0, -0.15), (0.25, -0.2), (0.5, -0.23), (0.7, -0.21), (0.84, -0.13), (0.89, 0.0), (0.84, 0.1),
             (0.76, GRIP_TOP), (0.1, GRIP_TOP), (0.0, 0.1))
GRIP_FINGERS = (((0.8, 0.04), (0.92, 0.16), (0.88, 0.3), (0.6, 0.32)),
                ((0.8, 0.06), (0.92, 0.26), (0.86, 0.44), (0.6, 0.46)))
NAIL = (0.1, 0.14)  # a nail's width and length on a fingertip, in hand lengths


def tin_hand(f: Frame, layer: Layer, fill: Fill, cradle: bool = False) -> list[Shape]:
    """The hand from the side, its palm towards f.across, holding a can upright: standing on the open hand (palm
    up) or hanging under it (palm down). The can is drawn first, so the digits round it show in front of it and the
    palm or the back of the hand over its end, just touching it; palm down the fingers come after the back of the
    hand, each with its nail, as they wrap over it."""
    base = PALM_TOP if cradle else GRIP_TOP
    can = _can(f, layer, base, lid=cradle)
    digits, hand = (CRADLE_FINGERS, CRADLE_PALM) if cradle else (GRIP_FINGERS, GRIP_BACK)
    tubes = [Tube(layer, f.all(p), FINGER_W * f.size, fill) for p in reversed(digits)]
    if cradle:
        creases = [Tube(layer, f.all(c), CREASE_W, "black") for c in PALM_CREASES]
        return can + tubes + [Loop(layer, f.all(hand), fill)] + creases
    nails = [_nail(f, layer, d[-2], d[-1]) for d in reversed(digits)]
    return can + [Loop(layer, f.all(hand), fill)] + [s for pair in zip(tubes, nails) for s in pair]


def _nail(f: Frame, layer: Layer, before: Pt, tip: Pt) -> Shape:
    """A grey nail on a fingertip coming from before to tip, facing you as the finger crosses the can's front: a
    plate along the finger, its end at the fingertip."""
    dx, dy = tip[0] - before[0], tip[1] - before[1]
    size = (dx * dx + dy * dy) ** 0.5
    along, across = (dx / size, dy / size), (-dy / size, dx / size)
    w, length = NAIL[0] / 2, NAIL[1]
    corners = ((-length, -w), (0.0, -w), (0.03, -0.5 * w), (0.03, 0.5 * w), (0.0, w), (-length, w))
    return Loop(layer, tuple(f.at(tip[0] + along[0] * a + across[0] * c, tip[1] + along[1] * a + across[1] * c)
                             for a, c in corners), "grey")


def _can(f: Frame, layer: Layer, base: float, lid: bool) -> list[Shape]:
    """The can from the hand (at y = base) to its free end: its white side, the grey label band and, standing on the
    palm, its oval lid on top. Seen from above, its bands curve down the page: towards the hand when it stands on
    it, away from it when it hangs under it."""
    down = -1.0 if lid else 1.0

    def ring(y: float, a0: float = 0.0, a1: float = 360.0, steps: int = 12) -> tuple[Pt, ...]:
        # The circle round the can at height y, from angle a0 to a1; 0 to 180 is the half facing you.
        angles = [radians(a0 + (a1 - a0) * i / steps) for i in range(steps + 1)]
        return tuple(f.at(CAN_X - CAN_R * cos(a), y + down * LID * CAN_R * sin(a)) for a in angles)

    top = base + CAN_H
    # Few points each: the moving picture must stay under 10 KB.
    side = Loop(layer, hull(ring(base) + ring(top)), "white")
    y0, y1 = (base + CAN_H * k for k in LABEL)
    label = Loop(layer, ring(y0, 0.0, 180.0, 6) + ring(y1, 180.0, 0.0, 6), "grey")
    return [side, label] + ([Loop(layer, ring(top)[:-1], "white")] if lid else [])


def tin_room(f: Frame) -> tuple[Pt, ...]:
    """The corners of the can's square, for fitting the close-up round it."""
    r = CAN_R + FINGER_W
    return tuple(f.at(CAN_X + dx, y) for dx in (-r, r) for y in (0.0, GRIP_TOP + CAN_H + LID * CAN_R))
