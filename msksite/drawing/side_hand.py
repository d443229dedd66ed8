"""A flat hand seen edge-on, in profile, for the wrist stretches (stretch_hands.py): from the side a wrist bending
up or down shows the hand's edge, so the hand is drawn as it truly looks from the side, one consistent side view
with the side-on person.

A true profile, the fingers one behind the other, read as "a foot" or "a mitten" (open_hand.py), so the hand is
cheated just enough to say "hand": the four fingers fan a little apart in the picture, each a separate stroke, their
tips stepped (the middle finger longest, the little finger shortest), a knuckle bump on the back of the hand, a nail
on the nearest finger, and the thumb standing out from the palm side near the wrist, a separate shape.

Everything is in the hand's frame (hands.Frame): x along the hand from the wrist in hand lengths, y across it towards
the palm.
"""
from __future__ import annotations

from math import cos, radians, sin

from .hands import FINGER, FINGER_BENDS, Frame
from .shapes import Fill, Layer, Line, Loop, Pt, Shape, Tube

# The palm seen edge-on, wrist to knuckles: the back of the hand (y < 0) nearly flat with the knuckles' bump, the
# palm side (y > 0) rounded by the heel of the hand and the base of the thumb.
PALM = ((0.0, -0.14), (0.3, -0.15), (0.45, -0.17), (0.53, -0.13), (0.56, 0.0), (0.52, 0.1), (0.4, 0.15),
        (0.2, 0.2), (0.05, 0.18), (0.0, 0.14))
KNUCKLES = 0.5  # how far along the hand the fingers leave the palm (under its rounded end)
# The fingers, the farthest (the index finger) first: where each leaves the knuckles (across), how much of a whole
# finger (hands.FINGER) it is, and how far it fans out from the hand's line (degrees towards the palm), so its
# outline and its tip show apart from its neighbour's.
FINGERS = ((-0.09, 0.92, -5.0), (-0.03, 1.0, -1.5), (0.03, 0.93, 1.5), (0.09, 0.8, 5.0))
FINGER_W = 0.1
# The thumb leaves the palm side near the wrist and stands out from it, then runs along the hand.
THUMB = ((0.1, 0.1), (0.27, 0.27), (0.42, 0.33))
THUMB_W = 0.12
NAIL = (0.35, 0.85)  # the nail: along the last finger bone, from this share of it to this one, on its back edge


def side_hand(f: Frame, fingers: str, layer: Layer, fill: Fill) -> list[Shape]:
    """The hand in frame f, edge-on: the thumb (behind the palm, standing out of its front), the fingers shaped as
    fingers says (hands.FINGER_BENDS: straight, hook...), the palm over their roots, and a nail on the nearest
    finger."""
    bones = [_finger((KNUCKLES, y), share, fan, fingers) for y, share, fan in FINGERS]
    digits = [Tube(layer, f.all(b), FINGER_W * f.size, fill) for b in bones]
    thumb = Tube(layer, f.all(THUMB), THUMB_W * f.size, fill)
    return [thumb] + digits + [Loop(layer, f.all(PALM), fill), Line(layer, f.all(_nail(bones[-1])))]


def _finger(root: Pt, share: float, fan: float, shape: str) -> tuple[Pt, ...]:
    """A finger from its root at the knuckles, share of a whole finger long, fanned fan degrees, each joint bent
    towards the palm as shape says."""
    points, angle = [root], fan
    for bend, length in zip(FINGER_BENDS[shape], FINGER):
        angle += bend
        x, y = points[-1]
        points.append((x + share * length * cos(radians(angle)), y + share * length * sin(radians(angle))))
    return tuple(points)


def _nail(bones: tuple[Pt, ...]) -> tuple[Pt, Pt]:
    """A short line just inside the back edge of the finger's last bone: the nail seen edge-on."""
    (ax, ay), (bx, by) = bones[-2], bones[-1]
    dx, dy = bx - ax, by - ay
    size = (dx * dx + dy * dy) ** 0.5
    back = (dy / size * FINGER_W * 0.25, -dx / size * FINGER_W * 0.25)
    at = lambda k: (ax + k * dx + back[0], ay + k * dy + back[1])
    return at(NAIL[0]), at(NAIL[1])

