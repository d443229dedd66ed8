"""The round close-up of a foot drawing circles at the ankle (``inset: near_foot``, ankle circles): the towel scrunch's
bare foot and lower leg (toes.leg_and_foot, which reviewers read as a foot at once), inside one big circular arrow
(the pose's clockwise or anticlockwise arrow at near_foot) that goes round the whole foot, heel and toes, clear of it,
open where the leg comes down into it: the whole foot goes round, turning where it meets the leg.

History: the close-up was first the foot view magnified (figure.py's foot drawn from the person's skeleton) with the
pose's arrow drawn three times its size about the middle of the foot. That ring sat round the toes, partly hidden by
them ("wraps the toes rather than the ankle, could be read as curling the toes", "reads more like twisting the
toes"), and the bare shin cut off at the circle's edge with the long toes in front read as "almost like a hand". Now
the loop is clear of the foot all round, and the leg comes in through its gap with its grey trouser leg showing at
the circle's edge. A faint second foot, pointing down along the circle, was tried: the faint leg's outline ran beside
the solid one and its toeless foot was a blob, so it was left out. The person beside has no arrow of their own (a
small circle at their foot read as "a ball"): the ring marking the foot says where to look.
Moving, the close-up stays still (a moving drawing's SVG has no room for the foot's many points); the pose has no
start, so the person beside stays still too.
Figure units, y up, the person facing right, the ankle at (0, 0); the foot's tilt and the shin's lean are the
skeleton's, so the close-up follows the pose.
"""
from __future__ import annotations

from math import atan2, degrees, hypot, sqrt

from msksite.schema.pose import Pose

from .arrows import chevron
from .hands import ankle_bone
from .shapes import Line, Pt, Shape, add, direction, unit
from .skeleton import Joints
from .svg import Box, Drawing, Inset
from .toes import BARE_FOOT, BARE_LEG, foot_frame, leg_and_foot

# The loop: its middle in the foot's frame (foot lengths along the foot and towards the sole, see toes.foot_frame),
# over the middle of the foot so it clears the toes and the heel alike, and its radius in foot lengths.
LOOP_CENTRE, LOOP_R = (0.37, -0.16), 0.88
# The arrow stops this far from the leg's middle line each side (its half width, the arrowhead's and a gap), in
# figure units, so it runs round the foot but not over the leg.
LEG_CLEAR = 12.0
ARC_STEP = 6  # degrees between the points of the arrow's curve
# The picture: this far beyond the loop each side (room for the arrowhead and the circle's edge).
MARGIN = 5.5
# The circle beside the person, and the small ring marking the foot in the person.
CLOSE_UP_R, RING = 46.0, 8.0


def circles_foot(pose: Pose) -> bool:
    """Whether the pose's inset is the near foot drawn in detail, as this close-up (its arrow is drawn there)."""
    return pose.detail == "foot"


def foot_inset(pose: Pose, end: Joints, focus: Pt, beside: Box) -> Inset:
    """The close-up in a big circle to the right of what is beside it, level with its middle."""
    centre = (beside[2] + CLOSE_UP_R + 4, (beside[1] + beside[3]) / 2)
    turns = [a.towards for a in pose.arrows if a.at == "near_foot" and a.towards in ("clockwise", "anticlockwise")]
    return Inset(focus, CLOSE_UP_R / RING, centre, CLOSE_UP_R, foot_circling(end, pose.toes, turns[:1]))


def foot_circling(pts: Joints, toes: str, turns: list[str]) -> Drawing:
    """The bare lower leg and foot, tilted as the skeleton's, inside the loop arrow going round it the way turns
    says (none: no arrow)."""
    ankle = (0.0, 0.0)
    toe = add(ankle, direction(pts["near_ankle"], pts["near_toe"]), BARE_FOOT)
    up = direction(pts["near_ankle"], pts["near_knee"])
    leg = leg_and_foot(add(ankle, up, BARE_LEG), ankle, toe, toes, "end", "white", rounds=1)
    middle = foot_frame(ankle, toe).at(*LOOP_CENTRE)
    arrow = [s for turn in turns
             for s in loop_arrow(middle, LOOP_R * BARE_FOOT, ankle_bone(ankle, toe), up, turn == "clockwise")]
    reach = LOOP_R * BARE_FOOT + MARGIN
    frame = (middle[0] - reach, middle[1] - reach, middle[0] + reach, middle[1] + reach)
    return Drawing(leg + arrow, frame=frame, aspect=1.0)


def loop_arrow(middle: Pt, radius: float, bone: Pt, up: Pt, clockwise: bool) -> list[Shape]:
    """A circular arrow round middle, open where the leg (from the ankle bone, going up) crosses it: it starts just
    clear of the leg on one side and its head stops just clear of it on the other."""
    # Round from where the leg crosses the circle, one degree at a time, keeping the points clear of the leg.
    leg = _heading(direction(middle, add(bone, up, _to_circle(middle, radius, bone, up))))
    turn = -1.0 if clockwise else 1.0
    points = [add(middle, unit(leg + turn * k), radius) for k in range(1, 360)]
    clear = [p for p in points if _off_leg(p, bone, up) > LEG_CLEAR]
    path = tuple(clear[:-1:ARC_STEP] + clear[-1:])
    return [Line("arrow", path)] + chevron(path[-1], path[-2])


def _to_circle(middle: Pt, radius: float, inside: Pt, v: Pt) -> float:
    """How far from inside (a point in the circle) along v the circle is."""
    dx, dy = inside[0] - middle[0], inside[1] - middle[1]
    b = dx * v[0] + dy * v[1]
    return -b + sqrt(b * b - (dx * dx + dy * dy - radius * radius))


def _off_leg(p: Pt, bone: Pt, up: Pt) -> float:
    """How far p is from the leg's middle line (from the ankle bone up); below the bone, from the bone itself."""
    dx, dy = p[0] - bone[0], p[1] - bone[1]
    along = dx * up[0] + dy * up[1]
    return abs(dx * up[1] - dy * up[0]) if along > 0 else hypot(dx, dy)


def _heading(v: Pt) -> float:
    """The angle of v as unit() takes it: degrees anticlockwise from straight down."""
    return degrees(atan2(v[0], -v[1]))
