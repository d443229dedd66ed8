"""The thigh squeeze's magnifier (``inset: near_knee`` side-on, with a towel rolled under that knee): the person
sitting on the floor pressing the knee down is the picture, a small ring round their knee, and a big circle over
their legs magnifies that knee from the same side, as the heel raise's circle magnifies its heel.

What the circle shows: the person's own leg drawn again, magnified about a point just past the knee (their shapes,
so it is plainly the same leg from the same side, its lines as thick as the person's): the floor with the ground
shaded under it (as in the heel raise's circle), the rolled towel's end under the knee with its spiral, the leg faint
where it starts (the knee higher, bent over the roll, the heel on the floor) and solid pressed (the knee lower into
the roll, straighter, the heel lifted a little), the front of the thigh shaded dark with the bold effort lines
(muscle.py), and a bold arrow down onto the knee (the person has none). The other leg, grey behind, is left out of
the circle: it lay over the faint start leg. Moving, the person presses and relaxes and the circle stays as it is
still (its leg moving too took the SVG past its 10 KB).

The circle sits over the person's legs, right of their head: someone sitting with the legs out is wide and low, so
beside them (to the right) the circle and the person both shrank to fit a 4:3 picture; over the shins the person is
nearly as wide as the picture and the circle as big as the room over the legs allows.

History: until round 98 the thigh squeeze was two numbered pictures of the whole person one above the other, relaxed
then tightened (3.56 over 120 reviews): "steps 1 and 2 barely differ", "the half-reclined pose is muddled",
"tighten the muscle is abstract", "the towel spiral may not read as a towel". The foot stretch rose from 3.05 to 3.50
when its close-up became a same-side magnifier beside one whole person: this is that composition (round 99). The
generic magnifier (the whole picture magnified about the knee) drew its lines twice as thick, and no arrow.
Figure units, y up, the person facing right; in the close-up the circle's centre is at 0, 0.
"""
from __future__ import annotations

from math import dist, sqrt

from msksite.schema.pose import Pose

from .arrow_sizes import BOLD_HEAD, BOLD_W
from .arrows import bold_arrow
from .closeup import Lens
from .figure import WIDTHS, figure_shapes
from .positions import Positions, start_pose
from .props import placements, prop_shapes
from .shapes import Circle, Loop, Pt, Shape, Tube, box, mapped, nearest_on_segment
from .svg import ASPECT, MARGIN, OUTLINE, Box, Drawing, Inset, extent

# The circle's radius, and the small ring marking the knee in the person, in figure units.
CLOSE_UP_R, RING = 40.0, 7.0
# How much the circle magnifies the leg, and the point it is centred on, from the knee: past the knee towards the
# foot and up, so the lower thigh with its effort lines, the roll and the heel are all inside it.
ZOOM = 1.6
LOOK_AT = (3.0, 3.0)
# The circle stands this far clear of the person under it.
CLEAR = 3.0
# The arrow down onto the knee, in the close-up (as thick as the person's lines there): this long, ending this far
# above the top of the knee; bolder than a bold arrow in the person, as the heel raise's is.
ARROW_LENGTH, ARROW_GAP, ARROW_SCALE = 26.0, 3.0, 1.4


def presses_knee(pose: Pose) -> bool:
    """Whether the pose's inset is a knee over a rolled towel, side-on, drawn as this close-up."""
    return pose.view == "side" and pose.inset == "near_knee" and ("towel", "near_knee") in placements(pose)


def knee_inset(pose: Pose, placed: Positions, person: list[Shape]) -> Inset:
    """The close-up in a big circle above the person's legs (person: their shapes, in every position drawn), a small
    ring round their knee."""
    knee = placed.end["near_knee"]
    return Inset(knee, CLOSE_UP_R / RING, _above(person, CLOSE_UP_R), CLOSE_UP_R, knee_close_up(pose, placed))


def _above(person: list[Shape], r: float) -> Pt:
    """The circle's centre: over the legs, as low as it goes while CLEAR of everything under it, and as far right
    as makes the whole 4:3 picture the biggest (further right it sits lower, past the feet; too far, it widens it)."""
    points = [p for s in person for p in extent(s)]
    right = max(p[0] for p in points)
    return min((_lowest(points, right - r + step, r) for step in range(0, int(r))),
               key=lambda c: _box_size(points, c, r))


