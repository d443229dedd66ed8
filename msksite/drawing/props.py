"""Furniture and objects placed against the person: floor, mat, bed, chair, table, wall, step, towel, ball, tin,
weight, band, cushion, handrail (a stair banister through the hand holding it, rising from the step: handrail.py).

A table with an arm hanging beside it (a pendulum swing) starts past that hand and past its faint start, swung
forwards (round 52; before, the start swung back, behind the thigh, and the arrow between the two was small).
Someone sitting with a leg straight out on its heel (a hamstring stretch) sits on the chair's front edge, the seat
showing behind them (round 55: sitting back, the chair read as "low and squashed"). Round 115: the hips 14 behind the
chair's back still sat the bottom at the back of the seat, against the backrest, where the words say "near the edge":
now the hips are over the seat's front edge and the whole bottom on its front third.
A towel under the foot is rucked up into folds only by toes curled: before they curl (the towel scrunch's picture 1,
round 70) it lies flat, so the two pictures show what the toes do to it (rucked up in both, it read as "a bumpy mat").
It is thin, its far end folded back over itself, a dark stripe across it near each end (round 91: thick, with a dark
stripe all along it, it read as "a rigid board", "a flat bar").
A hand sliding forward along a table (the table slide, round 74) is drawn in two numbered pictures: the table is the
end's in both (placed from picture 1's hands, drawn back by the elbow, it was a short bar by them, its top and legs
missing), so in 1 the hand rests near its near edge; and it runs on past the arrow at the hand, so the arrow lies
along its top (past its edge, it "could be read as pushing the table").
"""
from __future__ import annotations

from math import cos, dist, pi, radians, sin
from typing import Callable

from msksite.schema.pose import Pose

from .arrow_sizes import BOLD_REACH
from .cushion import cushion
from .handrail import handrail
from .shapes import Circle, Layer, Line, Loop, Pt, Shape, Tube, add, box, direction, left_of, midpoint, relayered
from .skeleton import Joints

STEP_H = 20.0
STEP_W = 36.0  # a stair: deeper than a foot is long
BED_H = 16.0
MAT_H = 2.5
MAT_ROOM = 9.0  # how far a mat seen from above reaches past the person
CHAIR_SEAT_H = 19.5
# How far a chair's back is behind the hips of the person sitting on it: on its front edge (a leg straight out on
# its heel, a hamstring stretch), the seat shows behind them (sitting back, it was hidden under them and the chair
# read as "low and squashed"), the hips just behind its front edge (the seat is 21 deep) and the rounded end of the
# trunk, the bottom, on its front third (at 14, the bottom sat at the back of the seat, by the backrest).
CHAIR_BEHIND, CHAIR_EDGE_BEHIND = 12.0, 20.0
TABLE_W = 24.0  # the narrowest a table top is drawn, in figure units
# How much further a table runs past a hand with a sideways arrow at it (the hand slides along it): past the arrow's
# head (arrows.DEFAULT_CLEARANCE plus arrow_sizes.LENGTH past the fingertips, less the table's usual 10; a bold
# arrow reaches arrow_sizes.BOLD_REACH further).
SLIDE_ROOM = 14.0
# A towel under the foot, in figure units: its thickness lying flat (thin, as a towel on the floor is: thick, it read
# as "a rigid board", round 91), how far it reaches behind the heel and in front of the toes; the folds the toes
# gather under and in front of them, from and to (from the toes) and each one's height, the one by the toes highest;
# how far up the creases between them stay, as a share of the lower fold's height. Its heel end is rounded and its
# far end folded back over itself this far (square, with a fringe of lines, it read as "a flat board with a cable
# end"); a dark stripe crosses it this far in from each end, this wide (a dark stripe all along it read as "a flat
# bar"). TOWEL_FOLDS is how far the picture must reach in front of the toes to show it all.
TOWEL_T, TOWEL_BEHIND, TOWEL_AHEAD = 1.4, 4.0, 13.0
TOWEL_FOLD_SPAN, TOWEL_FOLD_HEIGHTS, TOWEL_CREASE = (-2.5, 8.5), (3.3, 2.6, 1.9), 0.4
TOWEL_FOLD_BACK, TOWEL_STRIPE_IN, TOWEL_STRIPE_W = 3.0, 1.0, 0.8
TOWEL_FOLDS = (TOWEL_AHEAD + 2.0) / 0.7
# A towel held between the hands: its width, and how far it hangs past the near hand and past the far hand. Side-on
# (the towel stretch) the near hand is the bottom one, behind the low back: the towel hangs well below it, so the
# stripe near that end shows under the hand, and above the top hand, behind the head.
TOWEL_W, TOWEL_ENDS = 14.0, (16.0, 6.0)
TOWEL_FRINGE = 2.5  # how far the fringe's threads stick out past each end of a held towel
TOWEL_STRIPE = (2.0, 4.0)  # a dark stripe across a held towel, from and to this far in from each end
ROLL_R = 3.5  # a rolled towel's smallest radius
# Thicknesses: a chair seat, a step's tread, a wall.
SEAT_T, TREAD, WALL_T = 2.5, 3.0, 4.0

