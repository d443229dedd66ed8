"""The trunk of someone lying on their back whose low back lifts off the floor or presses onto it (a pelvic tilt),
seen from the side: the low back's underside arches up off the floor over an empty gap, and flattens.

Drawn as a tube of the same width, arched, the whole trunk rose in a hump that read as a belly, and the gap under it
stayed small. Here the underside lifts and the front of the body only a little. Arched from the hips to the neck, a
big arch read as a "tent" that "could teach the wrong starting posture", and then as "an exaggerated tunnel": only the
low back lifts, a little (no more than a real one), and the bottom and the shoulder blades stay on the floor.

The arrow: a bold one down over the tummy of the arched start (1) read as "push your stomach down" and "arching is the
exercise"; tried instead and dropped by reviewers: the gap hatched with no arrow ("no clue what to do"), a hand under the back, a curved
arrow round the bottom under the floor ("confusing"), a hollow arrow inside the low back (still "on the belly"). Round
91: the arrow goes on the result, down at the small of the back pressed flat (2); by eye, a curved arrow round the
pelvis there ran over the thigh and pointed at the chest, and an arrow down through the body to the floor cut it in
two. With no arms ("the figure has no arms"), the person now lies as relaxed people do, a hand resting on the chest:
the elbow out to the side on the floor by the chest and the forearm up to the front of it (an arm along the floor
would cover the gap; a full-length upper arm along the side put the elbow over the low back).
"""
from __future__ import annotations

from math import cos, dist, pi, sin

from msksite.schema.pose import Pose

from .shapes import Layer, Line, Loop, Pt, Shape, add, direction, left_of
from .skeleton import ARM, PADS

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
# A hand resting on the chest: the wrist sits on the front of the body this far along the back from the hips (where
# the arch ends, so the hand lies still in both pictures), the hand lies along the chest towards the head, this much
# of its length (it crosses the body, in depth, so it looks short), and the elbow bends at least this much for the hand
# to rest on the body. The elbow, out to the side on the floor, is this far along and this far above the floor: the
# upper arm runs out towards you, in depth, so it looks short; as long as it is, the elbow sat over the low back and
# crowded the gap.
CHEST_AT, HAND_SHOWN, RESTING_ELBOW = 0.8, 0.7, 90.0
ELBOW_AT, ELBOW_UP = 0.72, 8.0
SAMPLES = 16  # points along each edge (8 drew the arch's top as a peak)
CAP = 4  # points round each rounded end


def _only_back_moves(pose: Pose) -> bool:
    """Whether the start differs from the end only in the curve of the back (a pelvic tilt)."""
    return pose.start is not None and pose.start.model_dump(exclude_defaults=True).keys() == {"back"}


def back_on_floor_moves(pose: Pose) -> bool:
    """Whether the person lies on their back and the movement is the low back lifting off the floor or pressing onto
    it (the back curved, or a start that only curves it): then the gap under the back is what the picture shows."""
    return pose.view == "side" and pose.trunk == -90 and (pose.back < 0 or _only_back_moves(pose))


def hand_on_chest(pose: Pose) -> bool:
    """Whether the person lies with the back moving and the elbows bent: the hands rest on the chest, as relaxed people
    lie (with no arms, reviewers said "the figure has no arms"; an arm lying along the floor would cover the gap)."""
    return back_on_floor_moves(pose) and (pose.near.elbow or 0.0) >= RESTING_ELBOW


def chest_hands(pose: Pose, pts: dict[str, Pt], width: float) -> dict[str, Pt]:
    """The joints with each hand resting flat on the chest: the elbow out to the side on the floor by the chest (the
    upper arm runs out towards you, in depth, so it looks short, and the elbow stays clear of the low back), the
    forearm up from it to the front of the chest, where the hand lies towards the head, riding on the front as the
    back arches."""
    hip = pts["hip"]
    length, along, up = _frame(hip, pts["neck"])
    at = lambda t, k: add(add(hip, along, length * t), up, k)
    front = lambda t: at(t, width / 2 + PADS["wrist"] + FRONT_SHARE * _lift(pose, t, length))
    elbow = at(ELBOW_AT, ELBOW_UP - width / 2)
    wrist, tip = front(CHEST_AT), front(CHEST_AT + ARM[2] * HAND_SHOWN / length)
    return {**pts, **{f"{side}_{name}": p for side in ("near", "far")
                      for name, p in (("elbow", elbow), ("wrist", wrist), ("tip", tip))}}


def lying_trunk_shapes(pose: Pose, hip: Pt, neck: Pt, width: float, layer: Layer) -> list[Loop]:
    """The gap under the low back (white, empty space with the floor under it: black, it read as "an object placed
    under the spine", which a patient might copy; grey, a "grey wedge" nobody understood; flat on the floor it has no
    height) and the trunk over it, each the same number of points whatever the arch, so the moving drawing morphs
    one into the other."""
    length, along, up = _frame(hip, neck)
    lift = [_lift(pose, i / SAMPLES, length) for i in range(SAMPLES + 1)]
    at = lambda i, k: add(add(hip, along, length * i / SAMPLES), up, k)
    under = [at(i, h - width / 2) for i, h in enumerate(lift)]
    front = [at(i, FRONT_SHARE * h + width / 2) for i, h in enumerate(lift)]
    outline = under + _cap(neck, along, up, width / 2) + front[::-1] + _cap(hip, along, up, width / 2, back=True)
    gap = under + [at(SAMPLES, -width / 2), at(0, -width / 2)]
    return [Loop(layer, tuple(gap), "white"), Loop(layer, tuple(outline), "white")]


def press_arrow(hip: Pt, neck: Pt, width: float) -> list[Shape]:
    """A bold arrow straight down at the small of the back pressed flat, just over the front of the body at the waist:
    the result, the low back pressed down (on the arched start, over its gap, it read as "arching is the exercise";
    in the gap it was "hard to see", and with it there the white gap was "a tiny bump that is easy to miss")."""
    length, along, up = _frame(hip, neck)
    floor = add(add(hip, along, length * LOW_BACK), up, -width / 2)
    tip = add(floor, up, width + ARROW_CLEAR)
    tail, back, wide = add(tip, up, ARROW_LONG), add(tip, up, HEAD_DEEP), left_of(up)
    head = (add(back, wide, HEAD_WIDE), tip, add(back, wide, -HEAD_WIDE))
    return [Line("arrow", (tail, tip)), Line("arrow", head)]


def _frame(hip: Pt, neck: Pt) -> tuple[float, Pt, Pt]:
    """The back's length, the way along it from the hips to the neck, and the way up from the floor."""
    along, up = direction(hip, neck), left_of(direction(hip, neck))
    return dist(hip, neck), along, up if up[1] >= 0 else (-up[0], -up[1])


def _lift(pose: Pose, t: float, length: float) -> float:
    """How far the underside of the low back lifts off the floor at t along the back from the hips."""
    return _arch(t) * max(0.0, -pose.back) * LIFT * length


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
