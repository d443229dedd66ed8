"""A hand holding a tin, seen from the side: a whole person's hand (figure.py) and the wrist lifts (lift.py).

The tin is a can seen from its side and a little from above, as a patient knows a tin of food: short and wide, a
white side with a grey label band round its middle. How can and hand sit is the whole difference between the two
wrist lifts (ten reviews told them apart only by comparing them), so each is a different shape of hand:
- palm down (tin_fist), a hook: the back of the hand flat on the forearm's line with a row of knuckle bumps on top,
  the can hanging under it, the fingers down the can's far side and curled under it, the thumb's tip on its near
  side. A smooth cap on top
  with the fingers wrapped round its end (tin_hand, still a whole person's hand holding a tin) read as a thumb-up
  grip;
- palm up (tin_tray), a waiter's tray: a flat hand under the can, which stands on the palm, three fingers coming
  up its far side and just over its front. Their nails showing and the thumb flat along the hand's near side, its
  nail showing, read as palm down ("the fingernails show and the thumb is underneath"): neither is drawn (round 47).
Hanging down (a lift's numbered picture 1, lift.py) the same hands say which way the palm faces: palm up, the can is
on the far side of the hand from the table; palm down, on the table's side.
A lift's can is squatter than tin_hand's, with a rim: taller, it read as a mug.

Everything is in the hand's frame (hands.Frame): x along the hand in hand lengths, y towards the palm.
"""
from __future__ import annotations

from math import cos, radians, sin

from .hands import Frame, hull
from .shapes import Fill, Layer, Line, Loop, Pt, Shape, Tube

# The can: its middle along the hand, half its width, its height from the palm, and how round its ends look for its
# width, seen a little from above.
CAN_X, CAN_R, CAN_H, LID = 0.36, 0.3, 0.52, 0.32
LABEL = (0.26, 0.74)  # the label band's two edges, up the can from the hand
FINGER_W = 0.13
# Palm down: the back of the hand is a smooth cap on top (knuckle bumps along it read as "a jumble of knuckles"),
# its palm's flat underside at y = GRIP_TOP, the can hanging from it; two fingers come down the can's far side and
# over its front, a grey nail on each tip.
GRIP_TOP = 0.14
GRIP_BACK = ((0.0, -0.15), (0.25, -0.2), (0.5, -0.23), (0.7, -0.21), (0.84, -0.13), (0.89, 0.0), (0.84, 0.1),
             (0.76, GRIP_TOP), (0.1, GRIP_TOP), (0.0, 0.1))
GRIP_FINGERS = (((0.8, 0.04), (0.92, 0.16), (0.88, 0.3), (0.6, 0.32)),
                ((0.8, 0.06), (0.92, 0.26), (0.86, 0.44), (0.6, 0.46)))
# Palm up, the flat hand: wrist to fingers' roots, as thick as the wrist, its palm at y = TRAY_TOP, the can standing
# on it.
TRAY_TOP = 0.12
TRAY = ((0.0, -0.13), (0.4, -0.14), (0.74, -0.11), (0.82, 0.0), (0.78, 0.1), (0.7, TRAY_TOP), (0.0, TRAY_TOP))
NAIL = (0.1, 0.14)  # a nail's width and length on a fingertip, in hand lengths
# A wrist lift's can is a squat food tin, wider than tall, with a rim line round its end at the hand (taller, with
# the fingers round its side, it read as a mug and its handle; a rim at its free end too stacked up lines like coins).
LIFT_CAN_H, RIM, LIFT_LABEL = 0.4, 0.07, (0.3, 0.7)
# A wrist lift's palm-down fist (tin_fist): the back of the hand's top carries on the forearm's top edge (at the
# wrist, half its width), broad and flat, then the big knuckles; the fingers hug the can's far side and curl under
# its end, inside the arrow's arc (lift.ARROW_R); the thumb comes down its near side, its nail showing, so the can
# is held, not floating.
FIST_CAN_X = 0.42
KNUCKLES = (0.5, 0.66, 0.82)  # along the back of the hand, each bump this round
KNUCKLE_R = 0.11
FIST_BACK = ((0.0, -0.13), (0.4, -0.13))  # then the knuckles, then the end of the hand round to the palm
FIST_END = ((0.96, -0.08), (0.98, 0.02), (0.9, GRIP_TOP), (0.0, GRIP_TOP))
FIST_FINGERS = (((0.86, 0.04), (0.84, 0.28), (0.8, 0.48), (0.68, 0.58), (0.52, 0.6)),
                ((0.9, 0.06), (0.9, 0.3), (0.86, 0.5), (0.74, 0.6), (0.6, 0.62)))
