"""The person seen from above and in front, from the hips up, the whole picture (view: front, inset: near_elbow): the
top of the head and the face below it, the shoulders and chest, the elbow tucked in at the side, and the forearm held
level, swinging round the elbow like a door (an outward rotation), with a curved arrow round the elbow in the same
level plane.

From the front the forearm swings towards you and is foreshortened, and the elbow staying at the side did not show.
Straight from above both showed, but the head and shoulders were an oval and a grey ball that reviewers had to work
out; drawn from above and in front in a round picture beside a small person facing you, it still "took effort to
read". Looking down from in front at 60 degrees, the level plane the forearm swings in opens out (the start across
the belly is low in the picture, the end out to the side level with the elbow) and the person is still a person,
big: so this is the whole picture. The arrow follows the fists' path from one to the other: round beyond the
fingertips it was "a big arrow looping under the body". The body is placed in three dimensions (x across, the near side positive; y up from
the shoulders; z forwards, towards you) and drawn as a camera above and in front sees it.
"""
from __future__ import annotations

from math import cos, radians, sin

from msksite.schema.pose import Pose

from .arrows import chevron
from .figure import WIDTHS
from .props import placements
from .shapes import Circle, Layer, Line, Loop, Pt, Shape, Tube, relayered
from .skeleton import ARM, HEAD_R, NECK, SHOULDER_DROP, SHOULDER_W
from .svg import Drawing

Vec = tuple[float, float, float]
# How far above level the camera looks down, in degrees: enough that the forearm across the front lies nearly flat in
# the picture (at 30 it hid behind the elbow; at 45 reviewers still found it "foreshortened"), not so much that the
# face is lost (at 55, with no eyes or nose, the head was a helmet).
ELEVATION = 60.0
_UP, _TOWARDS = cos(radians(ELEVATION)), sin(radians(ELEVATION))
# The picture is this many times the person's size, so its lines are as thick for its size as a whole person's.
ZOOM = 1.6
# The trunk's outline on the near side, from the neck along the back of the shoulder's top (seen from above, the
# shoulders show their tops), round the shoulder and in under the armpit, down the side of the chest to the hip, in
# front; the far side mirrors it. Below the armpit the side is inside the upper arm, so the arm lies along it,
# pressed to it (over the chest, reviewers could not tell the elbow was tucked in at the side).
TRUNK: tuple[Vec, ...] = ((4.0, SHOULDER_DROP, -3.0), (SHOULDER_W + 2.0, 1.0, -4.0), (SHOULDER_W + 3.0, -2.0, -1.0),
                          (SHOULDER_W - 2.5, -8.0, 2.5), (SHOULDER_W - 3.5, -20.0, 3.5), (SHOULDER_W - 2.5, -30.0, 3.0))
NECK_TOP: Vec = (0.0, SHOULDER_DROP + NECK, 0.5)
HEAD: Vec = (0.0, SHOULDER_DROP + NECK + HEAD_R, 0.5)
# Where the face's eyes and nose are on the head, and the hairline over the forehead, from its middle (in head radii).
EYES: Vec = (0.38, 0.15, 0.92)
NOSE: tuple[Vec, Vec] = ((0.0, -0.05, 1.0), (0.0, -0.4, 0.95))
HAIRLINE: Vec = (0.0, 0.75, 0.66)
# The elbow, tucked in at the side, a little in front of the shoulder; the far arm hangs by the other side.
ELBOW: Vec = (SHOULDER_W + 0.5, -ARM[0], 1.5)
FAR_ARM: tuple[Vec, ...] = ((-SHOULDER_W, 0.0, 0.0), (-SHOULDER_W - 0.5, -ARM[0], 0.5),
                            (-SHOULDER_W - 0.5, -ARM[0] - ARM[1], 1.5), (-SHOULDER_W - 0.5, -ARM[0] - ARM[1] - 6, 2.0))
