"""A close-up of the head and shoulders facing you (``view: head``), as in neck turns: the face turns on the head
about its upright, so turned far it is seen side-on (the nose out past the head's edge, one eye, the ear in the
middle), with a flat ring of an arrow over the head, seen a little from above, going round the way the face turns,
like a dial. The still shows two pictures of the same person, numbered 1 (looking at you) and 2 (turned): a turned
face alone, with nothing to turn from, read as a chin poke; a faint start beside it read as a second person, and a
small flat arrow under the chin as a chin tuck or a chin lift.

Drawn whole and small, a turned face was only eyes moved sideways, and the arrow over the top of the head read as a
tilt or a nod. Here the face's features are placed on the head as on a ball turned by head_turn, so the start and
the end are the same shapes in other places, and the drawing can move from one to the other.

A tilt (neck side stretch) is one picture: the head, still facing you, tipped ear to shoulder over a faint upright
start, with a curved arrow down the side it tips to. Reviewers (rounds 46 to 50) read the head as slid sideways off
the neck (the neck rose straight up then bent over, and the solid head hid all of the faint one but its far side,
which sat off to one side of the shoulders), and the arc from the upright head over the top to the tilted one as neck
turns' ring. So head and neck now tip together about the neck's base (leaning_neck, the faint upright neck beside it),
the faint head's whole outline shows over the tilted head, and the arrow runs round the neck's base from beside the
top of the faint head down towards the shoulder.
"""
from __future__ import annotations

from math import cos, dist, radians, sin

from msksite.schema.pose import Pose

from .arrows import chevron, turn_arrow
from .figure import WIDTHS
from .numerals import NUMBER_R, number
from .shapes import Circle, Layer, Line, Loop, Pt, Shape, Tube, add, direction, moved, relayered
from .skeleton import HEAD_R, Joints, posed
from .svg import Drawing, extent

# Each eye is this far round the head from the middle of the face (degrees), and this high above the head's middle,
# in head radii; an ear is a quarter turn round from the face.
EYE_TURN, EYE_UP, EYE_R = 35.0, 0.08, 0.11
EAR, EAR_GAP = (0.17, 0.28), 60  # an ear's half width and half height (head radii), and its opening's half (degrees)
# The face's features lie a little inside the head's edge; the nose runs this far down the face.
SURFACE, NOSE_DOWN = 0.9, 0.28
# The nose side-on, (across, up) in head radii when the face is turned right round: from the brow out to its tip
# and back in under it.
NOSE_SIDE = ((0.95, 0.1), (1.3, -0.25), (0.95, -0.35))
# The mouth: a short smile this far below the head's middle, this far round each side of the face's middle
# (degrees), its middle this much lower (head radii).
MOUTH_DOWN, MOUTH_HALF, MOUTH_DIP = 0.5, 22.0, 0.1
# The hair: a cap over the top of the head, from and to which angle round its edge (degrees from the top,
# clockwise) facing you, how far each end moves back per degree the face turns, and how far its hairline sags
# towards the face (head radii). A band round the edge read as headphones or a bandage.
HAIR, HAIR_TURN, HAIRLINE_SAG = (-72.0, 72.0), (0.5, 0.7), 0.12
# The close-up is this many times the person's size, so its lines are as thick for its size as a whole person's.
ZOOM = 2.2
# How much of the body shows below the shoulders, and half the neck's width where it meets them (person's units);
# the outline round the near shoulder, (out, up) from its joint: its top, its round and down the arm to the edge.
CHEST, NECK_HALF = 6.0, 2.5
SHOULDER = ((0.0, 3.2), (3.5, 1.5), (4.5, -CHEST))
# A tilted neck rises straight up from the shoulders this share of the way to the head's middle before it bends.
NECK_RISE = 0.3
# The arrow: most of a flat ring over the head, seen a little from above, this wide and this deep (head radii), its
# middle this high above the head's; how far round it reaches past the face's end, and from how far before the face's
# start (degrees): from behind the head, round the front, to past the side the face turns to. Both ways, it starts as
# far past the other side. Round the neck under the chin it read as a chin tuck or a chin lift; through the head, as
# a headband.
HALO_WIDE, HALO_DEEP, HALO_UP, HALO_PAST, HALO_BEFORE = 1.6, 0.42, 1.45, 40.0, 100.0
# The arrow of a tilt, round the base of the neck, keeps this far outside the tilted head (person's units).
TILT_GAP = 1.3
# It runs from the tilted head's way (less arrows.TURN_OVER: beside the top of the upright head) this much further
# round (degrees), to point down at the shoulder; aimed at the shoulder's joint, below the neck's base, it curled
# back in under the shoulder's top.
TILT_ON = 44.0
# The gap between the start and the end set side by side (the pair, and the still of a turn).
PAIR_GAP = 8.0


