"""The back rounding up and dipping down on hands and knees (cat and camel): two pictures, numbered 1 and 2, each
with a bold arrow on its back, up from the top of the rounded back, down into the dip of the hollow one.

One long two-headed arrow beside the two pictures did not point at the back, and reviewers read it as an unusual
way to say "alternate"; an arrow on each back says what the back does in each.
"""
from __future__ import annotations

from msksite.schema.pose import Pose

from .arrows import chevron
from .figure import WIDTHS, back_on_floor_moves, spine
from .shapes import Line, Shape, add
from .skeleton import Joints

# How far the arrow keeps off the back's top edge, and how long it is, in figure units.
ARROW_GAP, ARROW_LONG = 2.0, 12.0


def curls_back(pose: Pose) -> bool:
    """Only the back (and the head with it) moves, both ways, off the floor: the cat and camel."""
    changed = pose.start.model_dump(exclude_defaults=True).keys() if pose.start else set()
    return pose.both_ways and "back" in changed and changed <= {"back", "neck"} and not back_on_floor_moves(pose)


def back_arrow(pts: Joints, back: float) -> list[Shape]:
    """A bold arrow over the middle of the back: up from a rounded back, down onto a hollow one."""
    middle = spine(pts, back)[2]
    top = add(middle, (0.0, 1.0), WIDTHS["trunk"] / 2 + ARROW_GAP)
    far = add(top, (0.0, 1.0), ARROW_LONG)
    tail, tip = (top, far) if back > 0 else (far, top)
    return [Line("arrow", (tail, tip))] + chevron(tip, tail)
