"""The pictures of a wrist moving over a table's edge: the forearm lying on the table seen from the side, the hand
over its edge, big, and a curved arrow round the wrist. Both show the start faint and the end solid: the wrist lifts
hold a tin, hanging down and then lifted, the arrow from the one to the other; wrist bends hold nothing and show the
hand bent down and up, the arrow pointing both ways.

The hand is drawn from the pose's wrist angles and palm, not placed from the whole person: placed from the person,
the hand was small beside the forearm and the upper arm. A lift's hand is drawn bigger still, its face cheated round
to face you as the wrist stretches' is (tin_face.py): palm up an open hand with the tin lying in its palm, palm down
a fist gripping the tin. Side-on, the two hands looked alike, and six
reviews in a row told them apart only by a round picture of the hand from above, which they called "a small inset".
A lift's table top is drawn as a surface seen from above and in front (_table_top), so a hand facing you reads as
facing up.

Everything is in hand lengths times SIZE; the wrist is at (0, 0), just past the table's edge, the forearm coming in
from the left edge of the picture.
"""
from __future__ import annotations

from math import cos, radians, sin

from msksite.schema.pose import Pose

from .arrows import chevron
from .hands import Frame, capsule
from .open_hand import open_hand, reach
from .panels import side_by_side
from .shapes import Layer, Line, Loop, Pt, Shape, box
from .svg import Box, Drawing
from .tin_face import held_tin

SIZE = 40.0
# The forearm lies on the table, this thick at the elbow and at the wrist; the table's edge is this far behind the
# wrist, so the hand hanging down clears it; its top is this thick, and its leg stands this far back from the edge.
FOREARM_W, EDGE, TOP, LEG = (0.38, 0.26), 0.1, 0.14, 0.45
# The elbow is this far behind the wrist: its round end says "a forearm lying on the table" (cut off by the edge of
# the picture, a forearm read as the table's edge).
ELBOW = 0.95
# What the picture shows (4:3): the forearm from the elbow, then room for the hand turning down and up, and for a
# lift its big hand and tin and the arrow round them.
FRAME: Box = (-1.2 * SIZE, -1.12 * SIZE, 1.58 * SIZE, 1.02 * SIZE)
TIN_FRAME: Box = (-1.8 * SIZE, -1.55 * SIZE, 2.1 * SIZE, 1.38 * SIZE)
# A lift's wrist is further past the table's edge, so the faint hand hanging down with its tin clears the table's
# corner, and its leg just behind the edge, clear of the hanging hand. Its forearm is longer, so most of it rests on
# the table.
TIN_EDGE, TIN_LEG, TIN_ELBOW = 0.46, 0.26, 1.4
# A lift's table top, seen from above and in front: its near edge this far in front of (below) the forearm, its far
# edge this far behind (above) it, and its side edge slanting back this far.
NEAR, FAR, SLANT = 0.4, 0.7, 0.25
# The hand holding a tin is drawn this many times as big as the forearm (as the wrist stretches draw theirs), so its
# face, palm or back, fills the picture.
TIN_ZOOM = 1.3
# The arrow: an arc round the wrist beyond the big hand and tin, from the start's angle to the end's.
ARROW_R = 1.7
OPEN_ARROW = 0.2  # how far past an open hand's fingertips its arrow goes


def over_table_edge(pose: Pose) -> bool:
    """Whether the pose is a wrist lift or wrist bends: a hand close-up with the palm up or down, holding a tin or
    bending both ways over a table (and not seen from above, which draws the whole person's close-up beside a
    picture of the hand from above)."""
    names = _names(pose)
    moves = "tin" in names or pose.both_ways and "table" in names
    return pose.view == "hand" and moves and pose.near.palm in ("up", "down") and not pose.from_above


def _names(pose: Pose) -> list[str]:
    return [p if isinstance(p, str) else p.name for p in pose.props]


