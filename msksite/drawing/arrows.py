"""Motion arrows next to a body point: straight ones for a direction, curved ones for a turn.

A pose written ``bold_arrows`` has its arrows drawn bold and long: a straight one BOLD_LENGTH long from beside its
body point (a push, pointing at it, ending where a thin one ends), and the arrow that follows the movement a thick
curve with a bold head, or one at each end both ways, a little further out and longer than the thin one. First the
hip flexor stretch's push at the hips (round 81: thin, it was "only a small arrow at the hip" and "the push is not
obvious"). Round 82 tried it on the standing leg back, the sit back stretch and the pendulum, whose thin arrows were
called "small" 18 times over rounds 70 to 81: over 8 reviews the standing leg back went from 4.04 to 4.25 and keeps
it; the sit back stretch (3.88 against 3.89) and the pendulum's swing (3.62 against 3.90) went back to thin arrows.
Rounds 84 to 89: the table slide (4.12 against 4.00), step-ups (4.62 against 4.25) and knee to chest (3.75 against
3.72) keep theirs; the cross-body stretch's read as pushing the arm away, and the mini squat's, the leg raises' and
the towel scrunch's scored no better.
"""
from __future__ import annotations

from math import atan2, degrees, dist
from typing import Callable

from msksite.schema.pose import Arrow, Pose

from .arrow_sizes import ARROW_GAP, BOLD_GAP, BOLD_HEAD, BOLD_LENGTH, BOLD_W, LENGTH
from .knee_hug import hugs_knee
from .positions import Positions, between
from .shapes import Circle, Line, Loop, Pt, Shape, Tube, add, direction, left_of, nearest_on_segment, unit
from .skeleton import HEAD_R, crossed_arm, landmarks
from .svg import OUTLINE

VECTORS = {
    "up": (0.0, 1.0), "down": (0.0, -1.0), "left": (-1.0, 0.0), "right": (1.0, 0.0),
    "up_left": (-0.71, 0.71), "up_right": (0.71, 0.71),
    "down_left": (-0.71, -0.71), "down_right": (0.71, -0.71),
}
# How far an arrow stays from its landmark; the head is big, so arrows keep further from it.
# Arrows at a shoulder keep clear of the arm and the head.
CLEARANCE = {"head": HEAD_R + 4, "near_shoulder": 9.0, "far_shoulder": 9.0}
# A circle round a shoulder is drawn where the face and the arm hanging from it do not hide it: side-on behind it
# (the person faces right), facing you above and outside it (the near shoulder is on the right of the picture).
CIRCLE_CENTRES = {
    True: {"near_shoulder": (-8.0, 4.0), "far_shoulder": (-8.0, 4.0)},
    False: {"near_shoulder": (6.0, 6.0), "far_shoulder": (-6.0, 6.0)},
}
DEFAULT_CLEARANCE = 5.0
# A pose written bold_arrows: the arrow following the movement this much further out than a thin one (it is
# thicker), its whole path long (a thin one's ends are cut short, off the hands).
BOLD_OUT = 3.0
# An arrow pushing at the hips from behind (a hip flexor stretch) stops this far from the hip joint, just behind the
# bottom: any nearer, its head sank into the pelvis ("half hidden at the hip joint").
PUSH_CLEARANCE = {"hip": 9.0}
# How far behind the heel (the person faces right) an arrow down at it runs.
HEEL_BEHIND = 7.0
# A sideways arrow at the feet keeps this far above the floor, so its head clears the floor line (its arms spread
# 3.5 each side) rather than merging with it.
FLOOR_GAP = 5.5
# A heel sliding along the floor (a sideways arrow at a heel) gets an arrow this long, this far under the floor line:
# above it, the arrow was small and lost among the foot and the faint start of the leg.
SLIDE_LENGTH = 2 * LENGTH
UNDER_FLOOR = 6.0
# (start, sweep, radius) of a curved arrow at the toes, in degrees anticlockwise from straight down: bent back, a
# short arc up in front of them; curled (a towel scrunch, in a big close-up of the foot), a big bold one from above
# the foot over and down towards the front, ending above the towel's folds (lower, it ran into them).
TOE_ARCS = {"anticlockwise": (50.0, 110.0, DEFAULT_CLEARANCE + 3), "clockwise": (225.0, -100.0, 28.0)}
# Toes pulling something in towards the heel (a towel scrunch): a long, low arc over the towel's folds, its middle
# this far in front of and below the toes (the person faces right), its radius, start and sweep as for the toes,
# from in front of the folds back to over the toes. A curl over the toes, pointing forwards, read as "push the
# towel away".
TOE_PULL = ((22.0, -36.0), 60.0, 156.0, 50.0)
# The pelvis tips rather than spins: a curved arrow at the hip is a short rocking arc over it, (start, sweep) as for
# the toes, this far out from the hip joint: clear of the trunk lying beside it and of a thigh raised from it.
PELVIS_ARCS = {"anticlockwise": (160.0, 75.0), "clockwise": (235.0, -75.0)}
PELVIS_R = 15.0
# Facing you, a head turns about its own upright: a curved arrow at the head is a short arc over the top of it,
# (start, sweep) as for the toes, bending the way the face turns (a straight arrow beside it read as a shift).
HEAD_ARCS = {"clockwise": (235.0, -110.0), "anticlockwise": (125.0, 110.0)}
# A turn arrow runs this many degrees past where the part starts and ends, so a small turn still has a long arrow.
TURN_OVER = 12.0


