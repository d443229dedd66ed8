"""Someone lying on their back on a mat (``view: feet``, knee rolls), seen from the side and above, the body lying
across the picture (head on the left, feet on the right) as the bridge is drawn. Written ``numbered``, the still is
two pictures one above the other (feet_pictures; scene.py numbers them as order.py does): 1, the knees up together,
feet flat (an upside-down V); 2, both knees rolled over towards you onto the near half of the mat, the feet in
place, the leg underneath dark, with a curved arrow from where the knees stood round the knees' outer side to the
mat by them. Moving, the rolled knees swing up to the start and back; in print, the start and end side by side.

Seen straight from above the person read as falling or as a star jump; straight from the feet, the body stood up
in the picture and read as someone sitting with their arms out; side-on, the knees roll towards you, which a flat
picture cannot show. Seen well round to the side (42 degrees), the mat tilted across the picture and reviewers
found the view hard to read at phone size; seen low along the body, the upright knees sat over the trunk. From
high up and only a little round, the body runs up the picture (head at the top, feet at the bottom), the faint
upright knees still show beside the rolled ones, and the arrow round the line the knees turn about is a curve. The
body is placed in three dimensions (the legs from the side view's skeleton, the arms out on the floor, the knees
turned about the line from hip to ankle) and drawn as a camera sees it, the far parts first so the near ones are
drawn over them (but the head over the trunk, so the face shows whole).

Round 58 (3.2): "the tilted top-down view on a slanted mat" was "disorienting", the rolled legs "a pile of
overlapping ovals" and the faint knees "easy to miss". The camera's picture is now turned so the line down the
body's middle stands straight up (the mat's long sides nearly upright; only its ends slant with the camera);
the camera is higher and less far round (58 and 26 degrees, from 48 and 35), so the rolled thighs no longer point
at it and each leg shows a thigh and a shin at a bent knee, and the knees roll further (80 degrees); the leg
underneath is dark, as the side views shade the lower leg; the mat is wider, so the faint knees lie on it and show
as pale legs. Tried: no mat (the body alone read as jumping or falling again), a white mat (read as a frame), the
faint legs dark or black (sank into the mat, or a shadow), the arrow nearer the knees or lower down the legs (lost
along the thighs, or across the shins).

Round 71 numbered the two pictures side by side, tall and narrow, and the figures were small (3.12 over 68, the
same as before): "the top-down view is unusual", "the body runs up the picture so it reads as sitting", "the bent
knees are stubs", "overlapping grey and white legs hard to untangle". Round 79 turns the camera side-on (85
degrees round) and raises it to 40 degrees, so the mat shows as a band under the body and its near long side shows
its thickness; the picture is turned so the body lies level; the camera is far off (little perspective: near, the
near arm swelled). The knees stand higher (hip 60, knee 125), so picture 1 is a plain upside-down V. The knees
roll towards the camera: seen from the side, their path round the line from hip to ankle is seen edge on, a
straight stroke down, so the arrow is bowed in the picture instead, out past the shins. The arms lie by the sides,
a little out (straight out to the sides, one came at you and one went up behind, each picture twice as tall and
the pair drawn small). Between the pictures, the leg nearest you (dark) stays the same leg.
"""
from __future__ import annotations

from math import atan2, cos, radians, sin

from msksite.schema.pose import Limb, Pose

from .arrows import chevron
from .figure import WIDTHS
from .lying import LOWER_LEG_FILL
from .props import placements
from .shapes import Circle, Fill, Layer, Line, Loop, Pt, Shape, Tube, moved, relayered
from .skeleton import ARM, HEAD_R, HIP_W, SHOULDER_DROP, SHOULDER_W, grounded, posed
from .svg import Drawing, extent

