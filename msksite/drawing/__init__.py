"""Exercise drawings: a Pose (see msksite/schema/pose.py) drawn as a small, deterministic SVG.

One idea per module: shapes (the typed shapes and vector helpers), skeleton (joint positions), positions (the start
and end placed in one picture), figure (the person), props, arrows, hands (hands and feet in detail), closeup (the
frame and magnification of a hand or foot close-up), badge (the hand seen from above, palm or back), tin (a hand
holding a tin, from the side), lift (the wrist lifts: the hand holding a tin over a table's edge), stretch (the wrist
stretches' two steps: the arm held out as you see it, then the hand bent down with the other hand's help), panels
(pictures side by side), prayer (both hands pressed palm to palm, facing you), steps (a movement done in steps: one
person, a numbered arrow for each), feet_view (someone lying on their back seen from beyond their feet, in
perspective), head_view (a close-up of the head and shoulders, the face turning), seated (someone sitting facing you,
one foot across the other knee, beside the close-up of its toes held back), muscle (a thigh muscle tightening), low_back (the trunk of someone lying on
their back whose low back arches off the floor, with the gap under it), above (someone seen from above and in front,
the forearm swinging out round the elbow), step_edge (the foot on a step's edge, the heel dropped below
it, or up on tiptoe on the floor), wall_walk (fingertips walking up a wall), order (two pictures one above the other, numbered 1 and 2), press_up (someone lying on their front pushing
their chest up), scene (all of them in drawing order, in each variant, as panels for pairs
of close-ups and finger sequences), svg (the SVG text) and checks (what `check` says about a pose).
"""
from __future__ import annotations

from msksite.schema.pose import Pose

from .scene import VARIANTS, Variant, scene
from .svg import svg_document

__all__ = ["VARIANTS", "Variant", "render_svg"]


def render_svg(pose: Pose, title: str, variant: Variant = "still") -> str:
    """Return a standalone, deterministic SVG drawing of the pose in one variant (still, moving or pair)."""
    return svg_document(scene(pose, variant), title)