def _arc(centre: Pt, radius: float, start: float, sweep: float) -> tuple[Pt, ...]:
    steps = 16
    return tuple(add(centre, unit(start + sweep * i / steps), radius) for i in range(steps + 1))


def turn_arrow(pivot: Pt, before: Pt, after: Pt, radius: float) -> list[Shape]:
    """A curved arrow round pivot, radius out, from the way before lies from it to the way after does, a little
    longer each end (a part turning about a joint: a hand bending at the wrist, a head tilting on the neck)."""
    heading = lambda p: degrees(atan2(p[0] - pivot[0], pivot[1] - p[1]))
    sweep = (heading(after) - heading(before) + 180) % 360 - 180
    over = TURN_OVER if sweep > 0 else -TURN_OVER
    path = _arc(pivot, radius, heading(before) - over, sweep + 2 * over)
    return [Line("arrow", path)] + chevron(path[-1], path[-2])


def chevron(tip: Pt, back: Pt) -> list[Shape]:
    """Return an arrowhead at tip, pointing away from back."""
    # An open chevron rather than a filled triangle, so arrows stay stroke-only.
    dx, dy = tip[0] - back[0], tip[1] - back[1]
    size = (dx * dx + dy * dy) ** 0.5 or 1.0
    ux, uy = dx / size, dy / size
    left = (tip[0] - 5 * ux - 3.5 * uy, tip[1] - 5 * uy + 3.5 * ux)
    right = (tip[0] - 5 * ux + 3.5 * uy, tip[1] - 5 * uy - 3.5 * ux)
    return [Line("arrow", (left, tip, right))]


def bold_arrow(tail: Pt, tip: Pt, width: float, head: float) -> list[Shape]:
    """A straight arrow drawn as thick as a limb's outline is wide (width inside its outline), with a square-cornered
    head, each side head long: for the one arrow a big picture is about."""
    along = direction(tail, tip)
    back, side = add(tip, along, -head), left_of(along)
    wings = (add(back, side, head), tip, add(back, side, -head))
    return [Tube("arrow", (tail, tip), width, "black"), Tube("arrow", wings, width, "black")]


def _path(arrow: Arrow, centre: Pt, side_on: bool) -> tuple[Pt, ...]:
    clear = CLEARANCE.get(arrow.at, DEFAULT_CLEARANCE)
    if side_on and arrow.at.endswith("_heel") and arrow.towards == "down":
        # Behind the heel, its head level with it: below the heel it pointed at the floor (a heel dropped off a
        # step's edge goes only a little way down). Up, from a heel on the floor, it starts beside the heel as usual.
        return (add(centre, (-HEEL_BEHIND, LENGTH)), add(centre, (-HEEL_BEHIND, 0.0)))
    if arrow.at.endswith("_toes") and arrow.towards == "left":
        middle, radius, start, sweep = TOE_PULL
        return _arc(add(centre, middle), radius, start, sweep)
    if arrow.towards in VECTORS:
        v = VECTORS[arrow.towards]
        # "at" arrows end just short of the landmark, for pushes such as pressing the back down.
        push = PUSH_CLEARANCE.get(arrow.at, clear)
        ends = (-push - LENGTH, -push) if arrow.pointing == "at" else (clear, clear + LENGTH)
        return (add(centre, v, ends[0]), add(centre, v, ends[1]))
    if arrow.at.endswith("_toes"):
        # Toes bend about the ball of the foot, a short way: a short arc in front of the tips (the person faces
        # right), running up for toes bent back and down for toes curled.
        start, sweep, radius = TOE_ARCS[arrow.towards]
        return _arc(centre, radius, start, sweep)
    if arrow.at == "hip":
        return _arc(centre, PELVIS_R, *PELVIS_ARCS[arrow.towards])
    if arrow.at == "head" and not side_on:
        return _arc(centre, clear + 4, *HEAD_ARCS[arrow.towards])
    start, sweep = (330, -300) if arrow.towards == "clockwise" else (30, 300)
    if arrow.at in CIRCLE_CENTRES[side_on]:
        # The circle's gap faces the shoulder, so the arc runs round the outside and none of it crosses the body.
        dx, dy = CIRCLE_CENTRES[side_on][arrow.at]
        gap = degrees(atan2(-dx, dy))
        start = gap - 30 if arrow.towards == "clockwise" else gap + 30
        return _arc(add(centre, (dx, dy)), clear, start, sweep)
    return _arc(centre, clear + 3, start, sweep)