Vec = tuple[float, float, float]  # x across the body (the near side positive), y up, z from the feet to the head
# The camera: how far above the floor it looks down, and how far round from the feet to one side it stands (degrees):
# nearly side-on, so the body lies across the picture (from beyond the feet it ran up it and read as sitting), and
# high enough that the mat shows as a band and the knees rolled towards you lie on it, in front of the hips (at
# floor level the roll came straight at the camera and could not be seen).
ELEVATION, AZIMUTH = 40.0, 85.0
# How far the camera is from the hips: far, so the two sides are drawn about the same size (near, the near arm
# swelled and the far one shrank; seen from the side the mat needs no narrowing to lie flat).
DISTANCE = 700.0
# Knees and feet held together: how far each is from the middle.
KNEES, FEET = 4.8, 3.8
# The arms lie on the floor, this high at the elbow, the wrist and the fingertips.
ARM_HEIGHTS = (2.0, 1.5, 1.0)
# The mat, how far it reaches beyond the body's middle each side, past the head and past the toes, and how thick its
# near long side shows: wide enough that the knees rolled towards you lie on it.
MAT_HALF, MAT_HEAD, MAT_FEET, MAT_T = 23.0, 8.0, 6.0, 2.5
# The trunk's outline on the near side, (across, share of the way from the hips to the neck): the hips, in at the
# waist, out to the armpit, round the shoulder to the neck.
TRUNK = ((HIP_W + 6.0, 0.0), (HIP_W + 4.5, 0.45), (SHOULDER_W + 2.5, 0.8), (SHOULDER_W + 3.0, 0.93),
         (SHOULDER_W + 1.0, 1.02), (4.0, 1.05))
# The hair covers the head's far side, this many degrees each way from its top.
HAIR = 75
# The roll arrow starts this far above where the knees stood, ends this far from the rolled knee nearest you (towards
# you, down to the floor and towards the feet: on the mat beside it, where its head shows; on the dark knee it was
# lost), and bows out this share of its length towards the feet (straight, it ran down over the legs).
ARROW_IN, ARROW_PAST, ARROW_BOW = 6.0, (-6.0, -4.0, -9.0), 0.3
PAIR_GAP = 14.0
# The parts of a leg, shaded together.
LEG_PARTS = ("thigh", "shin", "foot")


def feet_view(pose: Pose, variant: str) -> Drawing:
    """The still (start faint, end solid, arrow), moving (end moving to the start and back) or pair drawing."""
    end_body = body(pose)
    order = _order(end_body)
    under = _under(pose)
    end = _shapes(end_body, order, "end", under)
    mat = _mat(end_body) if "mat" in (name for name, _ in placements(pose)) else []
    start_pose = pose.at_start()
    if start_pose is None:
        return Drawing(mat + end)
    start_body = body(start_pose)
    start = _shapes(start_body, order, "start", under)
    if variant == "pair":
        left, right = mat + _shapes(start_body, order, "end", under), mat + end
        shift = max(p[0] for s in left for p in extent(s)) + PAIR_GAP - min(p[0] for s in right for p in extent(s))
        return Drawing(left + [moved(s, (shift, 0.0)) for s in right])
    arrow = _roll_arrow(start_body, end_body, pose.both_ways)
    if variant == "moving":
        moves = {len(mat) + i: relayered(s, "end") for i, s in enumerate(start)}
        return Drawing(mat + end + arrow, moves)
    return Drawing(mat + start + end + arrow)


def feet_pictures(pose: Pose) -> tuple[list[Shape], list[Shape]]:
    """Picture 1, the start (knees up), and picture 2, the end (knees rolled) with the arrow from where the knees
    stood, each solid on its mat, for scene.py to number 1 and 2 (``numbered``)."""
    start, end = body(pose.at_start()), body(pose)
    under = _under(pose)
    mat = _mat(end) if "mat" in (name for name, _ in placements(pose)) else []
    return (mat + _shapes(start, _order(start), "end", under),
            mat + _shapes(end, _order(end), "end", under) + _roll_arrow(start, end, pose.both_ways))


