"""A sitting lean: the trunk tips forwards from the hips while the legs stay where they are (a hamstring stretch).

Its arrow is an arc about the hips behind the back (lean_arrow). Round 42, the hamstring stretch scored 3: "the
torso, arms and thigh overlap in a tangle", "the other leg is missing", "the arrow is cramped behind the head", "the
faded upright figure makes it messy". Now its pose draws the other leg grey behind, bent, its foot back under the
front of the seat (its shin shows below the straight thigh near the chair, not crossing the straight leg further
out); the near arm reaches straight down to the knee (hanging to a hand on the thigh, it sat between the trunk and
the thigh: the tangle); the faint start is left out (faint_start: false); and the arc is three quarters of the way up
the back, clear of the head and the chair back. A far hip that changes by the lean keeps that thigh where it was, so
the pose still leans in place."""
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
    measured from the trunk, so a hip that changes by the lean keeps the thigh where it was; a far leg set apart gives
    its own hip): its arrow is then lean_arrow, about the hips."""
    start = pose.start
    if start is None or start.trunk is None or all(name != "chair" for name, _ in placements(pose)):
        return False
    lean = pose.trunk - start.trunk
    hip = start.near.hip
    far_hip = pose.far.hip if pose.far.hip is not None else pose.near.hip
    far_stays = start.far.hip is None or (far_hip or 0) - start.far.hip == lean
    far_rest = start.far.model_copy(update={"hip": None})
    return lean != 0 and hip is not None and (pose.near.hip or 0) - hip == lean and far_stays \
        and start.near.knee is None and start.near.ankle is None and far_rest == Limb()


def hides_start(pose: Pose) -> bool:
    """Whether the still leaves out the faint start: a seated lean with a written arrow of its own (a hand sliding
    along a table), whose faint upright start stood over the chair back and the leaning body. Without one (a
    hamstring stretch), lean_arrow tips the back forward; the hamstring stretch also leaves its faint start out
    (faint_start: false), as "the faded upright figure makes it messy"."""
    return leans_in_place(pose) and bool(pose.arrows)


# The lean's arrow: an arc about the hips, this far out from them as a share of the way to the neck, from this many
# degrees behind upright to this many short of the leaning back (nearer, its head touched the back). About the
# hips it says "tip the whole straight back forward"; following the shoulders' path it ran over the head and read as
# "drop your head", and out at the neck (1.0, -3, 7) it was "cramped behind the head", "squashed against the
# shoulder". Three quarters of the way up, it curves over behind the back, clear of the head and the chair back.
LEAN_ARC = (0.75, 27.0, 24.0)


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
