"""The wrist stretches' two hands (stretch.py), drawn flat in the picture as the open hand of wrist bends is
(open_hand.py): four long fingers spread apart and a thumb standing out, which only a hand has.

- The stretched hand: bent up, its plain palm, a "stop" hand (two bold creases on it were "odd black marks",
  "distracting"); hanging down, the back of the hand with a nail on every finger. Reviewers read the short block of
  a palm with its fingers side by side as "a cup".
- The other hand, grey, a whole open hand as the stretched one is (a mitten was "a grey block"), in front of it, its
  fingers pointing back towards the body: fingers up, its wrist beside the fingertips on the side away from the
  body, its fingers across their tips, and the other arm rising to it past that side of the "stop" hand (hidden
  behind the hand, the grey hand on the fingertips "appeared from nowhere"); fingers down, its palm beside the hanging hand on the side away from the body and
  only its fingers across the back of the hand at the knuckles, so the long white fingers, their nails and the
  thumb show clear of it. Laid over half the hand, the two "merged into a tangle", "a grey-on-white clump".

Everything is in the hand's frame (hands.Frame): x along the hand from the wrist in hand lengths, y across it
towards the thumb.
"""
from __future__ import annotations

from math import cos, dist, radians, sin

from .badge import NAIL_FILL
from .hands import Frame
from .open_hand import FINGERS, open_hand
from .shapes import Loop, Pt, Shape, Tube, direction

NAIL = (0.65, 0.17)  # a nail's width, as a share of the finger's, and its length in hand lengths
# The other hand, for each grip: its wrist (along, across the stretched hand, in its lengths), which way its
# fingers point (degrees from the stretched hand's line towards its thumb: back towards the body), its length as a
# share of the stretched hand's, and which side of it its thumb is (1 or -1: the side where it shows clear of the
# stretched fingers).
HELPING = {"fingers": ((0.82, -0.6), 105.0, 0.65, -1.0), "back": ((0.42, -0.72), 90.0, 0.72, 1.0)}
# Where the other arm bends on its way to the hand, in the stretched hand's frame (fingers up it runs straight from
# under the near wrist, up past the little-finger side of the hand, to its wrist): on the back of the hand it comes
# out from under the near wrist on the far side of the hanging hand and turns down to its wrist, so the grey hand
# is plainly held by an arm in front (with its arm hidden it floated, "a clump" with the white hand).
ELBOWS = {"fingers": (), "back": ((0.1, -0.42),)}
# How far into its hand the other arm ends, in that hand's lengths: where the arm shows, its round end inside the
# heel of the hand, not sticking out past the wrist.
INTO_HAND = {"fingers": 0.1, "back": 0.1}


def helping(f: Frame, grip: str) -> tuple[tuple[Pt, ...], list[Shape], list[Shape]]:
    """The other hand on the stretched hand in frame f, as grip says (the fingertips or the back of the hand): the
    other arm's way past the near wrist to its own wrist, and what of the hand is drawn behind the stretched hand
    and what in front."""
    (x, y), turn, share, thumb = HELPING[grip]
    wrist = f.at(x, y)
    along, side = _turned(f, turn), _turned(f, turn + 90.0)
    hand = Frame(wrist, along, (side[0] * thumb, side[1] * thumb), f.size * share)
    return f.all(ELBOWS[grip]) + (hand.at(INTO_HAND[grip], 0.0),), [], _lean(open_hand(hand, "end", "grey"))


def _turned(f: Frame, degrees: float) -> Pt:
    """The unit direction degrees from frame f's line towards its thumb."""
    a, b = direction((0.0, 0.0), f.along), direction((0.0, 0.0), f.across)
    c, s = cos(radians(degrees)), sin(radians(degrees))
    return (a[0] * c + b[0] * s, a[1] * c + b[1] * s)


def stretched(f: Frame, palm_shows: bool, layer: str = "end") -> list[Shape]:
    """The stretched hand: its plain palm, or the back of the hand and its nails."""
    hand = _lean(open_hand(f, layer, "white"))
    if palm_shows:
        return hand
    # A nail on each finger; the thumb, under the other hand, has none (each moving shape costs bytes).
    return hand + [_nail(t, f.size, layer) for t in hand[:len(FINGERS)]]


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


def _nail(finger: Tube, size: float, layer: str) -> Shape:
    """A nail, a plain four-cornered plate, at the end of a finger (or the thumb)."""
    a, b = finger.points[-2:]
    tip = _past(a, b, 0.3 * finger.width)
    base = _past(a, tip, -NAIL[1] * size)
    length = dist(a, b)
    w = NAIL[0] * finger.width / 2
    across = (-(b[1] - a[1]) / length * w, (b[0] - a[0]) / length * w)
    return Loop(layer, ((base[0] - across[0], base[1] - across[1]), (tip[0] - across[0], tip[1] - across[1]),
                        (tip[0] + across[0], tip[1] + across[1]), (base[0] + across[0], base[1] + across[1])),
                NAIL_FILL)