def body(pose: Pose) -> dict[str, Vec]:
    """Every point of the person lying on their back, in three dimensions, the lowest resting on the floor."""
    # The legs and head as the side view places someone lying on their back (feet to the right, so x there runs
    # from the head to the feet).
    side = grounded(posed(pose.model_copy(update={"view": "side", "trunk": -90.0, "roll": 0.0, "start": None})))
    points: dict[str, Vec] = {name: (0.0, y, -x) for name, (x, y) in side.items() if "_" not in name}
    for name, k in (("near", 1.0), ("far", -1.0)):
        # The far side copies the near side unless given.
        limb = pose.near if name == "near" else pose.far.over(pose.near)
        for joint, across in (("hip", HIP_W), ("knee", KNEES), ("ankle", FEET), ("toe", FEET)):
            x, y = side[f"{name}_{joint}"]
            points[f"{name}_{joint}"] = (k * across, y, -x)
        points[f"{name}_knee"] = _rolled(points[f"{name}_knee"], points[f"{name}_hip"], points[f"{name}_ankle"],
                                         pose.roll)
        shoulder = (k * SHOULDER_W, side["neck"][1], -side["neck"][0] - SHOULDER_DROP)
        points.update(_arm(name, k, shoulder, limb))
    return points


def _arm(name: str, k: float, shoulder: Vec, limb: Limb) -> dict[str, Vec]:
    """The arm lying on the floor, out from the side by the shoulder's angle (0 along the body towards the feet)."""
    upper = limb.shoulder or 0.0
    points, at = {f"{name}_shoulder": shoulder}, shoulder
    for joint, length, height, angle in zip(("elbow", "wrist", "tip"), ARM, ARM_HEIGHTS,
                                            (upper, upper + (limb.elbow or 0.0), upper + (limb.elbow or 0.0))):
        a = radians(angle)
        at = (at[0] + k * sin(a) * length, height, at[2] - cos(a) * length)
        points[f"{name}_{joint}"] = at
    return points


def _rolled(knee: Vec, hip: Vec, ankle: Vec, angle: float) -> Vec:
    """The knee turned about the line from hip to ankle (the leg folds as one piece), to +x for a positive angle."""
    return _add(hip, _rotate(_sub(knee, hip), _unit(_sub(ankle, hip)), radians(angle)))


def _parts(points: dict[str, Vec]) -> list[tuple[str, tuple[Vec, ...], float]]:
    """The limbs and neck, each (name, points, width), drawn as tubes (the trunk and head are drawn apart)."""
    parts = []
    for side in ("near", "far"):
        p = lambda j: points[f"{side}_{j}"]
        heel = _add(p("ankle"), _scale(_unit(_sub(p("ankle"), p("toe"))), 2.0))
        parts += [(f"{side}_upper_arm", (p("shoulder"), p("elbow")), WIDTHS["upper_arm"]),
                  (f"{side}_forearm", (p("elbow"), p("wrist")), WIDTHS["forearm"]),
                  (f"{side}_hand", (p("wrist"), p("tip")), WIDTHS["palm"]),
                  (f"{side}_thigh", (p("hip"), p("knee")), WIDTHS["thigh"]),
                  (f"{side}_shin", (p("knee"), p("ankle")), WIDTHS["shin"]),
                  (f"{side}_foot", (heel, p("toe")), WIDTHS["foot"])]
    return parts + [("neck", (points["neck"], points["head"]), WIDTHS["neck"])]


def _order(points: dict[str, Vec]) -> list[str]:
    """The parts' names, the furthest from the camera first; the trunk and head by their middles."""
    depth = {name: sum(_depth(p) for p in pts) / len(pts) for name, pts, _ in _parts(points)}
    depth["trunk"] = (_depth(points["neck"]) + _depth(points["hip"])) / 2
    # The neck runs into the head, which is drawn over it, and over the top of the trunk too: behind the shoulders,
    # the chin was hidden and the face read as a head peeping over a box.
    depth["head"] = min(_depth(points["head"]), depth["neck"] - 0.1, depth["trunk"] - 0.1)
    return sorted(depth, key=lambda name: -depth[name])


def _under(pose: Pose) -> str:
    """The leg on the side the knees roll to, which ends up underneath the other."""
    return "far" if pose.roll < 0 else "near"


def _fill(name: str, layer: Layer, under: str) -> Fill:
    """A part's fill: the rolled leg underneath dark and the one on top white, as the side views shade the lower
    leg, so the two read as two bent legs, not "a pile of overlapping ovals". The faint start stays white: faint and
    dark, it sank into the grey mat; faint and white, it shows as pale legs on it."""
    lower = layer != "start" and name.startswith(under) and name.split("_")[-1] in LEG_PARTS
    return LOWER_LEG_FILL if lower else "white"


