"""Smooth outlines for the soft things drawn by hand: a foot, a towel's folds."""
from __future__ import annotations

from .shapes import Pt, add


def smooth(points: tuple[Pt, ...], closed: bool = False, rounds: int = 2) -> tuple[Pt, ...]:
    """The polyline rounded off (Chaikin's corner cutting), keeping its ends unless closed."""
    for _ in range(rounds):
        pairs = zip(points, points[1:] + (points[:1] if closed else ()))
        cut = tuple(q for a, b in pairs for q in (add(a, (b[0] - a[0], b[1] - a[1]), 0.25),
                                                  add(a, (b[0] - a[0], b[1] - a[1]), 0.75)))
        points = cut if closed else (points[0],) + cut + (points[-1],)
    return points
