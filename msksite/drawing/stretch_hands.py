"""The wrist stretches' close-up (stretch.py): the two hands magnified in a big circle, seen from the SAME side as
the person beside it, the tendon glides' side-on hand (tendon_glide.py: the palm's edge, four fingers in a stair,
the thumb along the palm), which reviewers read as a hand at once.

- The stretched hand at the end of its forearm, which comes in level from the left (the arm held straight out),
  bent at the wrist: fingers up, the palm facing away from the body (flexor); hanging, the back of the hand facing
  away (extensor).
- The other hand, white too, seen from the same side, its forearm rising to it from the lower left (as the person's
  other arm does), its palm against the face of the stretched hand that faces away from the body: fingers up, its
  fingers over the front of the stretched fingers and curling over their tips, to pull them back; hanging, its palm
  on the back of the hand, to press it back. It is the far hand, so it goes behind the stretched one.
- A short curved arrow round the wrist past the stretched fingertips, back towards the body.

History: until round 98 the stretched hand was drawn big and FACE-ON at the end of a side-on arm (the "stop" palm,
or the back of the hand with nails), the other hand grey over it, in two numbered pictures: "a front-facing hand on
a side-view body", "the grey helping hand comes from nowhere / overlaps" (3.20 and 3.27 over 80 reviews).

Everything is in hand lengths from the stretched wrist, x forward (away from the body), y up, then times SIZE.
"""
from __future__ import annotations

from math import cos, radians, sin

from .arrows import chevron
from .shapes import Layer, Line, Loop, Pt, Shape, Tube, add, left_of
from .tendon_glide import BONES, FINGER_W, FINGERS, KNUCKLE, PALM, THUMB, THUMB_W
from .tendon_glide import _nail  # the same nail line as the tendon glides' hand

SIZE = 40.0  # a hand's length in the close-up's units: the square it shows is about three hands wide
# The stretched forearm: level from off the left to the wrist, as wide as the tendon glides' wrist.
FOREARM, FOREARM_W = ((-3.0, 0.0), (0.0, 0.0)), 0.32
# The other hand for each grip: its wrist (forward, up) and which way it points (degrees from straight up, turning
# back towards the body) and its finger bends (knuckle, middle, end; positive curls them back towards the body). Its
# forearm runs from off the circle the way the person's other forearm does (stretch_person.py).
HELPERS = {
    # Fingers up: its palm on the front of the stretched fingers, its fingertips curling over theirs, to pull back.
    "fingers": ((0.45, 0.3), 12.0, (0.0, 40.0, 50.0)),
    # Hanging: its palm on the back of the hanging hand, its fingers up to the knuckles, pressing it back.
    "back": ((0.45, -1.1), 8.0, (0.0, 10.0, 10.0)),
}
ELBOW = 3.0  # how far the other forearm runs from its wrist, in hand lengths: off the circle
# The arrow: an arc round the stretched wrist, this many hand lengths out, from and to these angles (degrees from
# the stretched hand's line, back towards the body): past the fingertips, clear of the other hand's.
ARROW = (1.4, 6.0, 42.0)


def stretched(angle: float, layer: Layer = "end") -> list[Shape]:
    """The stretched hand turned angle degrees at the wrist (90 fingers up, -90 hanging, 0 straight out along the
    arm, palm down), seen from the side: the palm towards +x when it points up."""
    along = (cos(radians(angle)), sin(radians(angle)))
    return _side_hand((0.0, 0.0), along, (along[1], -along[0]), (0.0, 0.0, 0.0), layer)


def forearm(layer: Layer = "end") -> Shape:
    """The stretched arm's forearm, level from off the left to the wrist."""
    return Tube(layer, tuple(_at(p) for p in FOREARM), FOREARM_W * SIZE)


def helper(grip: str, elbow: Pt, layer: Layer = "end") -> list[Shape]:
    """The other forearm and hand, its palm on the stretched hand as grip says, the forearm coming from the elbow
    way (a unit vector)."""
    wrist, lean, bends = HELPERS[grip]
    a = radians(90.0 + lean)
    along = (cos(a), sin(a))
    hand = _side_hand(wrist, along, left_of(along), bends, layer)
    arm = Tube(layer, (_at(add(wrist, elbow, ELBOW)), _at(wrist)), FOREARM_W * SIZE)
    return [arm] + hand


def arrow(angle: float, bend: float) -> list[Shape]:
    """The short arc round the wrist past the bent fingertips, its head pointing back towards the body."""
    r, first, last = ARROW
    path = tuple(_at((r * cos(radians(a)), r * sin(radians(a))))
                 for a in (angle + bend * (first + (last - first) * i / 10) for i in range(11)))
    return [Line("arrow", path)] + chevron(path[-1], path[-2])


def _side_hand(wrist: Pt, along: Pt, palm: Pt, bends: tuple[float, float, float], layer: Layer) -> list[Shape]:
    """The tendon glides' side-on hand (x towards the palm, y along the hand, in hand lengths) at wrist, pointing
    along, its palm towards palm: the thumb, the fingers behind, the palm's edge, the nearest finger and its nail."""
    to = lambda points: tuple(_at(add(add(wrist, palm, x), along, y)) for x, y in points)
    tube = lambda points, w: Tube(layer, to(points), w * SIZE)
    # A straight finger is its two ends, a bent one its joints (round-joined): each point of a moving shape is
    # written six times, and rounded off the moving picture went over its 10 kB.
    bone = lambda points: points if any(bends) else points[::len(points) - 1]
    behind = [tube(bone(_finger(bends, *f)), FINGER_W) for f in reversed(FINGERS[1:])]
    front = _finger(bends)
    return ([tube(THUMB, THUMB_W)] + behind + [Loop(layer, to(PALM), "white"), tube(bone(front), FINGER_W),
                                               Line(layer, to(_nail(front)))])


def _finger(bends: tuple[float, float, float], back: float = 0.0, up: float = 0.0) -> tuple[Pt, ...]:
    """A finger from its knuckle (set back and up for the ones behind), bending towards the palm (+x) by bends."""
    points, angle = [(KNUCKLE[0] - back, KNUCKLE[1] + up)], 0.0
    for bend, length in zip(bends, BONES["straight"]):
        angle += bend
        x, y = points[-1]
        points.append((x + length * sin(radians(angle)), y + length * cos(radians(angle))))
    return tuple(points)


def _at(p: Pt) -> Pt:
    return (p[0] * SIZE, p[1] * SIZE)
