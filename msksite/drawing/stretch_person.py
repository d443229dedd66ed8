"""The person doing a wrist stretch, big, from the head to the chest, FACING YOU (round 94): the stretched arm held
straight out towards you at shoulder height, so it is only a short stub from the shoulder (foreshortened) with the
big hand, which stretch.py draws, standing up or hanging down in front of that shoulder; the other arm (grey, so
the two hands never merge) hangs by the side, or bends across the front of the chest to the stretched hand.

Until round 94 the person was side-on, facing right, with the hand cheated round to face you: "a face-on hand on a
side-on body mixes viewpoints", and the other arm, hidden behind the near one, was "a strange diagonal band", its
hand "a blob that comes from nowhere". Facing you, the face-on hand is simply true, and the other arm shows whole,
from its own shoulder across the body.

Figure units, y up, the middle of the body at x = 0; the stretched arm is on the right of the picture.
"""
from __future__ import annotations

from .figure import WIDTHS
from .head_view import head
from .shapes import Fill, Loop, Pt, Shape, Tube

# The neck's base and the head's middle, above the shoulders.
NECK, HEAD = (0.0, 64.0), (0.0, 75.5)
# The shoulders and chest as one outline, its right half (out, up) from the neck down the side, mirrored for the
# left, running off the bottom of the picture; shoulders about three heads wide, as a grown-up's.
TRUNK_HALF = ((3.0, 65.0), (10.0, 64.0), (14.0, 61.5), (15.0, 57.0), (13.0, 20.0))
# The shoulder joints: the stretched arm's on the right, the other's on the left.
SHOULDER, OTHER_SHOULDER = (11.5, 59.0), (-11.0, 59.0)
# The stretched arm comes towards you: from the shoulder it shows only as a short, wide stub, down and out a little
# to the wrist, where the hand stands up or hangs; wider than a whole person's arm, as it is nearer you and its hand
# is drawn big (thin under a big hand, it looked "awkward").
WRIST = (17.0, 55.0)
ARM_W = 9.0
# The other arm: its upper arm and forearm, wide enough for its big hand.
OTHER_W = 7.0
# Hanging by the side (picture 1), its elbow and its wrist, off the bottom of the picture.
# The shirt, the stretched arm's sleeve too, is dark and the other arm light: the white stretched hand stands out
# on the chest, and the other arm shows plainly from its own shoulder across it (a grey shirt hid the other arm's
# sleeve, all but its outline; a white one left the stretched hand on a stick, the chest's edge under it).
SHIRT: Fill = "dark"
SLEEVE: Fill = "grey"
HANGING = ((-13.0, 40.0), (-12.5, 18.0))


def body(layer: str = "end") -> list[Shape]:
    """The chest and shoulders, the neck and the head facing you."""
    right = list(TRUNK_HALF)
    left = [(-x, y) for x, y in reversed(right)]
    trunk = Loop(layer, tuple(right + left), SHIRT)
    neck = Tube(layer, (NECK, HEAD), WIDTHS["neck"])
    return [neck, trunk] + head(HEAD, NECK, 0.0, layer, 1.0)


def near_arm(layer: str = "end") -> Shape:
    """The stretched arm, coming towards you: a short wide stub from the shoulder to the wrist."""
    return Tube(layer, (SHOULDER, WRIST), ARM_W, SHIRT)


def other_arm(elbow: Pt, wrist: Pt, layer: str = "end") -> Shape:
    """The other arm, grey, from its shoulder to its elbow and on to its wrist."""
    return Tube(layer, (OTHER_SHOULDER, elbow, wrist), OTHER_W, SLEEVE)


def hanging_arm(layer: str = "end") -> Shape:
    """The other arm hanging by the side, off the bottom of the picture."""
    return other_arm(*HANGING, layer)
