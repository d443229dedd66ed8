"""The pictures of a wrist moving over a table's edge: the forearm lying on the table seen from the side, the hand
over its edge, big, and a curved arrow round the wrist. Wrist bends hold nothing and show the hand bent down faint and
up solid, the arrow pointing both ways.

The wrist lifts (round 94) are two pictures side by side: the set-up as the patient sees it looking down
(tin_grip.py: a grey table top, the forearm lying on it, its elbow end round, and past its front edge the hand holding
the tin, palm up or the back of the hand up), then the lift seen from the side in the wrist bends' style (the drawing
reviewers read at once as a wrist moving over a table's edge): one picture, the hand and its tin faint hanging down
where they start and solid level where they end, a curved arrow rising along the path; the table top grey in both.
Moving, the side view's hand moves down to hang and back, the set-up still beside it; the print is the still. Before
(rounds 55 to 93: a small grip from above over two numbered side views), the lifts scored about 2.8 to 3: "the
side-view hands are blobs / awkward hooks", "the hanging hand in step 1 is hard to read", "palm up vs palm down
rests on a tiny inset", "nearly identical to the other cell". The grip from above big on the left alone "looked like
the grip squeeze": the table and the forearm on it are what set it apart.

History. The wrist lifts held a tin in two solid pictures side by side, numbered 1 and 2 (round 47): 1 the hand
hanging down over the table's edge, 2 the hand level, with an arc hugging the hand's path from where it hung up to
the level hand; the moving picture is picture 2, its hand moving down to hang and back. Hanging down, the two lifts
differ plainly: palm up, the can is on the far side of the hand, away from the table; palm down, it is on the
table's side, the back of the hand facing away. Before, one picture showed only the level hand with a short arrow
rising to it from a little below (a faint hand and tin hanging down under the solid one muddled the grip; an arrow
from far below the table top was confusing): nearly every review said "there is no starting position", "the arrow
floats away from the hand", and told the lifts apart only by comparing the two.

The hand is drawn from the pose's wrist angles and palm, not placed from the whole person: placed from the person,
the hand was small beside the forearm and the upper arm. A lift's level hand has the can standing on a flat hand
(palm up) or hanging under the back of the hand, knuckles on top (palm down), each hand one plain outline with the
fingers a band round the can (tin.py; finger tubes, nails and a thumb were "a tangle of fingers", round 47); views
of the hand from above, small or big, were matched only by comparing the two lifts.

Round 55: at about 2.7 out of 5, the lifts were still matched only by comparing the two ("the U-shaped hand with
a floating weight does not show palm direction"; "I had to decide from a knuckle detail"); picture 2 curled above
level did not help, and a 3D view onto the palm from above stacked the fingers "like a coil spring". The two side
views stay for the movement; over them, centred and bigger than their hands, a flat picture of the grip as the
patient sees it looking down at their own hand (tin_grip.py, in the style of the grip squeeze's hand): palm up the
palm cupping the tin, palm down the back of the hand on top of it. The moving picture has the grip beside it.

Everything is in hand lengths times SIZE; the wrist is at (0, 0), just past the table's edge, the forearm coming in
from the left edge of the picture.
"""
from __future__ import annotations

from math import cos, hypot, radians, sin

from msksite.schema.pose import Pose

