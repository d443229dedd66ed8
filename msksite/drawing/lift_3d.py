"""The wrist lifts seen in three dimensions (round 91): the forearm lying on a table, the hand out past the table's
edge holding a tin, seen from above, behind and to one side, as the patient sees their own arm looking down at it a
little from the side: the hand hanging down over the edge faint, lifted level solid, and a curved arrow round the
wrist from the one to the other. One picture, not two numbered ones side by side (tried first), as it draws the hand
twice as big at phone size; print shows the two positions as two numbered pictures. The moving drawing is the
still: the hand's forty-odd parts, each animated, passed the SVG size limit.

Every 2-D side view of the two grips looked alike, however drawn (rounds 24 to 90: hooks, tins on or under the hand,
grey palms, face-on hands, tipped hands; "the side-view hands are blobs", "palm up vs palm down rests on a tiny
inset"). Seen in three quarters, one picture shows both which way the palm faces and the wrist lifting. Palm up the
palm faces up, the tin lies across it and the four fingers curl up over the tin, their nails on top pointing back
at you, the thumb across the tin's near side; palm down the back of the hand is on top with a row of knuckles, the
fingers going down out of sight round the tin underneath. The tin lies across the hand, longer than the hand is wide,
so both its ends show.

The camera follows feet_view.py (elevation, azimuth and distance; parts as tubes of projected points drawn far to
near), sharing its vector helpers. The parts are ordered by their depth with the across-the-hand coordinate left
out: the fingers wrap round a tin lying across the hand, so what matters is whether a finger's piece is on the
camera's side of the tin, not how far along the tin it is.

Everything is in hand lengths (the wrist to the fingertips, straight), times SIZE in the picture: x along the forearm
towards the fingers, y up, z across towards the camera's side; the wrist at the origin, the table's edge just behind
it.
"""
from __future__ import annotations

from math import cos, radians, sin

from .arrows import chevron
from .feet_view import _add, _length, _scale, _sub, _unit
from .hands import capsule, hull
from .order import numbered_frames
from .shapes import Circle, Line, Loop, Pt, Shape, Tube, relayered
from .svg import Drawing, bounds

Vec = tuple[float, float, float]
SIZE = 40.0
# The camera: this high (degrees) and this far round from straight behind the elbow to the side; high enough to see
# into the palm or onto the back of the hand, round enough that the hand hanging down shows past the table's edge.
ELEVATION, AZIMUTH = 48.0, 64.0
DISTANCE = 7.0  # hand lengths from the wrist: a little perspective, the hand nearer and bigger than the elbow
# The forearm: its radius at the wrist and the elbow, and how far back the elbow is.
FOREARM_R, ELBOW_R, ELBOW = 0.17, 0.22, 1.3
# The table: its edge this far behind the wrist, its top reaching this far across each way (far side, near side),
# this thick, and reaching back past the elbow.
EDGE, TABLE_FAR, TABLE_NEAR, TABLE_T, TABLE_BACK = 0.06, 0.9, 0.3, 0.12, 2.2
# The palm: from the wrist to the knuckles, this wide and this thick, its corners this round.
PALM_FROM, PALM_TO, PALM_W, PALM_T, PALM_ROUND = 0.04, 0.5, 0.5, 0.15, 0.08
# The tin lies across the fingers by the knuckles: its radius, half its length (longer than the hand is wide, so its
# ends show), its axis this far along the hand, and its label's half length.
TIN_R, TIN_HALF, TIN_ALONG, LABEL_HALF = 0.19, 0.44, 0.64, 0.3
FINGER_W = 0.11  # a finger's thickness
KNUCKLE_R = 0.05
# The palm's creases (along, across), from the thumb's side: the line round the thumb's root, the one across.
CREASES = (((0.12, 0.1), (0.26, 0.06), (0.38, 0.12)), ((0.36, -0.2), (0.4, 0.0), (0.36, 0.16)))
# The fingers, each (across, the angles of its joints round the tin from its tip: knuckle, middle, last, tip):
# the middle finger longest, the little finger shortest.
FINGERS = ((-0.18, (-20, 45, 110, 160)), (-0.06, (-20, 48, 118, 175)), (0.06, (-20, 50, 122, 182)),
           (0.18, (-20, 45, 112, 165)))
