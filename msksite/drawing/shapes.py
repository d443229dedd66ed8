"""The shapes a drawing is made of, and the small vector helpers that place them.

Everything works in "figure units" with y pointing up and the floor at y = 0; only svg.py flips y for the screen.
"""
from __future__ import annotations

from dataclasses import dataclass
from math import cos, radians, sin
from typing import Literal, Union, get_args

Pt = tuple[float, float]
# The Literal lists the layers in drawing order, so the order is written once.
Layer = Literal["prop", "far", "body", "arrow"]
LAYERS: tuple[Layer, ...] = get_args(Layer)


def _check_layer(layer: str) -> None:
    # A misspelt layer would silently drop the shape from the picture, so refuse it when the shape is made.
    if layer not in LAYERS:
        raise ValueError(f"unknown layer {layer!r}; use one of {', '.join(LAYERS)}")


@dataclass(frozen=True)
class Line:
    """An open polyline."""

    layer: Layer
    points: tuple[Pt, ...]

    def __post_init__(self) -> None:
        _check_layer(self.layer)


@dataclass(frozen=True)
class Loop:
    """A closed outline."""

    layer: Layer
    points: tuple[Pt, ...]

    def __post_init__(self) -> None:
        _check_layer(self.layer)


@dataclass(frozen=True)
class Circle:
    """A circle around a centre."""

    layer: Layer
    centre: Pt
    r: float

    def __post_init__(self) -> None:
        _check_layer(self.layer)


Shape = Union[Line, Loop, Circle]


def add(p: Pt, v: Pt, k: float = 1.0) -> Pt:
    """Return point p moved by k times vector v."""
    return (p[0] + k * v[0], p[1] + k * v[1])


def unit(angle: float) -> Pt:
    """Return the unit vector for an angle measured anticlockwise from straight down."""
    a = radians(angle)
    return (sin(a), -cos(a))


def box(x0: float, y0: float, x1: float, y1: float) -> tuple[Pt, ...]:
    """Return the corners of a rectangle."""
    return ((x0, y0), (x1, y0), (x1, y1), (x0, y1))