from .arrows import chevron
from .hands import Frame, capsule
from .open_hand import open_hand, reach
from .panels import side_by_side
from .shapes import Fill, Layer, Line, Loop, Pt, Shape, box, relayered
from .svg import Box, Drawing, Turn, bounds, extent
from .tin import tin_fist, tin_tray
from .tin_grip import grip_height, grip_picture

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
# A lift's picture (4:3): the forearm's end on the table, the hand tipped down and level with its tin, and the arrow
# round them, filling the height, the hand and tin as big as the moving picture's lowest hand lets them be.
TIN_FRAME: Box = (-1.02 * SIZE, -1.08 * SIZE, 1.38 * SIZE, 0.72 * SIZE)
# A lift's wrist is further past the table's edge, so the hand hanging down with its tin (moving and printed)
# clears the table's corner, and its leg just behind the edge, clear of the hanging hand.
TIN_EDGE, TIN_LEG, TIN_ELBOW = 0.36, 0.26, 0.9
# A lift's arrow: a short arc round the wrist just past the fingertips' path, from the start's angle to the end's
# (a big arc from far below the table top "was confusing").
ARROW_R = 1.2
OPEN_ARROW = 0.2  # how far past an open hand's fingertips its arrow goes
# A lift's side view (the hand hanging down faint, then level): from the forearm's round end to what the hand
# reaches, with this much room; taller than the hanging hand and the level can need (1.12 down, 0.78 up), so the
# set-up seen from above, as tall beside it, is drawn bigger than the side view's hand (round 94).
SIDE_Y, SIDE_PAD = (-1.42, 1.08), 0.08
# In it, palm up, the wrist is just past the table's edge, so the forearm lies on the table up to the wrist (with the
# edge under the middle of the forearm, "part of the forearm hangs off the table", round 106); palm down the wrist is
# further out, as it must be in life, so the tin hanging on the table's side of the hand clears the table's corner.
SIDE_EDGE, SIDE_ELBOW = {"up": 0.1, "down": 0.66}, 0.95
SIDE_LEG = 0.6  # the table's leg this far back from its edge, clear of the hand hanging with its tin
# Its arrow hugs the level hand's path this far past what it reaches, from where the hand hung to just short of the
# level hand (further out, it "floats away from the hand").
SIDE_ARROW_OUT, SIDE_ARROW_SHORT = 0.1, 6.0


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
    """The drawing in one variant: still (the faint start, the end and the arrow; a lift: beside its set-up seen from
    above) or moving (the end moving to the start and back; a lift: its set-up still beside it)."""
    end_angle = pose.near.wrist or 0.0
    start_angle = pose.start.near.wrist if pose.start and pose.start.near.wrist is not None else end_angle
    tin = "tin" in _names(pose)
    frame = TIN_FRAME if tin else FRAME
    edge, leg = (TIN_EDGE, TIN_LEG) if tin else (EDGE, LEG)
    props = _table(frame, edge, leg) if "table" in _names(pose) else []
    palm = pose.near.palm
    end = _arm(palm, end_angle, "end", tin)
    arrow = _arrow(start_angle, end_angle, pose.both_ways) if start_angle != end_angle else []
    if tin and arrow:
        return _lift(palm, start_angle, end_angle, "table" in _names(pose), variant == "moving")
    if variant == "moving":
        # The hand swings round the wrist (the forearm stays on the table).
        start = _arm(palm, start_angle, "end", tin)
        moves = {len(props) + i: s for i, s in enumerate(start)}
        turns = {len(props) + i: Turn((0.0, 0.0), start_angle - end_angle) for i in range(1, len(end))}
        return Drawing(props + end + arrow, moves, frame=frame, turns=turns)
    # Wrist bends: the start faint, the hand bent down, and the end solid, as in the drawings reviewers found
    # clearest; the faint forearm would lie under the solid one, so only the hand is drawn. (A lift draws its side
    # view the same way, in _lift, beside its set-up seen from above.)
    start = _arm(palm, start_angle, "start", tin)[1:] if start_angle != end_angle else []
    return Drawing(props + start + end + arrow, frame=frame)


def _lift(palm: str, start: float, end: float, table: bool, moving: bool) -> Drawing:
    """A lift's still and print: two pictures side by side, the set-up seen from above as the patient sees it (the
    forearm on the table, the hand past its edge holding the tin, tin_grip.py), then the lift seen from the side,
    the hand and tin faint hanging down where they start and solid level where they end, the arrow rising between
    them; moving, the side view's hand moves down to hang and back, the set-up still beside it."""
    level = _arm(palm, end, "end", True, SIDE_ELBOW)
    reach = max(hypot(*p) for s in level[1:] for p in extent(s)) / SIZE
    arrow = _arrow(start, end - SIDE_ARROW_SHORT, False, reach + SIDE_ARROW_OUT)
    hung = _arm(palm, start, "end", True, SIDE_ELBOW)
    edge = SIDE_EDGE[palm] if table else None
    if moving:
        side = _picture(level + arrow, edge, hung[1:], start - end)
    else:
        side = _picture([relayered(s, "start") for s in hung[1:]] + level + arrow, edge)
    setup = grip_picture(palm, (SIDE_Y[1] - SIDE_Y[0]) * SIZE / grip_height())
    return side_by_side([setup, side])


