"""Fingers walking up a wall (a wall walk): solid dark fingertip prints up the wall's face from where the hand starts to
where it ends, and a straight arrow up beside the wall.

Reviewers saw "reach up the wall" but not the walking: the curved path arrow of the whole arm swung out past the wall
and said nothing of the fingers. The prints are a trail of fingertip dots, like footprints, up the wall. Drawn
faint, they were "small and faint" and "easy to miss" (round 81): they are solid dark grey, outlined.
"""
from __future__ import annotations

from msksite.schema.pose import Pose

from .arrows import chevron
from .props import WALL_T, placements, wall_x
from .shapes import Circle, Line, Shape
from .skeleton import Joints

# The hand climbs at least this far (figure units) for its walk to be drawn.
SHORTEST_WALK = 15.0
PRINTS = 4
PRINT_R = 2.4  # one fingertip print
ARROW_OUT = 6.0  # how far past the wall's back the arrow runs


def walks_up_wall(pose: Pose, end: Joints, start: Joints | None) -> str | None:
    """The side whose hand is on the wall and climbs it from start to end, if there is one."""
    if start is None:
        return None
    for name, at in placements(pose):
        side = (at or "").removesuffix("_hand")
        if name == "wall" and side in ("near", "far"):
            if end[f"{side}_tip"][1] - start[f"{side}_tip"][1] > SHORTEST_WALK:
                return side
    return None


def finger_walk(end: Joints, start: Joints, side: str) -> list[Shape]:
    """Fingertip prints on the wall between the start and end hands, and the arrow up beside the wall."""
    face = wall_x(end, f"{side}_hand")
    low, high = start[f"{side}_tip"][1], end[f"{side}_tip"][1]
    step = (high - low) / (PRINTS + 1)
    prints: list[Shape] = []
    for i in range(1, PRINTS + 1):
        y = low + i * step
        prints.append(Circle("end", (face - PRINT_R, y), PRINT_R, "dark"))
    x = face + WALL_T + ARROW_OUT
    tail, tip = (x, low), (x, high)
    return prints + [Line("arrow", (tail, tip))] + chevron(tip, tail)
