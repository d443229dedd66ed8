"""The wrist stretches' two hands (stretch.py), drawn flat in the picture as the open hand of wrist bends is
(open_hand.py): four long fingers spread apart and a thumb standing out, which only a hand has.

- The stretched hand: bent up, its plain palm, a "stop" hand (two bold creases on it were "odd black marks",
  "distracting"); hanging down, the back of the hand with a nail on every finger. Reviewers read the short block of
  a palm with its fingers side by side as "a cup".
- The other hand (round 90), white and outlined as everything else: one mitten, the fingers together in one
  rounded outline with three short lines between them, and a thumb (round 78's), in front of the stretched hand,
  its fingers pointing back towards the body: fingers up across the fingers just under their tips, its wrist beside
  them on the side away from the body, the other arm rising to it past that side of the "stop" hand; fingers down
  across the backs of the hanging fingers at the knuckles, their tips and nails clear below it, the other arm
  coming round the far side of the hand. The arm is the person's own, white, from under the near arm
  (stretch_person.py). History: a grey mitten was "a grey block"; a whole grey open hand, four spread fingers over
  the white ones, "a tangle", "a clump", "a blob", its grey arm "awkwardly attached" (to round 89); round 78's
  white mitten was no clump, but on a forearm running off the picture's right edge it was "someone else's hand".

Everything is in the hand's frame (hands.Frame): x along the hand from the wrist in hand lengths, y across it
towards the thumb.
"""
from __future__ import annotations

from math import cos, dist, radians, sin

from .badge import NAIL_FILL
from .hands import Frame, capsule
from .open_hand import FINGERS, open_hand
from .shapes import Line, Loop, Pt, Shape, Tube, direction

NAIL = (0.65, 0.17)  # a nail's width, as a share of the finger's, and its length in hand lengths
# The other hand, for each grip: where the middle of its fingertips' end lies on the stretched hand (along, across
# it, in its lengths), which way its fingers point (degrees from the stretched hand's line towards its thumb: back
# towards the body), its length as a share of the stretched hand's, and which side of it its thumb is (1 or -1: the
# side clear of the stretched fingers). Fingers down, it lies across the backs of the hanging fingers below the
# knuckles, their tips and nails hanging clear below it; fingers up, across the fingers just under their tips.
HELPING = {"fingers": ((0.8, 0.25), 84.0, 0.8, -1.0), "back": ((0.5, 0.22), 90.0, 0.72, 1.0)}
# The other hand is a mitten (round 78), the fingers held together in one rounded outline, and a thumb: half as wide
# at the wrist and at the fingertips (in its lengths), how far along its fingertips reach, and its thumb (from, to,
# width). Four spread grey fingers over four spread white ones were "a tangle", "a clump": one plain shape is not.
# Three short lines between its fingers, from their roots (in its lengths) to their tips, say "fingers" (a grey
# mitten without them was "a grey block"), and the thumb stands out on the side clear of the stretched hand.
MITTEN = ((0.17, 0.2), 0.92)
BETWEEN = ((-0.1, 0.0, 0.1), 0.58)
HELPER_THUMB = (((0.12, 0.15), (0.28, 0.32), (0.44, 0.34)), 0.13)
# Where the other arm bends on its way from under the near wrist to the mitten's wrist, in the stretched hand's
# frame: fingers up it runs straight up past the little-finger side of the "stop" hand; hanging, it comes out from
# under the near wrist on the far side of the hand and turns down to the mitten. Round 78 ran it straight off the
# picture's right edge instead: "someone else's hand".
ELBOWS = {"fingers": (), "back": ((0.1, -0.42),)}
# How far into the mitten the other arm ends, in its lengths: its round end hidden inside the heel of the hand.
INTO_HAND = 0.1


def helping(f: Frame, grip: str) -> tuple[tuple[Pt, ...], list[Shape]]:
    """The other hand on the stretched hand in frame f, as grip says (the fingertips or the back of the hand): the
    other arm's way past the near wrist to inside the mitten's heel, and the mitten and its thumb, drawn white in
    front of the stretched hand."""
    (x, y), turn, share, thumb = HELPING[grip]
    along, side = _turned(f, turn), _turned(f, turn + 90.0)
    size = f.size * share
    (wrist_half, tip_half), reach = MITTEN
    tip = f.at(x, y)
    wrist = (tip[0] - along[0] * reach * size, tip[1] - along[1] * reach * size)
    hand = Frame(wrist, along, (side[0] * thumb, side[1] * thumb), size)
    mitten = Loop("end", capsule(wrist, hand.at(reach - tip_half, 0.0), (wrist_half * size, tip_half * size)), "white")
    points, thumb_w = HELPER_THUMB
    across, root = BETWEEN
    lines = [Line("end", (hand.at(root, y), hand.at(reach - 0.03, y))) for y in across]
    way = f.all(ELBOWS[grip]) + (hand.at(INTO_HAND, 0.0),)
    return way, [Tube("end", hand.all(points), thumb_w * size), mitten] + lines


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