def head_view(pose: Pose, variant: str) -> Drawing:
    """The still (start faint, end solid, arrow) or moving (end moving to the start and back) drawing."""
    end_pts = _zoomed(posed(pose))
    end = bust(pose, end_pts, "end")
    start_pose = pose.at_start()
    if start_pose is None:
        return Drawing(end)
    start_pts = _zoomed(posed(start_pose))
    start = bust(start_pose, start_pts, "start")
    arrows = _arrows(start_pose, pose, end_pts)
    if variant == "moving":
        return Drawing(end + arrows, {i: relayered(s, "end") for i, s in enumerate(start)})
    if start_pose.head_turn != pose.head_turn:
        return Drawing(_numbered(bust(start_pose, start_pts, "end"), end + arrows))
    return Drawing(start + end + [_upright_outline(start_pts)] + arrows)


def _upright_outline(start_pts: Joints) -> Circle:
    """The faint upright head's whole outline, over the tilted head: under it, only the faint head's far side showed,
    off to one side of the shoulders, and the head read as slid sideways off the neck (rounds 46 to 50)."""
    return Circle("start_over", start_pts["head"], HEAD_R * ZOOM)


def _beside(left: list[Shape], right: list[Shape]) -> list[Shape]:
    """Right moved to stand PAIR_GAP to the right of left, both kept: a face turning stays on the same head, where
    the start face would be hidden under the end's (alone, the turned face read as a chin poke)."""
    shift = max(p[0] for s in left for p in extent(s)) + PAIR_GAP - min(p[0] for s in right for p in extent(s))
    return left + [moved(s, (shift, 0.0)) for s in right]


def _numbered(left: list[Shape], right: list[Shape]) -> list[Shape]:
    """Both beside each other, numbered 1 and 2 at their top left, level, so two solid pictures read as one person in
    two steps (a faint start beside the end read as a second person)."""

    pair = _beside(left, right)
    # Level with the top of the head, under the arrow's end over the right-hand head.
    top = max(p[1] for s in left for p in extent(s)) - NUMBER_R
    first, second = (min(p[0] for s in part for p in extent(s)) + NUMBER_R
                     for part in (pair[:len(left)], pair[len(left):]))
    return pair + number((first, top), 1) + number((second, top), 2)


def _zoomed(pts: Joints) -> Joints:
    return {name: (x * ZOOM, y * ZOOM) for name, (x, y) in pts.items()}


def bust(pose: Pose, pts: Joints, layer: Layer) -> list[Shape]:
    """The shoulders and the tops of the arms as one outline running off the picture, the neck and the head with
    its face (pts zoomed, ZOOM times the person's size)."""
    base = pts["neck"]
    # Each side from the neck over the shoulder and down the arm, the far side the near side's mirror image.
    half = lambda shoulder, k: [add(base, (k * NECK_HALF * ZOOM, ZOOM))] + [
        add(shoulder, (k * x * ZOOM, y * ZOOM)) for x, y in SHOULDER]
    outline = Loop(layer, tuple(half(pts["near_shoulder"], 1.0) + half(pts["far_shoulder"], -1.0)[::-1]), "white")
    # Where each arm meets the chest, a line down from the armpit.
    armpit = ((1.5, -3.0), (2.0, -CHEST))
    arms = [Line(layer, tuple(add(pts[f"{s}_shoulder"], (k * x * ZOOM, y * ZOOM)) for x, y in armpit))
            for s, k in (("near", 1.0), ("far", -1.0))]
    neck = Tube(layer, leaning_neck(base, pts["head"]), WIDTHS["neck"] * ZOOM)
    # Tilted, the smile is drawn round (see _mouth); upright it keeps its three points, as in neck turns.
    smile = 5 if pose.neck else 3
    return [neck, outline] + arms + head(pts["head"], base, pose.head_turn, layer, smile=smile)


