"""The trunk of someone lying on their back whose low back lifts off the floor or presses onto it (a pelvic tilt),
seen from the side: the low back's underside arches up off the floor over an empty gap, and flattens.

Drawn as a tube of the same width, arched, the whole trunk rose in a hump that read as a belly, and the gap under it
stayed small. Here the underside lifts and the front of the body only a little. Arched from the hips to the neck, a
big arch read as a "tent" that "could teach the wrong starting posture", and then as "an exaggerated tunnel": only the
low back lifts, a little (no more than a real one), and the bottom and the shoulder blades stay on the floor.

Round 94: reviewers kept saying "nothing shows the PELVIS tilting" and read the bold straight arrow down at the belly
as "push your stomach down" (in the gap, under the floor, inside the low back, or with a hand on the chest, it did no
better). So the pelvis itself is drawn, as physiotherapy leaflets do: a grey hip bone in the hip end of the trunk, a
broad wing towards the head narrowing towards the tail, with the spine as a row of dots from it to the shoulders (an
X-ray hint; alone, the grey shape read as a lump). In 1 it is tipped forward (its top towards the feet, the spine
arched over the gap), in 2 tipped back (its top down towards the head, the tail bone up a little, the spine flat).
The arch moved a little towards the head, over the pelvis's top, where the lumbar spine is. The straight arrow is
gone: a curved arrow round the pelvis in 1 says "rock it back".
"""
from __future__ import annotations

from math import cos, dist, pi, radians, sin

from msksite.schema.pose import Pose

from .curves import smooth
from .shapes import Layer, Line, Loop, Pt, Shape, add, direction, left_of, unit

# Where along the back, from the hips, the arch starts (the bottom on the floor before it, with the pelvis in it), is
# highest (past the middle: nearer the hips, the thigh hid the gap) and ends (the shoulder blades on the floor after
# it), and how high it lifts for each degree of `back`, in trunk lengths: a real arch is a finger's width, and
# patients copy the picture, so the gap stays under half the trunk's thickness (tests/test_drawing.py).
ARCH_FROM, LOW_BACK, ARCH_TO = 0.44, 0.64, 0.86
LIFT = 1 / 200
# How much of the underside's lift the front of the body follows: the trunk thins where the back arches, and the
# belly barely rises (following more of it, the front humped over the body).
FRONT_SHARE = 0.25
# The hip bone seen from the side, lying on the back, as (towards the head, towards the front) in trunk widths from
# its middle: broad at its top (the wing, towards the head), narrowing to the tail end (a plain oval did not read as
# a bone), rounded off by curves.smooth. Its middle is this far along the trunk from the hips (any nearer, the thigh
# hid it), and it is drawn this big.
PELVIS = ((0.55, 0.33), (0.0, 0.29), (-0.45, 0.18), (-0.5, 0.0), (-0.45, -0.18), (0.0, -0.29), (0.55, -0.33))
PELVIS_AT, PELVIS_SIZE = 0.36, 1.0
# How far it is tipped back (its top down, the tail bone up), in degrees, with the back flat, and how much less for
# each degree the back arches: tipped forward in the start. Less than about 20 degrees each way was not seen at
# phone size; more, its corners stuck out of the trunk.
FLAT_TILT, TILT_PER_BACK = 22.0, 1.2
# The spine's dots run this far above the underside, from this far along the trunk from the hips to the neck.
SPINE_IN, SPINE_FROM = 3.0, 0.5
# The curved arrow round the pelvis: its radius (figure units) and where it starts and how far it sweeps (degrees
# anticlockwise from straight down): over the pelvis from the thigh to the pelvis's top, ending pointing down there
# (the top tips back down towards the floor). Its head, in figure units, is wide, so it reads at phone size.
ROCK_R, ROCK_FROM, ROCK_SWEEP = 12.0, 122.0, 122.0
ROCK_STEPS = 12
HEAD_DEEP, HEAD_WIDE = 5.0, 4.0
SAMPLES = 16  # points along each edge (8 drew the arch's top as a peak)
CAP = 4  # points round each rounded end


def _only_back_moves(pose: Pose) -> bool:
    """Whether the start differs from the end only in the curve of the back (a pelvic tilt)."""
    return pose.start is not None and pose.start.model_dump(exclude_defaults=True).keys() == {"back"}


