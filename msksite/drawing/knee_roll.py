"""Knee rolls (side-on, lying on the back, with ``roll``): a plain side view of the person lying on their back on the
floor, knees bent, feet flat and arms on the floor by the sides (the side view's own figure, as the bridge's picture
1 draws it), and above their head and trunk a big round close-up of the knees seen from the feet end, like a
windscreen wiper: the floor a grey band across the bottom, the two bent legs (each seen from its toes: the foot on
the floor, in at the ankle, up the shin to the round of the knee at the top) faint and upright together at the
start, solid and tipped well over to one side together at the end (the lower leg dark, as the side views shade it,
the feet turned less than the legs, as real feet stay nearer flat), and a curved arrow round from the one to the
other. The close-up's small ring round the knees in the side view ties the two together.

Why: every 3-D view of the whole person (feet_view.py lists them, from above, from beyond the feet, from the side
and above) was read as "an overhead view", "hard to read", or, the bent legs foreshortened, as sitting (3.10 over
120 reviews); a side view alone says "lie on your back, knees bent" at once but cannot show knees rolling towards
you. Seen from the feet, the knees' roll is a turn across the picture. Tried: the hips as a low mound behind the
legs with the head peeping over it (under the faint upright legs it was a muddle, and the hips read as a third leg).

Moving, the close-up's legs rock over and back (the person lies still); in print (pair) the upright legs are solid.
Close-up units, y up: the floor's top at y = 0, the middle between the feet at x = 0.
"""
from __future__ import annotations

from math import cos, radians, sin

from msksite.schema.pose import Pose

from .arrows import turn_arrow
from .figure import figure_shapes
from .lying import LOWER_LEG_FILL
from .positions import positions
from .props import prop_shapes
from .curves import smooth
from .shapes import Layer, Loop, Pt, Shape, box, midpoint, relayered
from .svg import Box, Drawing, Inset, bounds

# The close-up: its circle's radius above the person (figure units), and the small ring round the knees there.
CLOSE_UP_R, RING = 36.0, 9.0
# The circle's bottom is this high, just over the head.
HEAD_TOP = 16.0
# What the close-up shows (close-up units) when the legs tip to the left: the upright legs, the tipped ones and the
# arrow over them (mirrored for the right).
FRAME: Box = (-36.0, -9.0, 14.0, 41.0)
# The legs seen from the feet: the middle of each leg this far from the middle, and the middle of the knee this high
# above the floor (the arrow goes round it).
LEG_X, KNEE_Y = 4.3, 24.0
# One leg seen from its toes, from the foot up to the knee: (half its width, height) up one side; the other side
# mirrors it. The foot flat on the floor, in at the ankle, out at the calf and the knee, round over the knee's top.
LEG = ((4.0, 0.0), (4.2, 1.8), (3.2, 3.8), (2.4, 5.8), (3.1, 10.5), (3.7, 15.0), (3.5, 19.0), (4.3, 22.5),
       (3.6, 26.0), (1.6, 27.6))
# The feet turn this share of the legs' roll at the floor, all of it this high up (at the ankle).
FEET_TURN = (0.4, 9.0)
# The arrow round the knees, this far outside their path.
ARROW_OUT = 7.0


def rolls_knees(pose: Pose) -> bool:
    """Whether the pose is knees rolling over while lying on the back, drawn side-on (this module)."""
    return pose.view == "side" and bool(pose.roll or (pose.start and pose.start.roll))


def knee_roll(pose: Pose, variant: str) -> Drawing:
    """The side view of the person lying with knees bent, and above it the round close-up from the feet."""
    lying = pose.model_copy(update={"roll": 0.0, "start": None})
    pts = positions(lying).end
    person = prop_shapes(lying, pts) + figure_shapes(lying, pts, "end")
    focus = midpoint(pts["near_knee"], pts["far_knee"])
    start = pose.at_start()
    close = close_up(start.roll if start else 0.0, pose.roll, variant, pose.faint_start)
    return Drawing(person, inset=_inset(focus, bounds(person), close))


