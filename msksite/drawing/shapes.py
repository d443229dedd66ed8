"""The shapes a drawing is made of, and the small vector helpers that place them.

Everything works in "figure units" with y pointing up and the floor at y = 0; only svg.py flips y for the screen.
"""
from __future__ import annotations

from dataclasses import dataclass
from math import cos, radians, sin
from typing import Callable, Literal, Union, get_args

Pt = tuple[float, float]
# The Literal lists the layers in drawing order, so the order is written once: props behind, then the start
# position (faint), then the end position, then the start's arms seen facing you (faint, over the end's trunk, which
# hid a start arm across the body), then the arrows, then the numbers that order the pictures (over an arrow).
Layer = Literal["prop", "start", "end", "start_over", "arrow", "number"]
LAYERS: tuple[Layer, ...] = get_args(Layer)
# Far-side body parts are filled grey and near ones white, so depth reads in black and white; close-ups shade the
# palm side of a hand darker, so palm up and palm down tell apart at a glance.
Fill = Literal["none", "white", "grey", "dark", "black"]


def _check_layer(layer: str) -> None:
    # A misspelt layer would silently drop the shape from the picture, so refuse it when the shape is made.
    if layer not in LAYERS:
        raise ValueError(f"unknown layer {layer!r}; use one of {', '.join(LAYERS)}")


@dataclass(frozen=True)
class Line:
    """An open polyline; dotted draws only round dots at its points (a pair of eyes)."""

    layer: Layer
    points: tuple[Pt, ...]
    dotted: bool = False

    def __post_init__(self) -> None:
        _check_layer(self.layer)


@dataclass(frozen=True)
class Loop:
    """A closed outline."""

    layer: Layer
    points: tuple[Pt, ...]
    fill: Fill = "none"

    def __post_init__(self) -> None:
        _check_layer(self.layer)


@dataclass(frozen=True)
class Circle:
    """A circle around a centre."""

    layer: Layer
    centre: Pt
    r: float
    fill: Fill = "none"

    def __post_init__(self) -> None:
        _check_layer(self.layer)


@dataclass(frozen=True)
class Tube:
    """A body part: a thick, round-ended stroke along the points with an outline, width wide."""

    layer: Layer
    points: tuple[Pt, ...]
    width: float
    fill: Fill = "white"

    def __post_init__(self) -> None:
        _check_layer(self.layer)


Shape = Union[Line, Loop, Circle, Tube]


def add(p: Pt, v: Pt, k: float = 1.0) -> Pt:
    """Return point p moved by k times vector v."""
    return (p[0] + k * v[0], p[1] + k * v[1])


def midpoint(a: Pt, b: Pt) -> Pt:
    return ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)


def unit(angle: float) -> Pt:
    """Return the unit vector for an angle measured anticlockwise from straight down."""
    a = radians(angle)
    return (sin(a), -cos(a))


def nearest_on_segment(p: Pt, a: Pt, b: Pt) -> Pt:
    """Return the point of the segment from a to b nearest to p (a itself when the segment has no length)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    size = dx * dx + dy * dy
    t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / size)) if size else 0.0
    return (a[0] + t * dx, a[1] + t * dy)


def direction(a: Pt, b: Pt) -> Pt:
    """Return the unit vector from a to b (straight up when they are the same point)."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    size = (dx * dx + dy * dy) ** 0.5
    return (dx / size, dy / size) if size else (0.0, 1.0)


def left_of(v: Pt) -> Pt:
    """Return v turned a quarter turn anticlockwise."""
    return (-v[1], v[0])


def box(x0: float, y0: float, x1: float, y1: float) -> tuple[Pt, ...]:
    """Return the corners of a rectangle."""
    return ((x0, y0), (x1, y0), (x1, y1), (x0, y1))


def moved(shape: Shape, by: Pt) -> Shape:
    """Return the shape shifted by a vector (to set two positions side by side)."""
    if isinstance(shape, Circle):
        return Circle(shape.layer, add(shape.centre, by), shape.r, shape.fill)
    points = tuple(add(p, by) for p in shape.points)
    return type(shape)(**{**shape.__dict__, "points": points})


def relayered(shape: Shape, layer: Layer) -> Shape:
    """Return the same shape on another layer (the start position is drawn faint by its layer)."""
    return type(shape)(**{**shape.__dict__, "layer": layer})


def mapped(shape: Shape, to_view: Callable[[Pt], Pt], zoom: float) -> Shape:
    """Return the shape with its points mapped into a close-up, its thickness and radius times zoom."""
    if isinstance(shape, Circle):
        return Circle(shape.layer, to_view(shape.centre), shape.r * zoom, shape.fill)
    fields = {**shape.__dict__, "points": tuple(to_view(p) for p in shape.points)}
    if isinstance(shape, Tube):
        fields["width"] = shape.width * zoom
    return type(shape)(**fields)