# Below the waist the hips and the tops of the legs, in trousers, run on out of the bottom of the picture (with the
# trunk ending in a straight line at the waist, reviewers saw a "cut-off body"): the trousers' outline on the near
# side, waist to thigh, the far side mirrored; the picture stops this far below the shoulders.
HIPS: tuple[Vec, ...] = ((SHOULDER_W - 2.5, -30.0, 3.0), (SHOULDER_W - 1.5, -38.0, 3.0), (SHOULDER_W - 2.0, -52.0, 4.0))
CROP = -46.0
# The hand, a loose fist: its width and length (in hand lengths); the thumb sticks up from its top (thumb up, the
# palm facing in), this far along it, and this high (enough to show over the fist seen from above) and forwards, so the fist reads as a hand (a dash along its top
# left a "blank sausage").
FIST_W, FIST, THUMB = 7.0, 0.85, (0.35, 8.5, 1.5)
# A small rolled towel squeezed between the elbow and the side (towel at near_elbow), running from behind them to in
# front: its radius, and the middles of its far and near ends. Its round near end, with the roll's spiral, in front of
# the elbow says "keep the elbow in at your side", which the arm alone did not (reviewers, round 30).
# Smaller than the elbow, so it does not take the eye from the forearm (at 3.2 its spiral "was not explained").
ROLL_R = 2.4
ROLL: tuple[Vec, Vec] = ((SHOULDER_W - 1.5, -ARM[0] + 2.5, -3.0), (SHOULDER_W - 1.5, -ARM[0] + 2.5, 7.0))
# The arrow runs round the elbow through the fists, the way the hand goes, from this many degrees past the fist at
# the start to as far short of the fist at the end: beyond the fingertips, rising into the end fist from below, it
# "read as a lift". Under it, the level sector the forearm sweeps, shaded like a door's swing on a floor plan, says
# the forearm stays level (the arrow alone, a near circle in the picture, did not).
ARROW_R, ARROW_INSIDE = ARM[1] + 0.45 * ARM[2], 17.0
SWEEP_FROM = 0.4 * ARM[1]


def shows_arm_from_above(pose: Pose) -> bool:
    """Whether the pose is drawn as the person seen from above and in front (facing you, inset: near_elbow)."""
    return pose.view == "front" and pose.inset == "near_elbow"


def arm_from_above(pose: Pose, start: Pose | None, moving: bool) -> Drawing:
    """The person from above and in front, the forearm at the start (faint, unless moving) and at the end, and a
    curved arrow round the elbow from one to the other."""
    end = _forearm(_swing(pose), "end")
    # The towel over the faint forearm, which passes in front of it only at the start; its near end, in front of the
    # elbow, over the arm.
    towel = _towel_roll() if ("towel", "near_elbow") in placements(pose) else []
    shapes = _body()
    moves: dict[int, Shape] = {}
    if start is not None:
        # Faint over the trunk: across the front of the body, under it, it was hidden.
        before = _forearm(_swing(start), "start_over")
        if moving:
            # Moving, the end forearm (after the towel's roll) swings to the start and back.
            moves = {len(shapes) + len(towel[:1]) + i: relayered(s, "end") for i, s in enumerate(before)}
        else:
            shapes += before
    # The upper arm over the forearm's root, so its round end is the elbow the forearm turns on, joined to the
    # shoulder (under the forearm, reviewers saw a forearm floating out of the hip).
    shapes += towel[:1] + end + [_upper_arm()] + towel[1:]
    if start is not None:
        shapes += _arrow(_swing(start), _swing(pose))
        if not moving:
            shapes.insert(len(_body()), _sweep(_swing(start), _swing(pose)))
    return Drawing(shapes, moves, frame=_frame(shapes))


def _frame(shapes: list[Shape]) -> tuple[float, float, float, float]:
    """Everything drawn, down to CROP below the shoulders, where the legs run on out of the picture."""
    points = [p for s in shapes for p in ((s.centre,) if isinstance(s, Circle) else s.points)]
    pad = 2.0 * ZOOM  # room for the outlines
    bottom = view((0.0, CROP, HIPS[0][2]))[1]
    return (min(x for x, _ in points) - pad, bottom, max(x for x, _ in points) + pad,
            max(y for _, y in points) + pad)


def view(p: Vec) -> Pt:
    """Where the camera above and in front sees a point: higher is up the picture, and nearer you is down it."""
    return (p[0] * ZOOM, (p[1] * _UP - p[2] * _TOWARDS) * ZOOM)


def _swing(pose: Pose) -> float:
    """The forearm's direction, level, in degrees from straight forwards, outwards positive: the elbow angle of a
    front view, whose 90 (pointing out to the side) and -90 (across the body) look the same from the front."""
    return pose.near.elbow or 0.0


def _way(swing: float) -> Vec:
    return (sin(radians(swing)), 0.0, cos(radians(swing)))


def _along(p: Vec, way: Vec, k: float) -> Vec:
    return (p[0] + way[0] * k, p[1] + way[1] * k, p[2] + way[2] * k)