# An elastic band's width.
BAND_W = 1.6
# Things a hand holds: in a hand close-up the hand draws them itself, between its palm and its fingers.
HELD = ("tin", "ball")
# What a hand close-up shows besides the hand: things the hand rests on (the rest would be a stray line).
AT_HAND = ("table", "wall", "towel", "weight", "band")
# (prop name, where it goes): the anchor is None for props that go under the whole person.
Placement = tuple[str, str | None]


# Each prop of a pose with its place, defaults filled in (one home: the schema, which skeleton.py can import too).
placements = Pose.placements


def _side(at: str) -> str:
    return at.split("_")[0]


def _is_level(a: Pt, b: Pt) -> bool:
    return abs(a[1] - b[1]) < 0.25 * abs(a[0] - b[0])


def _span(pts: Joints) -> tuple[float, float]:
    # Start positions come in as start_ joints, so the floor runs under both positions.
    xs = [p[0] for p in pts.values()]
    return min(xs) - 8, max(xs) + 8


def _step_top(pts: Joints, at: str) -> float:
    ankle, toe = pts[f"{_side(at)}_ankle"], pts[f"{_side(at)}_toe"]
    return ankle[1] + 0.7 * (toe[1] - ankle[1])


def floor_level(placed: list[Placement], pts: Joints) -> float:
    """Return the floor height: below zero when the person stands on a step or a towel or lies on a bed or mat."""
    floor = 0.0
    for name, at in placed:
        if name == "step":
            floor = min(floor, _step_top(pts, at) - STEP_H)
        elif name == "bed":
            floor = min(floor, -BED_H)
        elif name == "mat":
            floor = min(floor, -MAT_H)
        elif name == "towel" and at.endswith("_foot"):
            # The foot stands on the towel, as on a thin mat.
            floor = min(floor, -TOWEL_T)
    return floor


def _floor(pts: Joints, at: str | None, floor: float, stop: float | None = None) -> list[Shape]:
    x0, x1 = _span(pts)
    return [Line("prop", ((x0 - 6, floor), (x1 + 6 if stop is None else stop, floor)))]


def _mat(pts: Joints, at: str | None, floor: float) -> list[Shape]:
    # The person rests at y = 0, so the top of a mat or bed is there and the floor is below it (floor_level).
    x0, x1 = _span(pts)
    return [Loop("prop", box(x0, -MAT_H, x1, 0))]


def from_above(pose: Pose) -> bool:
    """Whether the picture looks down on someone lying on their back: a front view of a person lying (trunk -90 or
    90) on a mat. (On a floor, the same view is of someone lying on their side.)"""
    return not pose.side_on and abs(pose.trunk) == 90 and "mat" in (name for name, _ in placements(pose))


def _mat_from_above(pts: Joints) -> list[Shape]:
    # The mat seen from above: a grey rectangle round the whole person, a margin beyond the head, hands and feet, with
    # a rolled end at the head. A floor line under someone seen from above read as a person falling.
    xs, ys = [p[0] for p in pts.values()], [p[1] for p in pts.values()]
    x0, y0, x1, y1 = min(xs) - MAT_ROOM, min(ys) - MAT_ROOM, max(xs) + MAT_ROOM, max(ys) + MAT_ROOM
    return [Loop("prop", box(x0, y0, x1, y1), "grey"), Line("prop", ((x0 + 3, y0), (x0 + 3, y1)))]


def _bed(pts: Joints, at: str | None, floor: float) -> list[Shape]:
    x0, x1 = _span(pts)
    return [
        Loop("prop", box(x0, -6, x1, 0)),
        Line("prop", ((x0 + 3, -6), (x0 + 3, floor))),
        Line("prop", ((x1 - 3, -6), (x1 - 3, floor))),
    ]


