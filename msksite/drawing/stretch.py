"""The wrist stretches' picture (a hand close-up with ``helping_hand``, palm up or down): two steps side by side.

1. The arm held out, as you see your own: palm up, the palm with its creases, the thumb out on the right and no
   nails; palm down, the back of the hand with its knuckles and a nail on every finger, the thumb out on the left.
2. Seen from the side, the hand bent down at the wrist, fingers to the floor, and the other hand (grey) bending it
   further: palm up it grips the fingers, palm down it pushes the back of the hand; a curved arrow turns the
   fingertips towards the body.

Both stretches end with the hand hanging fingers down, so seen from the side alone they looked the same, and a small
person beside a round close-up hid which way the palm faced; the first step shows it as the whole hand, face on.

Everything is in hand lengths times SIZE; in each step the wrist is at (0, 0).
"""
from __future__ import annotations

from math import cos, radians, sin

from msksite.schema.pose import Pose

from .arrows import chevron
from .badge import NAIL_FILL, back_face, palm_face
from .hands import Frame, capsule
from .shapes import Line, Loop, Shape, Tube, mapped
from .svg import Box, Drawing

SIZE = 40.0
# Each step is a tall panel, side by side they make a 4:3 picture: the arm held out, the hand at the top and the
# forearm running off the bottom; then the hand hanging from the forearm, which runs off the left.
HELD_OUT: Box = (-0.6 * SIZE, -0.75 * SIZE, 0.6 * SIZE, 1.11 * SIZE)
BENT: Box = (-0.9 * SIZE, -1.45 * SIZE, 0.62 * SIZE, 0.41 * SIZE)
FOREARM_W = (0.42, 0.3)  # at the elbow end and at the wrist, in hand lengths
NEAR_FOREARM_W = 0.8  # the forearm held out, where it runs off the picture nearest you
REACH = 100.0  # the way the hand held out points, anticlockwise from the right: up and a little to the left
# The hand from the side, wrist to fingertips (x along the hand, y towards the palm), as one outline: the back of the
# hand with the knuckle bump and the back of the fingers, the round fingertips, the front of the fingers, then the
# palm and the ball of the thumb at the wrist. Thicker than a real hand, so it reads as one at phone size.
SIDE = ((0.0, -0.16), (0.44, -0.17), (0.52, -0.21), (0.61, -0.13), (0.94, -0.1), (1.02, -0.06), (1.04, 0.01),
        (0.99, 0.07), (0.62, 0.1), (0.52, 0.15), (0.25, 0.18), (0.12, 0.24), (0.0, 0.18))
NAIL = ((0.82, -0.1), (0.97, -0.08), (1.0, -0.04), (0.82, -0.04))  # on the back of the fingertips
THUMB = ((0.14, 0.15), (0.3, 0.27), (0.45, 0.32))
THUMB_W = 0.16
# The other hand, grey and plain (no thumb or nail, which would blur the near hand's), in front of the near one, in
# its frame with y towards the front (the right), in hand lengths. Palm up (grip fingers) it holds the fingers to
# pull them back: its palm on their front, its fingers wrapped round them to the back (where each wraps, along the
# near hand), its forearm running off in front. Palm down (grip back) it pushes the back of the hand towards the
# body: seen from the side like the near hand, flat against it and pointing up, its forearm running off below and
# in front (its wrist, and where its forearm leaves the picture).
GRIP_FINGERS, GRIP_FRONT, GRIP_BACK = (0.66, 0.8, 0.94), 0.3, -0.15
PUSH_WRIST, PUSH_ARM, PUSH_SIZE = (0.95, 0.36), (1.9, 0.95), 0.9
HELPER_ARM_W, HELPER_FINGER_W, HELPER_PALM_W = 0.3, 0.12, 0.3
# The arrow: an arc round the wrist just past the fingertips, from under them round towards the body (where the
# fingertips go as the wrist bends), clear of the other hand in front.
ARROW_R, ARROW_FROM, ARROW_TO = 1.2, -96.0, -140.0


def helped_stretch(pose: Pose) -> bool:
    """Whether the pose is a wrist stretch drawn in two steps: a hand close-up, palm up or down, helped by the
    other hand."""
    return pose.view == "hand" and pose.helping_hand is not None and pose.near.palm in ("up", "down")


def stretch_steps(pose: Pose) -> list[Drawing]:
    """The two steps: the arm held out palm up or down as you see it, then the hand bent down, seen from the side."""
    return [held_out(pose.near.palm), bent(pose.near.palm, pose.helping_hand, pose.near.wrist or -90.0)]


