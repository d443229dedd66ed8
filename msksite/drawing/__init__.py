"""Exercise drawings: a Pose (see msksite/schema/pose.py) drawn as a small, deterministic SVG line drawing.

One idea per module: shapes (the typed shapes and vector helpers), skeleton (joint positions), figure (the
person), props, arrows, hands (the hand close-up), scene (all of them in drawing order) and svg (the SVG text).
"""
from __future__ import annotations

from msksite.schema.pose import Pose

from .scene import scene
from .svg import svg_document

__all__ = ["render_svg"]


def render_svg(pose: Pose, title: str) -> str:
    """Return a standalone, deterministic SVG line drawing of the pose."""
    # Close-ups are drawn twice as big, so their strokes are thinned to look the same on the page.
    zoom = 2.0 if pose.close_up else 1.0
    return svg_document(scene(pose), title, zoom)