def _step(pts: Joints, at: str, floor: float) -> list[Shape]:
    edge, far, top = step_place(pts, at)
    x0, x1 = min(edge, far), max(edge, far)
    # A solid block with a thick tread that overhangs it a little: the lip says "step" rather than "box", and solid,
    # its top edge is a line a heel can be seen to drop below (a white box read as a grey corner).
    return [Loop("prop", box(x0 + 1, floor, x1 - 1, top - TREAD), "grey"),
            Loop("prop", box(x0, top - TREAD, x1, top), "dark")]


def step_place(pts: Joints, at: str) -> tuple[float, float, float]:
    """Where the step under the foot at is: the x of its front edge and of its far end, and its top's height."""
    ankle, toe = pts[f"{_side(at)}_ankle"], pts[f"{_side(at)}_toe"]
    ball = add(ankle, (toe[0] - ankle[0], toe[1] - ankle[1]), 0.7)
    # A flat foot stands well on the step, clear of its edge (at the edge it read as "perched"); a tilted one rests
    # on the edge with the heel hanging off.
    edge = min(ankle[0], toe[0]) - 8 if _is_level(ankle, toe) else ball[0]
    far = edge + STEP_W if toe[0] >= ankle[0] else edge - STEP_W
    return edge, far, ball[1]


def _handrail(pts: Joints, at: str, floor: float, step_at: str | None = None) -> list[Shape]:
    """A stair handrail held in the hand at, rising the way the person faces (handrail.py): along the stairs from the
    step under the foot step_at, if there is one."""
    side = _side(at)
    grip = midpoint(pts[f"{side}_wrist"], pts[f"{side}_tip"])
    if step_at is None:
        return handrail(grip, 1.0 if grip[0] >= pts[f"{side}_shoulder"][0] else -1.0, floor, None)
    ankle, toe = pts[f"{_side(step_at)}_ankle"], pts[f"{_side(step_at)}_toe"]
    return handrail(grip, 1.0 if toe[0] >= ankle[0] else -1.0, floor, step_place(pts, step_at))


def _chair(pts: Joints, at: str, floor: float) -> list[Shape]:
    # At the hip the person sits on the chair; at a hand they hold its back for balance.
    if at != "hip":
        hand = pts[f"{_side(at)}_tip"]
        top = hand[1] - 1.5
        return _chair_shape(hand[0] + 1, 20.0, min(CHAIR_SEAT_H, top - 4), top, floor)
    hip = pts["hip"]
    behind = CHAIR_EDGE_BEHIND if _leg_out_on_heel(pts, floor) else CHAIR_BEHIND
    return _chair_shape(hip[0] - behind, 21.0, min(hip[1] - 2.5, CHAIR_SEAT_H), None, floor)


def _leg_out_on_heel(pts: Joints, floor: float) -> bool:
    """Whether the near leg is straight out in front with its heel on the floor (a hamstring stretch): a person
    sits on the chair's front edge to do that."""
    hip, knee, ankle = pts["near_hip"], pts["near_knee"], pts["near_ankle"]
    straight = dist(hip, ankle) > 0.98 * (dist(hip, knee) + dist(knee, ankle))
    return straight and ankle[0] > hip[0] + 20 and ankle[1] < floor + 1


def _chair_shape(back_x: float, depth: float, seat: float, top: float | None, floor: float) -> list[Shape]:
    """A kitchen chair side-on, its back at back_x and its seat depth in front: a thick seat, a back with a top
    rail, and two legs, so it reads as a chair (not a table or a box) in black and white."""
    top = seat + 30 if top is None else top
    front_x, rake = back_x + depth, 0.1 * (top - seat)
    return [
        Line("prop", ((back_x + 1, floor), (back_x + 1, seat - SEAT_T))),
        Line("prop", ((front_x - 1, floor), (front_x - 1, seat - SEAT_T))),
        Loop("prop", ((back_x - 1.5, seat), (back_x - 1.5 - rake, top), (back_x + 1 - rake, top), (back_x + 1, seat)),
             "grey"),
        Loop("prop", box(back_x - 1.5, seat - SEAT_T, front_x, seat), "grey"),
    ]


