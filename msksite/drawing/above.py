"""Outward rotation (view: front, inset: near_elbow): two pictures side by side, numbered 1 and 2, of the person
facing you from the hips up, seen a little from above: 1 the forearm across the front of the tummy, 2 the forearm
swung out to the side, level, round the elbow like a door, with a curved arrow from the tummy round to the hand. In
both the upper arm hangs straight down against the side, the elbow squeezing a small rolled towel against the waist:
a short grey roll running back between the arm and the side, under the arm, its near end with the roll's spiral
showing in the gap. Moving, one picture: the forearm swings between the two.

From the front the forearm swings towards you and is foreshortened, and the elbow staying at the side did not show.
Straight from above both showed, but the head and shoulders were an oval and a grey ball that reviewers had to work
out; drawn from above and in front in a round picture beside a small person facing you, it still "took effort to
read". Looking down from in front at 60 degrees, one picture with the start faint over the belly and a grey sweep
under the arrow (rounds 30-41) scored 3: every reviewer named the angle ("the head peering down", "the forearm
pointing at the viewer", "the forearm looks like it comes out of the waist"), and "the ghost arm across the belly",
"the shaded wedge" and "the overlaps" made it busy. Now the two ends of the swing, which both lie flat in a picture
from the front, are shown on their own, solid, with no ghost and no wedge; a 30 degree look down is still a face on
a person facing you, and bends the level arrow into a curve dipping towards you (at 20 it was nearly straight and
read as a slide). Round 58, the towel was a spiral end drawn on top of the upper arm: "a spiral badge on the
outside of the upper arm", "an unexplained symbol", "easy to miss", and "keep your elbow at your side" was lost; now
the elbow stands out from the side by the towel's width, the waist in a little, and the roll fills that gap, the
arm over it. The thumb was as long as the fist ("the hand-held object is vague": the steps hold nothing); it now
just pokes up from the fist. Round 114, a physiotherapist: the upper arm sloped out from the shoulder, the elbow
clear of the side and the towel up by the armpit, the abducted elbow the words forbid ("Do not let your elbow move
away from your side"); now the upper arm hangs straight down along the chest, the waist comes in by the elbow, and
the towel sits there, between the elbow and the waist. The body is placed in three dimensions (x across, the near
side positive; y up from the shoulders; z forwards, towards you) and drawn as a camera a little above and in front
sees it.
"""
from __future__ import annotations

from math import cos, radians, sin

from msksite.schema.pose import Pose

from .arrows import chevron
from .figure import WIDTHS
from .numerals import top_left
from .panels import side_by_side
from .props import placements
from .shapes import Circle, Layer, Line, Loop, Pt, Shape, Tube
from .skeleton import ARM, HEAD_R, NECK, SHOULDER_DROP, SHOULDER_W
from .svg import Drawing

Vec = tuple[float, float, float]
# How far above level the camera looks down, in degrees: enough that the arrow's level arc curves (at 20 it was
# nearly straight), little enough that the person is plainly facing you (at 60, one picture, reviewers saw "the odd
# overhead angle and the head peering down"). The start, across the tummy, is its own picture, so it need not open
# out: at 30 in one picture it hid behind the elbow.
ELEVATION = 30.0
_UP, _TOWARDS = cos(radians(ELEVATION)), sin(radians(ELEVATION))
# Each picture is this many times the person's size, so its lines are as thick for its size as a whole person's.
ZOOM = 1.6
# The trunk's outline on the near side, from the neck along the back of the shoulder's top (seen a little from
# above, the shoulders show their tops), round the shoulder and in under the armpit, down the side of the chest to
# the hip, in front. Below the armpit the side is just inside the upper arm, so the arm lies along it (over the
# chest, reviewers could not tell the elbow was tucked in at the side); at the waist, by the elbow, it comes in,
# leaving room for the towel between the two. The far side, its arm hanging a little away from it, comes in less.
_TOP: tuple[Vec, ...] = ((4.0, SHOULDER_DROP, -3.0), (SHOULDER_W + 2.0, 1.0, -4.0), (SHOULDER_W + 3.0, -2.0, -1.0))
TRUNK: tuple[Vec, ...] = _TOP + ((SHOULDER_W - 2.5, -8.0, 2.5), (SHOULDER_W - 5.5, -17.0, 3.5),
                                 (SHOULDER_W - 2.5, -30.0, 3.0))
FAR_SIDE: tuple[Vec, ...] = _TOP + ((SHOULDER_W - 3.0, -8.0, 2.5), (SHOULDER_W - 4.5, -18.0, 3.5),
                                    (SHOULDER_W - 2.5, -30.0, 3.0))
