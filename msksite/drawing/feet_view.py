"""Someone lying on their back on a mat, seen from above and beyond their feet, a little round to one side
(``view: feet``), as in knee rolls: faint, the bent knees stand up together; solid, they have rolled over to one
side, the leg underneath dark and the one on top white, and a short curved arrow just outside the knees' path goes
from the one to the other. The camera's picture is turned so the body and mat run straight up it.

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
"""
from __future__ import annotations

from math import atan2, cos, degrees, radians, sin

from msksite.schema.pose import Limb, Pose

from .arrows import chevron
from .figure import WIDTHS
from .lying import LOWER_LEG_FILL
from .props import placements
from .shapes import Circle, Fill, Layer, Line, Loop, Pt, Shape, Tube, relayered
from .skeleton import ARM, HEAD_R, HIP_W, SHOULDER_DROP, SHOULDER_W, grounded, posed
from .svg import Drawing

Vec = tuple[float, float, float]  # x across the body (the near side positive), y up, z from the feet to the head
# The camera: how far above the floor it looks down, and how far round from the feet to one side it stands (degrees):
# round far enough that the upright knees do not fold into one line with the shins (from straight beyond the feet
# the rolled thighs hid them), not so far that the rolled thighs point at the camera (at 48 and 35 they shrank to
# ovals, "a pile of shapes"); high enough that each rolled leg shows its thigh and shin at a bent knee.
ELEVATION, AZIMUTH = 58.0, 26.0
# How far the camera is from the hips: near enough that the mat narrows towards the head, which says "lying on the
# floor, going away from you" (drawn without it, the mat stood up like a door behind someone sitting).
DISTANCE = 260.0
# Knees and feet held together: how far each is from the middle.
KNEES, FEET = 4.8, 3.8
# The arms lie on the floor, this high at the elbow, the wrist and the fingertips.
ARM_HEIGHTS = (2.0, 1.5, 1.0)
# The mat, how far it reaches beyond the body's middle each side, past the head and past the toes: wide enough that
# the faint upright knees and the rolled ones lie on it (off it, the faint knees were lost on the white page).
MAT_HALF, MAT_HEAD, MAT_FEET, MAT_T = 23.0, 8.0, 6.0, 2.5
# The trunk's outline on the near side, (across, share of the way from the hips to the neck): the hips, in at the
# waist, out to the armpit, round the shoulder to the neck.
TRUNK = ((HIP_W + 6.0, 0.0), (HIP_W + 4.5, 0.45), (SHOULDER_W + 2.5, 0.8), (SHOULDER_W + 3.0, 0.93),
         (SHOULDER_W + 1.0, 1.02), (4.0, 1.05))
# The hair covers the head's far side, this many degrees each way from its top.
HAIR = 75
# The roll arrow runs this far outside the knees (nearer, it ran along the thighs and was lost in them; further,
# it swept across the chest and read as rolling the whole body), and this many degrees past each end of their roll.
ARROW_OUT, ARROW_OVER = 22.0, 0.0
# The parts of a leg, shaded together.
LEG_PARTS = ("thigh", "shin", "foot")


def feet_view(pose: Pose, variant: str) -> Drawing:
    """The still (start faint, end solid, arrow) or moving (end moving to the start and back) drawing."""
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
    """A grey mat on the floor under the body, from past the head to past the toes, its near edge showing its
    thickness, so it reads as a mat lying on the floor (reviewers asked for a clearer mat)."""
    head, toes = points["head"][2] + HEAD_R + MAT_HEAD, min(p[2] for p in points.values()) - MAT_FEET
    corners = ((-MAT_HALF, toes), (MAT_HALF, toes), (MAT_HALF, head), (-MAT_HALF, head))
    top = Loop("prop", tuple(view((x, 0.0, z)) for x, z in corners), "grey")
    edge = Loop("prop", tuple(view((x, y, toes)) for x, y in ((-MAT_HALF, 0.0), (MAT_HALF, 0.0), (MAT_HALF, -MAT_T),
                                                                (-MAT_HALF, -MAT_T))), "dark")
    return [top, edge]


def _roll_arrow(start: dict[str, Vec], end: dict[str, Vec], both_ways: bool) -> list[Shape]:
    """A curved arrow over the knees, round the line they turn about, from the start's roll to the end's."""
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
    heads = chevron(path[-1], path[-2]) + (chevron(path[0], path[1]) if both_ways else [])
    return [Line("arrow", tuple(path))] + heads


def _angle_between(a: Vec, b: Vec, axis: Vec) -> float:
    """The angle (degrees) turning a to b about axis."""
    cross = (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])
    return degrees(atan2(sum(p * q for p, q in zip(cross, axis)), sum(p * q for p, q in zip(a, b))))


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


def _upright() -> tuple[float, float]:
    """The cosine and sine of the turn that stands the floor's line down the body's middle straight up the picture
    (a line stays a line in perspective, so one turn stands all of it up)."""
    (x0, y0), (x1, y1) = _seen((0.0, 0.0, -60.0)), _seen((0.0, 0.0, 60.0))
    a = atan2(x1 - x0, y1 - y0)
    return cos(a), sin(a)


_COS, _SIN = _upright()


def view(p: Vec) -> Pt:
    """Where a point is in the picture (y up): as the camera sees it, turned so the body runs straight up (the
    camera's own picture has the body and mat slanting across it, which reviewers found disorienting)."""
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
