"""A sitting lean: the trunk tips forwards from the hips while the legs stay where they are (a hamstring stretch)."""
from __future__ import annotations

from math import atan2, degrees, dist
from typing import Callable

from msksite.schema.pose import Limb, Pose

from .arrows import chevron
from .props import placements
from .shapes import Line, Pt, Shape, add, unit
from .skeleton import Joints


def leans_in_place(pose: Pose) -> bool:
    """Whether the start differs from the end only by the trunk leaning, seated, the legs staying put (hip angles are
    measured from the trunk, so a hip that changes by the lean keeps the thigh where it was): its arrow is then
    lean_arrow, about the hips."""
    start = pose.start
    if start is None or start.trunk is None or all(name != "chair" for name, _ in placements(pose)):
        return False
    lean = pose.trunk - start.trunk
    hip = start.near.hip
    return lean != 0 and hip is not None and (pose.near.hip or 0) - hip == lean \
        and start.near.knee is None and start.near.ankle is None and start.far == Limb()


def hides_start(pose: Pose) -> bool:
    """Whether the still leaves out the faint start: a seated lean with a written arrow of its own (a hand sliding
    along a table), whose faint upright start stood over the chair back and the leaning body. Without one (a
    hamstring stretch), the faint upright start stands clear of the chair and lean_arrow tips it forward."""
    return leans_in_place(pose) and bool(pose.arrows)


# The lean's arrow: an arc about the hips, this far out from them as a share of the way to the neck, from this many
# degrees behind upright to this many short of the leaning back (reaching it, the arrow ran into the head). About
# the hips it says "tip the whole straight back forward"; following the shoulders' path it ran over the head and
# read as "drop your head", and at the neck's height it still read as "bend your neck" (round 45): it points at the
# upper back, starting behind upright so it is long enough to see.
LEAN_ARC = (0.8, 20.0, 6.0)


def lean_arrow(start: Joints, end: Joints, to_view: Callable[[Pt], Pt] = lambda p: p) -> list[Shape]:
    """A curved arrow about the hips, behind the back, from upright (start) forward to the lean (end)."""
    share, behind, short = LEAN_ARC
    hip = to_view(end["hip"])
    heading = lambda p: degrees(atan2(p[0] - hip[0], hip[1] - p[1]))
    upright, leaning = heading(to_view(start["neck"])), heading(to_view(end["neck"]))
    way = 1.0 if leaning > upright else -1.0
    first, last = upright - way * behind, leaning - way * short
    radius = share * dist(hip, to_view(end["neck"]))
    path = tuple(add(hip, unit(first + (last - first) * i / 12), radius) for i in range(13))
    return [Line("arrow", path)] + chevron(path[-1], path[-2])