NECK_TOP: Vec = (0.0, SHOULDER_DROP + NECK, 0.5)
HEAD: Vec = (0.0, SHOULDER_DROP + NECK + HEAD_R, 0.5)
# Where the face's eyes are on the head, and the hairline over the forehead, from its middle (in head radii).
EYES: Vec = (0.38, 0.15, 0.92)
# A small smile, as on the other faces facing you (a nose line down the middle read as "an odd face"): its corners
# across and up, and how far its middle dips below them (head radii).
MOUTH = (0.3, -0.2, 0.1)
HAIRLINE: Vec = (0.0, 0.75, 0.66)
# The elbow, straight under the shoulder and a little in front of it, the upper arm against the side (out from the
# side by the towel's width, it read as the elbow held away from the side, which the words forbid; the waist comes in
# by the elbow instead, leaving the towel its gap, as on a real body); the far arm hangs by the other side, one
# smooth arm (in three tubes, upper arm, forearm and hand, it was "oddly segmented").
ELBOW: Vec = (SHOULDER_W + 0.5, -ARM[0], 1.5)
FAR_ARM: tuple[Vec, ...] = ((-SHOULDER_W, 0.0, 0.0), (-SHOULDER_W - 0.5, -ARM[0], 0.5),
                            (-SHOULDER_W - 0.5, -ARM[0] - ARM[1] - 5, 1.5))
# Below the waist the hips and the tops of the legs, in trousers, run on out of the bottom of the picture (with the
# trunk ending in a straight line at the waist, reviewers saw a "cut-off body"): the trousers' outline on the near
# side, waist to thigh, the far side mirrored; the picture stops this far below the shoulders.
HIPS: tuple[Vec, ...] = ((SHOULDER_W - 2.5, -30.0, 3.0), (SHOULDER_W - 1.5, -38.0, 3.0), (SHOULDER_W - 2.0, -52.0, 4.0))
CROP = -40.0
# The hand, a loose fist: its width (7 was "the oversized hand") and length (in hand lengths); the thumb sticks up
# from its top (thumb up, the palm facing in), this far along it, and this high and forwards, so the fist reads as a
# hand (a dash along its top left a "blank sausage"); only just past the fist's top, as at 8.5 it stood up like a
# stick held in the fist ("the hand-held object is vague").
FIST_W, FIST, THUMB = 6.0, 0.85, (0.35, 5.0, 1.0)
# A small rolled towel squeezed between the elbow and the side (towel at near_elbow), running from well behind them to
# in front: its radius, and the middles of its far and near ends. Its round near end, with the roll's spiral, between
# the upper arm and the side says "keep the elbow in at your side", which the arm alone did not (reviewers, round
# 30). At 2.4 it was "the tiny rolled towel, easy to miss"; at 3.2, over the elbow in the old picture, its spiral "was
# not explained"; at 3.0 over the arm it was "a spiral badge"; higher, halfway up the arm, it was "in the armpit"
# (round 114). Just above the elbow, so the forearm across the tummy in picture 1 covers only its bottom; long
# enough that its grey side shows going back, so it reads as a roll, short enough that it does not reach the armpit.
ROLL_R = 3.6
ROLL: tuple[Vec, Vec] = ((SHOULDER_W - 4.5, -ARM[0] + 4.5, -4.0), (SHOULDER_W - 4.5, -ARM[0] + 4.5, 3.0))
# The arrow runs level round the elbow through the fists, the way the hand goes, from this many degrees past where
# the fist was (in front of the tummy) to this many short of the fist out at the side: beyond the fingertips, rising
# into the end fist from below, it "read as a lift"; ending nearer, its head sat on the fist. Seen a little from
# above, the level arc dips towards you in front of the belly, so it reads as a swing round, not a slide.
ARROW_R, ARROW_FROM, ARROW_SHORT = ARM[1] + 0.45 * ARM[2], 17.0, 30.0


def shows_arm_from_above(pose: Pose) -> bool:
    """Whether the pose is drawn as the person facing you, seen a little from above (inset: near_elbow)."""
    return pose.view == "front" and pose.inset == "near_elbow"


def arm_from_above(pose: Pose, start: Pose | None, moving: bool) -> Drawing:
    """The still and the pair: two pictures side by side, numbered 1 and 2, the forearm across the tummy, then out
    to the side with a curved arrow from the tummy round to the hand; moving, one picture, the forearm swinging
    between the two."""
    towel = ("towel", "near_elbow") in placements(pose)
    then = _person(_swing(pose), towel)
    if start is None:
        return Drawing(then, frame=_frame(then))
    first = _person(_swing(start), towel)
    arrow = _arrow(_swing(start), _swing(pose))
    frame = _frame(then + arrow)
    if moving:
        # The forearm, fist and thumb (drawn after the body) swing to the start and back; the towel stays put.
        at = len(_behind_arm(towel))
        moves = {at + i: s for i, s in enumerate(first[at:at + 3])}
        return Drawing(then + arrow, moves, frame=frame)
    return side_by_side([_numbered(first, 1), _numbered(then + arrow, 2)])


