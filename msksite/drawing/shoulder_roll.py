"""Shoulder rolls: one big side-on close-up of the head, neck and shoulders, facing right, as the chin tuck's
(head_inset.py), with the near upper arm hanging from the shoulder: faint the shoulders lifted up towards the ears,
solid the shoulders down and back (the end of the roll), and one bold circular arrow round the shoulder joint going
up at the front, back over the top and down at the back (anticlockwise as seen). The head and neck stay still.

Before (to round 72) the whole person stood facing you with a circular arrow over each shoulder: seen from the front
the roll's direction cannot show, and the circles read as "arm circles", "shrugs", "big ears" or "headphones"; the
body barely changed. Tried then and reverted: a whole stick figure side-on with a loop round the shoulder (read as "a
cape"), and the front view drawn big from the hips up with a ring round each shoulder ("the hands look like feet").
Side-on and big (round 73), the shoulders move a long way against a still head, and the arrow's direction is the
roll's. The shoulder is right under the head side-on, so: the arm hangs from the round at the back of the chin
tuck's shoulder outline (hung from the joint, mid-chest, its round top was a lump inside the chest and the faint one
hid under it); the shoulders' move is drawn larger than the person's; and the arrow circles a point a little below
that round, so its top passes under the jaw rather than round the head, its head behind the arm, pointing down.
Figure units, y up, the person facing right.
"""
from __future__ import annotations

from msksite.schema.pose import Pose

from .arrows import chevron
from .closeup import Lens
from .figure import WIDTHS, head_shapes
from .head_inset import ZOOM, shoulders_outline, side_face
from .panels import side_by_side
from .positions import positions
from .shapes import Layer, Line, Pt, Shape, Tube, add, direction, left_of, relayered, unit
from .skeleton import ARM, SHOULDER_DROP
from .svg import Box, Drawing

# The picture round the still shoulder (where it is with the shoulders level), in figure units: from behind the arrow
# to in front of the face, from over the head down the upper arm (running off the bottom edge), 4:3. Drawn ZOOM
# times bigger, as the chin tuck, so the faces are the same size.
FRAME = (-21.0, -7.0, 17.0, 21.5)
# Each picture of the pair: as tall, narrower (no arrow behind the shoulder), as the chin tuck's pair.
PANEL = (-12.5, FRAME[1], 11.5, FRAME[3])
# The arrow: a circle this far out (figure units) round a point this far below the middle of the solid shoulder's
# round, from and to these angles (degrees anticlockwise from straight down): open below, over the arm, so it goes up
# the front, over the top and down the back, its head behind the arm pointing down. Any bigger or higher, its top
# runs into the back of the jaw.
ARROW_R, ARROW_DROP, ARROW_FROM, ARROW_TO = 7.0, 2.5, 45, 285
# The shoulders' move from level is drawn this many times as far as the whole person's (skeleton.SHOULDER_MOVES):
# as far, the faint shoulders lifted hardly showed above the solid ones.
SHOW = 1.3
# The arm hangs from the round of the shoulder at the back of the chin tuck's outline: this far back from the neck,
# in half the trunk's width, from level with the neck's foot, so its round top is the outline's.
ARM_AT = 0.55


def shows_shoulder_roll(pose: Pose) -> bool:
    """Whether the pose is a shoulder roll side-on and close up: the shoulders raised at the start, no inset."""
    return pose.view == "side" and pose.close_up and pose.inset is None and pose.start is not None \
        and pose.start.shoulders == "raised"


def shoulder_roll(pose: Pose, variant: str) -> Drawing:
    """The close-up: still (faint up, solid down and back, the arrow), moving (the shoulders going between the two,
    the arrow) or the pair (the shoulders up, then down and back, each solid in its own picture)."""
    placed = positions(pose)
    view = Lens(_level_shoulder(placed.end), ZOOM, _frame())
    neck, *face = _head(pose, placed.end, view)
    up, down = view.shapes(_shoulders(placed.start, "start")), view.shapes(_shoulders(placed.end, "end"))
    if variant == "pair":
        first, panel = [relayered(s, "end") for s in up], _frame(PANEL)
        return side_by_side([Drawing([neck] + first + face, frame=panel),
                             Drawing([neck] + down + face, frame=panel)], arrows=True)
    arrow = _arrow(view, placed.end)
    if variant == "moving":
        # The neck still, the outline and the arm after it moving between the two.
        moves = {i + 1: relayered(s, "end") for i, s in enumerate(up)}
        return Drawing([neck] + down + face + arrow, moves, frame=view.frame)
    # The start is on the faint layer, under every solid shape: only the shoulders lifted above and in front show.
    return Drawing(up + [neck] + down + face + arrow, frame=view.frame)


def _up(pts: dict[str, Pt]) -> Pt:
    """Up the trunk (upright here)."""
    return direction(pts["hip"], pts["neck"])


def _level_shoulder(pts: dict[str, Pt]) -> Pt:
    """Where the shoulder joint is with the shoulders level: the picture's middle (the head and neck do not move)."""
    return add(pts["neck"], _up(pts), -SHOULDER_DROP)


def _shoulders(pts: dict[str, Pt], layer: Layer) -> list[Shape]:
    """The chin tuck's shoulders and upper chest, moved with the shoulder, and the near upper arm hanging from the
    round of the shoulder at the outline's back (so the arm's top is the shoulder's round, not a lump on the chest as
    the chin tuck's arm was)."""
    top, hang = _round(pts), direction(pts["near_shoulder"], pts["near_elbow"])
    # The arm runs on past the picture's bottom edge (the whole arm's length), so it has no end.
    arm = Tube(layer, (top, add(top, hang, sum(ARM))), WIDTHS["upper_arm"])
    return [shoulders_outline(add(pts["neck"], _shift(pts)), _up(pts), layer), arm]


def _round(pts: dict[str, Pt]) -> Pt:
    """The middle of the round of the shoulder, where the arm hangs from: at the back of the moved outline."""
    return add(add(pts["neck"], _shift(pts)), left_of(_up(pts)), ARM_AT * WIDTHS["trunk"] / 2)


def _shift(pts: dict[str, Pt]) -> Pt:
    """How far the close-up moves the shoulders from level: SHOW times as far as the person's shoulder joint."""
    level, joint = _level_shoulder(pts), pts["near_shoulder"]
    return (SHOW * (joint[0] - level[0]), SHOW * (joint[1] - level[1]))


def _head(pose: Pose, pts: dict[str, Pt], view: Lens) -> list[Shape]:
    """The still neck and the chin tuck's big side-on face, solid."""
    return view.shapes(head_shapes(pose, pts, "end")[:1]) + side_face(view.point(pts["head"]), "end")


def _arrow(view: Lens, end: dict[str, Pt]) -> list[Shape]:
    """One bold circle round the shoulder joint, anticlockwise as seen: up the front, back over the top, down the
    back, its head at the back pointing down."""
    centre = view.point(add(_round(end), _up(end), -ARROW_DROP))
    path = tuple(add(centre, unit(a), ARROW_R * ZOOM) for a in range(ARROW_FROM, ARROW_TO + 1, 20))
    return [Line("arrow", path)] + chevron(path[-1], path[-2])


def _frame(box: Box = FRAME) -> Box:
    """A box in figure units round the level shoulder, as drawn (ZOOM times bigger)."""
    return tuple(k * ZOOM for k in box)  # type: ignore[return-value]