def _inset(focus: Pt, beside: Box, close: Drawing) -> Inset:
    """The close-up in a circle above the person's head and trunk, which lie low, left of the raised knees."""
    centre = (beside[0] + CLOSE_UP_R, HEAD_TOP + CLOSE_UP_R)
    return Inset(focus, CLOSE_UP_R / RING, centre, CLOSE_UP_R, close)


def close_up(start: float, end: float, variant: str, faint_start: bool = True) -> Drawing:
    """The knees seen from the feet: the floor, the legs at the start (faint, in the still unless not faint_start)
    and the end, and the arrow from the one to the other."""
    side = _side(end)
    frame = _frame(side)
    back = _floor(frame)
    legs, first = _legs(end, "end", side), _legs(start, "start", side)
    if variant == "moving":
        moves = {len(back) + i: relayered(s, "end") for i, s in enumerate(first)}
        return Drawing(back + legs + _arrow(start, end), moves, frame=frame, aspect=1.0)
    shown = [relayered(s, "end") for s in first] if variant == "pair" else first if faint_start else []
    return Drawing(back + shown + legs + _arrow(start, end), frame=frame, aspect=1.0)


def _frame(side: float) -> Box:
    """FRAME, mirrored when the legs tip to the right."""
    x0, y0, x1, y1 = FRAME
    return FRAME if side < 0 else (-x1, y0, -x0, y1)


def _floor(frame: Box) -> list[Shape]:
    """The floor, a grey band across the bottom of the close-up."""
    x0, y0, x1, _ = frame
    return [Loop("prop", box(x0 - 5, y0 - 5, x1 + 5, 0.0), "grey")]


def _side(roll: float) -> float:
    """Which way the knees roll: -1 to the left of the picture, 1 to the right."""
    return -1.0 if roll < 0 else 1.0


def _pivot(side: float) -> Pt:
    """The legs tip over the outer edge of the foot on the side they roll to, as a block tips over its edge."""
    return side * (LEG_X + LEG[1][0]), 0.0


def _turned(p: Pt, roll: float, side: float) -> Pt:
    """A point of the upright legs turned with them by roll degrees (positive: over to the right), about the foot's
    edge on the given side; the feet turn less than the legs (FEET_TURN), staying nearer flat, as real feet do."""
    cx, cy = _pivot(side)
    a = radians(-roll) * min(1.0, FEET_TURN[0] + p[1] / FEET_TURN[1])
    x, y = p[0] - cx, p[1] - cy
    return (cx + x * cos(a) - y * sin(a), cy + x * sin(a) + y * cos(a))


def _legs(roll: float, layer: Layer, side: float) -> list[Shape]:
    """Both legs, tipped together by roll degrees towards the side, each seen from its toes: the one on that side
    first and shaded dark (it ends underneath, as the side views shade the lower leg), the other over it, white."""
    shapes: list[Shape] = []
    for k in (side, -side):
        fill = LOWER_LEG_FILL if k == side and layer != "start" else "white"
        half = LEG + tuple((-x, y) for x, y in reversed(LEG))
        outline = tuple(_turned((k * LEG_X + x, y), roll, side) for x, y in half)
        shapes.append(Loop(layer, smooth(outline, True, 1), fill))
    return shapes


def knees(roll: float, side: float) -> Pt:
    """Where the knees are in the close-up (the middle between them)."""
    return _turned((0.0, KNEE_Y), roll, side)


def _arrow(start: float, end: float) -> list[Shape]:
    """A curved arrow round the pivot from the start knees to the end ones, just outside their path."""
    side = _side(end)
    pivot = _pivot(side)
    a, b = knees(start, side), knees(end, side)
    radius = ((a[0] - pivot[0]) ** 2 + (a[1] - pivot[1]) ** 2) ** 0.5 + ARROW_OUT
    return turn_arrow(pivot, a, b, radius)