def _numbered(shapes: list[Shape], n: int) -> Drawing:
    """One picture cut to its own frame, numbered n at its top left, beside the head, where a reader starts."""
    frame = _frame(shapes)
    return Drawing(shapes + top_left(frame[0], frame[3], n), frame=frame)


def _person(swing: float, towel: bool) -> list[Shape]:
    """The person, the forearm pointing swing degrees round the elbow; the upper arm over the forearm's root, so
    its round end is the elbow the forearm turns on (under it, reviewers saw a forearm floating out of the hip), and
    both arms over the towel, which is squeezed in behind them."""
    return _behind_arm(towel) + _forearm(swing, "end") + [_upper_arm()]


def _behind_arm(towel: bool) -> list[Shape]:
    """The body, then the towel over its side and under the arm, which is drawn over both."""
    return _body() + (_towel_roll() if towel else [])


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
    far = [Tube("end", tuple(view(p) for p in FAR_ARM), WIDTHS["forearm"] * ZOOM)]
    outline = tuple(view(p) for p in TRUNK + tuple((-x, y, z) for x, y, z in reversed(FAR_SIDE)))
    hips = Loop("end", tuple(view(p) for p in HIPS + tuple((-x, y, z) for x, y, z in reversed(HIPS))), "white")
    neck = Tube("end", (view((0.0, SHOULDER_DROP - 1.0, 0.0)), view(NECK_TOP)), WIDTHS["neck"] * ZOOM)
    return [hips, Loop("end", outline, "white")] + far + [neck] + _head()


def _upper_arm() -> Shape:
    """The near upper arm from the shoulder down the side to the elbow."""
    return Tube("end", (view((SHOULDER_W, 0.0, 0.0)), view(ELBOW)), WIDTHS["upper_arm"] * ZOOM)


def _towel_roll() -> list[Shape]:
    """The rolled towel between the elbow and the side, from behind them to in front, then its near end showing the
    roll's spiral, so it reads as a towel and not a ball or a bar: a turn and a quarter (more turns in a smaller end
    ran into a black blot). Drawn before the arms, which lie over it."""
    centre, r = view(ROLL[1]), ROLL_R * ZOOM
    spiral = tuple((centre[0] + r * k * cos(radians(a)), centre[1] + r * k * sin(radians(a)))
                   for k, a in ((0.12 + 0.68 * i / 10, 90 + 45 * i) for i in range(11)))
    return [Tube("end", (view(ROLL[0]), centre), 2 * r, "grey"), Circle("end", centre, r, "white"),
            Line("end", spiral)]


def _head() -> list[Shape]:
    """The head seen a little from above, facing you: hair over the top, the face below it, its eyes and a smile."""
    at = lambda x, y, z: view((HEAD[0] + x * HEAD_R, HEAD[1] + y * HEAD_R, HEAD[2] + z * HEAD_R))
    centre = view(HEAD)
    x, y, z = EYES
    eyes = [Line("end", (at(k * x, y, z),) * 2, True) for k in (-1.0, 1.0)]
    # The hair: the head's outline over the top, and the hairline across the forehead, bowed down in the middle.
    r = HEAD_R * ZOOM
    rim = [(centre[0] + r * sin(radians(a)), centre[1] + r * cos(radians(a))) for a in range(-100, 101, 20)]
    hx, hy, hz = HAIRLINE
    line = [at(k * 0.8, hy - 0.15 * (1 - k * k) - 0.2 * abs(k), hz) for k in (0.9, 0.45, 0.0, -0.45, -0.9)]
    mx, my, dip = MOUTH
    smile = Line("end", tuple(at(k * mx, my - dip * (1 - k * k), 0.95) for k in (-1.0, -0.5, 0.0, 0.5, 1.0)))
    return [Circle("end", centre, r, "white"), Loop("end", tuple(rim + line), "dark")] + eyes + [smile]


def _arrow(start: float, end: float) -> list[Shape]:
    """A level arc along the hand's path, from where the fist was at the start to short of the fist at the end:
    round the elbow beyond the fingertips, it was "a big arrow looping under the body"."""
    way = 1.0 if end > start else -1.0
    a, b = start + way * ARROW_FROM, end - way * ARROW_SHORT
    path = tuple(view(_along(ELBOW, _way(a + (b - a) * i / 12), ARROW_R)) for i in range(13))
    return [Line("arrow", path)] + chevron(path[-1], path[-2])
