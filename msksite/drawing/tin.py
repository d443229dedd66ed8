"""A whole person's hand holding a tin, seen from the side (figure.py): the can seen from its side and a little from
above, as a patient knows a tin of food, a white side with a grey label band round its middle, hanging under the
hand, the back of the hand a smooth cap over it, the fingers wrapped over its front with their nails. The wrist
lifts' close-up grip is can_grip.py, which borrows the nail.

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
# The back of the hand is a smooth cap on top (knuckle bumps along it read as "a jumble of knuckles"),
# its palm's flat underside at y = GRIP_TOP, the can hanging from it; two fingers come down the can's far side and
# over its front, a grey nail on each tip.
GRIP_TOP = 0.14
GRIP_BACK = ((0.0, -0.15), (0.25, -0.2), (0.5, -0.23), (0.7, -0.21), (0.84, -0.13), (0.89, 0.0), (0.84, 0.1),
             (0.76, GRIP_TOP), (0.1, GRIP_TOP), (0.0, 0.1))
GRIP_FINGERS = (((0.8, 0.04), (0.92, 0.16), (0.88, 0.3), (0.6, 0.32)),
                ((0.8, 0.06), (0.92, 0.26), (0.86, 0.44), (0.6, 0.46)))
NAIL = (0.1, 0.14)  # a nail's width and length on a fingertip, in hand lengths


def tin_hand(f: Frame, layer: Layer, fill: Fill) -> list[Shape]:
    """The hand from the side, its palm towards f.across, gripping a can that hangs under it. The can is drawn
    first, so the back of the hand shows over its end, just touching it, and the fingers, each with its nail, in
    front of it as they wrap over it."""
    back = Loop(layer, f.all(GRIP_BACK), fill)
    return _can(f, layer, GRIP_TOP, LID) + [back] + _fingers(f, layer, fill, GRIP_FINGERS)


def _fingers(f: Frame, layer: Layer, fill: Fill, fingers: tuple[tuple[Pt, ...], ...]) -> list[Shape]:
    """The fingers wrapped over the can's front, the far one first, each with its nail."""
    tubes = [Tube(layer, f.all(p), FINGER_W * f.size, fill) for p in reversed(fingers)]
    nails = [nail(f, layer, d[-2], d[-1]) for d in reversed(fingers)]
    return [s for pair in zip(tubes, nails) for s in pair]


def nail(f: Frame, layer: Layer, before: Pt, tip: Pt, plate: tuple[float, float] = NAIL) -> Shape:
    """A grey nail (plate: its width and length) on a fingertip coming from before to tip, facing you as the finger
    crosses the can's front: a plate along the finger, its end just past the fingertip."""
    dx, dy = tip[0] - before[0], tip[1] - before[1]
    size = (dx * dx + dy * dy) ** 0.5
    along, across = (dx / size, dy / size), (-dy / size, dx / size)
    w, length = plate[0] / 2, plate[1]
    corners = ((-length, -w), (0.0, -w), (0.03, -0.5 * w), (0.03, 0.5 * w), (0.0, w), (-length, w))
    return Loop(layer, tuple(f.at(tip[0] + along[0] * a + across[0] * c, tip[1] + along[1] * a + across[1] * c)
                             for a, c in corners), "grey")


def _can(f: Frame, layer: Layer, base: float, lid: float) -> list[Shape]:
    """The can from the hand (at y = base) to its free end: its white side and the grey label band, its bands
    bowing lid times its radius across the hand (towards the page's bottom, as seen from a little above)."""

    def ring(y: float, a0: float = 0.0, a1: float = 360.0, steps: int = 12) -> tuple[Pt, ...]:
        # The circle round the can at height y, from angle a0 to a1; 0 to 180 is the half facing you.
        angles = [radians(a0 + (a1 - a0) * i / steps) for i in range(steps + 1)]
        return tuple(f.at(CAN_X - CAN_R * cos(a), y + lid * CAN_R * sin(a)) for a in angles)

    # Few points each: the moving picture must stay under 10 KB.
    side = Loop(layer, hull(ring(base) + ring(base + CAN_H)), "white")
    y0, y1 = (base + CAN_H * k for k in LABEL)
    return [side, Loop(layer, ring(y0, 0.0, 180.0, 6) + ring(y1, 180.0, 0.0, 6), "grey")]


def tin_room(f: Frame) -> tuple[Pt, ...]:
    """The corners of the can's square, for fitting the close-up round it."""
    r = CAN_R + FINGER_W
    return tuple(f.at(CAN_X + dx, y) for dx in (-r, r) for y in (0.0, GRIP_TOP + CAN_H + LID * CAN_R))
