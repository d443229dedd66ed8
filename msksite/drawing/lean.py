"""A sitting lean: the trunk tips forwards from the hips while the legs stay where they are (a hamstring stretch).

Its still is two numbered pictures side by side (scene._pair): upright (1), leaning well forward with a straight back
(2), under one bold arc about the hips over the head (lean_arrow). Round 55 ("the figures are small and the lean
arrow is tiny", "the two steps look almost the same"): each picture's floor stops just past the chair and the heel
(short_floor) so both people are drawn bigger, the lean went from 40 to 50 degrees, and the leg slopes down more
steeply from a seat as high as other chairs', the person on its front edge (props._chair). Round 115: the other leg,
hidden behind the straight one, read as "both legs straight out": it is drawn bent, its foot flat on the floor, and
stays put as the straight one does (its hip angle, too, changes by the lean: _keeps_leg).
"""
from __future__ import annotations

from math import atan2, degrees, dist
from typing import Callable

from msksite.schema.pose import Limb, Pose

from .arrows import bold_arrow
from .props import placements
from .shapes import Line, Pt, Shape, Tube, add, unit
from .svg import extent
from .skeleton import HEAD_R, Joints


def leans_in_place(pose: Pose) -> bool:
    """Whether the start differs from the end only by the trunk leaning, seated, the legs staying put (hip angles are
    measured from the trunk, so a hip that changes by the lean keeps the thigh where it was): its arrow is then
    lean_arrow, about the hips."""
    start = pose.start
    if start is None or start.trunk is None or all(name != "chair" for name, _ in placements(pose)):
        return False
    lean = pose.trunk - start.trunk
    return lean != 0 and _keeps_leg(pose.near, start.near, lean) and (start.far == Limb() or (
        start.far.hip is not None and _keeps_leg(pose.far, start.far, lean)
        and start.far == Limb(hip=start.far.hip)))


def _keeps_leg(end: Limb, start: Limb, lean: float) -> bool:
    """Whether a leg stays where it is while the trunk leans: its hip angle changes by the lean (hip angles are
    measured from the trunk) and its knee and ankle are the end's."""
    return start.hip is not None and (end.hip or 0) - start.hip == lean and start.knee is None and start.ankle is None


def hides_start(pose: Pose) -> bool:
    """Whether the still leaves out the faint start: a seated lean with a written arrow of its own (a hand sliding
    along a table), whose faint upright start stood over the chair back and the leaning body. Without one (a
    hamstring stretch), the faint upright start stands clear of the chair and lean_arrow tips it forward."""
    return leans_in_place(pose) and bool(pose.arrows)


# The lean's arrow: one bold arc about the hips, over the head and this far clear of it, from upright to this many
# degrees ahead of the leaning back, in front of the face: the whole straight back tips forward and down about the
# hips (round 55). Behind the back (rounds 45 to 54: a thin arc at the upper back, from
# behind upright to just short of the leaning back) it read as "an odd hook near the chest", "from the chair back"
# and "half hidden behind the torso"; in front of the chest, under the face, it pointed straight down. An arc that
# followed the head (rounds 39 to 44) read as "drop your head", and at the neck's height "bend your neck": this one
# runs well outside the head and round the hips. Its shaft and head are as thick as a limb's outline is wide
# (arrows.bold_arrow), so it is seen at phone size.
LEAN_ARC = (5.0, 13.0)
LEAN_W, LEAN_HEAD = 1.2, 4.5


def lean_arrow(start: Joints, end: Joints, to_view: Callable[[Pt], Pt] = lambda p: p) -> list[Shape]:
    """A bold curved arrow about the hips, over the leaning person's head, forward and down the way the back tips
    from upright (start) to the lean (end)."""
    gap, ahead = LEAN_ARC
    hip = to_view(end["hip"])
    heading = lambda p: degrees(atan2(p[0] - hip[0], hip[1] - p[1]))
    upright, leaning = heading(to_view(start["neck"])), heading(to_view(end["neck"]))
    way = 1.0 if leaning > upright else -1.0
    first, last = upright, leaning + way * ahead
    radius = dist(hip, to_view(end["head"])) + HEAD_R + gap
    path = tuple(add(hip, unit(first + (last - first) * i / 12), radius) for i in range(13))
    # The shaft along the arc and bold_arrow's head on its last stretch (its own straight shaft left out).
    return [Tube("arrow", path, LEAN_W, "black")] + bold_arrow(path[-2], path[-1], LEAN_W, LEAN_HEAD)[1:]


# Side by side, each picture's floor runs this far past the chair's back and the heel, and the pictures are this far
# apart: the floor props.py draws runs 14 units past the person's outermost joint, and the two floors' spare ends,
# with the 14 between them, kept both people small (round 55: "the figures are small").
FLOOR_PAST, PICTURES_GAP = 2.5, 8.0


def short_floor(picture: list[Shape]) -> list[Shape]:
    """The picture with its floor (the longest level line at its foot) cut to FLOOR_PAST beyond the rest of it."""
    level = [s for s in picture if isinstance(s, Line) and len(s.points) == 2 and s.points[0][1] == s.points[1][1]]
    floor = max(level, key=lambda s: abs(s.points[1][0] - s.points[0][0]), default=None)
    if floor is None:
        return picture
    rest = [p for s in picture if s is not floor for p in extent(s)]
    y = floor.points[0][1]
    ends = (min(x for x, _ in rest) - FLOOR_PAST, max(x for x, _ in rest) + FLOOR_PAST)
    return [Line(floor.layer, tuple((x, y) for x in ends)) if s is floor else s for s in picture]
