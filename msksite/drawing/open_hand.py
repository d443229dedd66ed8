"""An open hand, fingers spread, for wrist bends: drawn flat in the picture, as if seen from above, so the four long
fingers show side by side with gaps between them and the thumb stands out from the side of the palm.

Seen truly from the side (the fingers one behind the other, round knuckles at their roots) reviewers read the hand
as a foot pointing and flexing; four separate long fingers and a thumb only a hand has.

Everything is in the hand's frame (hands.Frame): x along the hand from the wrist in hand lengths, y across it
towards the thumb.
"""
from __future__ import annotations

from math import cos, radians, sin

from .hands import Frame
from .shapes import Fill, Layer, Loop, Pt, Shape, Tube

# The palm, wrist to knuckles, as wide at the wrist as the forearm there (lift.FOREARM_W), wider at the knuckles.
PALM = ((0.0, -0.19), (0.2, -0.22), (0.42, -0.225), (0.5, -0.2), (0.54, -0.13), (0.56, 0.0), (0.54, 0.13),
        (0.5, 0.2), (0.42, 0.23), (0.25, 0.25), (0.1, 0.23), (0.0, 0.19))
# The fingers, little finger first: where each leaves the knuckles (across), its length, and how far it fans out
# from the hand's line (degrees towards the thumb), so the gaps between them widen to the tips.
FINGERS = ((-0.155, 0.34, -14.0), (-0.055, 0.44, -4.0), (0.05, 0.47, 5.0), (0.155, 0.42, 14.0))
FINGER_W = 0.095
KNUCKLES = 0.48  # how far along the hand the fingers leave the palm (under its rounded end)
# The thumb leaves the side of the palm near the wrist and stands out from it at an angle, then along the hand.
THUMB = ((0.12, 0.12), (0.3, 0.3), (0.46, 0.38))
THUMB_W = 0.12


def open_hand(f: Frame, layer: Layer, fill: Fill) -> list[Shape]:
    """The spread hand: the fingers and the thumb, then the palm over their roots."""
    fingers = [Tube(layer, f.all(_finger((KNUCKLES, y), length, fan)), FINGER_W * f.size, fill)
               for y, length, fan in FINGERS]
    thumb = Tube(layer, f.all(THUMB), THUMB_W * f.size, fill)
    return fingers + [thumb, Loop(layer, f.all(PALM), fill)]


def _finger(root: Pt, length: float, fan: float) -> tuple[Pt, ...]:
    """A straight finger from its root at the knuckles, fanned out fan degrees."""
    way = (cos(radians(fan)), sin(radians(fan)))
    return tuple((root[0] + way[0] * length * k, root[1] + way[1] * length * k) for k in (0.0, 0.5, 1.0))


def reach() -> float:
    """How far the longest finger reaches from the wrist, in hand lengths."""
    return max(KNUCKLES + length for _, length, _ in FINGERS) + FINGER_W / 2
