"""A wrist lift's hand gripping a tin of food, seen from the side (lift.py).

The can lies across the palm, its axis towards you, and pokes out of the fist: its white round lid with a rim,
nearest you, and its grey label back to where the fingers hold it. A round tin coming out of a curled hand says
"I am holding a can" at any size; a can seen from its side, standing on a flat hand or hanging under a block with
knuckle bumps, read as a mitten or a box. The index finger bends round the can's far side at its joints, the middle
finger's outline just beyond it, and the thumb comes up its near side, tucked behind the lid; each has a nail. The
same hand serves both lifts, its palm towards the frame's across: palm up the can lies in the hand, above it, the
fingers over its top; palm down it hangs under the hand, the fingers under it.

Everything is in the hand's frame (hands.Frame): x along the hand in hand lengths, y towards the palm.
"""
from __future__ import annotations

from math import cos, radians, sin

from .hands import Frame, hull
from .shapes import Fill, Layer, Line, Loop, Pt, Shape, Tube
from .tin import FINGER_W, nail

# The can: its middle in the grip (just past the palm's surface at y = PALM), its radius (a tin is a little under
# half a hand long across) and its lid's rim's radius.
PALM = 0.12
CAN_R = 0.22
CAN = (0.5, PALM + CAN_R + 0.01)
RIM = 0.86
OUT = (0.05, 0.2)  # where the can's near end is, from its middle in the grip
# The hand's block: wrist to the big knuckles, back (y < 0) to palm, rounded where the fingers leave it.
HAND = ((0.0, -0.13), (0.45, -0.15), (0.66, -0.12), (0.76, -0.03), (0.74, 0.06), (0.66, PALM), (0.0, PALM))
THUMB_W = 0.15
# The index finger, its three bones bending round the can's far side and over its free side, the tip towards the
# wrist: joints, not a smooth arc, say "finger" (a smooth coil of three fingers read as a spring round a ring).
FINGER = ((0.68, 0.02), (0.83, 0.3), (0.73, 0.57), (0.52, 0.64))
MIDDLE = ((0.7, 0.02), (0.9, 0.3), (0.79, 0.62), (0.6, 0.71))  # the middle finger behind it, its outline showing
# The thumb: from the palm by the wrist up the can's near side, its tip on the can's near shoulder.
THUMB = ((0.14, 0.06), (0.15, 0.28), (0.25, 0.45))


def can_grip(f: Frame, layer: Layer, fill: Fill) -> list[Shape]:
    """The hand, its palm towards f.across, gripping the can, back to front: the middle finger, the hand, the index
    finger, the can's label, the thumb over it and the can's lid over the thumb's root."""
    back = Tube(layer, f.all(MIDDLE), FINGER_W * f.size, fill)
    hand = Loop(layer, f.all(HAND), fill)
    label, lid = _can(f, layer)
    index, thumb = _finger(f, layer, fill, FINGER, FINGER_W), _finger(f, layer, fill, THUMB, THUMB_W)
    return [back, hand] + index + label + thumb + lid


def _ring(r: float, out: Pt = (0.0, 0.0)) -> tuple[Pt, ...]:
    """Points every 20 degrees round a circle r across, about the can's middle in the grip moved by out."""
    return tuple((CAN[0] + out[0] + r * cos(radians(a)), CAN[1] + out[1] + r * sin(radians(a)))
                 for a in range(0, 360, 20))


def _finger(f: Frame, layer: Layer, fill: Fill, path: tuple[Pt, ...], width: float) -> list[Shape]:
    return [Tube(layer, f.all(path), width * f.size, fill), nail(f, layer, path[-2], path[-1])]


def _can(f: Frame, layer: Layer) -> tuple[list[Shape], list[Shape]]:
    """The can coming out of the fist towards you: its grey label from inside the grip to its white lid, and the
    rim round the lid."""
    near, rim = _ring(CAN_R, OUT), _ring(CAN_R * RIM, OUT)
    label = Loop(layer, f.all(hull(_ring(CAN_R) + near)), "grey")
    return [label], [Loop(layer, f.all(near), "white"), Line(layer, f.all(rim + rim[:1]))]
