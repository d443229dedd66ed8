"""Someone lying on their back on a mat, their head on a pillow, seen from their side and above (``view: feet``,
named when the camera stood beyond the feet), as in knee rolls: faint, the bent knees stand up together; solid,
they have rolled over to one side, towards you, the leg underneath dark and the one on top white, and a curved
arrow goes from the one to the other, out past the knees. The body lies across the picture, head at the left.

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

Round 94 (3.10 over 120 reviews): still "the top-down view is unusual", the bent legs "look like someone SITTING",
the grey, white and faint legs "a tangle": a body standing up the picture, face towards you, reads as sitting
however it is shaded. The camera now stands at the person's side (90 degrees round from the feet, 55 up), the body
lying across the picture, head left, as lying people are drawn; the knees stand up towards the camera and roll over
towards it, down the picture (from this high the roll towards you shows, as it could not from floor level), so each
leg shows thigh and shin at a bent knee in both positions. Added: a white pillow under the head (a strong "lying
down" cue), a mat wide enough that the arms, straight out to the sides, lie on it, and the head drawn on a ball
(hair on the back and crown, the face to the ceiling: drawn face on, it read as someone upright looking at you).
Seen from the side, the path the knees turn along runs straight down the picture, so the arrow is bowed out past the
knees, towards the feet (bowed the other way it crossed both thighs; further out it swept round the feet). Not yet
reviewed.
"""
from __future__ import annotations

from math import atan2, cos, degrees, pi, radians, sin

from msksite.schema.pose import Limb, Pose

from .arrows import chevron
from .figure import WIDTHS
from .lying import LOWER_LEG_FILL
from .props import placements
from .shapes import Circle, Fill, Layer, Line, Loop, Pt, Shape, Tube, moved, relayered
from .skeleton import ARM, HEAD_R, HIP_W, SHOULDER_DROP, SHOULDER_W, grounded, posed
from .svg import Drawing, extent

# x across the body (positive on the "near" leg's side, which here is the side away from the camera), y up, z from
# the feet to the head.
Vec = tuple[float, float, float]
# The camera: how far above the floor it looks down, and how far round from the feet to one side it stands (degrees).
# From beyond the feet (26 round) the body stood up the picture and read as sitting; from the side, the body lies
# across it. High enough that the rolled legs do not hide one another, low enough that the upright knees stand up
# tall (48 and 62 looked much the same).
ELEVATION, AZIMUTH = 55.0, 90.0
# How far the camera is from the hips: near enough that the mat narrows away from you, which says "lying on the
# floor" (drawn without it, the mat stood up like a door behind someone sitting).
DISTANCE = 260.0
# Knees and feet held together: how far each is from the middle.
KNEES, FEET = 4.8, 3.8
# The arms lie on the floor, this high at the elbow, the wrist and the fingertips.
ARM_HEIGHTS = (2.0, 1.5, 1.0)
# The mat, how far it reaches beyond the body's middle each side, past the head and past the toes: wide enough that
# the arms out to the sides lie on it, and the faint knees (off it, they were lost on the white page).
MAT_HALF, MAT_HEAD, MAT_FEET, MAT_T = 50.0, 8.0, 6.0, 2.5
# The trunk's outline on the near side, (across, share of the way from the hips to the neck): the hips, in at the
# waist, out to the armpit, round the shoulder to the neck.
TRUNK = ((HIP_W + 6.0, 0.0), (HIP_W + 4.5, 0.45), (SHOULDER_W + 2.5, 0.8), (SHOULDER_W + 3.0, 0.93),
         (SHOULDER_W + 1.0, 1.02), (4.0, 1.05))
# The hair covers the back and crown of the head: the cap round this direction (x across, y up, z to the crown),
# out to where it meets this share of the way across the head.
HAIR_AT, HAIR_EDGE = (0.0, -0.5, 1.0), 0.0
# The eyes (either side) and the nose (from between the eyes towards the chin), as directions from the head's middle.
EYE = (0.4, 0.9, -0.1)
NOSE = ((0.0, 1.0, -0.2), (0.0, 0.95, -0.55))
# The pillow: half its width across the body and half its length along it, round the head's middle, and how thick.
PILLOW, PILLOW_T, PILLOW_AT = (15.0, 11.0), 5.0, 3.0
# The roll arrow runs this far outside the knees and this many degrees past each end of their roll, and is bowed
# this far out past them in the picture (see _bowed).
ARROW_OUT, ARROW_OVER, ARROW_BOW = 14.0, 0.0, 14.0
PAIR_GAP = 14.0
# The parts of a leg, shaded together.
LEG_PARTS = ("thigh", "shin", "foot")


