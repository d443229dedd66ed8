"""A hand reaching up behind the back, seen side-on (the towel stretch's bottom hand).

Every back view of the towel stretch was read as cramped, the towel's place unclear. Side-on the back is one clear
line, and a hand just behind it, holding a towel that runs down behind it, is plainly behind the back. A forearm
bent behind the back runs across it, away from you, so side-on it looks short: the hand lies just behind the back
line, and bending the elbow more draws it up the back.
"""
from __future__ import annotations

from math import cos, radians, sin

from msksite.schema.pose import Pose

from .shapes import Pt, add

# How far behind the middle of the body the hand lies: half the trunk's width (figure.WIDTHS) and half the hand.
BEHIND = 10.0
FOREARM = 14.0  # the forearm's length (skeleton.ARM): its full bend lifts the hand by as much
HAND_UP = 7.0  # the hand points up the back, holding the towel, this long


def reaches_behind_back(pose: Pose, side: str) -> bool:
    """Whether this arm reaches behind the back: side-on, taken back, holding a towel with the other hand."""
    holds_towel = ("towel", "hands") in pose.placements()
    shoulder = (pose.near if side == "near" else pose.far).shoulder
    return pose.view == "side" and holds_towel and (shoulder or 0.0) < 0


def hand_behind_back(hip: Pt, elbow: Pt, bend: float, trunk: float) -> list[Pt]:
    """The wrist and fingertips of a hand behind the back: level with the elbow at a right-angled elbow, higher up
    the back as it bends more, its fingers pointing up the back."""
    up = (sin(radians(trunk)), cos(radians(trunk)))
    back = (-up[1], up[0])
    height = (elbow[0] - hip[0]) * up[0] + (elbow[1] - hip[1]) * up[1] + FOREARM * sin(radians(bend - 90))
    wrist = add(add(hip, up, height), back, BEHIND)
    return [wrist, add(wrist, up, HAND_UP)]


def reaches_behind(pose: Pose) -> bool:
    """Whether either arm reaches behind the back."""
    return reaches_behind_back(pose, "near") or reaches_behind_back(pose, "far")
