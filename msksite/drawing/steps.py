"""A movement done in steps (``steps`` in the pose, as in a nerve glide): one picture of the person per step, each
numbered in a circle, with arrows from each number to the next.

In one picture the arm out, the wrist bent back and the head tilted were all there at once, and reviewers could not
tell the order. Each picture after the first shows the one before it faint, with an arrow for what moved, as a
single drawing does, so each step says what changes.

The pictures go side by side, numbered above them, or one above the other, numbered beside them, whichever draws
them bigger in the page's 4:3 picture. Without legs (``close_up``), each picture is cut off a little below the
shoulders: side by side, two people with an arm out were small, and the bent-back wrist and the head's tilt smaller.
"""
from __future__ import annotations

from math import atan2, ceil, floor

from msksite.schema.pose import Pose, Position

from .arrows import chevron, path_arrow, turn_arrow
from .figure import figure_shapes
from .positions import Positions, positions
from .props import prop_shapes
from .shapes import Circle, Line, Pt, Shape, add, moved, relayered, unit
from .svg import ASPECT, Box, Drawing, extent

# Room between two pictures, and the numbers' circles (figure units) beside the pictures.
GAP, NUMBER_R, NUMBER_GAP = 6.0, 6.0, 4.0
# Without legs, a picture is cut off this far below the shoulders (the arm out is level with them).
CROP = 9.0
# The digits as strokes in a box one unit wide and high (the drawings hold no text, so no fonts).
DIGITS: dict[int, tuple[tuple[float, float], ...]] = {
    1: ((0.25, 0.75), (0.6, 1.0), (0.6, 0.0)),
    2: ((0.1, 0.72), (0.3, 0.95), (0.55, 1.0), (0.8, 0.9), (0.88, 0.7), (0.78, 0.5), (0.1, 0.0), (0.92, 0.0)),
    3: ((0.12, 0.88), (0.4, 1.0), (0.72, 0.95), (0.85, 0.78), (0.72, 0.58), (0.42, 0.52), (0.75, 0.45),
        (0.88, 0.25), (0.74, 0.05), (0.42, 0.0), (0.1, 0.12)),
}
DIGIT_H = 1.1  # the digit's height in the circle's radii
ANGLES = ("trunk", "back", "neck", "head_turn", "shoulders", "near", "far")
# A step that only bends the wrist or only turns the head gets a curved arrow round that joint, just outside the
# hand or head: the path arrow of so short a movement was a tick. (The angles that change, the pivot, the point
# that moves.)
TURNS = ((("neck", "head_turn"), "neck", "head"), (("near.wrist",), "near_wrist", "near_tip"))
ARROW_GAP = 3.0  # how far a turn arrow keeps outside the hand or head
REACH = 2.5  # what lies further from the joint than this many times the way to the point that moves is not in the way


def step_pictures(pose: Pose) -> Drawing:
    """Each step and then the end, numbered in turn, side by side or one above the other, each over the position
    before it, faint."""
    end = pose.model_copy(update={"steps": (), "start": None})
    # A step is written like a start, so it is the end with that start; props stay in every picture.
    poses = [end.model_copy(update={"start": step}).at_start().model_copy(update={"props": pose.props})
             for step in pose.steps] + [end]
    befores = [pose.at_start()] + poses[:-1]
    pictures = [_picture(now, before) for now, before in zip(poses, befores)]
    frames = [_frame(shapes, _bottom(now)) for shapes, now in zip(pictures, poses)]
    stacked = _scale(frames, stacked=True) > _scale(frames, stacked=False)
    return _stacked(pictures, frames) if stacked else _side_by_side(pictures, frames)


def _bottom(pose: Pose) -> float | None:
    """Where a picture of the pose is cut off: a little below the shoulders without legs, else nowhere."""
    if not pose.close_up:
        return None
    pts = positions(pose).end
    return min(pts["near_shoulder"][1], pts["far_shoulder"][1]) - CROP


def _frame(shapes: list[Shape], bottom: float | None) -> Box:
    """What a picture shows: all its shapes, cut off at the bottom if given."""
    points = [p for s in shapes for p in extent(s) if bottom is None or p[1] >= bottom]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return (min(xs), min(ys) if bottom is None else bottom, max(xs), max(ys))


def _scale(frames: list[Box], stacked: bool) -> float:
    """How big the pictures laid out so would be drawn in a 4:3 picture (its width over theirs, or height)."""
    ws, hs = [f[2] - f[0] for f in frames], [f[3] - f[1] for f in frames]
    room, gaps = 2 * NUMBER_R + NUMBER_GAP, GAP * (len(frames) - 1)
    w, h = (max(ws) + room, sum(hs) + gaps) if stacked else (sum(ws) + gaps, max(hs) + room)
    return min(ASPECT / w, 1.0 / h)


def _side_by_side(pictures: list[list[Shape]], frames: list[Box]) -> Drawing:
    """The pictures left to right, their bottoms level, each numbered above it, arrows from number to number."""
    top = max(f[3] for f in frames) + NUMBER_GAP + NUMBER_R
    centres = []
    x = 0.0
    for f in frames:
        centres.append((x + (f[2] - f[0]) / 2, top))
        x += f[2] - f[0] + GAP
    shifts = [(c[0] - (f[0] + f[2]) / 2, 0.0) for c, f in zip(centres, frames)]
    return _numbered(pictures, frames, shifts, centres, (1.0, 0.0))


