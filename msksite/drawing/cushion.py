"""A cushion under a kneeling knee, seen from the side: a plump pillow on the floor, the knee pressed into its top.

Kneeling straight on the floor, the leg was read as "lying flat"; the steps say to kneel on a cushion, and a pad under
the knee raises it off the floor so the bend of the kneeling leg shows. Centred under the knee, its back half was
hidden under the shin sloping down from it (round 33); further ahead, it ran into the front foot (round 35). A low,
squared-off pad ahead of the knee, the knee on its back corner, read as "an unexplained white block", "the back knee
hovers above" it (rounds 33 to 56). Now it is a pillow: over two knees long, domed, flat where it sits on the floor,
its ends pinched where a seam runs round its side, and the knee sunk into a dip in its top with the pillow's crown
rising in front of it, so the knee plainly sits on it (the pose raises the knee so the pillow is plump).
"""
from __future__ import annotations

from math import copysign, exp

from .curves import smooth
from .shapes import Line, Loop, Pt, Shape
from .skeleton import Joints

# Half the cushion's length along the floor, in figure units: over two knees long, so it reads as a cushion.
HALF_LENGTH = 13.0
# How far the cushion's middle is in front of the knee (away from the kneeling shin): the shin sloping back from the
# knee hides the cushion behind it, so most of it shows in front, where its crown rises past the knee.
AHEAD = 2.0
# The knee's round end, black edge included (half a thigh's width and the outline), and how far it sinks below the
# bottom of the dip, so knee and cushion touch with no gap.
KNEE_R, SINK = 5.8, 1.0
# The dip the knee presses into: its depth below the pillow's crown and its half-width, in figure units.
DIP, DIP_W = 5.0, 6.0
# The seam round the pillow's side, as a share of its height: the ends pinch to a point there. It stops short of
# the ends, so it reads as a seam and not a lid.
SEAM, SEAM_GAP = 0.45, 1.5
# The dome's and the underside's shapes: the higher, the squarer (the underside squashes flat on the floor).
DOME, BASE = 1.8, 3.0
SAMPLES = 16


def cushion(pts: Joints, at: str, floor: float) -> list[Shape]:
    """A pillow on the floor under the knee, the knee pressed into its top: grey under a near (white) knee, white under
    a far (grey) one, so knee and cushion stay apart."""
    knee_x, knee_y = pts[at]
    x = knee_x + AHEAD * copysign(1.0, knee_x - pts[at.replace("knee", "ankle")][0])
    crown = knee_y - KNEE_R + SINK + DIP
    seam_y = floor + SEAM * (crown - floor)
    top = tuple((px, seam_y + max(0.0, py - seam_y - DIP * exp(-((px - knee_x) / DIP_W) ** 2)))
                for px, py in _arc(x, seam_y, crown, DOME))
    underside = _arc(x, seam_y, floor, BASE)[::-1]
    seam = ((x - HALF_LENGTH + SEAM_GAP, seam_y), (x + HALF_LENGTH - SEAM_GAP, seam_y))
    fill = "white" if at.startswith("far") else "grey"
    return [Loop("prop", smooth(top + underside[1:-1], closed=True), fill), Line("prop", seam)]


def _arc(x: float, seam_y: float, y: float, power: float) -> tuple[Pt, ...]:
    """From the back end of the seam to its front end, bulging up (or down) to y in the middle."""
    us = [-1 + 2 * i / SAMPLES for i in range(SAMPLES + 1)]
    return tuple((x + HALF_LENGTH * u, seam_y + (y - seam_y) * (1 - abs(u) ** power) ** (1 / power)) for u in us)
