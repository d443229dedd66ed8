"""A hand holding a tin, seen from the side: a whole person's hand (figure.py) and the wrist lifts (lift.py).

The tin is a can seen from its side and a little from above, as a patient knows a tin of food: short and wide, a
white side with a grey label band round its middle. How can and hand sit is the whole difference between the two
wrist lifts (ten reviews told them apart only by comparing them), so each is a different shape of hand. A lift's
hand is one plain white outline, the fingers one band in it round the can (round 48): drawn as separate finger
tubes with nails and a thumb, both lifts were "a garbled tangle / a jumble of fingers and thumb" at phone size.
- palm down (tin_fist), a hook: the back of the hand carrying on the forearm's top edge with a row of three low,
  round knuckle bumps on top (the one palm-down cue reviewers saw; half circles with notches between them were
  "a jumble of knuckles"), the can hanging under the palm, the fingers' band down the can's far side and curled
  under it; no thumb (palm down it is on the far side). Before: two fingers down the far side and under, the
  thumb's tip and its nail on the near side. A smooth cap on top with the fingers wrapped round its end (tin_hand,
  still a whole person's hand holding a tin) read as a thumb-up grip;
- palm up (tin_tray), a waiter's tray: a flat palm under the can, which stands on it, the fingers' band up its far
  side, the tips just over its lid. Before: three finger tubes ("a muddle of fingers and can"); their nails showing
  and the thumb flat along the hand's near side read as palm down ("the fingernails show and the thumb is
  underneath"): neither is drawn (round 47).
Hanging down (a lift's numbered picture 1, lift.py) the same hands say which way the palm faces: palm up, the can is
on the far side of the hand from the table, held in the curled fingers; palm down, on the table's side, the
knuckles facing away.
A lift's can is squatter than tin_hand's, the same in both lifts: taller, it read as a mug; rim lines at its ends
besides the label band stacked up like coins ("the can looks odd", round 47).

Everything is in the hand's frame (hands.Frame): x along the hand in hand lengths, y towards the palm.
"""
from __future__ import annotations

from math import cos, radians, sin

from .curves import smooth
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
NAIL = (0.1, 0.14)  # a nail's width and length on a fingertip, in hand lengths
# A wrist lift's can (both lifts the same): a squat food tin, wider than tall, its middle this far along the hand
# (taller, with the fingers round its side, it read as a mug and its handle). No rim lines: a rim at either end
# stacked up with the label's edges like coins ("the can looks odd", round 47).
LIFT_CAN_X, LIFT_CAN_H, LIFT_LABEL = 0.38, 0.4, (0.3, 0.7)
# A wrist lift's hand is one plain outline, the palm and the fingers as one band round the can (round 48): separate
# finger tubes, nails and a thumb read as "a jumble / a tangle of fingers and thumb" at phone size. Each runs from
# the wrist's back (y < 0) round the fingers to the wrist's palm side, smoothed, its two wrist corners kept square
# where it meets the forearm.
# Palm up (tin_tray): a flat palm under the can (its top at y = TRAY_TOP), the fingers one band up the can's far
# side, their tips just over its lid.
TRAY_TOP = 0.12
TRAY_HAND = ((0.0, -0.13), (0.4, -0.15), (0.7, -0.14), (0.82, -0.08), (0.87, 0.06), (0.87, 0.34), (0.84, 0.5),
             (0.76, 0.6), (0.66, 0.63), (0.59, 0.58), (0.62, 0.51), (0.69, 0.45), (0.7, 0.26), (0.69, 0.16),
             (0.64, TRAY_TOP), (0.0, TRAY_TOP))
# Palm down (tin_fist): the back of the hand on top, carrying on the forearm's top edge, with a row of round knuckle
# bumps (the palm-down cue reviewers do see); the can hangs under the palm (at y = GRIP_TOP) and the fingers, one
# band, come down its far side and curl under it. No thumb: palm down, it is on the far side of the can.
KNUCKLES, KNUCKLE_R = (0.48, 0.64, 0.8), 0.085  # along the back of the hand, each bump this round
FIST_BACK = ((0.0, -0.13), (0.36, -0.15))  # the back of the hand, then the knuckles
FIST_FINGERS = ((0.9, -0.08), (0.88, 0.34), (0.84, 0.56), (0.74, 0.72), (0.56, 0.8), (0.42, 0.8), (0.37, 0.73),
                (0.48, 0.68), (0.62, 0.62), (0.69, 0.5), (0.7, 0.2), (0.66, GRIP_TOP), (0.0, GRIP_TOP))


