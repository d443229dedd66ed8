"""Everything in one picture, in drawing order: props behind, then the person, then the arrows."""
from __future__ import annotations

from msksite.schema.pose import Pose

from .arrows import arrow_shapes
from .figure import figure_shapes
from .hands import hand_view_shapes
from .props import prop_shapes
from .shapes import Shape
from .skeleton import landmarks, skeleton


def scene(pose: Pose) -> list[Shape]:
    """Return every shape in the drawing of a pose."""
    if pose.view == "hand":
        return hand_view_shapes(pose.fingers)
    pts = skeleton(pose)
    return prop_shapes(pose, pts) + figure_shapes(pose, pts) + arrow_shapes(pose.arrows, landmarks(pts))
