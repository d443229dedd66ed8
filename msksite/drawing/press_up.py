"""Someone lying on their front who pushes their chest up off the floor on their elbows, hips staying down (a
press-up): the still shows them lying flat (1) above pushed up (2). Lying, the forearms are flat on the floor beside
the head, the elbows just in front of the shoulders, ready to push up, and a short bold straight arrow stands up
from the chest. The moving drawing has a curved arrow round the hips, out in front of the raised head.

Drawn over each other, the faint lying start was hidden under the raised trunk, and the arrow that follows the
movement curled round the head: it read as tipping the neck back. One picture with a straight arrow up from the
shoulders looked like a bridge; a straight arrow up from over the lying chest "hovered oddly above the back". Round
61: lying with the elbows up behind the shoulders and the hands under them, the arms were "a tangle", "cramped under
the chest", and a bold arrow curling up and back from the upper back was "vague", "placed oddly over the head"; now
the arms lie as in 2 and the arrow, short and straight, starts on the back.
"""
from __future__ import annotations

from math import atan2, cos, degrees, dist, radians, sin

from msksite.schema.pose import Pose

from .arrows import bold_arrow, chevron
from .figure import WIDTHS
from .positions import Positions, positions
from .shapes import Line, Pt, Shape, add
from .skeleton import HEAD_R, Joints

# Lying on the front, the trunk points along the floor (a trunk angle of 90): the start is within this of it.
FACE_DOWN = 10.0
# How far the moving drawing's arrow runs outside the raised head, in figure units, and how far short of the head's
# way from the hips it stops (its head beside the face, not pointing into it), in degrees.
OUTSIDE, SHORT = 5.0, 4.0
STEPS = 12
# Lying flat, ready to push up, each elbow rests on the floor this far in front of its shoulder, in figure units.
ELBOW_AHEAD = 4.0
# The arrow up from the lying chest: where along the trunk from the hips it stands (on the chest, behind the head:
# by the head it was "placed oddly over the head"), how far it keeps off the back's outline (just off it: further, it
# "hovered oddly above the back"), how long it is, in figure units, and how far it leans from straight up towards
# the head, in degrees (the way the chest goes, swinging up about the hips).
UP_ALONG, UP_GAP, UP_LONG, UP_LEAN = 0.7, 0.8, 14.0, 10.0
UP_W, UP_HEAD = 1.4, 5.0  # its stroke inside its outline and its head's sides: bold, it is the picture's only cue


def chest_rises(pose: Pose) -> bool:
    """Whether the person starts lying on their front and raises their trunk about hips resting on the floor."""
    start = pose.at_start()
    if start is None or abs(start.trunk - 90) > FACE_DOWN or pose.trunk >= start.trunk:
        return False
    support = positions(pose).support
    return support is not None and support.endswith("hip")


def ready_arms(lying: Joints) -> Joints:
    """Lying flat ready to push up: the elbows on the floor just in front of the shoulders, the forearms flat along
    the floor beside the head, the hands by the face. The pose lays the forearm flat ahead of the shoulder; the upper
    arm goes out to the side, away from and towards you, so side-on it is seen short: the forearm and hand slide back
    along the floor until the elbow is ELBOW_AHEAD in front of the shoulder (at full length the elbow lay under the
    head and the arm hid the face)."""
    arms, ahead = dict(lying), _ahead(lying)
    for side in ("near", "far"):
        shift = lying[f"{side}_shoulder"][0] + ahead * ELBOW_AHEAD - lying[f"{side}_elbow"][0]
        for joint in ("elbow", "wrist", "tip"):
            x, y = lying[f"{side}_{joint}"]
            arms[f"{side}_{joint}"] = (x + shift, y)
    return arms


def rise_arrow(lying: Joints) -> list[Shape]:
    """A short bold straight arrow up from the upper back of someone lying on their front, leaning a little towards
    the head: the chest lifts."""
    hip, neck = lying["hip"], lying["neck"]
    base = add(hip, (neck[0] - hip[0], neck[1] - hip[1]), UP_ALONG)
    lean = radians(UP_LEAN) * _ahead(lying)
    up = (sin(lean), cos(lean))
    tail = add(base, up, WIDTHS["trunk"] / 2 + UP_GAP)
    return bold_arrow(tail, add(tail, up, UP_LONG), UP_W, UP_HEAD)


def _ahead(lying: Joints) -> float:
    """Which way the head is along the floor from the hips: 1 to the right, -1 to the left."""
    return 1.0 if lying["neck"][0] > lying["hip"][0] else -1.0


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
