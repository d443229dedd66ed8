"""The trunk of someone lying on their back whose low back lifts off the floor or presses onto it (a pelvic tilt),
seen from the side: the low back's underside arches up off the floor over an empty gap, and flattens.

Drawn as a tube of the same width, arched, the whole trunk rose in a hump that read as a belly, and the gap under it
stayed small. Here the underside lifts and the front of the body only a little. Arched from the hips to the neck, a
big arch read as a "tent" that "could teach the wrong starting posture", and then as "an exaggerated tunnel": only the
low back lifts, a little (no more than a real one), and the bottom and the shoulder blades stay on the floor.
"""
from __future__ import annotations

from math import cos, dist, pi, sin

from msksite.schema.pose import Pose

from .shapes import Layer, Line, Loop, Pt, Shape, add, direction, left_of

# Where along the back, from the hips, the arch starts (the bottom on the floor before it), is highest (just short
# of the middle: nearer the hips, the thigh hid the gap and its arrow) and ends (the shoulder blades on the floor
# after it), and how high it lifts for each degree of `back`, in trunk lengths: a real arch is a finger's width, and
# patients copy the picture, so the gap stays under half the trunk's thickness (tests/test_drawing.py).
ARCH_FROM, LOW_BACK, ARCH_TO = 0.15, 0.45, 0.8
LIFT = 1 / 200
# How much of the underside's lift the front of the body follows: the trunk thins where the back arches, and the
# belly barely rises (following more of it, the front humped over the body).
FRONT_SHARE = 0.25
# The arrow down at the low back keeps this far above the front of the body and is this long, in figure units (in
# the gap it was "hard to see" at phone size).
ARROW_CLEAR, ARROW_LONG = 2.0, 16.0
# Its head, in figure units: wide, so it reads at thumbnail size.
HEAD_DEEP, HEAD_WIDE = 5.0, 5.0
SAMPLES = 16  # points along each edge (8 drew the arch's top as a peak)
CAP = 4  # points round each rounded end


def _only_back_moves(pose: Pose) -> bool:
    """Whether the start differs from the end only in the curve of the back (a pelvic tilt)."""
    return pose.start is not None and pose.start.model_dump(exclude_defaults=True).keys() == {"back"}


def back_on_floor_moves(pose: Pose) -> bool:
    """Whether the person lies on their back and the movement is the low back lifting off the floor or pressing onto
    it (the back curved, or a start that only curves it): then the gap under the back is what the picture shows."""
    return pose.view == "side" and pose.trunk == -90 and (pose.back < 0 or _only_back_moves(pose))


def lying_trunk_shapes(pose: Pose, hip: Pt, neck: Pt, width: float, layer: Layer) -> list[Loop]:
    """The gap under the low back (white, empty space with the floor under it: black, it read as "an object placed
    under the spine", which a patient might copy; grey, a "grey wedge" nobody understood; flat on the floor it has no
    height) and the trunk over it, each the same number of points whatever the arch, so the moving drawing morphs
    one into the other."""
    length = ((neck[0] - hip[0]) ** 2 + (neck[1] - hip[1]) ** 2) ** 0.5
    along, up = direction(hip, neck), left_of(direction(hip, neck))
    if up[1] < 0:
        up = (-up[0], -up[1])
    lift = [_arch(i / SAMPLES) * max(0.0, -pose.back) * LIFT * length for i in range(SAMPLES + 1)]
    at = lambda i, k: add(add(hip, along, length * i / SAMPLES), up, k)
    under = [at(i, h - width / 2) for i, h in enumerate(lift)]
    front = [at(i, FRONT_SHARE * h + width / 2) for i, h in enumerate(lift)]
    outline = under + _cap(neck, along, up, width / 2) + front[::-1] + _cap(hip, along, up, width / 2, back=True)
    gap = under + [at(SAMPLES, -width / 2), at(0, -width / 2)]
    return [Loop(layer, tuple(gap), "white"), Loop(layer, tuple(outline), "white")]


def gap_arrow(pose: Pose, hip: Pt, neck: Pt, width: float) -> list[Shape]:
    """A bold arrow straight down at the front of the body over the arched low back, the empty gap under it: the low
    back is to go down and close the gap (in the gap, the arrow was "hard to see", and with it there the white gap was
    "a tiny bump that is easy to miss")."""
    length = dist(hip, neck)
    along, up = direction(hip, neck), left_of(direction(hip, neck))
    if up[1] < 0:
        up = (-up[0], -up[1])
    high = max(0.0, -pose.back) * LIFT * length * _arch(LOW_BACK)
    floor = add(add(hip, along, length * LOW_BACK), up, -width / 2)
    tip = add(floor, up, width + FRONT_SHARE * high + ARROW_CLEAR)
    tail, back, wide = add(tip, up, ARROW_LONG), add(tip, up, HEAD_DEEP), left_of(up)
    head = (add(back, wide, HEAD_WIDE), tip, add(back, wide, -HEAD_WIDE))
    return [Line("arrow", (tail, tip)), Line("arrow", head)]


def _arch(t: float) -> float:
    """The height of the arch at t along the back from the hips (0) to the neck (1), highest (1) at LOW_BACK: a
    smooth hump that meets the floor at ARCH_FROM and ARCH_TO."""
    s = (t - ARCH_FROM) / (LOW_BACK - ARCH_FROM) if t <= LOW_BACK else (ARCH_TO - t) / (ARCH_TO - LOW_BACK)
    return sin(max(0.0, s) * pi / 2) ** 0.8


def _cap(end: Pt, along: Pt, up: Pt, r: float, back: bool = False) -> list[Pt]:
    """The rounded end of the trunk round end, from under it to over it (back: from over it to under it)."""
    out = (-along[0], -along[1]) if back else along
    turns = [pi * (i + 1) / (CAP + 1) for i in range(CAP)]
    points = [add(add(end, up, -r * cos(a)), out, r * sin(a)) for a in turns]
    return points[::-1] if back else points
