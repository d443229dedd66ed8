"""The wrist stretches' two hands (stretch.py), drawn flat, facing you, as the open hand of wrist bends is
(open_hand.py): four long fingers spread apart and a thumb standing out, which only a hand has.

- The stretched hand: standing up, its plain palm, a "stop" hand (two bold creases on it were "odd black marks");
  hanging down, the back of the hand with a nail on every finger; its thumb towards the body's middle. Reviewers
  read the short block of a palm with its fingers side by side as "a cup".
- The other hand, grey, a whole open hand (a mitten was "a grey block"), seen from its back, its fingers pointing
  out across the stretched hand, its arm coming to it from the other shoulder across the chest (round 94; side-on,
  the arm hidden behind the near one, the grey hand "came from nowhere"): fingers up, across the tips of the raised
  fingers; fingers down, flat across the back of the hand, the hanging fingers and their nails clear below it. Laid
  over half the hand, the two "merged into a tangle".

Everything is in the hand's frame (hands.Frame): x along the hand from the wrist in hand lengths, y across it
towards the thumb.
"""
from __future__ import annotations

from math import dist

from .badge import NAIL_FILL
from .hands import Frame
from .open_hand import FINGERS, open_hand
from .shapes import Loop, Pt, Shape, Tube, direction

NAIL = (0.65, 0.17)  # a nail's width, as a share of the finger's, and its length in hand lengths
# The other hand, for each grip, seen from its back (its palm is on the stretched hand), its fingers pointing across
# the stretched hand away from that hand's thumb (out, to the right): its wrist (along, across the stretched hand,
# in its lengths: on the thumb's side, towards the body's middle), which way its thumb points (1: towards the
# stretched fingertips, -1: towards its wrist; a right hand, palm towards you, fingers to your left, has its thumb
# up) and its length as a share of the stretched hand's. Fingers up, across the tips of the raised fingers; fingers
# down, flat across the back of the hanging hand.
HELPING = {"fingers": ((0.8, 0.52), -1.0, 0.72), "back": ((0.28, 0.58), -1.0, 0.72)}
# Where the other arm's elbow is (in the picture: low in front of the chest, near the middle), so the arm runs from
# its own shoulder down to it and across the body up to the hand: never a hand "from nowhere".
ELBOWS = {"fingers": (-3.0, 40.0), "back": (-8.0, 36.0)}
# How far into its hand the other arm ends, in that hand's lengths: its round end inside the heel of the hand.
INTO_HAND = 0.1


def helping(f: Frame, grip: str) -> tuple[Pt, Pt, list[Shape]]:
    """The other hand on the stretched hand in frame f, as grip says (the fingertips or the back of the hand): its
    arm's elbow and where the arm ends in the hand, and the hand's shapes."""
    (x, y), thumb, share = HELPING[grip]
    out, up = direction((0.0, 0.0), f.across), direction((0.0, 0.0), f.along)
    hand = Frame(f.at(x, y), (-out[0], -out[1]), (up[0] * thumb, up[1] * thumb), f.size * share)
    return ELBOWS[grip], hand.at(INTO_HAND, 0.0), _lean(open_hand(hand, "end", "grey"))


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
