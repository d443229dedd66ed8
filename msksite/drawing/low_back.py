"""The trunk of someone lying on their back whose low back lifts off the floor or presses onto it (a pelvic tilt),
seen from the side: the low back's underside arches up off the floor over an empty gap, and flattens.

Drawn as a tube of the same width, arched, the whole trunk rose in a hump that read as a belly, and the gap under it
stayed small. Here the underside lifts and the front of the body only a little. Arched from the hips to the neck, a
big arch read as a "tent" that "could teach the wrong starting posture", and then as "an exaggerated tunnel": only the
low back lifts, a little (no more than a real one), and the bottom and the shoulder blades stay on the floor.

The still marks the gap itself, hatched, so the space under the low back shows at phone size without a bigger arch
(round 54: white, it was "a small gap that is easy to miss on a phone"). The bold arrow straight down over it, above
the belly, is gone: several reviewers read it as "press your stomach" (3.4 over 17 reviews). Tried in round 54 and
left out, by looking at phone size: a curved arrow rocking the pelvis (over the belly it looked like "curl up"; round
the bottom it was lost among the thigh, the hand and the floor), a bold arrow down inside the gap (a black blob), and
the arms crossed on the chest to give the figure arms (they covered the gap; by the side they lie hidden behind it).
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
# The hatching in the gap: lines this far apart along the floor, each rising at 45 degrees towards the neck from
# this far above the floor line to this far under the back's outline (figure units): touching neither, they read as
# the space between the two. Shorter lines, in the gap's thin ends, are left out (they read as specks).
HATCH_STEP, HATCH_FLOOR, HATCH_TOP, HATCH_SHORTEST = 2.2, 0.9, 1.1, 0.5
HATCH_POINTS = 300  # how finely each hatch line is traced up to the back's underside
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


def gap_hatch(pose: Pose, hip: Pt, neck: Pt, width: float) -> list[Line]:
    """Lines hatching the empty gap under the arched low back, from the floor up to the back's underside: the space
    the back presses down into. White, the gap was easy to miss on a phone; black, it read as "an object placed under
    the spine"; grey, as "a grey wedge": thin lines with white between them keep it empty space, marked."""
    length = dist(hip, neck)
    along, up = direction(hip, neck), left_of(direction(hip, neck))
    if up[1] < 0:
        up = (-up[0], -up[1])
    lift = max(0.0, -pose.back) * LIFT * length
    room = lambda a: lift * _arch(a / length) - HATCH_TOP if 0 <= a <= length else -1.0
    lines = []
    for k in range(int(length / HATCH_STEP) + 1):
        # Each line goes as far along the back as it rises, up to where the gap's room runs out above it.
        a0 = k * HATCH_STEP
        rise = [h for h in (length * i / HATCH_POINTS for i in range(HATCH_POINTS)) if HATCH_FLOOR + h <= room(a0 + h)]
        if rise and rise[0] == 0.0 and rise[-1] >= HATCH_SHORTEST:
            point = lambda h: add(add(hip, along, a0 + h), up, h + HATCH_FLOOR - width / 2)
            lines.append(Line("end", (point(0.0), point(rise[-1]))))
    return lines


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
