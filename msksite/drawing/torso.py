"""An upright trunk seen side-on with the shape of a body: a chest in front, a waist, a seat behind, and round ends at
the hips and the shoulders, drawn as one outline round the line of the back.

As a tube of one width it was "one big tube", "a head on a pole", "a boxy torso" (rounds 97 to 103), a shape that
says nothing about which way the person faces. Lying down the trunk stays a tube: there the arm lies along it, and the
chest's bulge made the arm look sunk into the body.
"""
from __future__ import annotations

from math import cos, radians, sin

from .shapes import Layer, Loop, Pt, add, direction

# How far the outline is from the line of the back, in front and behind, in figure units, from the hips (0) to the
# neck (1): the seat, the waist, the chest and the shoulders (the tube was 6.5 each side).
PROFILE = ((0.0, 6.0, 6.8), (0.3, 5.6, 5.6), (0.65, 7.0, 6.2), (1.0, 5.6, 5.4))
# The round ends' points, in degrees either side of straight on, from the front round to the back.
CAP = (-45.0, 0.0, 45.0)
# How far the round ends bulge past the hips and the neck, in their widths: the shoulders squarer (a rounder top rose
# behind the head), the seat rounder.
SHOULDERS, SEAT = 0.45, 0.9
# Upright enough to show a chest: the back within this of upright (the cosine of 60 degrees).
UPRIGHT = 0.5


def is_upright(line: tuple[Pt, ...]) -> bool:
    """Whether the line of the back, from the hips to the neck, stands up enough for the trunk to show its shape."""
    return direction(line[0], line[-1])[1] > UPRIGHT


def torso(line: tuple[Pt, ...], layer: Layer) -> Loop:
    """The trunk's outline round the line of the back (hips first), the front on the side the face looks."""
    n = len(line)
    front, back = [], []
    for i, p in enumerate(line):
        along = direction(line[max(i - 1, 0)], line[min(i + 1, n - 1)])
        ahead = (along[1], -along[0])  # the way the face looks: the back's line turned clockwise
        f, b = depth(i / (n - 1))
        front.append(add(p, ahead, f))
        back.append(add(p, ahead, -b))
    top = _cap(line[-1], direction(line[-2], line[-1]), depth(1.0), True, SHOULDERS)
    seat = _cap(line[0], direction(line[1], line[0]), depth(0.0), False, SEAT)
    return Loop(layer, tuple(front + top + back[::-1] + seat), "white")


def depth(s: float) -> tuple[float, float]:
    """How far the front and the back are from the line of the back, a fraction s of the way up it."""
    for (s0, f0, b0), (s1, f1, b1) in zip(PROFILE, PROFILE[1:]):
        if s <= s1:
            t = (s - s0) / (s1 - s0)
            return f0 + (f1 - f0) * t, b0 + (b1 - b0) * t
    return PROFILE[-1][1:]


def _cap(end: Pt, out: Pt, sizes: tuple[float, float], from_front: bool, length: float) -> list[Pt]:
    """A round end beyond end, bulging the way out points by length times its width, going round from the front to
    the back (at the top) or from the back to the front (at the seat), its radius easing from one side's depth to the
    other's."""
    front, back = sizes
    first, last = (front, back) if from_front else (back, front)
    side = (out[1], -out[0])  # out turned clockwise: the front at the top, the back at the seat
    points = []
    for angle in CAP:
        r = first + (last - first) * (angle + 90) / 180
        a = radians(angle)
        points.append(add(add(end, out, r * cos(a) * length), side, -r * sin(a)))
    return points
