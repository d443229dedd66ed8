"""Exercise drawings: a Pose (see msksite/schema/pose.py) drawn as a small, deterministic SVG.

One idea per module: shapes (the typed shapes and vector helpers), skeleton (joint positions), positions (the start
and end placed in one picture), figure (the person), props, arrows, hands (the finger close-up), scene (all of them
in drawing order, in each variant), svg (the SVG text) and checks (what `check` says about a pose).
"""
from __future__ import annotations

from typing import NamedTuple

from msksite.schema.pose import Pose

from .scene import VARIANTS, Variant, scene
from .svg import svg_document

__all__ = ["VARIANTS", "Variant", "VariantOf", "render_svg"]


class VariantOf(NamedTuple):
    """A pose and which of its drawings to make (render_svg's first argument, when not the still one)."""

    pose: Pose
    variant: Variant


def render_svg(pose: Pose | VariantOf, title: str) -> str:
    """Return a standalone, deterministic SVG drawing of the pose (its still drawing unless told otherwise)."""
    pose, variant = pose if isinstance(pose, VariantOf) else (pose, "still")
    return svg_document(scene(pose, variant), title)
