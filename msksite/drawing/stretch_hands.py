"""The wrist stretches' two hands (stretch.py), drawn flat in the picture as the open hand of wrist bends is
(open_hand.py): four long fingers spread apart and a thumb standing out, which only a hand has.

- The stretched hand: bent up, its plain palm, a "stop" hand (two bold creases on it were "odd black marks",
  "distracting"); hanging down, the back of the hand with a nail on every finger. Reviewers read the short block of
  a palm with its fingers side by side as "a cup".
- The other hand, grey (round 43): only its four fingers, thinner than the stretched ones and fanned apart (side by
  side they were "a roll"), lying straight across the stretched hand and pointing back towards the body, and the
  back of the hand they leave from, beside the stretched hand on the side away from the body, cut off at the wrist
  with no arm. Fingers up they cross the lower half of the stretched fingers, so the "stop" palm shows below and
  the four fingertips above; fingers down they cross the back of the hand, clear above the nailed fingers. A whole
  grey hand, its palm on the fingertips or beside the hanging hand and its thumb showing, was "a cluttered knot",
  "hard to tell apart" from the white one, and "hid most of the fingers" (rounds 31 to 42).

Everything is in the hand's frame (hands.Frame): x along the hand from the wrist in hand lengths, y across it
towards the thumb.
"""
from __future__ import annotations

from math import cos, dist, radians, sin

from .badge import NAIL_FILL
from .hands import Frame
from .open_hand import FINGERS, open_hand
from .shapes import Loop, Pt, Shape, Tube

NAIL = (0.65, 0.17)  # a nail's width, as a share of the finger's, and its length in hand lengths
# The other hand is only its four fingers and the back of the hand they leave from, in the stretched hand's frame
# and lengths: where along the stretched hand its fingers' middle lies and how far apart their roots are, and where
# across it their roots (the knuckles, past its little-finger side, away from the body, so the back of the hand lies
# clear of it) and the longest fingertip are (towards its thumb: back towards the body). Fingers up they cross the
# lower half of the fingers, the four fingertips showing above (higher, they hid the fingers: "a knot"); fingers
# down they cross the back of the hand, clear above the nailed fingers.
HELPING = {"fingers": (0.6, 0.09, -0.4, 0.2), "back": (0.24, 0.1, -0.42, 0.16)}
HELPER_W = 0.07  # its fingers' width: thinner than the stretched ones, so they hide less of them
# Its fingers fan out from the knuckles this many degrees apart, so the gaps between them show they are fingers
# (side by side, as a block, they read as "a roll").
HELPER_FAN = 5.0
BACK_OF_HAND = 0.3  # how far the back of the hand reaches back from the knuckles to its rounded end (no arm)


def helping(f: Frame, grip: str, layer: str = "end") -> list[Shape]:
    """The other hand's fingers across the stretched hand in frame f, as grip says (the fingers or the back of the
    hand), and the back of the hand they leave from beside it."""
    middle, pitch, root, tip = HELPING[grip]
    longest = max(length for _, length, _ in FINGERS)
    fingers = [_helper_finger(f, middle + k * pitch, root, (tip - root) * length / longest, k, layer)
               for k, (_, length, _) in zip(_offsets(), FINGERS)]
    half = (len(FINGERS) - 1) * pitch / 2 + HELPER_W / 2 + 0.01
    return fingers + [Loop(layer, f.all(_back_of_hand(middle, root, half)), "grey")]


def _offsets() -> list[float]:
    """Each finger's place from the hand's middle, in finger pitches: -1.5, -0.5, 0.5, 1.5."""
    return [i - (len(FINGERS) - 1) / 2 for i in range(len(FINGERS))]


def _helper_finger(f: Frame, x: float, root: float, length: float, k: float, layer: str) -> Shape:
    """One of the other hand's fingers, from its root across the stretched hand, fanned k steps from the middle."""
    way = radians(90.0 - k * HELPER_FAN)
    tip = (x + length * cos(way), root + length * sin(way))
    return Tube(layer, (f.at(x, root), f.at(*tip)), HELPER_W * f.size, "grey")


def _back_of_hand(middle: float, root: float, half: float) -> tuple[Pt, ...]:
    """The back of the other hand: the straight line of the knuckles under its fingers' roots, then its sides back
    to a rounded end, where the arm would be."""
    side = root - BACK_OF_HAND / 2
    end = tuple((middle + half * cos(radians(a)), side - BACK_OF_HAND / 2 * sin(radians(a))) for a in range(0, 181, 30))
    return ((middle - half, root + 0.03), (middle + half, root + 0.03)) + end


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