def bent_neck(base: Pt, centre: Pt) -> tuple[Pt, ...]:
    """Up from the shoulders, then bending over to the head: a tilted head on a straight neck leaning from the
    shoulders read as a stick (the nerve glide's head, steps.py; the big bust's tilt leans its neck, leaning_neck).
    Upright, the three points lie on one line."""
    rise = dist(base, centre)
    return (base, add(base, (0.0, NECK_RISE * rise)), centre)


def leaning_neck(base: Pt, centre: Pt) -> tuple[Pt, ...]:
    """Straight from the shoulders to the head, so a tilt tips head and neck together about the neck's base, beside the
    faint upright neck: bent up from the shoulders then over (bent_neck), the tilted head read as slid sideways
    off the neck (rounds 46 to 50). Three points, as bent_neck's, so the moving drawing takes one into the other;
    upright, the same points as bent_neck's, so a turn's neck is as before."""
    return (base, add(base, direction(base, centre), NECK_RISE * dist(base, centre)), centre)


def head(centre: Pt, neck: Pt, turn: float, layer: Layer, zoom: float = ZOOM, face: bool = True,
         smile: int = 3) -> list[Shape]:
    """The head with its face turned turn degrees to the right of the picture (90: seen side-on): hair over the top
    and the back, the ears, and (if face) the eyes, the nose and the mouth (smile points), each where turning a ball
    would take it (zoom times the size of a whole person's head)."""
    r = HEAD_R * zoom
    up = direction(neck, centre)
    across = (up[1], -up[0])
    at = lambda x, y: add(add(centre, across, x * r), up, y * r)
    # Where something round the head at angle a (from the middle of the face, seen from the front) lies across it.
    eyes = [at(_shown(turn + k * EYE_TURN, turn - k * EYE_TURN, SURFACE), EYE_UP) for k in (-1.0, 1.0)]
    ears = [at(_shown(turn + k * 90.0, turn - k * 90.0, 1.0), 0.0) for k in (-1.0, 1.0)]
    side, front = sin(radians(turn)), cos(radians(turn))
    # Side-on the nose sticks out past the head's edge (drawn behind the head, so only what sticks out shows);
    # facing you it is a line down the middle of the face, which turning shortens.
    profile = Loop(layer, tuple(at(x * side, y) for x, y in NOSE_SIDE), "white")
    # Turned right round it moves out onto the head's edge, where it is lost in the outline.
    middle = side * (SURFACE + (1 - SURFACE) * abs(side))
    nose = Line(layer, (at(middle, 0.0), at(middle, -NOSE_DOWN * front)))
    # The ears over the head: side-on, the ear is in the middle of it.
    shapes = [Circle(layer, centre, r, "white"), _hair(at, turn, layer)] + [_ear(e, r, turn, layer) for e in ears]
    if not face:
        return shapes
    eyes = [Circle(layer, e, EYE_R * r, "black") for e in eyes]
    return [profile] + shapes + eyes + [nose, _mouth(at, turn, layer, smile)]


def _mouth(at, turn: float, layer: Layer, count: int = 3) -> Line:
    """A short line of count points across the face below the nose; turned, it shortens towards the head's edge,
    never past it."""
    # Its middle dips a little: a straight dash, tilted, read as a second nose. Side-on the dip is lost (seen edge-on,
    # it was a notch), so the mouth is a dash in from the edge. Its points lie on a curve, so three make a V, which
    # tilted with the head read as a tick ("the face is distorted"): more points make it a round smile.
    dip = MOUTH_DIP * cos(radians(turn))
    spread = [2 * i / (count - 1) - 1 for i in range(count)]
    points = [(max(-90.0, min(90.0, turn + k * MOUTH_HALF)), MOUTH_DOWN + dip * (1 - k * k)) for k in spread]
    # Low on the head, the face is narrower (a ball's round at that height), so the mouth stays inside the outline.
    return Line(layer, tuple(at(SURFACE * (1 - down ** 2) ** 0.5 * sin(radians(a)), -down) for a, down in points))