def _table(pts: Joints, at: str, floor: float, room: float = 0.0) -> list[Shape]:
    """A table under the hand at, its top room further past the hand than usual (room to slide it along)."""
    side = _side(at)
    wrist, tip, elbow = pts[f"{side}_wrist"], pts[f"{side}_tip"], pts[f"{side}_elbow"]
    flat = _is_level(wrist, tip)
    top = min(wrist[1], tip[1]) - 1.5 if flat else wrist[1] - 2
    # A hand that is not flat hangs over the table edge, so the edge sits at the wrist.
    edge = max(wrist[0], tip[0]) + 10 if flat else wrist[0] + 1
    # The table starts just behind the forearm so it never runs through the person's body.
    near = min(min(elbow[0], wrist[0]) - 8, edge - TABLE_W)
    # The other arm hanging straight down (a pendulum swing) goes in front of the table: in front of its side, the
    # hanging arm was lost against the table's edge. So does its faint start, swung forwards (round 52: the solid
    # arm hangs straight down, the start is the forward end of the swing); the table keeps its width, running on
    # past the hand resting on it.
    other = "far" if side == "near" else "near"
    shoulder, hand = pts[f"{other}_shoulder"], pts[f"{other}_tip"]
    # Within about 30 degrees of straight down, so the start of a pendulum swing, drawn on its own (the pair), hangs.
    hangs = abs(hand[0] - shoulder[0]) < (shoulder[1] - hand[1]) * 0.6 and hand[1] < top - 2.5
    swing = max(hand[0], pts.get(f"start_{other}_tip", hand)[0])
    if hangs and near - 6 < swing < edge - 16:
        near = swing + 6
        edge = max(edge, near + TABLE_W)
    edge += room
    # A top with some thickness, so it reads as a table rather than a line.
    shapes: list[Shape] = [Loop("prop", box(near, top - 2.5, edge, top), "white"),
                           Line("prop", ((edge - 4, top - 2.5), (edge - 4, floor)))]
    # The near leg is hidden behind a seated person's legs.
    if near + 4 > max(pts["near_knee"][0], pts["far_knee"][0]) + 2:
        shapes.append(Line("prop", ((near + 4, top - 2.5), (near + 4, floor))))
    return shapes


def stands_at_table(pose: Pose) -> bool:
    """Whether the person stands side-on with the far hand on a table (a pendulum swing): the one pose whose legs go
    under the trunk (figure.py)."""
    placed = placements(pose)
    return pose.side_on and ("table", "far_hand") in placed and "chair" not in dict(placed)


def _wall(pts: Joints, at: str, floor: float) -> list[Shape]:
    x = wall_x(pts, at)
    top = max(p[1] for p in pts.values()) + 5
    # A wall with thickness, standing on the floor (which stops at it: prop_shapes), reads as a wall, not a pole.
    return [Loop("prop", box(x, floor, x + WALL_T, top), "grey")]


def wall_x(pts: Joints, at: str) -> float:
    """The x of the wall's face, just past the fingertips of the hand it is placed at."""
    return pts[f"{_side(at)}_tip"][0] + 1.5


def _towel(pts: Joints, at: str, floor: float) -> list[Shape]:
    if at == "hands":
        return _towel_between(pts)
    side, part = at.split("_")
    if part == "knee":
        return _towel_roll(pts[f"{side}_knee"], floor)
    if part == "foot":
        return _towel_under_foot(pts, side, floor)
    a, b = pts[f"{side}_wrist"], pts[f"{side}_tip"]
    y = min(a[1], b[1]) - 1.5
    return [Loop("prop", box(min(a[0], b[0]) - 3, y - 1.5, max(a[0], b[0]) + 5, y))]


def _towel_roll(knee: Pt, floor: float) -> list[Shape]:
    """A rolled towel under the knee, from the floor up to the middle of the knee: grey, with the roll's spiral on its
    end, so it reads as a towel and not a ball or a wheel."""
    r = max(ROLL_R, (knee[1] - floor) / 2)
    centre = (knee[0], floor + r)
    spiral = tuple(add(centre, (cos(radians(a)), sin(radians(a))), r * (0.15 + 0.7 * i / 12))
                   for i, a in enumerate(range(90, 90 + 13 * 45, 45)))
    return [Circle("prop", centre, r, "grey"), Line("prop", spiral)]


def _towel_between(pts: Joints) -> list[Shape]:
    a, b = (midpoint(pts[f"{side}_wrist"], pts[f"{side}_tip"]) for side in ("near", "far"))
    return held_towel(a, b, TOWEL_W, TOWEL_ENDS, TOWEL_STRIPE, TOWEL_FRINGE)


