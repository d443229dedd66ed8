"""A cushion under a kneeling knee, seen from the side: a soft pillow from the floor up to the knee.

Kneeling straight on the floor, the leg was read as "lying flat"; the steps say to kneel on a cushion, and a pad under
the knee raises it off the floor so the bend of the kneeling leg shows. A flat grey pad with rounded corners was "the
grey pad under the knee is unexplained" (round 41): it is drawn as a pillow, its top domed, its ends pinched into
corners and a seam along its side from corner to corner, as cushions are drawn.
"""
from __future__ import annotations

from math import copysign

from .shapes import Line, Loop, Shape
from .skeleton import Joints

# Half the cushion's length along the floor, in figure units (about a thigh's length across, so it reads as a
# cushion and not a block).
HALF_LENGTH = 12.0
SAMPLES = 12
# How far the middle of the knee is above the cushion's top: a little less than half the thigh's width, so the knee
# sinks into it.
SINK = 3.5
# How far the cushion's middle is in front of the knee (away from the kneeling shin), in figure units: centred under
# the knee, its back half was hidden under the shin sloping down from it, and it hardly showed (round 33). Further
# ahead, it ran into the front foot (round 35).
AHEAD = 4.5
# The pillow's corners (and its seam) are this share of its height up; its domed top and flat bottom bend towards
# them only near the ends (the higher the power, the squarer the pillow).
CORNER, TOP_POWER, BOTTOM_POWER = 0.5, 4.0, 4.0


def cushion(pts: Joints, at: str, floor: float) -> list[Shape]:
    """A pillow on the floor under the knee, its top where the knee rests, with a seam along its side."""
    knee_x, knee_y = pts[at]
    x = knee_x + AHEAD * copysign(1.0, knee_x - pts[at.replace("knee", "ankle")][0])
    height = knee_y - SINK - floor
    across = [2 * i / SAMPLES - 1 for i in range(SAMPLES + 1)]  # from one end (-1) to the other (1)
    point = lambda u, share: (x + HALF_LENGTH * u, floor + height * share)
    top = [point(u, CORNER + (1 - CORNER) * (1 - abs(u) ** TOP_POWER)) for u in across]
    bottom = [point(u, CORNER * abs(u) ** BOTTOM_POWER) for u in reversed(across[1:-1])]
    seam = Line("prop", (point(-1, CORNER), point(1, CORNER)))
    # Grey under a near (white) knee, white under a far (grey) one, so the knee shows resting on it.
    fill = "grey" if at.startswith("near") else "white"
    return [Loop("prop", tuple(top + bottom), fill), seam]