def _lowest(points: list[Pt], x: float, r: float) -> Pt:
    """The lowest centre at x of a circle of radius r CLEAR of the points under it."""
    # Each point under the circle holds it up by how far its round bottom reaches down at that point's x.
    y = max((p[1] + sqrt(r * r - (p[0] - x) ** 2) for p in points if abs(p[0] - x) < r), default=r)
    return (x, y + CLEAR)


def _box_size(points: list[Pt], centre: Pt, r: float) -> float:
    """How big the 4:3 picture round the points and the circle is: its width, or its height times 4/3."""
    xs = [p[0] for p in points] + [centre[0] - r, centre[0] + r]
    ys = [p[1] for p in points] + [centre[1] - r, centre[1] + r]
    return max(max(xs) - min(xs), (max(ys) - min(ys)) * ASPECT)


def knee_close_up(pose: Pose, placed: Positions) -> Drawing:
    """The person's floor, towel roll and leg magnified about the knee: the start leg faint, the end solid, a bold
    arrow down onto the knee."""
    knee = placed.end["near_knee"]
    lens = Lens((knee[0] + LOOK_AT[0], knee[1] + LOOK_AT[1]), ZOOM)
    # The other leg, grey behind, is left out: it lay over the faint start leg, and the circle is about this one. So
    # is what falls outside the circle (the trunk, twice: it took the moving SVG past its 10 KB).
    view = lambda shapes: [s for s in (mapped(s, lens.point, lens.zoom) for s in shapes if not _far_limb(s))
                           if _in_circle(s)]
    # The ground under the floor line shaded, as in the heel raise's circle: the leg plainly rests on the floor.
    props = _ground(lens.point((0.0, placed.floor))[1]) + view(prop_shapes(pose, placed.end, placed.start))
    end = view(figure_shapes(pose, placed.end, "end"))
    # The start leg faint behind, relaxed (no muscle), without the roll (the end's is the one roll, in front of the
    # knee). Moving, the circle stays as it is still: the person beside presses and relaxes (the leg's shapes moving
    # here too took the SVG past its 10 KB, as the heel raise's foot would).
    faint = view(figure_shapes(_relaxed(pose), placed.start, "start")) if placed.start else []
    arrow = _arrow(lens.point(knee)) if any(a.at == "near_knee" for a in pose.arrows) else []
    half = CLOSE_UP_R - MARGIN
    frame: Box = (-half, -half, half, half)
    return Drawing(props + faint + end + arrow, frame=frame, aspect=1.0)


def _relaxed(pose: Pose) -> Pose:
    """The start, relaxed (the muscle shaded only in the end) and without the towel (the end's roll is the one)."""
    return start_pose(pose).model_copy(update={"working_muscle": None})


def _ground(floor: float) -> list[Shape]:
    """The ground below the floor line, grey, across the whole circle."""
    return [Loop("prop", box(-CLOSE_UP_R, -CLOSE_UP_R, CLOSE_UP_R, floor), "grey")]


def _in_circle(shape: Shape) -> bool:
    """Whether the shape (as thick as it is drawn) reaches into the circle, whose centre is at 0, 0, by a unit."""
    if isinstance(shape, Circle):
        return dist(shape.centre, (0.0, 0.0)) < CLOSE_UP_R + shape.r
    pad = shape.width / 2 + OUTLINE if isinstance(shape, Tube) else 1.0
    ends = shape.points + (shape.points[:1] if isinstance(shape, Loop) else ())
    return any(dist(nearest_on_segment((0.0, 0.0), a, b), (0.0, 0.0)) < CLOSE_UP_R - 1 + pad
               for a, b in zip(ends, ends[1:] or ends))


def _far_limb(shape: Shape) -> bool:
    """Whether the shape is a far limb (side-on, the far limbs are the grey tubes)."""
    return isinstance(shape, Tube) and shape.fill == "grey"


def _arrow(knee: Pt) -> list[Shape]:
    """A bold arrow straight down onto the top of the knee (the knee drawn ZOOM times its width)."""
    tip = (knee[0], knee[1] + WIDTHS["thigh"] * ZOOM / 2 + ARROW_GAP)
    tail = (tip[0], tip[1] + ARROW_LENGTH)
    return bold_arrow(tail, tip, BOLD_W * ARROW_SCALE, BOLD_HEAD * ARROW_SCALE)