def feet_view(pose: Pose, variant: str) -> Drawing:
    """The still (start faint, end solid, arrow), moving (end moving to the start and back) or pair drawing."""
    end_body = body(pose)
    order = _order(end_body)
    under = _under(pose)
    end = _shapes(end_body, order, "end", under)
    mat = _mat(end_body) + _pillow(end_body) if "mat" in (name for name, _ in placements(pose)) else []
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
    # faint_start: false leaves the faint upright knees out of the still, the arrow alone saying where they were.
    return Drawing(mat + (start if pose.faint_start else []) + end + arrow)


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
    # The head rests on the pillow.
    points["head"] = _add(points["head"], (0.0, PILLOW_T, 0.0))
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
    """The head lying face up, placed on a ball as the camera sees it: dark hair over the back and crown (down on
    the pillow, and to the left), the eyes and nose on the side facing the ceiling. Drawn face on, as the front view
    draws it, it read as someone upright looking at you."""
    r = HEAD_R * _near(centre)
    on = lambda d: view(_add(centre, _scale(_unit(d), HEAD_R)))
    eyes = [Line(layer, (on(d),) * 2, True) for d in ((k * EYE[0], EYE[1], EYE[2]) for k in (-1.0, 1.0))
            if _faces_camera(d)]
    nose = Line(layer, (on(NOSE[0]), on(NOSE[1])))
    hair = Loop(layer, _hair(centre), "dark")
    return [Circle(layer, view(centre), r, "white"), hair] + eyes + [nose]


def _hair(centre: Vec) -> tuple[Pt, ...]:
    """The outline of the hair as seen: the cap of the head round HAIR_AT, the part of its edge that faces the
    camera, then back round the part of the head's outline inside the cap."""
    cap = _unit(HAIR_AT)
    u = _unit(_cross(cap, (1.0, 0.0, 0.0)))
    edge = _run(_circle(_scale(cap, HAIR_EDGE), u, _cross(cap, u), (1 - HAIR_EDGE ** 2) ** 0.5), _faces_camera)
    a = _unit(_cross(_LOOK, (0.0, 0.0, 1.0)))
    outline = _run(_circle((0.0, 0.0, 0.0), a, _cross(_LOOK, a), 1.0),
                   lambda d: sum(p * q for p, q in zip(d, cap)) > HAIR_EDGE)
    if _length(_sub(edge[-1], outline[0])) > _length(_sub(edge[-1], outline[-1])):
        outline.reverse()
    return tuple(view(_add(centre, _scale(d, HEAD_R))) for d in edge + outline)


def _circle(middle: Vec, u: Vec, v: Vec, r: float) -> list[Vec]:
    """Points round a circle about middle, in the plane of the unit vectors u and v."""
    return [_add(middle, _scale(_add(_scale(u, cos(a)), _scale(v, sin(a))), r))
            for a in (radians(i * 10) for i in range(36))]


def _run(ring: list[Vec], keep) -> list[Vec]:
    """The points of a ring that keep holds for, in order, as one run (the ring turned to start where it fails)."""
    start = next(i for i, p in enumerate(ring) if not keep(p))
    return [p for p in ring[start:] + ring[:start] if keep(p)]


def _faces_camera(d: Vec) -> bool:
    return sum(p * q for p, q in zip(d, _LOOK)) < 0


def _pillow(points: dict[str, Vec]) -> list[Shape]:
    """A soft white pillow on the mat under the head: its foot, then its top over it, each a rounded oblong, so its
    near side shows as a band and it reads as a cushion (lying in bed, not sitting)."""
    head = points["head"]
    middle = head[2] + PILLOW_AT
    loop = lambda y: Loop("prop", tuple(view((PILLOW[0] * _squash(cos(a)), y, middle + PILLOW[1] * _squash(sin(a))))
                                       for a in (radians(i * 15) for i in range(24))), "white")
    return [loop(0.0), loop(PILLOW_T)]


def _squash(v: float) -> float:
    """A cosine or sine flattened towards a square, for an oblong with rounded corners."""
    return abs(v) ** 0.4 * (1 if v >= 0 else -1)


