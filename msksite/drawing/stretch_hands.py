"""The wrist stretches' two hands (stretch.py), drawn flat in the picture as the open hand of wrist bends is
(open_hand.py): four long fingers spread apart and a thumb standing out, which only a hand has.

- The stretched hand: bent up, its plain palm, a "stop" hand (two bold creases on it were "odd black marks",
  "distracting"); hanging down, the back of the hand with a nail on every finger. Reviewers read the short block of
  a palm with its fingers side by side as "a cup".
- The other hand, white and outlined as the stretched one is, a whole open hand (a mitten was "a grey block"), in
  front of it, coming from the body's side: its palm beside the stretched fingers and its fingers across them,
  pointing away from the body, so the stretched hand's outline shows round it. Fingers up, its fingers across the
  fingertips, its thumb over their tips; hanging, its fingers across the middle of the fingers, their nails showing
  below, its thumb up on the back of the hand. Until round 55 it was grey, on the far side, its fingers pointing
  back towards the body: fingers up its arm rose past the far side of the "stop" hand, fingers down it came round
  the far side of the hanging hand and only its fingers lay across the knuckles (laid over half the hand, the two
  "merged into a tangle", "a grey-on-white clump"). But grey means "the start position" on every other drawing:
  it read as a ghost, "a grey wedge", its arm "from nowhere", "at an odd angle", and it covered the knuckles, not
  the fingers. Side-on hands with a white arm (round 53) were a comb of thin lines, "a tangle".

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
# fingers point (degrees from the stretched hand's line towards its thumb), its length as a share of the stretched
# hand's, and which side of it its thumb is (1 or -1). It comes from the body's side, its wrist beside the
# stretched fingers and its fingers across them pointing away from the body: fingers up, across the fingertips,
# its thumb over their tips; hanging, across the middle of the fingers (the nails show below), its thumb up on the
# back of the hand. Coming from the far side, it needed an arm round the hand, "from nowhere", "an odd angle".
HELPING = {"fingers": ((0.77, 0.583), -90.0, 0.65, 1.0), "back": ((0.707, -0.517), 90.0, 0.62, 1.0)}
# How far into its hand the other arm ends, in that hand's lengths: its round end inside the heel of the hand, not
# sticking out past the wrist.
INTO_HAND = 0.1


def helping(f: Frame, grip: str) -> tuple[Pt, list[Shape]]:
    """The other hand on the stretched hand in frame f, as grip says (the fingertips or the back of the fingers):
    where the other arm ends, and the hand, drawn over the stretched hand."""
    (x, y), turn, share, thumb = HELPING[grip]
    along, side = _turned(f, turn), _turned(f, turn + 90.0)
    hand = Frame(f.at(x, y), along, (side[0] * thumb, side[1] * thumb), f.size * share)
    return hand.at(INTO_HAND, 0.0), _lean(open_hand(hand, "end", "white"))


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