def _stacked(pictures: list[list[Shape]], frames: list[Box]) -> Drawing:
    """The pictures top to bottom, their left edges level, each numbered to its left, arrows from number to
    number."""
    left = -NUMBER_GAP - NUMBER_R
    centres, shifts = [], []
    y = 0.0
    for f in frames:
        shifts.append((-f[0], y - f[3]))
        centres.append((left, y - (f[3] - f[1]) / 2))
        y -= f[3] - f[1] + GAP
    return _numbered(pictures, frames, shifts, centres, (0.0, -1.0))


def _numbered(pictures: list[list[Shape]], frames: list[Box], shifts: list[Pt], centres: list[Pt],
              way: Pt) -> Drawing:
    """Each picture moved by its shift and cut to its frame, its number at its centre, and an arrow along way from
    each number to the next."""
    panels = []
    for shapes, f, (dx, dy) in zip(pictures, frames, shifts):
        # The frame's edges on whole units, as the picture's own are, so the SVG's rounding keeps every length as in
        # a single picture (a pair of dotted eyes lost one).
        frame = (floor(f[0] + dx), floor(f[1] + dy), ceil(f[2] + dx), ceil(f[3] + dy))
        aspect = (frame[2] - frame[0]) / (frame[3] - frame[1])
        panels.append(Drawing([moved(s, (dx, dy)) for s in shapes], frame=frame, aspect=aspect))
    shapes: list[Shape] = []
    for i, centre in enumerate(centres):
        shapes += number(centre, i + 1)
        if i:
            tail, tip = add(centres[i - 1], way, NUMBER_R + 2), add(centre, way, -NUMBER_R - 2)
            shapes += [Line("arrow", (tail, tip))] + chevron(tip, tail)
    return Drawing(shapes, panels=panels)


def _picture(now: Pose, before: Pose | None) -> list[Shape]:
    """One step: the person with their props, and the position before it faint, with an arrow for what moved."""
    if before is None:
        placed = positions(now)
        return prop_shapes(now, placed.end) + figure_shapes(now, placed.end, "end")
    moving = now.model_copy(update={"start": Position(**{k: getattr(before, k) for k in ANGLES})})
    placed = positions(moving)
    end = figure_shapes(now, placed.end, "end")
    # Only what moved is drawn faint: the rest lies under the solid person, and drawn twice it made the file too big.
    start = [s for s, e in zip(figure_shapes(before, placed.start, "start"), end) if relayered(s, "end") != e]
    arrows = _turn(now, before, placed, start + end) or path_arrow(moving, placed, body=end)
    return prop_shapes(now, placed.end, placed.start) + start + end + arrows


def _turn(now: Pose, before: Pose, placed: Positions, drawn: list[Shape]) -> list[Shape]:
    """A curved arrow round the one joint that turns between before and now, if only one of TURNS does, clear of
    the drawn shapes it sweeps past."""
    changed = {k for k, v in _angles(now).items() if _angles(before).get(k) != v}
    for angles, pivot, point in TURNS:
        if changed and changed <= set(angles):
            centre, ends = placed.end[pivot], (placed.start[point], placed.end[point])
            return turn_arrow(centre, *ends, _reach(centre, ends, drawn) + ARROW_GAP)
    return []


def _reach(pivot: Pt, ends: tuple[Pt, Pt], shapes: list[Shape]) -> float:
    """How far from pivot the shapes reach between the ways to the two ends (the hand or head turning, near it)."""
    heading = lambda p: atan2(p[0] - pivot[0], p[1] - pivot[1])
    low, high = sorted(heading(e) for e in ends)
    size = max(_distance(pivot, e) for e in ends)
    points = [p for s in shapes for p in _edge(s) if low <= heading(p) <= high]
    return max([size] + [d for d in (_distance(pivot, p) for p in points) if d < REACH * size])


def _edge(shape: Shape) -> tuple[Pt, ...]:
    """Points round the shape's edge: a circle's all round it (its extent is only the corners of its box)."""
    if isinstance(shape, Circle):
        return tuple(add(shape.centre, unit(a), shape.r + 1) for a in range(0, 360, 15))
    return extent(shape)


def _distance(a: Pt, b: Pt) -> float:
    return ((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2) ** 0.5


def _angles(pose: Pose) -> dict[str, object]:
    """The pose's angles by name, a limb's as side.joint."""
    flat = {}
    for key in ANGLES:
        value = getattr(pose, key)
        limb = key in ("near", "far")
        flat.update({f"{key}.{k}": v for k, v in value.model_dump().items()} if limb else {key: value})
    return flat


def number(centre: Pt, n: int) -> list[Shape]:
    """The number n drawn in strokes in a white circle."""
    size = NUMBER_R * DIGIT_H
    corner = add(centre, (-size / 2, -size / 2))
    return [Circle("arrow", centre, NUMBER_R, "white"),
            Line("arrow", tuple(add(corner, (x * size * 0.8 + size * 0.1, y * size)) for x, y in DIGITS[n]))]
