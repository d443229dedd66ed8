"""The round close-up of one shoulder rolling backwards, seen side-on (``inset: near_shoulder`` facing you, shoulder
rolls): beside the person facing you (both shoulders faintly raised, no arrow), the head, neck, shoulder and top of
the upper arm seen from the side, facing right, and one bold loop round the shoulder: up in front, back over the top
and down behind, its one head at the end of the loop, pointing down at the back.

History: facing you, the circular arrow over each shoulder could not say which way to roll ("from the front you
cannot tell forwards or backwards"), and read as ears, headphones or arm circles (3.64). Side-on and big (3.0) lost
"both shoulders"; a head-and-shoulders close-up with ring arrows (3.5), a ring round each shoulder and smaller
circles on the shoulder tips did no better. So (round 91) the person stays facing you (both shoulders, standing)
and this close-up, side-on, carries the direction: with the face showing which way is forward, the loop goes up
the front of the shoulder and comes down its back. The circles over the person's shoulders are gone (two loops
that disagreed in look were a muddle, and they were the "ears"). A faint raised shoulder in the close-up was tried:
the solid shoulder hid it, so the person's faint raised shoulders say "lift up". The loop is wider than tall so its
top crosses the neck's foot rather than the jaw. Moving, the close-up stays still.
Figure units, y up, the person facing right; the close-up is the side view of the same pose, drawn with the head
close-up's big side-on face (head_inset.py).
"""
from __future__ import annotations

from msksite.schema.pose import Pose

from .arrows import bold_arrow
from .closeup import Lens
from .head_inset import ZOOM, body_without_head, side_face
from .positions import positions
from .shapes import Pt, Shape, Tube, unit
from .svg import Box, Drawing, Inset

# The close-up's square, in figure units about the near shoulder before ZOOM: from below the top of the upper arm
# to above the head, the shoulder a little below the middle so the head fits.
HALF, LIFT = 16.0, 4.5
# The loop round the shoulder, in figure units about it before ZOOM: its middle a little above the shoulder, how far
# out it runs across and up (wider than tall, so its top crosses the neck's foot, not the jaw), and where it starts
# and how far it sweeps (degrees anticlockwise from straight down, as shapes.unit takes them): from low in front, up
# the front, back over the top and down behind, so its one head says "down" at the back.
LOOP_UP, LOOP_RX, LOOP_RY, LOOP_FROM, LOOP_SWEEP = 1.0, 9.5, 7.5, 40.0, 242.0
ARC_STEPS = 24
# Drawn bold (as thick as a limb's outline, bold_arrow), this wide and with a head this long, after ZOOM.
LOOP_W, LOOP_HEAD = 2.6, 8.0
# The circle beside the person (figure units), and the small ring marking the shoulder in the person.
CLOSE_UP_R, RING = 46.0, 7.0


def rolls_shoulder(pose: Pose) -> bool:
    """Whether the pose's inset is a shoulder facing you, shown side-on rolling back (shoulder rolls)."""
    return pose.inset == "near_shoulder" and pose.view == "front"


def shoulder_inset(pose: Pose, focus: Pt, beside: Box) -> Inset:
    """The close-up in a big circle to the right of what is beside it, level with its top."""
    centre = (beside[2] + CLOSE_UP_R + 4, beside[3] - CLOSE_UP_R)
    return Inset(focus, CLOSE_UP_R / RING, centre, CLOSE_UP_R, shoulder_side_on(pose))


def shoulder_side_on(pose: Pose) -> Drawing:
    """The same pose side-on about the near shoulder, solid, and the loop round it; the same in every variant (moving,
    the person beside shows the lift)."""
    side = pose.model_copy(update={"view": "side", "inset": None, "arrows": (), "props": ()})
    placed = positions(side)
    shoulder = placed.end["near_shoulder"]
    view = Lens(shoulder, ZOOM, _frame())
    end = view.shapes(body_without_head(side, placed.end, "end")) + side_face(view.point(placed.end["head"]), "end")
    return Drawing(end + loop(view.point(shoulder)), frame=view.frame, aspect=1.0)


def loop(centre: Pt) -> list[Shape]:
    """The arrow round the shoulder: up in front, back over the top, down behind, one head at its end."""
    x, y = centre[0], centre[1] + LOOP_UP * ZOOM
    turns = (unit(LOOP_FROM + LOOP_SWEEP * i / ARC_STEPS) for i in range(ARC_STEPS + 1))
    path = tuple((x + LOOP_RX * ZOOM * dx, y + LOOP_RY * ZOOM * dy) for dx, dy in turns)
    head = bold_arrow(path[-2], path[-1], LOOP_W, LOOP_HEAD)[1:]
    return [Tube("arrow", path[:-1], LOOP_W, "black")] + head


def _frame() -> Box:
    return (-HALF * ZOOM, (LIFT - HALF) * ZOOM, HALF * ZOOM, (LIFT + HALF) * ZOOM)
