"""A movement done in steps (``steps`` in the pose, as in a nerve glide): one picture of the person at the end, the
start faint, and for each step a curved arrow round the joint that turns in it, numbered 1, 2 in turn at its tail.

In one picture with one arrow, the arm out, the wrist bent back and the head tilted were all there at once, and
reviewers could not tell the order. A picture for each step, numbered, told the order but was busy (two people, two
arms out) and each was small, so the bent-back wrist and the head's tilt were small too. One person, with a numbered
arrow at each part that moves, is drawn half as big again. Still the small head's tilt read as a turn: the head is
drawn big with the neck side stretch's face, hair and ears, on a neck bending over, and the hand bigger. With
``close_up``, the picture is cut off just below the hips, the tops of the legs showing: cut off just below the
shoulders, the sides of the trunk read as legs and the person as a puzzle; without legs, the trunk ended in a box
edge ("a cut-off torso").
"""
from __future__ import annotations

from math import atan2, cos, radians, sin

from msksite.schema.pose import Pose, Position

from .arrows import path_arrow, turn_arrow
from .figure import WIDTHS, figure_shapes, head_shapes
from .head_view import bent_neck, head
from .numerals import NUMBER_R, number
from .positions import Positions, positions
from .props import prop_shapes
from .shapes import Circle, Layer, Line, Pt, Shape, Tube, add, direction, relayered, unit
from .skeleton import HEAD_R, NECK, Joints
from .svg import Box, Drawing, extent

# With close_up, the picture is cut off this far below the shoulders (the arm out is level with them): below the
# hips and a hand hanging by the side, so the whole trunk and the tops of the legs show.
CROP = 42.0
ANGLES = ("trunk", "back", "neck", "head_turn", "shoulders", "near", "far")
# A step that only bends the wrist or only turns the head gets a curved arrow round that joint, just outside the
# hand or head: the path arrow of so short a movement was a tick. (The angles that change, the pivot, the point
# that moves, how far the arrow's tail is cut back towards its head in degrees, and how far it keeps outside the
# hand or head.) The hand's arrow, from straight out, was a long loop round from below the hand, its number far
# from it: it starts a little above the faint fingers pointing out, round to the fingertips pointing up. The head's
# is cut short and kept close, so it is smaller than the hand's and the two do not compete.
TURNS = ((("neck", "head_turn"), "neck", "head", 20.0, 5.0), (("near.wrist",), "near_wrist", "near_tip", 20.0, 5.0))
# The head is drawn this many times a whole person's, with the neck-side-stretch face (hair, ears, eyes), on a neck
# that bends over from the shoulders: small, with two dots for eyes, its tilt read as a turn.
HEAD_ZOOM, NECK_ZOOM = 1.7, 1.3
HAND_ZOOM = 1.3  # and the hand out, bent back, this many times (small, its bend was missed)
REACH = 2.5  # what lies further from the joint than this many times the way to the point that moves is not in the way


def step_pictures(pose: Pose) -> Drawing:
    """The end, with the start faint, and a numbered curved arrow for each step in turn."""
    end = pose.model_copy(update={"steps": (), "start": None})
    # A step is written like a start, so it is the end with that start; props stay in every step.
    poses = [end.model_copy(update={"start": step}).at_start().model_copy(update={"props": pose.props})
             for step in pose.steps] + [end]
    befores = [pose.at_start()] + poses[:-1]
    placed = positions(_from(end, befores[0]))
    solid = _person(end, placed.end, "end")
    # Only what moves is drawn faint: the rest lies under the solid person, and drawn twice it made the file too big.
    # The faint hand points out sideways, where arrow 1 starts: with the arrow alone, reviewers could not tell which
    # way the wrist bends or how far (its fingers clear the bent hand, which stands up from the wrist).
    first = befores[0]
    # (Not shape by shape in turn: the faint head has fewer shapes, being without a face.)
    drawn = set(solid)
    faint = [s for s in _person(first, positions(_from(end, first)).start, "start") if relayered(s, "end") not in drawn]
    person = prop_shapes(end, placed.end) + faint + solid
    marks: list[Shape] = []
    for n, (now, before) in enumerate(zip(poses, befores), 1):
        moving = _from(now, before)
        placed_now = positions(moving)
        arrow = _turn(now, before, placed_now, person) or path_arrow(moving, placed_now, body=solid)
        marks += arrow + _numbered_tail(arrow[0], n)
    # The person is a panel, which the SVG cuts to its frame (below it, the rest of them is left out); the arrows and
    # numbers, clear of them, are drawn round it.
    bottom = _bottom(end)
    # What lies wholly below the cut (the shins) would only make the file bigger.
    person = [s for s in person if bottom is None or max(p[1] for p in extent(s)) > bottom]
    return Drawing(marks, panels=[Drawing(person, frame=_frame(person + marks, bottom))])