def held_towel(a: Pt, b: Pt, width: float, ends: tuple[float, float], stripe: tuple[float, float], fringe: float,
               layer: Layer = "prop") -> list[Shape]:
    """A towel held from hand a to hand b: a wide band, its ends hanging past the hands (which hold it over the band)
    by `ends`, with a dark stripe across it near each end (from and to `stripe` in from it) and a fringe of threads
    this long past each end, so it reads as a towel rather than a bar ("a grey bar"); grey, so it shows on a white
    back (plain grey, it was faint). The ends lie well past the hands, so the fringe is not read as bristles on the
    hands, as it was when the ends were short."""
    along = direction(a, b)
    ends_at = (add(a, along, -ends[0]), add(b, along, ends[1]))
    side, half = left_of(along), width / 2
    across = lambda at, k=half: (add(at, side, k), add(at, side, -k))
    outline = across(ends_at[0]) + tuple(reversed(across(ends_at[1])))
    shapes: list[Shape] = [Loop(layer, outline, "grey")]
    for end, sign in ((ends_at[0], 1.0), (ends_at[1], -1.0)):
        near, far = (add(end, along, sign * k) for k in stripe)
        shapes.append(Loop(layer, across(near) + tuple(reversed(across(far))), "dark"))
        threads = (add(end, side, k * half) for k in (-0.6, 0.0, 0.6))
        shapes += [Line(layer, (t, add(t, along, -sign * fringe))) for t in threads]
    return shapes


def over_body(pose: Pose, pts: Joints, layer: Layer) -> list[Shape]:
    """Props the figure draws over the body, not behind it (prop_shapes leaves them out). Facing you, a band held
    between the hands lies over the trunk and under the hands, in front of the chest. (A towel held down the back,
    seen from behind, is a picture of its own: towel_back.py.) Side-on, a towel rolled under the near
    knee sticks out past the leg towards you, so its end, with the roll's spiral, shows in front of the knee (behind
    the leg it was hidden)."""
    placed = placements(pose)
    over = [(name, at) for name, at in placed if _over_body(pose, name, at)]
    floor = floor_level(placed, pts)
    return [relayered(s, layer) for name, at in over for s in DRAWERS[name](pts, at, floor)]


def _over_body(pose: Pose, name: str, at: str | None) -> bool:
    if pose.view == "side":
        return (name, at) == ("towel", "near_knee")
    return at == "hands" and (pose.view, name) == ("front", "band")


def _towel_under_foot(pts: Joints, side: str, floor: float, rucked: bool = True) -> list[Shape]:
    """A towel lying on the floor under the foot, seen from the side, rucked up into soft folds under and in front of
    the toes (a towel scrunch): one thin grey cloth whose top rises and falls in waves, the one by the toes highest, a
    crease down into the cloth between each two (each fold drawn as an arch of its own read as "grey pebbles"). Its
    heel end is rounded and its far end folded back over itself, with a dark stripe across it near each end, as a
    towel has: thick, with rounded ends and a dark stripe all along it, it read as "a rigid board", "a flat bar"
    (round 91). Not rucked, it lies flat all along, as long: the towel before the toes curl (round 70: the same folds
    in both pictures read as "a bumpy mat", and what the toes do was only in the faint toes)."""
    xs = (pts[f"{side}_ankle"][0], pts[f"{side}_toe"][0])
    heel, toe, top = min(xs) - TOWEL_BEHIND, max(xs), floor + TOWEL_T
    end = toe + TOWEL_AHEAD
    lip = end - TOWEL_FOLD_BACK
    surface = _towel_top(heel, toe, lip, top) if rucked else ((heel, top), (lip, top))
    cloth = Loop("prop", _rounded_end(heel, floor, -1.0) + surface + _folded_end(end, floor), "grey")
    # The folded-over end lies on the towel: the line between the two layers shows it is one cloth turned back.
    layers = Line("prop", ((lip, top), (end - TOWEL_T, top)))
    stripes = [Loop("prop", box(x, y, x + TOWEL_STRIPE_W, y + TOWEL_T), "dark")
               for x, y in ((heel + TOWEL_STRIPE_IN, floor), (end - TOWEL_STRIPE_IN - TOWEL_STRIPE_W, top))]
    return [cloth, layers] + stripes + _creases(surface, top)