def tin_hand(f: Frame, layer: Layer, fill: Fill) -> list[Shape]:
    """The hand from the side, its palm towards f.across, gripping a can that hangs under it. The can is drawn
    first, so the back of the hand shows over its end, just touching it, and the fingers, each with its nail, in
    front of it as they wrap over it."""
    back = Loop(layer, f.all(GRIP_BACK), fill)
    return _can(f, layer, GRIP_TOP, LID) + [back] + _fingers(f, layer, fill, GRIP_FINGERS)


def tin_fist(f: Frame, layer: Layer, fill: Fill) -> list[Shape]:
    """A wrist lift's palm-down hand from the side, its palm towards f.across: the can hanging under the palm, then
    the hand over it, one outline: the back of the hand with its knuckles on top and the fingers down the can's far
    side and under it."""
    # The knuckles' arcs are round already: smoothing them too made the moving picture too big (over 10 KB).
    hand = Loop(layer, f.all(FIST_BACK + _knuckles() + smooth(FIST_FINGERS)), fill)
    return _can(f, layer, GRIP_TOP, LID, LIFT_CAN_X, LIFT_CAN_H) + [hand]


def _knuckles() -> tuple[Pt, ...]:
    """The row of round knuckle bumps along the back of the hand, from the wrist's side, each an arc of a circle
    sitting on the back's line (half circles with notches between them read as "a jumble of knuckles")."""
    base = FIST_BACK[-1][1]
    return tuple((x - KNUCKLE_R * cos(radians(a)), base - KNUCKLE_R * sin(radians(a)))
                 for x in KNUCKLES for a in range(20, 161, 20))


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
    """A wrist lift's palm-up hand from the side, its palm towards f.across: the squat can standing on the palm,
    then the hand, one outline: the flat palm under the can and the fingers up its far side, just over its lid."""
    # Seen from above, the can's bands curve towards the hand it stands on (lid negative).
    return _can(f, layer, TRAY_TOP, -LID, LIFT_CAN_X, LIFT_CAN_H) + [Loop(layer, f.all(smooth(TRAY_HAND)), fill)]


def _can(f: Frame, layer: Layer, base: float, lid: float, middle: float = CAN_X,
         height: float = CAN_H) -> list[Shape]:
    """The can from the hand (at y = base) to its free end: its white side and the grey label band, its bands
    bowing lid times its radius across the hand (towards the page's bottom, as seen from a little above). A lift's
    squat can (height LIFT_CAN_H) has the same side and band, squatter."""

    def ring(y: float, a0: float = 0.0, a1: float = 360.0, steps: int = 12) -> tuple[Pt, ...]:
        # The circle round the can at height y, from angle a0 to a1; 0 to 180 is the half facing you.
        angles = [radians(a0 + (a1 - a0) * i / steps) for i in range(steps + 1)]
        return tuple(f.at(middle - CAN_R * cos(a), y + lid * CAN_R * sin(a)) for a in angles)

    top = base + height
    # Few points each: the moving picture must stay under 10 KB.
    side = Loop(layer, hull(ring(base) + ring(top)), "white")
    y0, y1 = (base + height * k for k in (LABEL if height == CAN_H else LIFT_LABEL))
    label = Loop(layer, ring(y0, 0.0, 180.0, 6) + ring(y1, 180.0, 0.0, 6), "grey")
    # Standing on the hand, its lid faces up and shows whole: the lid's near edge too.
    return [side, label] + ([Line(layer, ring(top, 0.0, 180.0, 6))] if lid < 0 else [])

def tin_room(f: Frame) -> tuple[Pt, ...]:
    """The corners of the can's square, for fitting the close-up round it."""
    r = CAN_R + FINGER_W
    return tuple(f.at(CAN_X + dx, y) for dx in (-r, r) for y in (0.0, GRIP_TOP + CAN_H + LID * CAN_R))
