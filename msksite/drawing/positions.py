"""The start and end positions placed in one picture: the body rests on the same point in both.

The end position rests its lowest point on the floor. The start position is moved so that the point it rests on
stays where it is in the end (a hand on the floor, a foot, the hips on a chair), as a real body would.
"""
from __future__ import annotations

from dataclasses import dataclass

from msksite.schema.pose import Pose

from .shapes import Pt
from .skeleton import Joints, grounded, heights, posed

# A point this close to the lowest one also touches the floor (the body's thickness is only roughly known).
TOUCHING = 2.0
# How far a start position may dip below the floor before it counts as going through it.
FLOOR_SLACK = 2.0


@dataclass(frozen=True)
class Positions:
    """Joint positions of the end and, when the pose moves, the start, in the same picture."""

    end: Joints
    start: Joints | None
    support: str | None  # the point both positions rest on, when there is a start


def positions(pose: Pose) -> Positions:
    """Place the end on the floor and the start so it rests on the same point."""
    end = grounded(posed(pose))
    start_pose = pose.at_start()
    if start_pose is None:
        return Positions(end, None, None)
    start = posed(start_pose)
    support = _support(end, start)
    shift = (end[support][0] - start[support][0], end[support][1] - start[support][1])
    return Positions(end, {name: (p[0] + shift[0], p[1] + shift[1]) for name, p in start.items()}, support)


def _support(end: Joints, start: Joints) -> str:
    # Of the points the end rests on, the one that moves least (relative to the hips) between start and end.
    low = heights(end)
    touching = [name for name, h in low.items() if h <= min(low.values()) + TOUCHING]
    return min(touching, key=lambda name: (_moved(end, start, name), name))


def _moved(end: Joints, start: Joints, name: str) -> float:
    a, b = _from_hip(end, name), _from_hip(start, name)
    return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5


def _from_hip(pts: Joints, name: str) -> Pt:
    return (pts[name][0] - pts["hip"][0], pts[name][1] - pts["hip"][1])


def below_floor(pts: Joints) -> list[str]:
    """The body points that go through the floor, lowest first."""
    low = heights(pts)
    return sorted((name for name, h in low.items() if h < -FLOOR_SLACK), key=lambda name: (low[name], name))