def back_on_floor_moves(pose: Pose) -> bool:
    """Whether the person lies on their back and the movement is the low back lifting off the floor or pressing onto
    it (the back curved, or a start that only curves it): then the gap under the back is what the picture shows."""
    return pose.view == "side" and pose.trunk == -90 and (pose.back < 0 or _only_back_moves(pose))


def lying_trunk_shapes(pose: Pose, hip: Pt, neck: Pt, width: float, layer: Layer) -> list[Shape]:
    """The gap under the low back (white, empty space with the floor under it: black, it read as "an object placed
    under the spine", which a patient might copy; grey, a "grey wedge" nobody understood; flat on the floor it has no
    height), the trunk over it, and in it the spine's dots and the pelvis, each the same number of points whatever
    the arch, so the moving drawing morphs one into the other (the pelvis rocks)."""
    length, along, up = _frame(hip, neck)
    lift = [_arch(i / SAMPLES) * max(0.0, -pose.back) * LIFT * length for i in range(SAMPLES + 1)]
    at = lambda i, k: add(add(hip, along, length * i / SAMPLES), up, k)
    under = [at(i, h - width / 2) for i, h in enumerate(lift)]
    front = [at(i, FRONT_SHARE * h + width / 2) for i, h in enumerate(lift)]
    outline = under + _cap(neck, along, up, width / 2) + front[::-1] + _cap(hip, along, up, width / 2, back=True)
    gap = under + [at(SAMPLES, -width / 2), at(0, -width / 2)]
    spine = [at(i, h - width / 2 + SPINE_IN) for i, h in enumerate(lift) if i / SAMPLES >= SPINE_FROM]
    return [Loop(layer, tuple(gap), "white"), Loop(layer, tuple(outline), "white"),
            Line(layer, tuple(spine), dotted=True), Loop(layer, pelvis_outline(pose, hip, neck, width), "grey")]


def pelvis_tilt(pose: Pose) -> float:
    """How far the pelvis is tipped back (the tail bone up), in degrees: forward (negative) as the back arches."""
    return FLAT_TILT + TILT_PER_BACK * min(0.0, pose.back)


def pelvis_outline(pose: Pose, hip: Pt, neck: Pt, width: float) -> tuple[Pt, ...]:
    """The pelvis's outline in the hip end of a trunk width wide, tipped as pelvis_tilt says about its middle."""
    _, along, up = _frame(hip, neck)
    centre, size, turn = _pelvis_middle(hip, neck), width * PELVIS_SIZE, radians(pelvis_tilt(pose))
    # Tipped back, its top (towards the head) goes down towards the floor.
    tipped = [(u * cos(turn) + v * sin(turn), v * cos(turn) - u * sin(turn)) for u, v in smooth(PELVIS, closed=True)]
    return tuple(add(add(centre, along, u * size), up, v * size) for u, v in tipped)


def gap_arrow(pose: Pose, hip: Pt, neck: Pt, width: float) -> list[Shape]:
    """A curved arrow round the pelvis, over it from the thigh to its top and down there: the pelvis rocks back, its
    top down towards the floor, and the low back goes down onto the floor (a bold straight arrow down at the low
    back, over the belly, read as "push your stomach down", and nothing showed the pelvis rocking)."""
    _, along, up = _frame(hip, neck)
    centre, feet = _pelvis_middle(hip, neck), (-along[0], -along[1])
    # Its angles are as drawn with the feet to the right: mapped so it bends the same way whichever way the person lies.
    turns = [unit(ROCK_FROM + ROCK_SWEEP * i / ROCK_STEPS) for i in range(ROCK_STEPS + 1)]
    path = tuple(add(add(centre, feet, ROCK_R * x), up, ROCK_R * y) for x, y in turns)
    tip, ahead = path[-1], direction(path[-2], path[-1])
    back, wide = add(tip, ahead, -HEAD_DEEP), left_of(ahead)
    head = (add(back, wide, HEAD_WIDE), tip, add(back, wide, -HEAD_WIDE))
    return [Line("arrow", path), Line("arrow", head)]


def _frame(hip: Pt, neck: Pt) -> tuple[float, Pt, Pt]:
    """The trunk's length, the way from the hips to the neck, and the way up from its underside to its front."""
    along, up = direction(hip, neck), left_of(direction(hip, neck))
    return dist(hip, neck), along, (up if up[1] >= 0 else (-up[0], -up[1]))


def _pelvis_middle(hip: Pt, neck: Pt) -> Pt:
    length, along, _ = _frame(hip, neck)
    return add(hip, along, length * PELVIS_AT)


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