def _towel_top(heel: float, toe: float, lip: float, top: float) -> tuple[Pt, ...]:
    """The top of the towel from its heel end to the folded-over end's lip: flat, then the folds, then flat again."""
    x0, x1 = toe + TOWEL_FOLD_SPAN[0], toe + TOWEL_FOLD_SPAN[1]
    return ((heel, top),) + tuple(_folds(x0, x1, top)) + ((lip, top),)


def _rounded_end(x: float, floor: float, sign: float, r: float = TOWEL_T / 2) -> tuple[Pt, ...]:
    """A soft rounded end of the towel at x, of radius r (a layer's half thickness, or a fold round two layers), from
    the floor up to its top (sign -1) or down (sign 1)."""
    angles = range(-90, 91, 30) if sign < 0 else range(90, -91, -30)
    return tuple((x + sign * r * cos(radians(a)), floor + r + r * sin(radians(a))) for a in angles)


def _folded_end(end: float, floor: float) -> tuple[Pt, ...]:
    """The towel's far end folded back over itself, from the folded layer's edge (TOWEL_FOLD_BACK short of end) over
    its top and round the fold down to the floor: two layers thick."""
    lip, top = end - TOWEL_FOLD_BACK, floor + TOWEL_T
    return _rounded_end(lip, top, -1.0) + _rounded_end(end - TOWEL_T, floor, 1.0, TOWEL_T)


def _creases(surface: tuple[Pt, ...], top: float) -> list[Shape]:
    """A short curved line down into the cloth from each dip between two folds, so the folds read as cloth gathered
    up rather than hills."""
    dips = [b for a, b, c in zip(surface, surface[1:], surface[2:]) if b[1] < a[1] and b[1] <= c[1] and b[1] > top]
    return [Line("prop", (d, (d[0] + 0.4, d[1] - 0.5 * (d[1] - top)), (d[0] + 1.2, top + 0.2))) for d in dips]


