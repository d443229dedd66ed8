"""The wrist stretches' picture (a hand pose, palm up or down, with ``helping_hand``): since round 58 a close-up in
wrist bends' style (lift.py, open_hand.py), with no person: the forearm held out straight comes in level from the
left edge of the picture, its open hand drawn big at the wrist, bent down (fingers to the floor, the back of the
hand and its nails showing) or up (fingers to the ceiling, the plain palm: "stop"), faint where it starts, straight
out along the arm, as wrist bends shows its faint position. The helping hand (stretch_hands.py) comes in from the
right, the other side, its forearm in a dark sleeve running off the picture, its palm flat on the stretched
fingers, pressing (bent down) or pulling (bent up) them back towards the body; one curved arrow at the stretched
fingertips points back towards the body, on the left.

Before (rounds 25 to 57, about 3.0 over 32 reviews): one big person from the head to the hips, side-on, the arm
straight out and its hand drawn big, turned to face you, the other arm in grey reaching under it to the hand.
Reviewers: "the overlapping hands are hard to untangle", "the helper arm comes from nowhere / an odd angle", "the
hand twisted toward the viewer while the body is in profile", "the arm looks like a chair armrest". Tried and
failed: both hands side-on with a white helping arm from the far shoulder (the fingers "a comb", "a tangle"); the
helping arm and hand white, straight from the chest; four grey fingers with no arm ("floats"). Earlier still, the
small whole person in a box in the corner was all reviewers read, never the big close-up beside it. Wrist bends, a
close-up of the forearm and an open hand with no person, scored 4.2.

Everything is in hand lengths times SIZE, the wrist at (0, 0), y up.
"""
from __future__ import annotations

from math import cos, radians, sin

from msksite.schema.pose import Pose

from .arrows import chevron
from .hands import Frame, capsule
from .lift import FOREARM_W
from .open_hand import open_hand, reach
from .panels import side_by_side
from .shapes import Layer, Line, Loop, Pt, Shape
from .stretch_hands import helping, stretched
from .svg import Box, Drawing

SIZE = 40.0
# The forearm runs this far back from the wrist, off the picture's left edge: no elbow, as the arm is held out
# straight and the picture is about the hand.
FOREARM = 2.0
# What the picture shows (4:3), in hand lengths: the end of the forearm, the hand straight out (faint) and bent down
# (bend -1) or up (1), the helping hand and the arrow round the fingertips; the helping forearm runs off the edge.
FRAMES: dict[float, Box] = {-1.0: (-0.95, -1.42, 1.55, 0.455), 1.0: (-0.95, -0.455, 1.55, 1.42)}
# The arrow: an arc round the wrist just past the fingertips, from this many degrees before the bent hand's line
# (on the helping hand's side) to this many past it (on the body's side), its head pointing back towards the body.
ARROW_OUT, ARROW_BEFORE, ARROW_PAST = 0.16, 22.0, 30.0


def helped_stretch(pose: Pose) -> bool:
    """Whether the pose is a wrist stretch: a hand pose, palm up or down, helped by the other hand."""
    return pose.view == "hand" and pose.helping_hand is not None and pose.near.palm in ("up", "down")


def stretch_drawing(pose: Pose, variant: str) -> Drawing:
    """The stretch in one variant: still (the faint straight hand, the bent hand, the helping hand on it, the
    arrow), moving (the hand and the helping hand moving to the start and back) or pair (start and end side by
    side)."""
    end_angle = pose.near.wrist if pose.near.wrist is not None else -90.0
    start_angle = pose.start.near.wrist if pose.start and pose.start.near.wrist is not None else 0.0
    bend = 1.0 if end_angle > start_angle else -1.0
    palm_shows = _palm_shows(pose.near.palm, end_angle)
    arm = [_forearm()]
    end = _helped(end_angle, bend, palm_shows)
    arrow = _arrow(end_angle, bend)
    if variant == "pair":
        straight = stretched(_frame(start_angle, bend), _palm_shows(pose.near.palm, start_angle))
        return side_by_side([_picture(bend, arm + straight), _picture(bend, arm + end + arrow)], arrows=True)
    if variant == "moving":
        # The helping hand moves with the stretched one, holding it all the way; the hand keeps the end's face, as
        # a moving shape cannot turn from the back of the hand into the palm on the way.
        start = _helped(start_angle, bend, palm_shows)
        return _picture(bend, arm + end + arrow, {len(arm) + i: s for i, s in enumerate(start)})
    # Wrist bends' faint start: only the hand, as the faint forearm would lie under the solid one.
    faint = open_hand(_frame(start_angle, bend), "start", "white")
    return _picture(bend, faint + arm + end + arrow)


def _picture(bend: float, shapes: list[Shape], moves: dict[int, Shape] | None = None) -> Drawing:
    return Drawing(shapes, moves or {}, frame=tuple(v * SIZE for v in FRAMES[bend]))


def _forearm(layer: Layer = "end") -> Shape:
    """The stretched forearm, level, from off the left edge to the wrist (lift.py's forearm, held out)."""
    halves = (FOREARM_W[0] * SIZE / 2, FOREARM_W[1] * SIZE / 2)
    return Loop(layer, capsule((-FOREARM * SIZE, 0.0), (0.0, 0.0), halves), "white")


def _helped(angle: float, bend: float, palm_shows: bool) -> list[Shape]:
    """The stretched hand turned angle degrees at the wrist and the helping hand on its fingers, over it."""
    f = _frame(angle, bend)
    return stretched(f, palm_shows) + helping(f, bend)


def _frame(angle: float, bend: float) -> Frame:
    """The stretched hand's frame at the wrist, turned angle degrees up from the forearm's line, its thumb on the
    body's side (the left) once bent up (bend 1) or down (-1), away from the helping hand, which comes from the
    right."""
    along = (cos(radians(angle)), sin(radians(angle)))
    return Frame((0.0, 0.0), along, (-along[1] * bend, along[0] * bend), SIZE)


def _palm_shows(palm: str, angle: float) -> bool:
    """Whether you see the palm of the hand turned angle degrees at the wrist: straight out, the face on top; bent
    up or down, the face that turns away from the body, cheated round to face you."""
    return (palm == "up") == (angle <= 0)


def _arrow(end: float, bend: float) -> list[Shape]:
    """The arc round the wrist just past the bent fingertips, from the helping hand's side to the body's side."""
    r = (reach() + ARROW_OUT) * SIZE
    a, b = end - bend * ARROW_BEFORE, end + bend * ARROW_PAST
    path = tuple(_at(r, a + (b - a) * i / 10) for i in range(11))
    return [Line("arrow", path)] + chevron(path[-1], path[-2])


def _at(r: float, degrees: float) -> Pt:
    return (r * cos(radians(degrees)), r * sin(radians(degrees)))
