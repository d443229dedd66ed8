"""The round close-up of a wrist stretch (``helping_hand`` with ``inset: near_hand``): the hand bent down at the
wrist, seen straight from the side, big, and the other hand bending it further.

Both stretches bend the hand down so the fingers point to the floor, so the hanging hand has the same outline in
both; face-on, the palm's lines and the nails were the only difference and reviewers could not tell the two apart at
phone size. What differs most is where the other hand is, so that is the big cue, and it comes from in front
(the right, the way the person faces) in both:

- palm up (grip fingers): the palm faces forward; the other hand comes down from above in front, its palm on the
  front of the fingers, and its fingers wrap round their tips to pull them back towards the body;
- palm down (grip back): the back of the hand faces forward; the other hand comes up from below in front and lies
  flat on the back of the hand, fingers up towards the wrist, to press it towards the body.

The hand itself backs this up: the palm side has the ball of the thumb, a crease across the palm and a crease
across the fingers; the back has the knuckle bump and a nail at the fingertip. The other hand is grey and plain
(cues of its own would blur these). The arrow turns the fingertips towards the body either way.

Everything is in hand lengths times SIZE; the wrist is at (0, 0), the forearm comes in from the left edge.
"""
from __future__ import annotations

from math import cos, radians, sin

from .arrows import chevron
from .hands import Frame
from .shapes import Line, Loop, Pt, Shape, Tube
from .svg import Box, Drawing

SIZE = 40.0
# The hand's angle from pointing along the forearm: a little past straight down, so it is bent back towards the body.
BEND = -95.0
# The whole picture, in hand lengths: square, to fill the round inset, with room in front for the other arm.
FRAME: Box = (-0.85 * SIZE, -1.52 * SIZE, 1.07 * SIZE, 0.4 * SIZE)
FOREARM_W = 0.46
# The hand from the side, wrist to knuckles (x along the hand, y towards the palm): the back flat with the knuckle
# bump, then the palm side with the ball of the thumb at the wrist. Thicker than a real hand, so it reads as one.
SIDE = ((0.0, -0.21), (0.36, -0.21), (0.44, -0.27), (0.53, -0.15), (0.53, 0.14), (0.42, 0.2), (0.3, 0.2),
        (0.14, 0.29), (0.0, 0.23))
# Seen from the side the fingers lie one behind the other: the two that show, the longer one behind (its nail on
# the back of the hand's side), the shorter in front (its crease on the palm's side).
FINGERS = (((0.44, -0.07), (0.78, -0.06), (1.02, -0.02)), ((0.44, 0.07), (0.74, 0.09), (0.93, 0.13)))
FINGER_W = 0.18
NAIL = ((0.84, -0.14), (0.99, -0.12), (1.02, -0.08), (0.84, -0.08))  # on the back of the fingertip
THUMB = ((0.16, 0.16), (0.32, 0.3), (0.48, 0.35))
THUMB_W = 0.17
# Lines that only a palm has: the crease round the ball of the thumb, and a crease across the fingers' inside.
PALM_CREASE = ((0.46, 0.13), (0.34, 0.11), (0.2, 0.14))
FINGER_CREASE = ((0.74, 0.06), (0.74, 0.13))
CREASE_W = 0.3  # figure units: thin black tubes, as a plain line was lost at phone size
# The other hand in front of the near one, in its frame with y towards the front (the right): its forearm's end,
# which runs off the picture (up for the fingers, down for the back of the hand), the line of its hand from wrist to
# knuckles, and its fingers.
HELPER = {
    "fingers": {"arm": ((-0.1, 1.5), (0.72, 0.44)), "hand": ((0.72, 0.44), (0.96, 0.38)),
                "fingers": ((0.98, 0.32), (1.12, 0.24), (1.2, 0.06), (1.14, -0.12))},
    "back": {"arm": ((1.9, 1.2), (0.8, 0.46)), "hand": ((0.8, 0.46), (0.4, 0.4)),
             "fingers": ((0.4, 0.38), (-0.02, 0.38))},
}
HELPER_FINGER_W, HELPER_HAND_W, HELPER_ARM_W = 0.2, 0.32, 0.34
# The arrow: an arc round the wrist just past the fingertips, from in front of them round towards the body.
ARROW_R, ARROW_FROM, ARROW_TO = 1.38, -66.0, -112.0


def stretch_close_up(palm: str, grip: str) -> Drawing:
    """The round close-up of the near hand bent down at the wrist, seen from the side, its palm (palm up) or its
    back (palm down) forward, with the other hand in front holding its fingers (grip fingers) or pressing on the
    back of the hand (grip back)."""
    along = (cos(radians(BEND)), sin(radians(BEND)))
    front = (-along[1], along[0])
    towards_palm = front if palm == "up" else (-front[0], -front[1])
    hand = _hand(Frame((0.0, 0.0), along, towards_palm, SIZE), thumb_near=palm == "up")
    helper = _helper(Frame((0.0, 0.0), along, front, SIZE), grip)
    return Drawing([_forearm()] + hand + helper + _arrow(), frame=FRAME, aspect=1.0)


def _at(x: float, y: float) -> Pt:
    return (x * SIZE, y * SIZE)


def _forearm() -> Shape:
    return Tube("end", (_at(-1.6, 0.0), _at(-0.02, 0.0)), FOREARM_W * SIZE)


def _hand(f: Frame, thumb_near: bool) -> list[Shape]:
    """The near hand from the side: fingers, the hand, the thumb (in front of the hand when it is on the near side,
    palm up, behind it palm down), the palm's creases and the nail."""
    fingers = [Tube("end", f.all(finger), FINGER_W * SIZE) for finger in FINGERS]
    side = Loop("end", f.all(SIDE), "white")
    thumb = Tube("end", f.all(THUMB), THUMB_W * SIZE)
    creases = [Tube("end", f.all(c), CREASE_W, "black") for c in (PALM_CREASE, FINGER_CREASE)]
    nail = Loop("end", f.all(NAIL), "white")
    return (fingers + [side, thumb] if thumb_near else [thumb] + fingers + [side]) + creases + [nail]


def _helper(f: Frame, grip: str) -> list[Shape]:
    """The other hand, grey and plain, in front of the near one: its forearm, hand and fingers as HELPER places
    them for the grip."""
    parts = HELPER[grip]
    arm = Tube("end", f.all(parts["arm"]), HELPER_ARM_W * SIZE, "grey")
    hand = Tube("end", f.all(parts["hand"]), HELPER_HAND_W * SIZE, "grey")
    fingers = Tube("end", f.all(parts["fingers"]), HELPER_FINGER_W * SIZE, "grey")
    return [arm, fingers, hand]


def _arrow() -> list[Shape]:
    steps = [radians(ARROW_FROM + (ARROW_TO - ARROW_FROM) * i / 8) for i in range(9)]
    path = tuple(_at(ARROW_R * cos(a), ARROW_R * sin(a)) for a in steps)
    return [Line("arrow", path)] + chevron(path[-1], path[-2])