def _folds(x0: float, x1: float, base: float) -> list[Pt]:
    """The top of the towel rucked up into folds from x0 to x1, side-on: round waves over the towel lying flat, with
    creases between them partway down (down to the flat towel, each read as a separate grey pebble)."""
    heights, steps = TOWEL_FOLD_HEIGHTS, 8
    n = len(heights)
    # How high the cloth is between folds: at either end it comes down to the flat towel.
    creases = [0.0] + [TOWEL_CREASE * min(a, b) for a, b in zip(heights, heights[1:])] + [0.0]
    points = []
    for k in range(n * steps + 1):
        i = min(k // steps, n - 1)
        frac = k / steps - i
        low = creases[i] if frac < 0.5 else creases[i + 1]
        points.append((x0 + (x1 - x0) * k / (n * steps), base + low + (heights[i] - low) * sin(pi * frac) ** 0.5))
    return points


def _ball(pts: Joints, at: str, floor: float) -> list[Shape]:
    return [Circle("prop", pts[f"{_side(at)}_tip"], 3.5)]


def _tin(pts: Joints, at: str, floor: float) -> list[Shape]:
    tip = pts[f"{_side(at)}_tip"]
    return [Loop("prop", box(tip[0] - 2.5, tip[1] - 4, tip[0] + 2.5, tip[1] + 4))]


def _weight(pts: Joints, at: str, floor: float) -> list[Shape]:
    # A small dumbbell across the hand: the hand (drawn over it) grips the bar between two round dark weights.
    side = _side(at)
    wrist, tip = pts[f"{side}_wrist"], pts[f"{side}_tip"]
    grip, along = midpoint(wrist, tip), direction(wrist, tip)
    across = left_of(along)
    ends = (add(grip, across, -5.5), add(grip, across, 5.5))
    return [Line("prop", ends)] + [Tube("prop", (add(e, along, -2.2), add(e, along, 2.2)), 3.4, "dark") for e in ends]


def _band(pts: Joints, at: str, floor: float) -> list[Shape]:
    # A thin dark strip, pulled straight: between the hands, or from one hand down round the sole and back.
    if at == "hands":
        a, b = (midpoint(pts[f"{side}_wrist"], pts[f"{side}_tip"]) for side in ("near", "far"))
        return [Tube("prop", (a, b), BAND_W, "dark")]
    side = _side(at)
    hand = midpoint(pts[f"{side}_wrist"], pts[f"{side}_tip"])
    heel, toe = pts[f"{side}_ankle"], pts[f"{side}_toe"]
    foot = (toe[0] - heel[0], toe[1] - heel[1])
    # Under the middle and the ball of the foot, just below its sole.
    sole = tuple(add(add(heel, foot, k), (0.0, -2.5)) for k in (0.45, 0.85))
    return [Tube("prop", (hand,) + sole + (hand,), BAND_W, "dark")]


# Each drawer takes the joints, the prop's place and the floor height; furniture legs stop at the floor.
DRAWERS: dict[str, Callable[..., list[Shape]]] = {
    "floor": _floor, "mat": _mat, "bed": _bed, "step": _step, "chair": _chair,
    "table": _table, "wall": _wall, "towel": _towel, "ball": _ball, "tin": _tin, "weight": _weight, "band": _band,
    "cushion": cushion, "handrail": _handrail,
}


def prop_shapes(pose: Pose, pts: Joints, start: Joints | None = None, table: Joints | None = None,
                seat: Pt | None = None) -> list[Shape]:
    """Return the shapes of every prop in the pose, in the order the pose lists them, placed for the end position
    (a chair under the hips goes where the hips are lowest, start or end: sit-to-stand starts seated); a table
    placed from the joints table if given (the end's, in picture 1 of two: the same table in both); a chair under the
    hips placed from the hips at seat if given (where they sat, in picture 2 of two: standing up from it, they stand
    in front of it)."""
    placed = placements(pose)
    if start is not None:
        pts = {**{f"start_{k}": v for k, v in start.items()}, **pts, "hip": seated_hip(pts, start)}
    elif seat is not None:
        # As the moving picture does with the start's hips: the floor runs on under the chair.
        pts = {**pts, "hip": seat}
    # Close-ups have no floor in view, so furniture legs stop just below the hips.
    floor = pts["hip"][1] - 6 if pose.close_up else floor_level(placed, pts)
    # The floor runs up to a wall and stops there, so the two join in a corner.
    walls = [wall_x(pts, at) + WALL_T for name, at in placed if name == "wall"]
    tables = {at: _placed_table(pose, pts, table, at, floor) for name, at in placed if name == "table"}
    # It runs on past the far leg of a table with room to slide a hand along it, which reaches past the person.
    legs = [x + 6 for at, drawn in tables.items() if _slide_room(pose, at) for s in drawn for x, _ in s.points]
    stop = max(walls) if walls else max(legs) if legs and max(legs) > _span(pts)[1] + 6 else None
    shapes: list[Shape] = []
    for name, at in placed:
        if name == "mat" and from_above(pose):
            shapes += _mat_from_above(pts)
        elif (pose.view != "hand" or name in AT_HAND) and not _over_body(pose, name, at):
            if name == "floor":
                shapes += _floor(pts, at, floor, stop)
            elif name == "table":
                shapes += tables[at]
            elif name == "handrail":
                # A handrail runs along the stairs, from the step if there is one.
                shapes += _handrail(pts, at, floor, next((a for n, a in placed if n == "step"), None))
            elif name == "towel" and at.endswith("_foot") and pose.toes != "curled":
                # Only toes curled ruck the towel up: before they curl (a towel scrunch's picture 1) it lies flat.
                shapes += _towel_under_foot(pts, _side(at), floor, rucked=False)
            else:
                shapes += DRAWERS[name](pts, at, floor)
    return shapes


def seated_hip(end: Joints, start: Joints | None) -> Pt:
    """Where the hips are on a chair under them: the lower of the end's and the start's (sit-to-stand starts
    seated)."""
    return start["hip"] if start is not None and start["hip"][1] < end["hip"][1] else end["hip"]


def _placed_table(pose: Pose, pts: Joints, table: Joints | None, at: str, floor: float) -> list[Shape]:
    """The table at the hand at, placed from the joints table if given, else from pts, with room to slide along."""
    return _table(table or pts, at, floor, _slide_room(pose, at))


def _slide_room(pose: Pose, at: str) -> float:
    """How much further the table runs past the hand at: SLIDE_ROOM if an arrow at that hand points along it, more
    for a bold arrow, which reaches further (past the table's end, it "could be read as" reaching off it)."""
    if not any(a.at == at and a.towards in ("left", "right") for a in pose.arrows):
        return 0.0
    return SLIDE_ROOM + (BOLD_REACH if pose.bold_arrows else 0.0)