def _shapes(points: dict[str, Vec], order: list[str], layer: Layer, under: str) -> list[Shape]:
    """The person as the camera sees them, part by part in the given order."""
    tubes = {name: Tube(layer, tuple(view(p) for p in pts), width * _near(_mean(pts)), _fill(name, layer, under))
             for name, pts, width in _parts(points)}
    drawn = {**tubes, "trunk": [_trunk(points, layer)], "head": _head(points["head"], layer)}
    shapes: list[Shape] = []
    for name in order:
        shapes += drawn[name] if isinstance(drawn[name], list) else [drawn[name]]
    return shapes


def _trunk(points: dict[str, Vec], layer: Layer) -> Loop:
    """The top of the trunk, from shoulder to shoulder and hip to hip, a little wider than the joints: round at the
    shoulders and in at the waist, so it reads as a body, not a box."""
    top = WIDTHS["trunk"] / 2
    neck, hip = points["neck"], points["hip"]
    along = _sub(neck, hip)
    at = lambda x, t: view((x, hip[1] + along[1] * t + top / 2, hip[2] + along[2] * t))
    return Loop(layer, tuple([at(x, t) for x, t in TRUNK] + [at(-x, t) for x, t in reversed(TRUNK)]), "white")


def _head(centre: Vec, layer: Layer) -> list[Shape]:
    """The head, its face towards you as the front view draws it (the person looks at the ceiling, and you look
    down on them: placed on the sphere, the eyes sat at its top edge and read as hair), with dark hair over its far
    side, so it reads as a head lying face up (reviewers asked for a clearer head)."""
    (x, y), r = view(centre), HEAD_R * _near(centre)
    # Each eye a dot of its own: smaller than the front view's head, a dotted line between them lost one.
    eyes = [Line(layer, ((x + k * 0.38 * r, y + 0.05 * r),) * 2, True) for k in (-1.0, 1.0)]
    nose = ((x, y - 0.15 * r), (x, y - 0.45 * r))
    rim = [(x + r * sin(radians(a)), y + r * cos(radians(a))) for a in range(-HAIR, HAIR + 1, 15)]
    hairline = [(x + r * 0.6 * sin(radians(a)), y + r * (0.2 + 0.25 * cos(radians(a)))) for a in range(60, -61, -30)]
    hair = Loop(layer, tuple(rim + hairline), "dark")
    return [Circle(layer, (x, y), r, "white"), hair] + eyes + [Line(layer, nose)]


def _mat(points: dict[str, Vec]) -> list[Shape]:
    """A grey mat on the floor under the body, from past the head to past the toes, its near long side (the camera
    stands on the -x side) showing its thickness, so it reads as a mat lying on the floor."""
    head, toes = points["head"][2] + HEAD_R + MAT_HEAD, min(p[2] for p in points.values()) - MAT_FEET
    corners = ((-MAT_HALF, toes), (MAT_HALF, toes), (MAT_HALF, head), (-MAT_HALF, head))
    top = Loop("prop", tuple(view((x, 0.0, z)) for x, z in corners), "grey")
    edge = Loop("prop", tuple(view((-MAT_HALF, y, z)) for y, z in ((0.0, toes), (0.0, head), (-MAT_T, head),
                                                                 (-MAT_T, toes))), "dark")
    return [top, edge]