def arrow_shapes(arrows: tuple[Arrow, ...], marks: dict[str, Pt], body: list[Shape] = (),
                 floor: float | None = None, side_on: bool = True, bold: bool = False) -> list[Shape]:
    """Return each arrow's line and head: straight ones start just clear of the landmark (moved sideways off the
    body if they would run over it, and up off the floor if given; at a heel, under it), curved ones circle it
    (side_on: seen from the side, which places a circle round a shoulder; bold: straight ones bold and long)."""
    shapes: list[Shape] = []
    for arrow in arrows:
        path = _path(arrow, marks[arrow.at], side_on)
        straight = arrow.towards in VECTORS and arrow.pointing == "away"
        if bold and straight:
            # Thick, it starts further out, as its line keeps further from the body (BOLD_GAP).
            along = direction(path[0], path[-1])
            tail = add(path[0], along, BOLD_GAP - ARROW_GAP)
            path = (tail, add(tail, along, BOLD_LENGTH))
        if straight:
            across = left_of(VECTORS[arrow.towards])
            gap = BOLD_GAP if bold else ARROW_GAP
            path = _clear(path, body, [k * s for k in range(0, 13, 2) for s in (1, -1)], across, gap)
        if floor is not None and arrow.towards in ("left", "right"):
            sliding = arrow.at.endswith("_heel")
            path = _under(arrow, marks[arrow.at], floor) if sliding else _above(path, floor + FLOOR_GAP)
        if bold and straight:
            shapes += bold_arrow(path[0], path[-1], BOLD_W, BOLD_HEAD)
            continue
        if bold and arrow.towards in VECTORS:
            # A push (pointing at its body point): as long as a bold straight arrow, ending where the thin one ends.
            shapes += bold_arrow(add(path[-1], direction(path[-1], path[0]), BOLD_LENGTH), path[-1], BOLD_W, BOLD_HEAD)
            continue
        shapes.append(Line("arrow", path))
        shapes += chevron(path[-1], path[-2])
    return shapes


def _under(arrow: Arrow, heel: Pt, floor: float) -> tuple[Pt, ...]:
    """A long arrow under the floor line, below the heel's path: ending just short of the heel (pointing at it) or
    starting there."""
    v = VECTORS[arrow.towards]
    ends = (-SLIDE_LENGTH - 2, -2.0) if arrow.pointing == "at" else (2.0, SLIDE_LENGTH + 2)
    return tuple((heel[0] + v[0] * k, floor - UNDER_FLOOR) for k in ends)


def _above(path: tuple[Pt, ...], lowest: float) -> tuple[Pt, ...]:
    """The path raised, if need be, so no point of it is below lowest: an arrow sliding along the floor (a heel
    slide) drawn on the floor line is lost in it."""
    lift = max(0.0, lowest - min(p[1] for p in path))
    return tuple((x, y + lift) for x, y in path)


# A movement shorter than this (figure units) gets no path arrow: it would be a dot. Give it an arrow in `arrows`.
SHORTEST_PATH = 7.0
PATH_OFFSET = 7.0  # how far the path arrow runs outside the moving point's own path
PATH_STEPS = 12


