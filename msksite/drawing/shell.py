"""The clam's arrow: the top knee opening like a shell, hinged at the feet.

A straight arrow up above the top knee sat in the gap between the two numbered pictures ("the arrow sits between the
panels instead of on the knee", round 55). This one follows the knee's own path in picture 2, from where it rested on
the bottom knee up to just short of where it is, inside the opening between the legs, the feet still together
beyond it. (An arc round the feet, through the same opening, was too short to show its curve at phone size.)
"""
from __future__ import annotations

from msksite.schema.pose import Pose

from .arrows import chevron, on_body
from .lying import clam
from .positions import Positions, between
from .shapes import Line, Shape, add

STEPS = 48  # points along the knee's path
GAP = 0.8  # how far the arrow keeps from the legs' outlines: the opening is only about 12 figure units high


def opens_knee(pose: Pose) -> bool:
    """Whether the pose is a clam whose top knee opens from a start position."""
    return clam(pose) and pose.start is not None


def knee_opening(pose: Pose, placed: Positions, body: list[Shape]) -> list[Shape]:
    """The arrow along the top knee's path, from where it rested on the bottom knee to where it stops short of the
    lifted knee's outline, so its head points at the knee from inside the opening."""
    # From the bottom knee, on which the top one rested, so the arrow fills the opening's height.
    below, rested = placed.end["far_knee"], placed.start["near_knee"]
    rise = [add(below, (rested[0] - below[0], rested[1] - below[1]), i / STEPS) for i in range(STEPS)]
    path = rise + [between(pose, placed, i / STEPS)["near_knee"] for i in range(STEPS + 1)]
    shown = [p for p in path if not on_body(p, body, GAP)]
    if len(shown) < 2:
        return []
    return [Line("arrow", tuple(shown))] + chevron(shown[-1], shown[-2])