def lift_drawing(pose: Pose, variant: str) -> Drawing:
    """The lift in one variant: still (the end and the arrow), moving (the end moving to the start and back) or
    pair (start and end side by side)."""
    end_angle = pose.near.wrist or 0.0
    start_angle = pose.start.near.wrist if pose.start and pose.start.near.wrist is not None else end_angle
    tin = "tin" in _names(pose)
    frame = TIN_FRAME if tin else FRAME
    table = _table_top if tin else _table
    props = table(frame, TIN_EDGE if tin else EDGE, TIN_LEG if tin else LEG) if "table" in _names(pose) else []
    end = _arm(pose.near.palm, end_angle, "end", tin)
    arrow = _arrow(start_angle, end_angle, pose.both_ways) if start_angle != end_angle else []
    if variant == "pair":
        return side_by_side([Drawing(props + _arm(pose.near.palm, start_angle, "end", tin), frame=frame),
                             Drawing(props + end, frame=frame)], arrows=False)
    if variant == "moving":
        start = _arm(pose.near.palm, start_angle, "end", tin)
        moves = {len(props) + i: s for i, s in enumerate(start)}
        return Drawing(props + end + arrow, moves, frame=frame)
    # The start faint, the hand hanging down (with its tin in a lift), and the end solid, as in the drawings
    # reviewers found clearest; the faint forearm would lie under the solid one, so only the hand is drawn.
    start = _arm(pose.near.palm, start_angle, "start", tin)[1:] if start_angle != end_angle else []
    return Drawing(props + start + end + arrow, frame=frame)



def _at(x: float, y: float) -> Pt:
    return (x * SIZE, y * SIZE)


def _table(frame: Box, edge_back: float, leg_back: float) -> list[Shape]:
    """The table top, ending at its edge edge_back behind the wrist, and its front leg leg_back behind the edge."""
    top = -FOREARM_W[1] / 2 - 0.03
    left, edge = frame[0] / SIZE - 0.2, -edge_back
    slab = Loop("prop", tuple(_at(x, y) for x, y in box(left, top - TOP, edge, top)), "white")
    leg = Line("prop", (_at(edge - leg_back, top - TOP), _at(edge - leg_back, frame[1] / SIZE - 0.2)))
    return [slab, leg]


def _table_top(frame: Box, edge_back: float, leg_back: float) -> list[Shape]:
    """The table seen from above and in front: its top a flat band we look down onto, the forearm lying in the middle
    of it, its near edge with the table's thickness below, and its side edge, past which the hand reaches, slanting
    back. Seen edge-on, a hand cheated round to face you read as facing the viewer; over a table top seen from above,
    a hand facing you faces up."""
    top = -FOREARM_W[1] / 2 - 0.03
    left, edge = frame[0] / SIZE - 0.2, -edge_back
    near, far = top - NEAR, top + FAR
    surface = Loop("prop", (_at(left, near), _at(edge, near), _at(edge - SLANT, far), _at(left, far)), "white")
    front = Loop("prop", tuple(_at(x, y) for x, y in box(left, near - TOP, edge, near)), "grey")
    leg = Line("prop", (_at(edge - leg_back, near - TOP), _at(edge - leg_back, frame[1] / SIZE - 0.2)))
    return [surface, front, leg]


def _arm(palm: str, angle: float, layer: Layer, tin: bool) -> list[Shape]:
    """The forearm on the table and the hand at the wrist turned angle degrees up from the forearm's line, holding a
    tin or open."""
    along = (cos(radians(angle)), sin(radians(angle)))
    up = (-along[1], along[0])
    # The forearm's underside lies flat on the table, so its thick end, at the elbow, is higher up.
    elbow = _at(-(TIN_ELBOW if tin else ELBOW), (FOREARM_W[0] - FOREARM_W[1]) / 2)
    forearm = Loop(layer, capsule(elbow, (0.0, 0.0), (FOREARM_W[0] * SIZE / 2, FOREARM_W[1] * SIZE / 2)), "white")
    if not tin:
        return [forearm] + open_hand(Frame((0.0, 0.0), along, up, SIZE), layer, "white")
    return [forearm] + held_tin(Frame((0.0, 0.0), along, (-up[0], -up[1]), TIN_ZOOM * SIZE), layer, palm)


def _arrow(start: float, end: float, both_ways: bool) -> list[Shape]:
    """The arc round the wrist from the start's angle to the end's: past the tin, or just past the open hand's
    fingertips (at the tin's radius it ran off the top and bottom of the picture)."""
    r = OPEN_ARROW + reach() if both_ways else ARROW_R
    steps = [radians(start + (end - start) * i / 10) for i in range(11)]
    path = tuple(_at(r * cos(a), r * sin(a)) for a in steps)
    return [Line("arrow", path)] + chevron(path[-1], path[-2]) + (chevron(path[0], path[1]) if both_ways else [])
