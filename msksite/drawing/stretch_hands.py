"""The wrist stretches' two hands (stretch.py), each drawn flat in the picture as the open hand of wrist bends is
(open_hand.py): four long fingers and a thumb, which only a hand has.

- The stretched hand: bent up, its plain palm, a "stop" hand (two bold creases on it were "odd black marks");
  bent down, the back of the hand with a nail on every finger.
- The helping hand (round 58): white, its fingers held together (a hand pressing flat; spread across the spread
  stretched fingers, two hands made "a comb", "a tangle"), coming in from the side away from the body with its
  forearm in a dark sleeve running off the picture, so it plainly belongs to an arm (grey, it read as the start
  position; with no arm, it "floats"). Its palm lies flat on the stretched fingers, its fingers across them from
  their roots to about two thirds of the way along, pointing back towards the body; the stretched fingertips show
  past it and the stretched thumb, on the body's side, stays clear of it.

Everything is in the stretched hand's frame (hands.Frame): x along the hand from the wrist in hand lengths, y across
it towards the thumb.
"""
from __future__ import annotations

from math import cos, dist, radians, sin

from .badge import NAIL_FILL
from .hands import Frame, capsule
from .lift import FOREARM_W
from .open_hand import FINGERS, open_hand
from .shapes import Layer, Loop, Pt, Shape, Tube, direction

NAIL = (0.65, 0.17)  # a nail's width, as a share of the finger's, and its length in hand lengths
# The helping hand: its wrist (along, across the stretched hand, in its lengths: beyond the little-finger side),
# which way its fingers point (degrees from the stretched hand's line towards its thumb: across the fingers, back
# towards the body), its length as a share of the stretched hand's, and how much its fingers are drawn together.
HELPER_WRIST, HELPER_TURN, HELPER_SHARE, TOGETHER = (0.56, -0.72), 90.0, 0.95, 0.55
# Its forearm runs from its wrist away from the stretched hand, turned this many degrees down (out and down, as an
# arm reaching across from below), this long (off the picture's edge).
SLEEVE_TURN, SLEEVE = 25.0, 2.0


def stretched(f: Frame, palm_shows: bool, layer: Layer = "end") -> list[Shape]:
    """The stretched hand: its plain palm, or the back of the hand and its nails."""
    hand = _lean(open_hand(f, layer, "white"))
    if palm_shows:
        return hand
    # A nail on each finger; the thumb has none (each moving shape costs bytes).
    return hand + [_nail(t, f.size, layer) for t in hand[:len(FINGERS)]]


def helping(f: Frame, bend: float, layer: Layer = "end") -> list[Shape]:
    """The helping hand on the fingers of the stretched hand in frame f, bent up (bend 1) or down (-1): its sleeved
    forearm, then the hand, its thumb towards the stretched wrist (towards the fingertips, it hid them)."""
    wrist = f.at(*HELPER_WRIST)
    along = _turned(f, HELPER_TURN)
    towards_wrist = _turned(f, 180.0)
    hand = Frame(wrist, along, (towards_wrist[0] * TOGETHER, towards_wrist[1] * TOGETHER), f.size * HELPER_SHARE)
    away = _turned(f, HELPER_TURN + 180.0 - bend * SLEEVE_TURN)
    elbow = (wrist[0] + away[0] * SLEEVE * f.size, wrist[1] + away[1] * SLEEVE * f.size)
    halves = (FOREARM_W[0] * hand.size / 2, FOREARM_W[1] * hand.size / 2)
    sleeve = Loop(layer, capsule(elbow, wrist, halves), "dark")
    return [sleeve] + _lean(open_hand(hand, layer, "white"))


def _turned(f: Frame, degrees: float) -> Pt:
    """The unit direction degrees from frame f's line towards its thumb."""
    a, b = direction((0.0, 0.0), f.along), direction((0.0, 0.0), f.across)
    c, s = cos(radians(degrees)), sin(radians(degrees))
    return (a[0] * c + b[0] * s, a[1] * c + b[1] * s)


def _lean(hand: list[Shape]) -> list[Shape]:
    """The hand with each straight finger drawn from its root to its tip only: its middle point adds nothing to the
    picture, and costs bytes in the moving one, where each point is written six times."""
    return [Tube(s.layer, (s.points[0], s.points[-1]), s.width, s.fill) if isinstance(s, Tube) and _straight(s.points)
            else s for s in hand]


def _straight(points: tuple[Pt, ...]) -> bool:
    (ax, ay), (bx, by), (cx, cy) = points[0], points[len(points) // 2], points[-1]
    return abs((bx - ax) * (cy - ay) - (by - ay) * (cx - ax)) < 1e-6 * (1.0 + dist(points[0], points[-1]) ** 2)


def _past(a: Pt, b: Pt, d: float) -> Pt:
    """The point d past b on the line from a to b (before it, if d is negative)."""
    length = dist(a, b)
    return (b[0] + (b[0] - a[0]) / length * d, b[1] + (b[1] - a[1]) / length * d)


def _nail(finger: Tube, size: float, layer: Layer) -> Shape:
    """A nail, a plain four-cornered plate, at the end of a finger."""
    a, b = finger.points[-2:]
    tip = _past(a, b, 0.3 * finger.width)
    base = _past(a, tip, -NAIL[1] * size)
    length = dist(a, b)
    w = NAIL[0] * finger.width / 2
    across = (-(b[1] - a[1]) / length * w, (b[0] - a[0]) / length * w)
    return Loop(layer, ((base[0] - across[0], base[1] - across[1]), (tip[0] - across[0], tip[1] - across[1]),
                        (tip[0] + across[0], tip[1] + across[1]), (base[0] + across[0], base[1] + across[1])),
                NAIL_FILL)