GAP = 8.0  # between the two pictures
ARROW_OUT, ARROW_SHORT = 0.3, 8.0  # the arrow's radius past the parts' middles (clear of the hand); how short it stops
PAD = 4.0  # round each picture's shapes


def lift_3d(palm: str, start: float, end: float, table: bool, variant: str) -> Drawing:
    """The still and moving drawing (one picture: the hand hanging faint, lifted solid, and the arrow) or the pair
    (two numbered pictures: hanging, then lifted with the arrow) of a wrist lift, palm up or down, the wrist at start
    then end degrees up from the forearm's line."""
    first, then = _arm(palm, start), _arm(palm, end)
    arrow = _arrow(first, then, start, end)
    props = _table() if table else []
    end_shapes = _drawn(then, _order(then))
    one = _drawn(first, _order(first))
    if variant == "pair":
        frame = _frame(one + end_shapes + arrow)
        return numbered_frames(Drawing(props + one, frame=frame), Drawing(props + end_shapes + arrow, frame=frame), GAP)
    # One picture (still and moving alike), drawn twice as big as two would be: the hand hanging faint (its forearm
    # is the solid one's). It does not move: the hand's forty-odd parts, each animated, passed the size limit.
    faint = [relayered(s, "start") for s in _drawn(first, [n for n in _order(first) if n != "forearm"])]
    shapes = props + faint + end_shapes + arrow
    return Drawing(shapes, frame=_frame(shapes))


def _drawn(parts: dict[str, tuple[Vec, list[Shape]]], order: list[str]) -> list[Shape]:
    return [s for name in order for s in parts[name][1]]


def _frame(shapes: list[Shape]) -> tuple[float, float, float, float]:
    left, bottom, right, top = bounds([s for s in shapes if s.layer != "prop"])
    return (left - PAD, bottom - PAD, right + PAD, top + PAD)


# --- the hand, in three dimensions -------------------------------------------------------------------------------

def _hand_axes(palm: str, angle: float) -> tuple[Vec, Vec, Vec]:
    """Along the hand, out of the palm, and across towards the thumb, for the wrist angle degrees up."""
    a = radians(angle)
    along = (cos(a), sin(a), 0.0)
    up = (-sin(a), cos(a), 0.0)
    # A right hand seen from its outer side: palm up the thumb is on the camera's side, palm down the far side.
    return (along, up, (0.0, 0.0, 1.0)) if palm == "up" else (along, _scale(up, -1.0), (0.0, 0.0, -1.0))


def _arm(palm: str, angle: float) -> dict[str, tuple[Vec, list[Shape]]]:
    """Every part of the arm, by name: where its middle is (for the drawing order) and its shape."""
    along, out, thumb = _hand_axes(palm, angle)
    at = lambda a, p, w: _add(_add(_scale(along, a), _scale(out, p)), _scale(thumb, w))
    tin = at(TIN_ALONG, PALM_T / 2 + TIN_R, 0.0)
    round_tin = lambda phi, r, w: _add(_add(tin, _scale(out, -r * cos(radians(phi)))),
                                       _add(_scale(along, r * sin(radians(phi))), _scale(thumb, w)))
    parts = {"forearm": _forearm(), "palm": _palm(at, palm), "tin": _tin(tin)}
    r = TIN_R + FINGER_W / 2
    for i, (w, angles) in enumerate(FINGERS):
        joints = [at(PALM_TO - 0.02, 0.0, w)] + [round_tin(phi, r, w) for phi in angles[1:]]
        for j in range(3):
            parts[f"finger{i}_{j}"] = _tube((joints[j], joints[j + 1]), FINGER_W * (1 - 0.08 * j))
        outward = _unit(_sub(joints[3], tin))
        parts[f"nail{i}"] = _nail(joints[3], outward, _unit(_sub(joints[3], joints[2])))
    # The thumb from the palm's side by the wrist, round the tin's near side to over it.
    side = PALM_W / 2
    thumb_pts = (at(0.16, 0.0, side - 0.02), at(0.34, PALM_T / 2, side + 0.03), round_tin(245, r, side),
                 round_tin(200, r, side - 0.08))
    parts["thumb0"] = _tube(thumb_pts[:3], FINGER_W * 1.1)
    parts["thumb1"] = _tube(thumb_pts[2:], FINGER_W)
    return parts


