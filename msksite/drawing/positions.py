"""The start and end positions placed in one picture: the body rests on the same point in both.

The end position rests its lowest point on the floor. The start position is moved so that the point it rests on
stays where it is in the end (a hand on the floor, a foot, the hips on a chair), as a real body would.
"""
from __future__ import annotations

from dataclasses import dataclass

from msksite.schema.pose import JOINTS, Pose

from .shapes import Pt, add
from .props import STEP_H
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
    floor: float = 0.0  # below zero when the end stands on a step, so the start may step down to the floor


def positions(pose: Pose) -> Positions:
    """Place the end on the floor and the start so it rests on the same point."""
    end = grounded(posed(pose))
    if pose.start is None:
        return Positions(end, None, None)
    start = posed(start_pose(pose))
    support = _support(pose, end, start)
    shift = (end[support][0] - start[support][0], end[support][1] - start[support][1])
    floor = -STEP_H if _step(pose) else 0.0
    return Positions(end, {name: (p[0] + shift[0], p[1] + shift[1]) for name, p in start.items()}, support, floor)


# What the person rests on says how they are seen (facing you, lying on a floor is lying on the side, on a mat is on
# the back seen from above: skeleton.lying_on_side), so the start keeps it.
GROUND = ("floor", "mat", "bed")


def start_pose(pose: Pose, kept: tuple[str, ...] = ()) -> Pose:
    """The start as a whole pose (the pose must have one), keeping what the person rests on and the props kept."""
    props = tuple(p for p in pose.props if (p if isinstance(p, str) else p.name) in GROUND + kept)
    return pose.at_start().model_copy(update={"props": props})


def _support(pose: Pose, end: Joints, start: Joints) -> str:
    # On a step the body rests on the ball of the foot at its edge, whatever hangs lower (a heel dropped below it).
    step = _step(pose)
    if step:
        return step.replace("foot", "toe")
    # Of the points the end rests on, a foot if one is down (exercises move the body over the feet), then the one
    # that moves least relative to the hips between start and end.
    low = heights(end)
    touching = [name for name, h in low.items() if h <= min(low.values()) + TOUCHING]
    return min(touching, key=lambda name: (not name.endswith(("toe", "ankle")), _moved(end, start, name), name))


def _step(pose: Pose) -> str | None:
    """The foot on a step, if the pose has one."""
    for prop in pose.props:
        if prop == "step" or getattr(prop, "name", None) == "step":
            return getattr(prop, "at", None) or "near_foot"
    return None


def _moved(end: Joints, start: Joints, name: str) -> float:
    a, b = _from_hip(end, name), _from_hip(start, name)
    return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5


def _from_hip(pts: Joints, name: str) -> Pt:
    return (pts[name][0] - pts["hip"][0], pts[name][1] - pts["hip"][1])


def below_floor(pts: Joints, floor: float = 0.0) -> list[str]:
    """The body points that go through the floor, lowest first."""
    low = heights(pts)
    return sorted((name for name, h in low.items() if h < floor - FLOOR_SLACK), key=lambda name: (low[name], name))


def between(pose: Pose, placed: Positions, t: float) -> Joints:
    """The joints part way (t from 0 at the start to 1 at the end) through the movement, on the same support."""
    first = pose.at_start()
    if first is None or placed.start is None or placed.support is None:
        return placed.end
    # Blended into the end, which keeps the end's props.
    pts = posed(_blend(first, pose, t))
    anchor = add(placed.start[placed.support], (placed.end[placed.support][0] - placed.start[placed.support][0],
                                                placed.end[placed.support][1] - placed.start[placed.support][1]), t)
    shift = (anchor[0] - pts[placed.support][0], anchor[1] - pts[placed.support][1])
    return {name: (p[0] + shift[0], p[1] + shift[1]) for name, p in pts.items()}


def _blend(a: Pose, b: Pose, t: float) -> Pose:
    def mix(x: float | None, y: float | None) -> float | None:
        return None if x is None and y is None else (x or 0.0) * (1 - t) + (y or 0.0) * t

    # The end's limbs with their angles mixed, so how a hand is held (arms crossed) stays through the movement.
    mixed = lambda side: {j: mix(getattr(getattr(a, side), j), getattr(getattr(b, side), j)) for j in JOINTS}
    limbs = {side: getattr(b, side).model_copy(update=mixed(side)) for side in ("near", "far")}
    angles = {k: mix(getattr(a, k), getattr(b, k)) for k in ("trunk", "back", "neck", "head_turn")}
    return b.model_copy(update={**angles, **limbs, "start": None})