def _ear(centre: Pt, r: float, turn: float, layer: Layer) -> Line:
    """An ear: a tall curve round its back, open towards the face (closed, it read as a second eye)."""
    face = 90.0 if turn >= 0 else -90.0
    return Line(layer, tuple(add(centre, (EAR[0] * r * sin(radians(a)), EAR[1] * r * cos(radians(a))))
                             for a in range(int(face) + EAR_GAP, int(face) + 360 - EAR_GAP + 1, 30)))


def _hair(at, turn: float, layer: Layer) -> Loop:
    """A cap of hair over the top of the head, round to the back as the face turns away from it: the head's edge
    between its two ends, and back across the head along a hairline sagging a little towards the face."""
    first, last = (HAIR[0] - HAIR_TURN[0] * turn, HAIR[1] - HAIR_TURN[1] * turn)
    angles = [radians(first + (last - first) * i / 8) for i in range(9)]
    edge = [(sin(a), cos(a)) for a in angles]
    # The hairline's middle, pulled from the middle of the line between the ends towards the head's middle.
    mid = ((edge[0][0] + edge[-1][0]) / 2, (edge[0][1] + edge[-1][1]) / 2)
    size = (mid[0] ** 2 + mid[1] ** 2) ** 0.5 or 1.0
    sag = (mid[0] - HAIRLINE_SAG * mid[0] / size, mid[1] - HAIRLINE_SAG * mid[1] / size)
    return Loop(layer, tuple(at(x, y) for x, y in edge + [sag]), "dark")


def _shown(a: float, other: float, depth: float) -> float:
    """How far across the head a feature at angle a shows; round the back, hidden, it sits on its pair (at other)."""
    return depth * sin(radians(a if cos(radians(a)) > 0.05 else other))


def _arrows(start: Pose, end: Pose, end_pts: Joints) -> list[Shape]:
    """A flat ring over the head for a turn, both ways if asked; a curved arrow beside the head for a tilt."""
    if start.head_turn != end.head_turn:
        return _turn_arrow(end_pts["head"], start.head_turn, end.head_turn, end.both_ways)
    return _tilt_arrow(end_pts)


def _tilt_arrow(pts: Joints) -> list[Shape]:
    """An arc round the base of the neck, just outside the tilted head, from beside the top of the upright head down
    the side the head tips to, towards that shoulder: ear to shoulder. From the upright head to the tilted one it ran
    over the top of the head, and read as the ring over the head of neck turns (rounds 46 to 50)."""
    pivot, centre = pts["neck"], pts["head"]
    # The way on from the tilted head, turned TILT_ON further round the same way (clockwise tipping right).
    a = radians(TILT_ON if centre[0] > pivot[0] else -TILT_ON)
    x, y = centre[0] - pivot[0], centre[1] - pivot[1]
    on = add(pivot, (x * cos(a) + y * sin(a), y * cos(a) - x * sin(a)))
    reach = dist(pivot, centre) + (HEAD_R + TILT_GAP) * ZOOM
    return turn_arrow(pivot, centre, on, reach)


def _turn_arrow(centre: Pt, start: float, end: float, both_ways: bool) -> list[Shape]:
    """A flat ring over the head, seen a little from above, from behind the head round the front to past the side the
    face turns to (from as far the other way if both), the way a dial turns."""
    r = HEAD_R * ZOOM
    middle = add(centre, (0.0, HALO_UP * r))
    past = HALO_PAST if end > start else -HALO_PAST
    first = -end - past if both_ways else start - (HALO_BEFORE if end > start else -HALO_BEFORE)
    steps = 16
    path = tuple(add(middle, (HALO_WIDE * r * sin(radians(a)), -HALO_DEEP * r * cos(radians(a))))
                 for a in (first + (end + past - first) * i / steps for i in range(steps + 1)))
    heads = chevron(path[-1], path[-2]) + (chevron(path[0], path[1]) if both_ways else [])
    return [Line("arrow", path)] + heads

