"""Someone sitting on the floor leaning back on their forearms (a thigh squeeze), seen from the side: the trunk drawn
as a body's outline, a rounded chest in front and a back behind, sitting on its bottom.

Drawn as the straight tube every other side-on trunk is, leaning this far back the upright near arm covered its
underside and only the top edge showed: "the torso is a single thin line" from the chin to the hip, "the figure
looks broken" (8 of 12 reviews, round 41). Here the trunk is deeper than the tube, the chest rounds up in front and
the back and the bottom show behind the arm, down to the floor.
"""
from __future__ import annotations

from math import dist

from msksite.schema.pose import Pose

from .curves import smooth
from .shapes import Layer, Loop, Pt, add, direction, left_of

# Leaning back at least this much (degrees from upright), and not lying flat, side-on: propped on the forearms.
RECLINE_FROM, RECLINE_TO = 30.0, 80.0
# The outline, as (along the trunk from the hip to the neck in trunk lengths, out towards the front in figure
# units; negative is behind, the back), round from the front of the hip, up the belly and chest to the throat, then
# down the back to the bottom resting on the floor behind the hip. The chest and the shoulder blades are the widest
# (a real chest is deeper than a thigh is thick: 9 there against the tube's 6.5 each side).
OUTLINE = ((0.05, 4.5), (0.3, 6.0), (0.55, 7.0), (0.75, 8.5), (0.9, 7.0), (1.0, 3.0),
           (1.02, -3.5), (0.93, -9.5), (0.75, -8.5), (0.45, -6.5), (0.2, -7.0), (0.0, -7.0), (-0.15, -4.0))


def reclines(pose: Pose) -> bool:
    """Whether the person sits side-on leaning well back, short of lying down (propped up on the forearms)."""
    return pose.view == "side" and RECLINE_FROM <= -pose.trunk <= RECLINE_TO


def reclined_trunk(hip: Pt, neck: Pt, layer: Layer) -> Loop:
    """The trunk's outline from the hip to the neck, chest up and back down, rounded off."""
    length = dist(hip, neck)
    along = direction(hip, neck)
    # The person faces right, so leaning back the front of the body is to the right of the line up the trunk.
    front = (-left_of(along)[0], -left_of(along)[1])
    points = tuple(add(add(hip, along, t * length), front, k) for t, k in OUTLINE)
    return Loop(layer, smooth(points, closed=True), "white")
