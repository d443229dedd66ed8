"""Lying on the back with the hips lifted (a bridge): the arm lies on the floor beside the body, behind it, and a
faint start, when the still shows one, has its trunk, flat on the floor, drawn over the solid person so the lowered
position shows. (The bridge's still left its faint start out: it knotted with the person at floor level; then "there
is no flat start position", so it is now two numbered pictures, lying flat (1) above the hips lifted (2).)

Lying so (lies_with_arm_on_floor), the near leg is drawn under the trunk (figure.py): over it, the thigh ran on from
the raised trunk as "one long bar/slab"; under it, the trunk's round end is the hips and the narrower thigh comes out
from beneath it, two parts meeting at the hips."""
from __future__ import annotations

from dataclasses import replace

from msksite.schema.pose import Pose

from .shapes import Shape, Tube

# The arm lying on the floor by the side, sloping down from the shoulder (which rests on the floor, the body's
# thickness up) to the hand: its direction in the picture, in the pose's degrees from straight down towards the feet.
# Level (90) is an arm held just off the floor beside a flat back (a heel slide, a pelvic tilt), drawn as before.
ARM_ON_FLOOR = (60.0, 88.0)
KNEES_BENT = 60.0  # feet flat on the floor, as a bridge starts and ends


def lies_with_arm_on_floor(pose: Pose) -> bool:
    """Whether the person lies on their back (flat or with the hips lifted), knees bent, the near arm on the floor by
    the side: true of a bridge's start and its end, so both draw their shapes in the same order (the moving drawing
    morphs the nth shape of one into the nth of the other)."""
    arm = (pose.near.shoulder or 0.0) - pose.trunk
    return (pose.view == "side" and -140 <= pose.trunk <= -90 and (pose.near.knee or 0.0) >= KNEES_BENT
            and ARM_ON_FLOOR[0] <= arm < ARM_ON_FLOOR[1] and not pose.near.elbow)


def lifts_hips(pose: Pose) -> bool:
    """Whether the hips lift off the floor from lying flat on the back, the shoulders staying down (a bridge)."""
    start = pose.at_start()
    return start is not None and lies_with_arm_on_floor(pose) and start.trunk == -90 and pose.trunk < -90


def lowered_trunk_over(start: list[Shape], trunk_width: float) -> list[Shape]:
    """The faint start with its trunk (lying flat on the floor) drawn over the solid person: under them, the arm on
    the floor and the raised body hid it, and reviewers could not make out the lowered position (round 33). Only the
    layer changes, so the shapes keep their order."""
    return [replace(s, layer="start_over") if isinstance(s, Tube) and s.width == trunk_width else s for s in start]