def _person(pose: Pose, pts: Joints, layer: Layer) -> list[Shape]:
    """The person with a big head in place of the usual one, and the near hand HAND_ZOOM times as big."""
    wrist, tip = pts["near_wrist"], pts["near_tip"]
    big_hand = {**pts, "near_tip": add(wrist, direction(wrist, tip), HAND_ZOOM * _distance(wrist, tip))}
    # With its legs, cut off below the hips (_bottom): without them, the trunk ended in a box edge.
    legs = pose.model_copy(update={"close_up": False})
    shapes, small = figure_shapes(legs, big_hand, layer), head_shapes(pose, pts, layer)
    at = shapes.index(small[0])
    return shapes[:at] + _big_head(pts, layer) + [s for s in shapes[at:] if s not in small]


def _big_head(pts: Joints, layer: Layer) -> list[Shape]:
    """The head HEAD_ZOOM times as big, on a neck that rises from the shoulders and bends over to it."""
    base = pts["neck"]
    centre = add(base, direction(base, pts["head"]), NECK + HEAD_R * HEAD_ZOOM)
    # The faint head has no face: half hidden behind the tilted one, its features peeping out beside it were a muddle.
    neck = Tube(layer, bent_neck(base, centre), WIDTHS["neck"] * NECK_ZOOM)
    return [neck] + head(centre, base, 0.0, layer, HEAD_ZOOM, face=layer == "end")


def _from(now: Pose, before: Pose) -> Pose:
    """The pose now, starting from the one before."""
    return now.model_copy(update={"start": Position(**{k: getattr(before, k) for k in ANGLES})})


def _numbered_tail(arrow: Line, n: int) -> list[Shape]:
    """The number n in a circle just beyond the tail of the arrow, in line with it."""
    tail = arrow.points[0]
    return number(add(tail, direction(arrow.points[1], tail), NUMBER_R + 1), n)


def _bottom(pose: Pose) -> float | None:
    """Where the picture of the pose is cut off: a little below the hips with close_up, else nowhere."""
    if not pose.close_up:
        return None
    pts = positions(pose).end
    return min(pts["near_shoulder"][1], pts["far_shoulder"][1]) - CROP


def _frame(shapes: list[Shape], bottom: float | None) -> Box:
    """What the picture shows: all its shapes, cut off at the bottom if given."""
    points = [p for s in shapes for p in extent(s) if bottom is None or p[1] >= bottom]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return (min(xs), min(ys) if bottom is None else bottom, max(xs), max(ys))


def _turn(now: Pose, before: Pose, placed: Positions, drawn: list[Shape]) -> list[Shape]:
    """A curved arrow round the one joint that turns between before and now, if only one of TURNS does, clear of
    the drawn shapes it sweeps past."""
    changed = {k for k, v in _angles(now).items() if _angles(before).get(k) != v}
    for angles, pivot, point, trim, gap in TURNS:
        if changed and changed <= set(angles):
            centre, after = placed.end[pivot], placed.end[point]
            ends = (_towards(centre, placed.start[point], after, trim), after)
            return turn_arrow(centre, *ends, _reach(centre, ends, drawn) + gap)
    return []


def _towards(pivot: Pt, p: Pt, q: Pt, angle: float) -> Pt:
    """Point p turned about pivot by angle degrees, the way towards q."""
    cross = (p[0] - pivot[0]) * (q[1] - pivot[1]) - (p[1] - pivot[1]) * (q[0] - pivot[0])
    a = radians(angle if cross > 0 else -angle)
    x, y = p[0] - pivot[0], p[1] - pivot[1]
    return (pivot[0] + x * cos(a) - y * sin(a), pivot[1] + x * sin(a) + y * cos(a))


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