def _forearm(swing: float, layer: Layer) -> list[Shape]:
    """The forearm level from the elbow and the fist at its end, its thumb sticking up."""
    way = _way(swing)
    wrist = _along(ELBOW, way, ARM[1])
    along, up, ahead = THUMB
    base = _along(wrist, way, along * ARM[2])
    tip = (base[0] + way[0] * ahead, base[1] + up, base[2] + way[2] * ahead)
    fist = Tube(layer, (view(_along(wrist, way, FIST_W / 2 - 1.0)), view(_along(wrist, way, FIST * ARM[2]))),
                FIST_W * ZOOM)
    thumb = Tube(layer, (view(base), view(tip)), WIDTHS["thumb"] * ZOOM)
    return [Tube(layer, (view(ELBOW), view(wrist)), WIDTHS["forearm"] * ZOOM), fist, thumb]


def _body() -> list[Shape]:
    """Back to front: the hips, the trunk, the far arm hanging against its side (over it, like the near arm), the
    neck and head."""
    far = [Tube("end", (view(a), view(b)), WIDTHS[part] * ZOOM) for a, b, part in
           zip(FAR_ARM, FAR_ARM[1:], ("upper_arm", "forearm", "palm"))]
    near = [(x, y, z) for x, y, z in TRUNK]
    outline = tuple(view(p) for p in near + [(-x, y, z) for x, y, z in reversed(near)])
    hips = Loop("end", tuple(view(p) for p in HIPS + tuple((-x, y, z) for x, y, z in reversed(HIPS))), "white")
    neck = Tube("end", (view((0.0, SHOULDER_DROP - 1.0, 0.0)), view(NECK_TOP)), WIDTHS["neck"] * ZOOM)
    return [hips, Loop("end", outline, "white")] + far + [neck] + _head()


def _upper_arm() -> Shape:
    """The near upper arm from the shoulder down the side to the elbow."""
    return Tube("end", (view((SHOULDER_W, 0.0, 0.0)), view(ELBOW)), WIDTHS["upper_arm"] * ZOOM)


def _towel_roll() -> list[Shape]:
    """The rolled towel between the elbow and the side, from behind them to in front, then its near end showing the
    roll's spiral, so it reads as a towel and not a ball or a bar: one turn, as more in so small an end ran into a
    black blot."""
    centre, r = view(ROLL[1]), ROLL_R * ZOOM
    spiral = tuple((centre[0] + r * k * cos(radians(a)), centre[1] + r * k * sin(radians(a)))
                   for k, a in ((0.1 + 0.75 * i / 8, 90 + 45 * i) for i in range(9)))
    return [Tube("end", (view(ROLL[0]), centre), 2 * r, "grey"), Circle("end", centre, r, "white"),
            Line("end", spiral)]


def _head() -> list[Shape]:
    """The head seen from above and in front: hair over the top, the face below it, its eyes and nose low down."""
    at = lambda x, y, z: view((HEAD[0] + x * HEAD_R, HEAD[1] + y * HEAD_R, HEAD[2] + z * HEAD_R))
    centre = view(HEAD)
    x, y, z = EYES
    eyes = [Line("end", (at(k * x, y, z),) * 2, True) for k in (-1.0, 1.0)]
    # The hair: the head's outline over the top, and the hairline across the forehead, bowed down in the middle.
    r = HEAD_R * ZOOM
    rim = [(centre[0] + r * sin(radians(a)), centre[1] + r * cos(radians(a))) for a in range(-100, 101, 20)]
    hx, hy, hz = HAIRLINE
    line = [at(k * 0.8, hy - 0.15 * (1 - k * k) - 0.2 * abs(k), hz) for k in (0.9, 0.45, 0.0, -0.45, -0.9)]
    return [Circle("end", centre, r, "white"), Loop("end", tuple(rim + line), "dark")] + eyes + \
        [Line("end", tuple(at(*p) for p in NOSE))]


def _sweep(start: float, end: float) -> Shape:
    """The level band the forearm sweeps round the elbow, faint grey, from the start to the end forearm: it stops
    short of the end forearm and clear of the elbow and the towel's end, which it would grey over."""
    end -= ARROW_INSIDE if end > start else -ARROW_INSIDE
    arc = lambda r, ks: [view(_along(ELBOW, _way(start + (end - start) * k / 8), r)) for k in ks]
    return Loop("start_over", tuple(arc(SWEEP_FROM, range(8, -1, -1)) + arc(ARROW_R, range(9))), "grey")


def _arrow(start: float, end: float) -> list[Shape]:
    """A level arc along the hand's path, from beside the fist at the start to beside the fist at the end: round
    the elbow beyond the fingertips, it was "a big arrow looping under the body"."""
    step = ARROW_INSIDE if end > start else -ARROW_INSIDE
    a, b = start + step, end - step
    path = tuple(view(_along(ELBOW, _way(a + (b - a) * i / 12), ARROW_R)) for i in range(13))
    return [Line("arrow", path)] + chevron(path[-1], path[-2])