def _forearm() -> tuple[Vec, list[Shape]]:
    """The forearm lying on the table, thicker at the elbow: a tube drawn round at both ends."""
    elbow = (-ELBOW, ELBOW_R - FOREARM_R, 0.0)
    e, w = view(elbow), view((0.0, 0.0, 0.0))
    shape = Loop("end", capsule(e, w, (ELBOW_R * SIZE * _near(elbow), FOREARM_R * SIZE)), "white")
    return (-ELBOW / 2, 0.0, 0.0), [shape]


def _palm(at, palm: str) -> tuple[Vec, list[Shape]]:
    """The palm, a rounded slab: the outline round its two faces (so its thickness shows), and on its top face
    palm up two creases (the palm's lines), palm down a row of four knuckles at the fingers' end."""
    corners = []
    for k in (-1.0, 1.0):
        corners += [at(a, k * PALM_T / 2, w) for a, w in _rounded_rect(PALM_FROM, PALM_TO, PALM_W / 2)]
    shapes: list[Shape] = [Loop("end", _resampled(hull(tuple(map(view, corners))), 20), "white")]
    if palm == "up":
        top = PALM_T / 2
        shapes += [Line("end", tuple(view(at(a, top, w)) for a, w in crease)) for crease in CREASES]
    else:
        back = -PALM_T / 2
        shapes += [Circle("end", view(at(PALM_TO - 0.05, back, w)), KNUCKLE_R * SIZE, "white") for w, _ in FINGERS]
    return at((PALM_FROM + PALM_TO) / 2, 0.0, 0.0), shapes


def _rounded_rect(a0: float, a1: float, half: float) -> list[tuple[float, float]]:
    """A rectangle's outline, along from a0 to a1 and across by half either way, with rounded corners."""
    r, pts = PALM_ROUND, []
    for ca, cw, start in ((a1 - r, half - r, 0), (a0 + r, half - r, 90), (a0 + r, -half + r, 180),
                          (a1 - r, -half + r, 270)):
        pts += [(ca + r * cos(radians(start + d)), cw + r * sin(radians(start + d))) for d in (0, 45, 90)]
    return pts


def _tin(centre: Vec) -> tuple[Vec, list[Shape]]:
    """The tin lying across the hand: its side, a grey label round its middle, and the lid at the camera's end."""
    def ring(w: float) -> list[Vec]:
        return [_add(centre, (TIN_R * cos(radians(d)), TIN_R * sin(radians(d)), w)) for d in range(0, 360, 30)]

    side = Loop("end", _resampled(hull(tuple(view(p) for p in ring(-TIN_HALF) + ring(TIN_HALF))), 20), "white")
    label = Loop("end", _resampled(hull(tuple(view(p) for p in ring(-LABEL_HALF) + ring(LABEL_HALF))), 20), "grey")
    lid = Loop("end", tuple(view(p) for p in ring(TIN_HALF)), "white")
    return centre, [side, label, lid]


def _nail(tip: Vec, outward: Vec, pointing: Vec) -> tuple[Vec, list[Shape]]:
    """A fingernail on the back of the finger's last piece, just behind its tip."""
    across = (0.0, 0.0, 1.0)
    base = _add(tip, _scale(outward, FINGER_W * 0.42))
    pts = [_add(_add(base, _scale(pointing, 0.045 * cos(radians(d)) - 0.015)), _scale(across, 0.032 * sin(radians(d))))
           for d in range(0, 360, 60)]
    return _add(tip, _scale(outward, 0.08)), [Loop("end", tuple(view(p) for p in pts), "white")]


