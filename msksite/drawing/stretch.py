"""The wrist stretches' picture (a hand close-up with ``helping_hand``, palm up or down): two steps side by side,
with an arrow between them.

1. The arm held out, as you see your own, drawn big: palm up, the palm with its creases, the thumb out on the right
   and no nails; palm down, the back of the hand with its knuckles and a nail on every finger, the thumb out on the
   left.
2. The hand bent down at the wrist, fingers to the floor, turned towards you so the same face shows: palm
   up, the palm with its creases, the other hand (grey) over its fingertips; palm down, the back of the hand, the
   other hand flat across it and the nails showing below.

Both stretches end with the hand hanging fingers down, so seen straight from the side the two second steps were twins
and only step 1 showed which way the palm faced; now both steps show it, and the other hand is low on the fingers in
one and high on the back of the hand in the other. A curved arrow in step 2 beside the arrow between the steps read
as a loop.

Everything is in hand lengths times SIZE; in each step the wrist is at (0, 0).
"""
from __future__ import annotations

from math import cos, radians, sin

from msksite.schema.pose import Pose

from .badge import back_face, palm_face
from .hands import Frame, capsule
from .shapes import Line, Loop, Pt, Shape, Tube, mapped
from .svg import Box, Drawing

SIZE = 40.0
# Each step is a tall panel; side by side they make about a 4:3 picture. The arm held out, its hand at the top and
# the forearm running off the bottom, is drawn bigger (HELD_OUT_ZOOM), as it is where the two stretches differ
# most; then the hand hanging from the forearm, which runs off the left.
HELD_OUT: Box = (-0.9 * SIZE, -0.78 * SIZE, 0.75 * SIZE, 1.5 * SIZE)
BENT: Box = (-0.9 * SIZE, -1.62 * SIZE, 1.1 * SIZE, 0.66 * SIZE)
HELD_OUT_ZOOM, BENT_ZOOM = 1.3, 1.25
FOREARM_W = (0.42, 0.3)  # at the elbow end and at the wrist, in hand lengths
NEAR_FOREARM_W = 0.8  # the forearm held out, where it runs off the picture nearest you
REACH = 100.0  # the way the hand held out points, anticlockwise from the right: up and a little to the left
# The hand hanging down is turned to show its face (palm or back) as in step 1, this wide for its length: narrower,
# as a three-quarter view would be, its creases crowded together.
TURNED = 1.0
# The other hand, grey, seen from its back, lies across the near hand from in front of it (the right), its forearm
# running off the right and its fingertips at the near hand's far edge: how far down the near hand its middle is, where
# its fingertips reach across it (from the near hand's middle, right positive) and its size, in hand lengths. Palm up
# (grip fingers) it is low, over the fingertips, holding them (higher, the tips poked out below it and reviewers saw
# a tangle); palm down (grip back) high, flat on the back of the hand, so the nails show below it.
HELPERS = {"fingers": (0.95, -0.33, 0.75), "back": (0.3, -0.33, 0.75)}
HELPER_ARM_W = 0.3
# The other hand's outline, its wrist to its fingertips (x), the fingers together; the lines between its fingers, how
# far along and across. No thumb: crossing the near hand, it was one outline too many.
MITTEN = ((0.0, -0.2), (0.5, -0.24), (0.9, -0.22), (0.98, -0.15), (1.0, 0.0), (0.98, 0.15), (0.9, 0.22),
          (0.5, 0.24), (0.0, 0.2))
MITTEN_SPLITS = ((0.55, 0.9), (-0.11, 0.0, 0.11))


def helped_stretch(pose: Pose) -> bool:
    """Whether the pose is a wrist stretch drawn in two steps: a hand close-up, palm up or down, helped by the
    other hand."""
    return pose.view == "hand" and pose.helping_hand is not None and pose.near.palm in ("up", "down")


def stretch_steps(pose: Pose) -> list[Drawing]:
    """The two steps: the arm held out palm up or down as you see it, then the hand bent down with the other hand's
    help, the same face showing."""
    return [held_out(pose.near.palm), bent(pose.near.palm, pose.helping_hand, pose.near.wrist or -90.0)]


def _face(palm: str, along: Pt, squash: float, zoom: float, wrist_creases: bool = True) -> list[Shape]:
    """The palm (creases, no nails, thumb to the right of the way the hand points) or the back of the hand
    (knuckles, nails, thumb to its left) pointing along a unit vector from the wrist at (0, 0), squash times as wide
    and zoom times as big."""
    across = (-along[1], along[0])
    to_view = lambda p: (zoom * (p[0] * along[0] + squash * p[1] * across[0]),
                         zoom * (p[0] * along[1] + squash * p[1] * across[1]))
    return [mapped(shape, to_view, zoom) for shape in (palm_face(wrist_creases) if palm == "up" else back_face())]


def held_out(palm: str) -> Drawing:
    """The forearm and hand as you see your own held out in front of you, fingers pointing away (up the picture):
    the palm, thumb on the right, or the back of the hand, thumb on the left (the near arm is the right one)."""
    along = (cos(radians(REACH)), sin(radians(REACH)))
    hand = _face(palm, along, 1.0, HELD_OUT_ZOOM)
    # The forearm comes in from the bottom right corner, wider nearer you: your own arm reaching away from you, not a
    # hand held up.
    f = Frame((0.0, 0.0), along, (-along[1], along[0]), HELD_OUT_ZOOM * SIZE)
    half = (NEAR_FOREARM_W * f.size / 2, FOREARM_W[1] * f.size / 2)
    arm = Loop("end", capsule(f.at(-1.9, 0.0), f.at(-0.02, 0.0), half), "white")
    return Drawing([arm] + hand, frame=HELD_OUT)


def bent(palm: str, grip: str, wrist: float) -> Drawing:
    """The hand bent down at the wrist (wrist degrees from the forearm's line), its face turned towards you,
    the forearm coming in from the left and the other hand on the fingers (grip fingers) or the back (grip back)."""
    along = (cos(radians(wrist)), sin(radians(wrist)))
    # The near hand's frame, across towards the front (the right of the picture).
    near = Frame((0.0, 0.0), along, (-along[1], along[0]), BENT_ZOOM * SIZE)
    half = (FOREARM_W[0] * near.size / 2, FOREARM_W[1] * near.size / 2)
    forearm = Loop("end", capsule((-2.0 * near.size, 0.0), (0.0, 0.0), half), "white")
    # The hand over the forearm's end, so the whole palm and its creases show (under it, the forearm hid the top of
    # the palm).
    hand = _face(palm, along, TURNED, BENT_ZOOM, wrist_creases=False)
    return Drawing([forearm] + hand + _helper(near, grip), frame=BENT)


def _helper(near: Frame, grip: str) -> list[Shape]:
    """The other hand, grey, seen from its back with its fingers together (a mitten) and no thumb, lying across the
    near hand from the right, its forearm running off to the right."""
    down, tip, size = HELPERS[grip]
    # Its own frame: from its wrist across the near hand to the left, its thumb side up the near hand.
    back, up = (-near.across[0], -near.across[1]), (-near.along[0], -near.along[1])
    f = Frame(near.at(down, tip + size), back, up, size * near.size)
    (start, end), across = MITTEN_SPLITS
    splits = [Line("end", (f.at(start, y), f.at(end, y))) for y in across]
    arm = Tube("end", (f.at(0.1, 0.0), f.at(-1.4, 0.1)), HELPER_ARM_W * near.size, "grey")
    return [arm, Loop("end", f.all(MITTEN), "grey")] + splits
