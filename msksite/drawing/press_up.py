"""Someone lying on their front who pushes their chest up off the floor on their elbows, hips staying down (a
press-up): the still shows them lying flat (1) above pushed up (2), with a bold arrow curving up from the lying
chest; the moving drawing has a curved arrow round the hips, out in front of the raised head.

Drawn over each other, the faint lying start was hidden under the raised trunk, and the arrow that follows the
movement curled round the head: it read as tipping the neck back. One picture with a straight arrow up from the
shoulders looked like a bridge; a straight arrow up from over the lying chest "hovered oddly above the back".
"""
from __future__ import annotations

from math import asin, atan2, cos, degrees, dist, radians, sin

from msksite.schema.pose import Pose

from .arrows import chevron
from .positions import Positions, positions
from .shapes import Line, Pt, Shape, add
from .skeleton import HEAD_R, Joints

# Lying on the front, the trunk points along the floor (a trunk angle of 90): the start is within this of it.
FACE_DOWN = 10.0
# The arrow up from the lying chest, round the hips as the chest goes: where along the trunk from the hips it starts
# (on the upper back, just past the bent elbow: from over the neck, "the step-1 arrow by the head is vague"), how far
# above the trunk's middle line, in figure units (on the back's outline: it starts at the body), and how far round it
# turns, in degrees (well past the 20 the chest turns, so it rises high, up and back, clear of the head).
ALONG, CLEAR, TURN = 0.8, 7.5, 60.0
HEAD_SCALE = 1.5  # its head, times an arrow's usual one (it is the picture's only cue, so it is bold)
# How far the moving drawing's arrow runs outside the raised head, in figure units, and how far short of the head's
# way from the hips it stops (its head beside the face, not pointing into it), in degrees.
OUTSIDE, SHORT = 5.0, 4.0
STEPS = 12


def chest_rises(pose: Pose) -> bool:
    """Whether the person starts lying on their front and raises their trunk about hips resting on the floor."""
    start = pose.at_start()
    if start is None or abs(start.trunk - 90) > FACE_DOWN or pose.trunk >= start.trunk:
        return False
    support = positions(pose).support
    return support is not None and support.endswith("hip")


def chest_up(lying: Joints) -> list[Shape]:
    """A bold arrow curving up and back round the hips from the upper back of someone lying on their front: where the
    chest goes."""
    hip, neck = lying["hip"], lying["neck"]
    radius = dist(hip, neck) * ALONG
    low = _heading(hip, neck) + degrees(asin(CLEAR / radius))
    path = _arc(hip, radius, low, low + TURN)
    head = [Line("arrow", tuple(add(path[-1], (p[0] - path[-1][0], p[1] - path[-1][1]), HEAD_SCALE) for p in c.points))
            for c in chevron(path[-1], path[-2])]
    return [Line("arrow", path)] + head


def chest_arrow(placed: Positions) -> list[Shape]:
    """A curved arrow round the hips, just outside the raised head, from level with the chest lying on the floor up
    to beside the raised head."""
    hip, head = placed.end["hip"], placed.end["head"]
    radius = dist(hip, head) + HEAD_R + OUTSIDE
    path = _arc(hip, radius, _heading(hip, placed.start["neck"]), _heading(hip, head) - SHORT)
    return [Line("arrow", path)] + chevron(path[-1], path[-2])


def _arc(centre: Pt, radius: float, low: float, high: float) -> tuple[Pt, ...]:
    """Points round centre at radius, from angle low to angle high (degrees, anticlockwise from the right)."""
    return tuple(add(centre, (cos(radians(a)), sin(radians(a))), radius)
                 for a in (low + (high - low) * i / STEPS for i in range(STEPS + 1)))


def _heading(origin: Pt, p: Pt) -> float:
    """The angle of p seen from origin, in degrees anticlockwise from along the floor to the right."""
    return degrees(atan2(p[1] - origin[1], p[0] - origin[0]))