def _tube(points: tuple[Vec, ...], width: float) -> tuple[Vec, list[Shape]]:
    mid = tuple(sum(c) / len(points) for c in zip(*points))
    return mid, [Tube("end", tuple(view(p) for p in points), width * SIZE * _near(mid))]


def _order(parts: dict[str, tuple[Vec, list[Shape]]]) -> list[str]:
    """The parts' names, the furthest first, by depth with the across coordinate left out (see the docstring); the
    forearm first, under the palm at the wrist; the thumb, on one side of the hand, by its own depth."""
    def depth(name: str) -> float:
        x, y, z = parts[name][0]
        if name == "forearm":
            return float("inf")
        return _depth((x, y, z)) if name.startswith("thumb") else _depth((x, y, 0.0)) - 0.02 * z

    return sorted(parts, key=lambda n: -depth(n))


# --- the table and the arrow -------------------------------------------------------------------------------------

def _table() -> list[Shape]:
    """The table's top, white, with its near side grey below it (so it reads as a table top seen from above)."""
    top = -FOREARM_R
    corners = ((-EDGE, -TABLE_FAR), (-EDGE, TABLE_NEAR), (-TABLE_BACK, TABLE_NEAR), (-TABLE_BACK, -TABLE_FAR))
    surface = Loop("prop", tuple(view((x, top, z)) for x, z in corners), "white")
    side = Loop("prop", tuple(view(p) for p in ((-EDGE, top, TABLE_NEAR), (-TABLE_BACK, top, TABLE_NEAR),
                                                  (-TABLE_BACK, top - TABLE_T, TABLE_NEAR),
                                                  (-EDGE, top - TABLE_T, TABLE_NEAR))), "grey")
    return [surface, side]


def _arrow(first: dict, then: dict, start: float, end: float) -> list[Shape]:
    """A curved arrow round the wrist, on the camera's side of the hand, just past what the hand reaches, from where
    it hung to just short of where it is lifted to."""
    reach = max(_length(mid) for mid, _ in then.values()) + ARROW_OUT
    z = PALM_W / 2 + 0.08
    steps = [radians(start + (end - ARROW_SHORT - start) * i / 12) for i in range(13)]
    path = tuple(view((reach * cos(a), reach * sin(a), z)) for a in steps)
    return [Line("arrow", path)] + chevron(path[-1], path[-2])


# --- the camera --------------------------------------------------------------------------------------------------

_AZ, _EL = radians(AZIMUTH), radians(ELEVATION)
_LOOK: Vec = (cos(_AZ) * cos(_EL), -sin(_EL), -sin(_AZ) * cos(_EL))
_RIGHT: Vec = (sin(_AZ), 0.0, cos(_AZ))
_UP: Vec = (_RIGHT[1] * _LOOK[2] - _RIGHT[2] * _LOOK[1], _RIGHT[2] * _LOOK[0] - _RIGHT[0] * _LOOK[2],
            _RIGHT[0] * _LOOK[1] - _RIGHT[1] * _LOOK[0])


def _depth(p: Vec) -> float:
    return sum(a * b for a, b in zip(p, _LOOK))


def _near(p: Vec) -> float:
    """How much bigger than at the wrist a thing at p looks."""
    return DISTANCE / (DISTANCE + _depth(p))


def view(p: Vec) -> Pt:
    """Where the camera sees a point, in figure units (y up): nearer things bigger."""
    k = _near(p) * SIZE
    return (k * sum(a * b for a, b in zip(p, _RIGHT)), k * sum(a * b for a, b in zip(p, _UP)))


def _resampled(points: tuple[Pt, ...], n: int) -> tuple[Pt, ...]:
    """The closed outline through n points evenly spaced along it (a hull of many points, thinned for a small SVG)."""
    loop = list(points) + [points[0]]
    lengths = [((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2) ** 0.5 for a, b in zip(loop, loop[1:])]
    total, out, i, walked = sum(lengths), [], 0, 0.0
    for k in range(n):
        target = total * k / n
        while walked + lengths[i] < target:
            walked += lengths[i]
            i += 1
        t = (target - walked) / (lengths[i] or 1.0)
        a, b = loop[i], loop[i + 1]
        out.append((a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])))
    return tuple(out)