FIST_THUMB = ((0.3, 0.1), (0.2, 0.2), (0.18, 0.34))
# Palm up (tin_tray, a lift): three fingers, a gap between them, come up the can's far side hugging it (standing
# off it, two fingers over its front read as a mug's handle), their tips over its front. No nails and no thumb: a
# thumb flat along the hand's near side, its nail showing, read as "the thumb is underneath" and the fingers' nails
# as "the fingernails show": both said palm down (round 47).
LIFT_TRAY_FINGERS = (((0.72, 0.04), (0.78, 0.14), (0.74, 0.26), (0.62, 0.28)),
                     ((0.74, 0.06), (0.8, 0.24), (0.76, 0.38), (0.64, 0.41)),
                     ((0.76, 0.08), (0.82, 0.32), (0.78, 0.5), (0.66, 0.53)))


def tin_hand(f: Frame, layer: Layer, fill: Fill) -> list[Shape]:
    """The hand from the side, its palm towards f.across, gripping a can that hangs under it. The can is drawn
    first, so the back of the hand shows over its end, just touching it, and the fingers, each with its nail, in
    front of it as they wrap over it."""
    back = Loop(layer, f.all(GRIP_BACK), fill)
    return _can(f, layer, GRIP_TOP, LID) + [back] + _fingers(f, layer, fill, GRIP_FINGERS)


def tin_fist(f: Frame, layer: Layer, fill: Fill) -> list[Shape]:
    """A wrist lift's palm-down hand from the side, its palm towards f.across: the can hanging under it, touching
    the palm, the back of the hand with its knuckles on top, the fingers down the can's far side and under it (no
    nails: the tips are under the can) and the thumb down its near side, its nail showing."""
    fingers = [Tube(layer, f.all(p), FINGER_W * f.size, fill) for p in reversed(FIST_FINGERS)]
    back = Loop(layer, f.all(FIST_BACK + _knuckles() + FIST_END), fill)
    thumb = _fingers(f, layer, fill, (FIST_THUMB,))
    can = _can(f, layer, GRIP_TOP, LID, FIST_CAN_X, LIFT_CAN_H)
    return fingers[:1] + can + [back] + fingers[1:] + thumb

def _knuckles() -> tuple[Pt, ...]:
    """The row of round knuckle bumps along the top of the back of the hand, from the wrist's side."""
    base = FIST_BACK[-1][1]
    return tuple((x - KNUCKLE_R * cos(radians(a)), base - KNUCKLE_R * sin(radians(a)))
                 for x in KNUCKLES for a in range(0, 181, 30))


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


def tin_tray(f: Frame, layer: Layer, fill: Fill) -> list[Shape]:
    """The flat hand from the side, its palm towards f.across, the squat can standing on the palm: the hand, then
    the can on it, then the fingers up its far side and just over its front, no nails showing (the palm's side of
    the fingers faces the can). No thumb: up the can's near side it made the hand a claw, the palm-down hand upside
    down; flat along the hand's near side with its nail it read as a thumb underneath, a palm down."""
    # Seen from above, the can's bands curve towards the hand it stands on (lid negative).
    can = _can(f, layer, TRAY_TOP, -LID, CAN_X, LIFT_CAN_H)
    fingers = [Tube(layer, f.all(p), FINGER_W * f.size, fill) for p in reversed(LIFT_TRAY_FINGERS)]
    return [Loop(layer, f.all(TRAY), fill)] + can + fingers


def _can(f: Frame, layer: Layer, base: float, lid: float, middle: float = CAN_X,
         height: float = CAN_H) -> list[Shape]:
    """The can from the hand (at y = base) to its free end: its white side and the grey label band, its bands
    bowing lid times its radius across the hand (towards the page's bottom, as seen from a little above). A lift's
    squat can (height LIFT_CAN_H) has a rim round its end at the hand, as a food tin has."""

    def ring(y: float, a0: float = 0.0, a1: float = 360.0, steps: int = 12) -> tuple[Pt, ...]:
        # The circle round the can at height y, from angle a0 to a1; 0 to 180 is the half facing you.
        angles = [radians(a0 + (a1 - a0) * i / steps) for i in range(steps + 1)]
        return tuple(f.at(middle - CAN_R * cos(a), y + lid * CAN_R * sin(a)) for a in angles)

    top = base + height
    # Few points each: the moving picture must stay under 10 KB.
    side = Loop(layer, hull(ring(base) + ring(top)), "white")
    y0, y1 = (base + height * k for k in (LABEL if height == CAN_H else LIFT_LABEL))
    label = Loop(layer, ring(y0, 0.0, 180.0, 6) + ring(y1, 180.0, 0.0, 6), "grey")
    rims = [Line(layer, ring(base + RIM, 0.0, 180.0, 6))] if height != CAN_H else []
    # Standing on the hand, its lid faces up and shows whole: the lid's near edge too.
    return [side, label] + rims + ([Line(layer, ring(top, 0.0, 180.0, 6))] if lid < 0 else [])

def tin_room(f: Frame) -> tuple[Pt, ...]:
    """The corners of the can's square, for fitting the close-up round it."""
    r = CAN_R + FINGER_W
    return tuple(f.at(CAN_X + dx, y) for dx in (-r, r) for y in (0.0, GRIP_TOP + CAN_H + LID * CAN_R))
