"""Two pictures of one movement, numbered 1 and 2 at their top left (where a reader starts) to say which comes first;
scene.py lays them one above the other or side by side, whichever draws them bigger.

A long arrow down between the pictures (still drawn for cat and camel and the sit back stretch) pointed at a person
lying down: for a pelvic tilt it read as "lie down". Numbers over the left end of someone lying take no width, which
the pictures need: they are as wide as the box. A pose asks for this with ``numbered: true`` (the bridge, the clam:
one solid person and an arrow, "there is no start position", round 44; the hamstring stretch, round 45).
"""
from __future__ import annotations

from .shapes import Circle, Pt, Shape, Tube, add
from .numerals import NUMBER_R, number
from .svg import OUTLINE

GAP = 3.0  # how far the number's circle keeps above whatever lies under it, in figure units
SAMPLES = 8  # points along each stretch of a shape, to find what lies under the number


def numbered(first: list[Shape], then: list[Shape]) -> tuple[list[Shape], list[Shape]]:
    """The two pictures, each with its number (1, then 2) at its left end, over whatever lies there."""
    return first + number(_corner(first), 1), then + number(_corner(then), 2)


def _corner(shapes: list[Shape]) -> Pt:
    """Where a picture's number goes: a circle from its left edge, just over the shapes below it."""
    reach = [p for s in shapes for p in _outline(s)]
    left = min(x for x, _ in reach)
    under = [y for x, y in reach if x <= left + 2 * NUMBER_R + GAP]
    return (left + NUMBER_R, max(under) + NUMBER_R + GAP)


def _outline(shape: Shape) -> list[Pt]:
    """Points on the top and bottom edge of the shape all along it, thickness included."""
    if isinstance(shape, Circle):
        return [add(shape.centre, (0.0, k), shape.r + OUTLINE) for k in (1, -1)]
    pad = shape.width / 2 + OUTLINE if isinstance(shape, Tube) else OUTLINE
    along = [add(a, (b[0] - a[0], b[1] - a[1]), i / SAMPLES)
             for a, b in zip(shape.points, shape.points[1:]) for i in range(SAMPLES + 1)] or list(shape.points)
    return [add(p, (0.0, k), pad) for p in along for k in (1, -1)]