def path_arrow(pose: Pose, placed: Positions, to_view: Callable[[Pt], Pt] = lambda p: p,
               body: list[Shape] = ()) -> list[Shape]:
    """Return a curved arrow beside the path of the point that moves most, from start to end, moved out until it
    is clear of the body (to_view maps the body's points into a close-up, where the arrow keeps its drawn size)."""
    steps = [landmarks(between(pose, placed, i / PATH_STEPS)) for i in range(PATH_STEPS + 1)]
    mark = max(sorted(set(steps[0]) - _carried(pose)), key=lambda m: _length([s[m] for s in steps]))
    path = [to_view(s[mark]) for s in steps]
    if _length(path) < SHORTEST_PATH:
        return []
    chord = direction(path[0], path[-1])
    side = _bow(pose, mark, chord, path[len(path) // 2], to_view(placed.end["chest"]))
    if pose.bold_arrows:
        # Thick, so a little further out; the whole path long, not cut short at the ends (bold_path).
        moved = _clear(tuple(path), body, [PATH_OFFSET + BOLD_OUT + k for k in range(0, 21, 2)],
                       add((0, 0), left_of(chord), side))
        return bold_path(moved, pose.both_ways)
    trimmed = _clear(tuple(path[2:-1]), body, [PATH_OFFSET + k for k in range(0, 21, 2)], add((0, 0), left_of(chord), side))
    heads = chevron(trimmed[-1], trimmed[-2]) + (chevron(trimmed[0], trimmed[1]) if pose.both_ways else [])
    return [Line("arrow", trimmed)] + heads


def bold_path(path: tuple[Pt, ...], both_ways: bool) -> list[Shape]:
    """A curved arrow drawn as bold_arrow draws a straight one: a thick shaft along the path and its head (and one
    at the start too, both ways) on the last stretch."""
    heads = bold_arrow(path[-2], path[-1], BOLD_W, BOLD_HEAD)[1:]
    if both_ways:
        heads += bold_arrow(path[1], path[0], BOLD_W, BOLD_HEAD)[1:]
    return [Tube("arrow", path, BOLD_W, "black")] + heads


def _carried(pose: Pose) -> set[str]:
    """Body points the path arrow does not follow: the head (its path runs round its edge, where a short curve reads
    as hair), arms crossed over the chest, which move with it (the arrow beside them read as an arm lifting), and the
    hand and foot of a knee held to the chest (knee_hug.py)."""
    arms = {f"{side}_{part}" for side in ("near", "far") if crossed_arm(pose, side) for part in ("elbow", "hand")}
    # A knee pulled to the chest: the arrow follows the knee, not the foot, whose longer path ran beside the other
    # leg, nor the hands holding it.
    held = {"near_foot", "near_heel", "near_toes", "near_elbow", "near_hand", "far_elbow", "far_hand"}
    return {"head"} | arms | (held if hugs_knee(pose) else set())


def _bow(pose: Pose, mark: str, chord: Pt, middle: Pt, chest: Pt) -> float:
    """Which side of its path (1: to the left of the way it goes) the path arrow bows out to, away from the body so
    it runs beside the moving limb rather than through it."""
    if pose.side_on and mark == "hip":
        # The hips' path bows out behind them (the person faces right): away from the chest, it ran over the thighs.
        return 1.0 if left_of(chord)[0] <= 0 else -1.0
    return 1.0 if _dot(left_of(chord), (middle[0] - chest[0], middle[1] - chest[1])) >= 0 else -1.0


def _clear(path: tuple[Pt, ...], body: list[Shape], offsets: list[float], across: Pt,
           gap: float = ARROW_GAP) -> tuple[Pt, ...]:
    """The path moved across by the first of offsets that keeps it gap off the body (by the first offset if none
    does): an arrow drawn over a head or a limb reads as hair or a stray mark."""
    for k in offsets:
        moved = tuple(add(p, across, k) for p in path)
        if not any(_touches(p, shape, gap) for p in _samples(moved) for shape in body):
            return moved
    return tuple(add(p, across, offsets[0]) for p in path)


def on_body(p: Pt, body: list[Shape], gap: float = ARROW_GAP) -> bool:
    """Whether a point of an arrow would run over (or within gap of) a part of the body."""
    return any(_touches(p, shape, gap) for shape in body)


def clear_of(arrows: list[Shape], body: list[Shape]) -> bool:
    """Whether no arrow runs over any part of the body."""
    return not any(_touches(p, shape) for a in arrows for p in _samples(a.points) for shape in body)


def _samples(path: tuple[Pt, ...]) -> list[Pt]:
    return [add(a, (b[0] - a[0], b[1] - a[1]), t / 4) for a, b in zip(path, path[1:]) for t in range(5)]


def _touches(p: Pt, shape: Shape, gap: float = ARROW_GAP) -> bool:
    if isinstance(shape, Circle):
        return dist(p, shape.centre) < shape.r + gap
    reach = shape.width / 2 + OUTLINE + gap if isinstance(shape, Tube) else gap
    points = shape.points + (shape.points[:1] if isinstance(shape, Loop) else ())
    near = any(_to_segment(p, a, b) < reach for a, b in zip(points, points[1:]))
    return near or (isinstance(shape, Loop) and _inside(p, shape.points))


def _to_segment(p: Pt, a: Pt, b: Pt) -> float:
    return dist(p, nearest_on_segment(p, a, b))


def _inside(p: Pt, polygon: tuple[Pt, ...]) -> bool:
    inside = False
    for a, b in zip(polygon, polygon[1:] + polygon[:1]):
        if (a[1] > p[1]) != (b[1] > p[1]) and p[0] < a[0] + (p[1] - a[1]) * (b[0] - a[0]) / (b[1] - a[1]):
            inside = not inside
    return inside


def _length(points: list[Pt]) -> float:
    return sum(dist(a, b) for a, b in zip(points, points[1:]))


def _dot(a: Pt, b: Pt) -> float:
    return a[0] * b[0] + a[1] * b[1]
