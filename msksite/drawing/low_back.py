"""The trunk of someone lying on their back whose low back lifts off the floor or presses onto it (a pelvic tilt),
seen from the side: the low back's underside arches up off the floor over an empty gap, and flattens.

Drawn as a tube of the same width, arched, the whole trunk rose in a hump that read as a belly, and the gap under it
stayed small. Here the underside lifts and the front of the body only a little. Arched from the hips to the neck, a
big arch read as a "tent" that "could teach the wrong starting posture", and then as "an exaggerated tunnel": only the
low back lifts, a little (no more than a real one), and the bottom and the shoulder blades stay on the floor.

The cue (round 95): the patient's own hand, palm down under the small of the back, as physiotherapists teach it. With
no arms, "there are no arms"; a bold arrow above the tummy read as "push your stomach down" (so did a hollow arrow in
the low back; tried and dropped by reviewers: a bigger arch, the arrow in the gap, a round close-up of the gap, the gap
hatched, a curved arrow under the floor, a hand on the chest, a grey pelvis rocking). Now the near arm comes down from
the shoulder to the floor, the forearm lies along it and the flat hand lies in the gap: 1, the low back arched over
the hand; 2, pressed flat onto it, and a short bold arrow down inside the low back, just over the hand. By eye at
phone size: the hand tucked wholly under the back (drawn behind the trunk, the back resting on it) was lost in the
outlines, an upper arm along the side of the body covered the gap, and a detailed close-up hand was a black knot; so
the hand is drawn in front, over the body's lower edge, where it shows whole in both pictures.
"""
from __future__ import annotations

from math import cos, dist, pi, sin

from msksite.schema.pose import Pose

from .shapes import Layer, Line, Loop, Pt, Shape, Tube, add, direction, left_of

# Where along the back, from the hips, the arch starts (the bottom on the floor before it), is highest (just short
# of the middle: nearer the hips, the thigh hid the gap and its arrow) and ends (the shoulder blades on the floor
# after it), and how high it lifts for each degree of `back`, in trunk lengths: a real arch is a finger's width, and
# patients copy the picture, so the gap stays under half the trunk's thickness (tests/test_drawing.py); a little
# higher since round 95 (1/200 before), still under that, so it shows over the hand lying in it.
ARCH_FROM, LOW_BACK, ARCH_TO = 0.15, 0.45, 0.8
LIFT = 1 / 172
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


# The arm whose hand lies under the low back: the elbow on the floor by the shoulder blades (the upper arm goes out
# towards you, in depth, so it looks short; along the side of the body it covered the gap), the upper arm starting
# this far over the shoulder joint (from the joint it was a stub), and the hand flat on the floor in the gap, from the
# wrist to the fingertips, along the back from the hips in trunk lengths, the fingers towards the feet (pointing
# across the body, as they really do, only the hand's edge would show). Its thickness and how high the middle of it
# lies, at the wrist, the knuckles and near the fingertips, in figure units: a flat hand is thin, so the gap over it
# still shows.
ELBOW_AT, SHOULDER_UP = 0.8, 2.5
HAND_AT = (0.56, 0.25)
HAND_THICK, HAND_RISE = 2.8, ((0.0, 1.8), (0.5, 1.9), (0.9, 1.5))
# The arrow in the low back pressed flat, inside the body: its tip this far above the floor (clear of the hand) and
# along the back (over the hand), its length and its head's depth and half width, in figure units.
PRESS_TIP, PRESS_AT, PRESS_LONG, PRESS_HEAD = 5.0, 0.42, 7.0, 3.0


def hand_under_back(pose: Pose) -> bool:
    """Whether the near hand lies palm down under the small of the back (``hand: under_back``): a pelvic tilt's cue,
    press the small of the back down onto the hand."""
    return back_on_floor_moves(pose) and pose.near.hand == "under_back"


def under_back_arm(hip: Pt, neck: Pt, shoulder: Pt, widths: dict[str, float], layer: Layer) -> list[Shape]:
    """The near arm from the shoulder down to the floor by the shoulder blades, the forearm along the floor and the
    flat hand in the gap under the low back, drawn over the body (the far arm lies out of sight behind it)."""
    length, along, up = _frame(hip, neck)
    at = lambda t, k: add(add(add(hip, up, -widths["trunk"] / 2), along, length * t), up, k)
    wrist, tips = HAND_AT
    elbow = at(ELBOW_AT, widths["upper_arm"] / 2)
    hand = tuple(at(wrist + (tips - wrist) * u, k) for u, k in HAND_RISE)
    return [Tube(layer, (add(shoulder, up, SHOULDER_UP), elbow), widths["upper_arm"]),
            Tube(layer, (elbow, at(wrist, widths["forearm"] / 2)), widths["forearm"]), Tube(layer, hand, HAND_THICK)]


def press_arrow(pose: Pose, hip: Pt, neck: Pt, width: float) -> list[Shape]:
    """With the low back pressed flat onto the hand (picture 2), a short bold arrow down inside it, just over the
    hand: press the small of the back down onto the hand (above the tummy, an arrow read as "push your stomach
    down"). None on the arched start."""
    if not hand_under_back(pose) or pose.back < 0:
        return []
    length, along, up = _frame(hip, neck)
    tip = add(add(add(hip, up, -width / 2), along, length * PRESS_AT), up, PRESS_TIP)
    back, wide = add(tip, up, PRESS_HEAD), left_of(up)
    head = (add(back, wide, PRESS_HEAD), tip, add(back, wide, -PRESS_HEAD))
    return [Line("arrow", (add(tip, up, PRESS_LONG), tip)), Line("arrow", head)]


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
    "a tiny bump that is easy to miss"). None with the hand under the back: the arrow goes inside the low back pressed
    flat onto it (press_arrow)."""
    if hand_under_back(pose):
        return []
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


def _frame(hip: Pt, neck: Pt) -> tuple[float, Pt, Pt]:
    """The back's length, the way along it from the hips to the neck, and the way up from the floor."""
    along, up = direction(hip, neck), left_of(direction(hip, neck))
    return dist(hip, neck), along, up if up[1] >= 0 else (-up[0], -up[1])


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