def held_out(palm: str) -> Drawing:
    """The forearm and hand as you see your own held out in front of you, fingers pointing away (up the picture):
    the palm, thumb on the right, or the back of the hand, thumb on the left (the near arm is the right one)."""
    # The hand seen from above points right with the thumb at the bottom (palm up) or the top (palm down); turned to
    # point away from you (up, leaning a little in, as your right arm does), the thumb is on the right or the left.
    c, s = cos(radians(REACH)), sin(radians(REACH))
    turn = lambda p: (p[0] * c - p[1] * s, p[0] * s + p[1] * c)
    hand = [mapped(shape, turn, 1.0) for shape in (palm_face() if palm == "up" else back_face())]
    # The forearm comes in from the bottom right corner, wider nearer you: your own arm reaching away from you, not a
    # hand held up.
    arm = Loop("end", capsule(turn((-1.9 * SIZE, 0.0)), turn((-0.02 * SIZE, 0.0)),
                              (NEAR_FOREARM_W * SIZE / 2, FOREARM_W[1] * SIZE / 2)), "white")
    return Drawing([arm] + hand, frame=HELD_OUT)


def bent(palm: str, grip: str, wrist: float) -> Drawing:
    """The hand bent down at the wrist, seen from the side, its palm (palm up) or its back (palm down) forward, the
    other hand in front holding its fingers (grip fingers) or pressing on the back of the hand (grip back)."""
    along = (cos(radians(wrist)), sin(radians(wrist)))
    front = (-along[1], along[0])
    towards_palm = front if palm == "up" else (-front[0], -front[1])
    hand = _hand(Frame((0.0, 0.0), along, towards_palm, SIZE), thumb_near=palm == "up")
    helper = _helper(Frame((0.0, 0.0), along, front, SIZE), grip)
    forearm = Loop("end", capsule((-2.0 * SIZE, 0.0), (0.0, 0.0), (FOREARM_W[0] * SIZE / 2, FOREARM_W[1] * SIZE / 2)),
                   "white")
    # The forearm over the top of the hand, so its round end makes the wrist (under it, the two met in a corner).
    return Drawing(hand + [forearm] + helper + _arrow(), frame=BENT)


def _hand(f: Frame, thumb_near: bool) -> list[Shape]:
    """The near hand from the side: its outline, the thumb (in front of the hand when it is on the near side, palm
    up; behind it palm down) and the nail on the back of the fingertips."""
    side = Loop("end", f.all(SIDE), "white")
    thumb = Tube("end", f.all(THUMB), THUMB_W * SIZE)
    nail = Loop("end", f.all(NAIL), NAIL_FILL)
    return ([side, thumb] if thumb_near else [thumb, side]) + [nail]


def _helper(near: Frame, grip: str) -> list[Shape]:
    """The other hand, grey, gripping the fingers (grip fingers) or pushing the back of the hand (grip back)."""
    return _push(near) if grip == "back" else _grip(near)


def _grip(near: Frame) -> list[Shape]:
    """The other hand's palm on the front of the fingers, its fingers wrapped round them, its forearm in front."""
    first, middle, last = GRIP_FINGERS
    arm = Tube("end", (near.at(middle + 0.2, 1.5), near.at(middle + 0.05, GRIP_FRONT + 0.05)), HELPER_ARM_W * SIZE,
               "grey")
    palm = Tube("end", (near.at(first - 0.04, GRIP_FRONT), near.at(last + 0.06, GRIP_FRONT)), HELPER_PALM_W * SIZE,
                "grey")
    # Each finger from the front round to the back of the near fingers, its tip curling in.
    fingers = [Tube("end", (near.at(x, GRIP_FRONT), near.at(x + 0.02, GRIP_BACK), near.at(x - 0.04, GRIP_BACK - 0.07)),
                    HELPER_FINGER_W * SIZE, "grey") for x in GRIP_FINGERS]
    return [arm, palm] + fingers


def _push(near: Frame) -> list[Shape]:
    """The other hand flat against the back of the hand, pointing up, its forearm below and in front."""
    wrist, elbow = near.at(*PUSH_WRIST), near.at(*PUSH_ARM)
    # Its palm faces the near hand: back towards the body, the other way from the near frame's front.
    f = Frame(wrist, (-near.along[0], -near.along[1]), (-near.across[0], -near.across[1]), PUSH_SIZE * SIZE)
    # A line where its fingers start, so it reads as a hand, not a blade.
    knuckles = Line("end", f.all(((0.5, -0.14), (0.6, 0.06))))
    return [Tube("end", (elbow, wrist), HELPER_ARM_W * SIZE, "grey"), Loop("end", f.all(SIDE), "grey"), knuckles]


def _arrow() -> list[Shape]:
    steps = [radians(ARROW_FROM + (ARROW_TO - ARROW_FROM) * i / 8) for i in range(9)]
    path = tuple((ARROW_R * SIZE * cos(a), ARROW_R * SIZE * sin(a)) for a in steps)
    return [Line("arrow", path)] + chevron(path[-1], path[-2])
