"""A big pillow behind someone sitting on the floor leaning back (a thigh squeeze), seen from the side: a plain grey
wedge along the back, from the floor up to the shoulders, so the person rests against it, arms by their sides.

Propped on the forearms instead, the upper body was "fussy", "cramped", "could be mistaken for a back exercise"
(round 79); the steps say only to sit, on the floor or on a bed. The wedge's back slopes down to the floor well
behind the head, so picture 1's and 2's numbers (order.py puts each over the left end of its picture) sit low on that
slope beside the head, not above it: the pictures are less tall and draw the person bigger.
"""
from __future__ import annotations

from math import dist

from .curves import smooth
from .shapes import Loop, Shape, add, direction, left_of
from .skeleton import Joints

# The outline round from the bottom of the back up to the shoulders and back down behind, as (along the trunk from
# the hip to the neck in trunk lengths, behind the line up the trunk in figure units): its face lies on the back
# (the reclined trunk's back is 7 to 9.5 behind that line), its top level with the shoulders, and its back slopes
# down to the floor far behind the head: a wedge, not a board.
OUTLINE = ((-0.3, 9.0), (0.4, 10.0), (0.95, 10.5), (1.2, 12.0), (1.2, 20.0), (1.08, 42.0), (0.5, 44.0), (-0.3, 30.0))


def pillow(pts: Joints, at: str | None, floor: float) -> list[Shape]:
    """The pillow behind the back, its foot cut flat where it rests on the floor."""
    hip, neck = pts["hip"], pts["neck"]
    along, length = direction(hip, neck), dist(hip, neck)
    # The person faces right: leaning back, behind them is to the left of the line up the trunk.
    behind = left_of(along)
    points = smooth(tuple(add(add(hip, along, t * length), behind, k) for t, k in OUTLINE), closed=True)
    return [Loop("prop", tuple((x, max(y, floor)) for x, y in points), "grey")]
