"""The trunk of someone lying on their back whose low back lifts off the floor or presses onto it (a pelvic tilt),
seen from the side: the low back's underside arches up off the floor over an empty gap, and flattens.

Drawn as a tube of the same width, arched, the whole trunk rose in a hump that read as a belly, and the gap under it
stayed small. Here the underside lifts and the front of the body only a little. Arched from the hips to the neck, a
big arch read as a "tent" that "could teach the wrong starting posture": only the low back lifts, a little (no more than
a real one), and the bottom and the shoulder blades stay on the floor; a round close-up shows the small gap magnified.
"""
from __future__ import annotations

from math import atan2, cos, dist, pi, sin

from msksite.schema.pose import Pose

from .shapes import Circle, Layer, Line, Loop, Pt, Shape, add, direction, left_of

# Where along the back, from the hips, the arch starts (the bottom on the floor before it), is highest (just short
# of the middle: nearer the hips, the thigh hid the gap and its arrow) and ends (the shoulder blades on the floor
# after it), and how high it lifts for each degree of `back`, in trunk lengths: a real arch is a finger's width, and
# patients copy the picture, so it stays under half the trunk's thickness (the close-up shows it big).
ARCH_FROM, LOW_BACK, ARCH_TO = 0.15, 0.45, 0.8
LIFT = 1 / 200
# How much of the underside's lift the front of the body follows: the trunk thins where the back arches, and the
# belly barely rises (following more of it, the front humped over the body).
FRONT_SHARE = 0.25
# The close-up of the low back over the floor (the arch is small, so the gap closing is shown magnified, as the
# bridge and heel drops show theirs): drawn this many times as big, in a circle this big (figure units) just above the
# front of the body over the low back, the floor this far (in radii) below its centre.
ZOOM, LENS_R, LENS_CLEAR, FLOOR_AT = 2.6, 13.0, 2.0, 0.8
# The arrow down in the magnified gap keeps this far from the back above it and the floor below it (figure units);
# its head, wide, so it reads at thumbnail size.
ARROW_ROOM = 1.2
HEAD_DEEP, HEAD_WIDE = 3.5, 3.5
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


def gap_close_up(pose: Pose, hip: Pt, neck: Pt, width: float) -> list[Shape]:
    """A round close-up just above the arched low back: the floor, the back over it and the small empty gap between
    them magnified, with a bold arrow in the gap down to the floor (the low back goes down; an arrow down on the front
    of the body read as "push your tummy down")."""
    length = dist(hip, neck)
    along, up = direction(hip, neck), left_of(direction(hip, neck))
    if up[1] < 0:
        up = (-up[0], -up[1])
    lift = max(0.0, -pose.back) * LIFT * length
    floor = add(add(hip, along, length * LOW_BACK), up, -width / 2)
    centre = add(floor, up, width + FRONT_SHARE * lift * _arch(LOW_BACK) + LENS_CLEAR + LENS_R)
    ground = add(centre, up, -FLOOR_AT * LENS_R)
    seen = lambda t, k: add(add(ground, along, (t - LOW_BACK) * length * ZOOM), up, k * ZOOM)
    back = [seen(t, _arch(t) * lift) for t in (LOW_BACK + (i - SAMPLES) / (2 * SAMPLES) for i in range(2 * SAMPLES + 1))]
    back = [p for p in back if dist(p, centre) < LENS_R]
    # The body above the back fills the circle over it: round the circle's edge from one end of the back to the other.
    rim = _rim(centre, back[-1], back[0], up)
    half = (LENS_R ** 2 - (FLOOR_AT * LENS_R) ** 2) ** 0.5
    top, tip = add(seen(LOW_BACK, lift), up, -ARROW_ROOM), add(ground, up, ARROW_ROOM)
    wide, neck_of_head = left_of(up), add(tip, up, HEAD_DEEP)
    head = (add(neck_of_head, wide, HEAD_WIDE), tip, add(neck_of_head, wide, -HEAD_WIDE))
    return [Circle("arrow", centre, LENS_R, "white"), Loop("arrow", tuple(back + rim), "grey"),
            Line("arrow", (add(ground, along, -half), add(ground, along, half))),
            Line("arrow", (top, tip)), Line("arrow", head)]


def _rim(centre: Pt, a: Pt, b: Pt, up: Pt) -> list[Pt]:
    """Points on the circle's edge from a to b (both on it, or nearly), the way round over the top (towards up)."""
    start, end = (atan2(p[1] - centre[1], p[0] - centre[0]) for p in (a, b))
    sweep = (end - start) % (2 * pi)
    middle = start + sweep / 2
    if cos(middle) * up[0] + sin(middle) * up[1] < 0:
        sweep -= 2 * pi
    turns = (start + sweep * i / CAP for i in range(1, CAP))
    return [add(centre, (cos(t), sin(t)), LENS_R) for t in turns]


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
