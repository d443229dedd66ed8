"""Everything in one picture, in drawing order: props behind, the start position faint, the end position, arrows.

Three variants of each drawing: `still` (start faint, end solid, a curved arrow between), `moving` (the same, with the
end moving to the start and back) and `pair` (start and end side by side, for print).
"""
from __future__ import annotations

from typing import Literal

from msksite.schema.pose import Pose

from .arrows import arrow_shapes, path_arrow
from .figure import figure_shapes
from .hands import hand_view_shapes
from .positions import Positions, positions
from .props import prop_shapes
from .shapes import Circle, Shape, moved, relayered
from .skeleton import landmarks
from .svg import Drawing, Inset, extent

Variant = Literal["still", "moving", "pair"]
VARIANTS: tuple[Variant, ...] = ("still", "moving", "pair")
# The inset magnifies this much, in a circle this big (figure units), beside the person.
INSET_ZOOM, INSET_R = 2.0, 28.0
PAIR_GAP = 14.0


def scene(pose: Pose, variant: Variant = "still") -> Drawing:
    """Return the drawing of a pose in one of its variants."""
    if pose.view == "hand":
        return Drawing(hand_view_shapes(pose.fingers))
    placed = positions(pose)
    if variant == "pair" and placed.start is not None:
        return _pair(pose, placed)
    end = figure_shapes(pose, placed.end, "end")
    start = figure_shapes(pose.at_start(), placed.start, "start") if placed.start else []
    arrows = arrow_shapes(pose.arrows, landmarks(placed.end)) + (path_arrow(pose, placed) if placed.start else [])
    props = prop_shapes(pose, placed.end, placed.start)
    if variant == "moving":
        # The person moves between the two positions themselves, so the faint start is left out.
        shapes = props + end + arrows
        return Drawing(shapes, _moves(len(props), start, end), _inset(pose, placed, shapes + start))
    shapes = props + start + end + arrows
    return Drawing(shapes, {}, _inset(pose, placed, shapes))


def _moves(first: int, start: list[Shape], end: list[Shape]) -> dict[int, Shape]:
    # The same pose gives the same list of shapes, so the nth end shape moves to the nth start shape.
    return {first + i: relayered(a, "end") for i, (a, b) in enumerate(zip(start, end)) if _same_kind(a, b)}


def _same_kind(a: Shape, b: Shape) -> bool:
    return type(a) is type(b) and (isinstance(a, Circle) or len(a.points) == len(b.points))


def _pair(pose: Pose, placed: Positions) -> Drawing:
    """Start and end side by side, each with its props, both solid."""
    start_pose = pose.at_start()
    left = prop_shapes(pose, placed.start, None) + figure_shapes(start_pose, placed.start, "end")
    right = prop_shapes(pose, placed.end, None) + figure_shapes(pose, placed.end, "end")
    edge = max(p[0] for s in left for p in extent(s))
    shift = edge + PAIR_GAP - min(p[0] for s in right for p in extent(s))
    return Drawing(left + [moved(s, (shift, 0.0)) for s in right])


def _inset(pose: Pose, placed: Positions, shapes: list[Shape]) -> Inset | None:
    if pose.inset is None:
        return None
    focus = landmarks(placed.end)[pose.inset]
    xs = [p[0] for s in shapes for p in extent(s)]
    ys = [p[1] for s in shapes for p in extent(s)]
    return Inset(focus, INSET_ZOOM, (max(xs) + INSET_R + 4, max(ys) - INSET_R), INSET_R)