def _roll_arrow(start: dict[str, Vec], end: dict[str, Vec], both_ways: bool) -> list[Shape]:
    """A curved arrow from just above where the knees stood to the mat beside where they lie, bowed out towards the
    feet. Seen from the side, the knees' own path (round the line from hip to ankle) is edge on, a straight stroke
    down over the legs, so the arrow is bowed in the picture instead."""
    knees = [_middle(pts, "knee") for pts in (start, end)]
    # From just above where the knees stood to just past where they lie, on the near half of the mat.
    first = view(_add(knees[0], (0.0, ARROW_IN, 0.0)))
    last = view(_add(end["far_knee"], ARROW_PAST))
    chord = (last[0] - first[0], last[1] - first[1])
    size = (chord[0] ** 2 + chord[1] ** 2) ** 0.5
    # The bow's side: to the right of a stroke going down (towards the feet).
    normal = (-chord[1] / size, chord[0] / size)
    path = []
    for i in range(17):
        t = i / 16
        bow = ARROW_BOW * size * 4 * t * (1 - t)
        path.append((first[0] + chord[0] * t + normal[0] * bow, first[1] + chord[1] * t + normal[1] * bow))
    heads = chevron(path[-1], path[-2]) + (chevron(path[0], path[1]) if both_ways else [])
    return [Line("arrow", tuple(path))] + heads


def _rotate(v: Vec, axis: Vec, a: float) -> Vec:
    """v turned a radians about a unit axis (Rodrigues' formula)."""
    cross = (axis[1] * v[2] - axis[2] * v[1], axis[2] * v[0] - axis[0] * v[2], axis[0] * v[1] - axis[1] * v[0])
    along = sum(p * q for p, q in zip(axis, v)) * (1 - cos(a))
    return tuple(vi * cos(a) + c * sin(a) + ai * along for vi, c, ai in zip(v, cross, axis))


# The camera's right, up and viewing direction.
_AZ, _EL = radians(AZIMUTH), radians(ELEVATION)
_RIGHT: Vec = (cos(_AZ), 0.0, -sin(_AZ))
_LOOK: Vec = (sin(_AZ) * cos(_EL), -sin(_EL), cos(_AZ) * cos(_EL))
_UP: Vec = (_LOOK[1] * _RIGHT[2] - _LOOK[2] * _RIGHT[1], _LOOK[2] * _RIGHT[0] - _LOOK[0] * _RIGHT[2],
            _LOOK[0] * _RIGHT[1] - _LOOK[1] * _RIGHT[0])


def _near(p: Vec) -> float:
    """How much bigger than at the hips a thing at p looks (the camera is DISTANCE from them)."""
    return DISTANCE / (DISTANCE + _depth(p))


def _depth(p: Vec) -> float:
    return sum(a * b for a, b in zip(p, _LOOK))


def _seen(p: Vec) -> Pt:
    """Where the camera sees a point, before the picture is turned: nearer things bigger."""
    k = _near(p)
    return (k * sum(a * b for a, b in zip(p, _RIGHT)), k * sum(a * b for a, b in zip(p, _UP)))


def _level() -> tuple[float, float]:
    """The cosine and sine of the turn that lays the floor's line down the body's middle level across the picture,
    the head on the left (a line stays a line in perspective, so one turn lays all of it level)."""
    (x0, y0), (x1, y1) = _seen((0.0, 0.0, 60.0)), _seen((0.0, 0.0, -60.0))
    a = -atan2(y1 - y0, x1 - x0)
    return cos(a), sin(a)


_COS, _SIN = _level()


def view(p: Vec) -> Pt:
    """Where a point is in the picture (y up): as the camera sees it, turned so the body lies level (tilted, the mat
    was "disorienting", round 58)."""
    x, y = _seen(p)
    return (x * _COS - y * _SIN, x * _SIN + y * _COS)


def _mean(points: tuple[Vec, ...]) -> Vec:
    return tuple(sum(c) / len(points) for c in zip(*points))


def _middle(points: dict[str, Vec], joint: str) -> Vec:
    return tuple((a + b) / 2 for a, b in zip(points[f"near_{joint}"], points[f"far_{joint}"]))


def _add(a: Vec, b: Vec) -> Vec:
    return tuple(p + q for p, q in zip(a, b))


def _sub(a: Vec, b: Vec) -> Vec:
    return tuple(p - q for p, q in zip(a, b))


def _scale(a: Vec, k: float) -> Vec:
    return tuple(p * k for p in a)


def _length(a: Vec) -> float:
    return sum(p * p for p in a) ** 0.5


def _unit(a: Vec) -> Vec:
    size = _length(a) or 1.0
    return _scale(a, 1 / size)