def _mat(points: dict[str, Vec]) -> list[Shape]:
    """A grey mat on the floor under the body, from past the head to past the toes and wide enough for the arms,
    its long side nearest the camera showing its thickness, so it reads as a mat lying on the floor."""
    head, toes = points["head"][2] + HEAD_R + MAT_HEAD, min(p[2] for p in points.values()) - MAT_FEET
    corners = ((-MAT_HALF, toes), (MAT_HALF, toes), (MAT_HALF, head), (-MAT_HALF, head))
    top = Loop("prop", tuple(view((x, 0.0, z)) for x, z in corners), "grey")
    near = -MAT_HALF if _LOOK[0] > 0 else MAT_HALF
    edge = Loop("prop", tuple(view((near, y, z)) for y, z in ((0.0, toes), (0.0, head), (-MAT_T, head),
                                                               (-MAT_T, toes))), "dark")
    return [top, edge]


def _roll_arrow(start: dict[str, Vec], end: dict[str, Vec], both_ways: bool) -> list[Shape]:
    """A curved arrow past the knees, round the line they turn about, from the start's roll to the end's."""
    hip, ankle = _middle(end, "hip"), _middle(end, "ankle")
    axis = _unit(_sub(ankle, hip))
    ends = [_middle(pts, "knee") for pts in (start, end)]
    # Each knee's place across the axis, from the point of the axis level with it.
    foot = _add(hip, _scale(axis, sum(a * b for a, b in zip(axis, _sub(ends[0], hip)))))
    radius = _length(_sub(ends[0], foot)) + ARROW_OUT
    across = [_unit(_sub(k, foot)) for k in ends]
    turn = _angle_between(across[0], across[1], axis)
    over = ARROW_OVER if turn > 0 else -ARROW_OVER
    path = []
    for i in range(17):
        a = radians(-over + (turn + 2 * over) * i / 16)
        d = _rotate(across[0], axis, a)
        path.append(view(_add(foot, _scale(d, radius))))
    path = _bowed(path)
    heads = chevron(path[-1], path[-2]) + (chevron(path[0], path[1]) if both_ways else [])
    return [Line("arrow", tuple(path))] + heads


def _bowed(path: list[Pt]) -> list[Pt]:
    """The path bowed out in the picture, ARROW_BOW at its middle, to the left of its way (going down the picture,
    towards the feet): seen from the side, the knees' path runs straight down the picture, and a straight arrow
    across the legs says "push down", not "roll over"."""
    (x0, y0), (x1, y1) = path[0], path[-1]
    size = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5 or 1.0
    side = ((y0 - y1) / size, (x1 - x0) / size)
    n = len(path) - 1
    return [(x + side[0] * ARROW_BOW * sin(pi * i / n), y + side[1] * ARROW_BOW * sin(pi * i / n))
            for i, (x, y) in enumerate(path)]


def _angle_between(a: Vec, b: Vec, axis: Vec) -> float:
    """The angle (degrees) turning a to b about axis."""
    return degrees(atan2(sum(p * q for p, q in zip(_cross(a, b), axis)), sum(p * q for p, q in zip(a, b))))


def _cross(a: Vec, b: Vec) -> Vec:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def _rotate(v: Vec, axis: Vec, a: float) -> Vec:
    """v turned a radians about a unit axis (Rodrigues' formula)."""
    along = sum(p * q for p, q in zip(axis, v)) * (1 - cos(a))
    return tuple(vi * cos(a) + c * sin(a) + ai * along for vi, c, ai in zip(v, _cross(axis, v), axis))


# The camera's right, up and viewing direction.
_AZ, _EL = radians(AZIMUTH), radians(ELEVATION)
_RIGHT: Vec = (cos(_AZ), 0.0, -sin(_AZ))
_LOOK: Vec = (sin(_AZ) * cos(_EL), -sin(_EL), cos(_AZ) * cos(_EL))
_UP: Vec = _cross(_LOOK, _RIGHT)


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
    """The cosine and sine of the turn that lays the floor's line down the body's middle straight across the picture,
    the head to the left (a line stays a line in perspective, so one turn lays all of it level)."""
    (x0, y0), (x1, y1) = _seen((0.0, 0.0, 60.0)), _seen((0.0, 0.0, -60.0))
    a = -atan2(y1 - y0, x1 - x0)
    return cos(a), sin(a)


_COS, _SIN = _level()


def view(p: Vec) -> Pt:
    """Where a point is in the picture (y up): as the camera sees it, turned so the body lies level across it, head
    left (a tilted body and mat were "disorienting")."""
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