def _picture(shapes: list[Shape], edge: float | None, start: list[Shape] = (), turn: float = 0.0) -> Drawing:
    """The lift seen from the side: the table (its edge this far behind the wrist; None: no table), then the shapes,
    cut to a frame round them (and round the start the hand moves to, if given, turning turn degrees at the wrist
    to it)."""
    left, _, right, _ = bounds(shapes + list(start))
    frame = (left - SIDE_PAD * SIZE, SIDE_Y[0] * SIZE, right + SIDE_PAD * SIZE, SIDE_Y[1] * SIZE)
    # Its table top grey, as the set-up's seen from above: the same table.
    props = _table(frame, edge, SIDE_LEG, "grey") if edge is not None else []
    # The hand hanging down is the moving hand's start: the forearm (the level arm's first shape) stays.
    level = [i for i, s in enumerate(shapes) if s.layer == "end"][1:] if start else []
    moves = {len(props) + i: s for i, s in zip(level, start)}
    turns = {i: Turn((0.0, 0.0), turn) for i in moves}
    return Drawing(props + shapes, moves, frame=frame, turns=turns)


def _at(x: float, y: float) -> Pt:
    return (x * SIZE, y * SIZE)


def _table(frame: Box, edge_back: float, leg_back: float, fill: Fill = "white") -> list[Shape]:
    """The table top, ending at its edge edge_back behind the wrist, and its front leg leg_back behind the edge."""
    top = -FOREARM_W[1] / 2 - 0.03
    left, edge = frame[0] / SIZE - 0.2, -edge_back
    slab = Loop("prop", tuple(_at(x, y) for x, y in box(left, top - TOP, edge, top)), fill)
    leg = Line("prop", (_at(edge - leg_back, top - TOP), _at(edge - leg_back, frame[1] / SIZE - 0.2)))
    return [slab, leg]


def _arm(palm: str, angle: float, layer: Layer, tin: bool, elbow_back: float | None = None) -> list[Shape]:
    """The forearm on the table, its elbow elbow_back behind the wrist (unless given, as far as the picture has
    room for), and the hand at the wrist turned angle degrees up from the forearm's line, holding a tin or open."""
    along = (cos(radians(angle)), sin(radians(angle)))
    up = (-along[1], along[0])
    # The forearm's underside lies flat on the table, so its thick end, at the elbow, is higher up.
    back = elbow_back if elbow_back is not None else TIN_ELBOW if tin else ELBOW
    elbow = _at(-back, (FOREARM_W[0] - FOREARM_W[1]) / 2)
    forearm = Loop(layer, capsule(elbow, (0.0, 0.0), (FOREARM_W[0] * SIZE / 2, FOREARM_W[1] * SIZE / 2)), "white")
    if not tin:
        return [forearm] + open_hand(Frame((0.0, 0.0), along, up, SIZE), layer, "white")
    # Palm up, the tin stands on the hand; palm down, it hangs under it.
    if palm == "up":
        return [forearm] + tin_tray(Frame((0.0, 0.0), along, up, SIZE), layer, "white")
    return [forearm] + tin_fist(Frame((0.0, 0.0), along, (-up[0], -up[1]), SIZE), layer, "white")


def _arrow(start: float, end: float, both_ways: bool, radius: float | None = None) -> list[Shape]:
    """The arc round the wrist from the start's angle to the end's: radius hand lengths out if given, else past the
    tin, or just past the open hand's fingertips (at the tin's radius it ran off the top and bottom of the
    picture)."""
    r = radius if radius is not None else OPEN_ARROW + reach() if both_ways else ARROW_R
    steps = [radians(start + (end - start) * i / 10) for i in range(11)]
    path = tuple(_at(r * cos(a), r * sin(a)) for a in steps)
    return [Line("arrow", path)] + chevron(path[-1], path[-2]) + (chevron(path[0], path[1]) if both_ways else [])
