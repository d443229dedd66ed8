"""A cushion under a kneeling knee, seen from the side: a soft, flat pad from the floor up to the knee.

Kneeling straight on the floor, the leg was read as "lying flat"; the steps say to kneel on a cushion, and a pad under
the knee raises it off the floor so the bend of the kneeling leg shows.

Under a far (grey) knee the pad is dark grey, darker than the leg and the paper, and thin (the hip flexor stretch
kneels low, so its knee is near the floor): white, it was "an unclear white blob", "looks like a foot", "a block"
(round 81); a domed pillow and a soft pad with the knee pressed in had not helped either.
"""
from __future__ import annotations

from math import copysign, cos, pi, sin

from .shapes import Loop, Shape
from .skeleton import Joints

# Half the cushion's length along the floor, in figure units (about a thigh's length across, so it reads as a
# cushion and not a block); its corners are rounded by sampling a squashed circle.
HALF_LENGTH = 11.0
SAMPLES = 12
ROUNDNESS = 0.4  # below 1 the sides are flatter and the corners squarer
# How far the middle of the knee is above the cushion's top: a little less than half the thigh's width, so the knee
# sinks into it.
SINK = 3.5
# How far the cushion's middle is in front of the knee (away from the kneeling shin), in figure units: centred under
# the knee, its back half was hidden under the shin sloping down from it, and it hardly showed (round 33). Further
# ahead, it ran into the front foot (round 35).
AHEAD = 4.5


def cushion(pts: Joints, at: str, floor: float) -> list[Shape]:
    """A pad on the floor under the knee, its top where the knee rests: grey under a near (white) knee, dark grey
    under a far (grey) one, so knee and cushion stay apart."""
    knee_x, knee_y = pts[at]
    x = knee_x + AHEAD * copysign(1.0, knee_x - pts[at.replace("knee", "ankle")][0])
    top = knee_y - SINK
    half_h, mid = (top - floor) / 2, (top + floor) / 2
    outline = tuple((x + HALF_LENGTH * _squash(cos(a)), mid + half_h * _squash(sin(a)))
                    for a in (2 * pi * i / SAMPLES for i in range(SAMPLES)))
    return [Loop("prop", outline, "dark" if at.startswith("far") else "grey")]


def _squash(v: float) -> float:
    return (abs(v) ** ROUNDNESS) * (1 if v >= 0 else -1)
