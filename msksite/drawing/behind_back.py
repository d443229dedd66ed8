"""A hand reaching up behind the back, seen side-on (the towel stretch's bottom hand), and the picture of it cut off
partway down the thighs.

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
# Room in the frame above the highest hand, for the arrow up from it (arrows.LENGTH and its gap), and each side.
ARROW_ROOM, SIDE_ROOM = 20.0, 6.0
THIGH_CUT = 0.4  # the frame cuts the thighs off this far up from the knees, as a share of the thigh


def reaches_behind_back(pose: Pose, side: str) -> bool:
    """Whether this arm reaches behind the back: side-on, taken back, holding a towel with the other hand."""
    holds_towel = any(getattr(p, "name", p) == "towel" and getattr(p, "at", None) == "hands" for p in pose.props)
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
    """Whether either arm reaches behind the back (the picture is then cut off partway down the thighs)."""
    return reaches_behind_back(pose, "near") or reaches_behind_back(pose, "far")


def down_to_thighs(positions: list[dict[str, Pt]]) -> tuple[float, float, float, float]:
    """The frame (left, bottom, right, top) round both positions from partway down the thighs up, with room for the
    arrow above: the whole person standing was small in the box, and the towel, the hands and the back, which are
    what the picture is about, were a few pixels wide. Some thigh shows: a trunk with no legs read as a torso."""
    above = [p for pts in positions for name, p in pts.items() if not name.endswith(("ankle", "toe"))]
    knee = max(pts[f"{side}_knee"][1] for pts in positions for side in ("near", "far"))
    bottom = knee + THIGH_CUT * (positions[0]["hip"][1] - knee)
    xs, ys = [x for x, _ in above], [y for _, y in above]
    return min(xs) - SIDE_ROOM, bottom, max(xs) + SIDE_ROOM, max(ys) + ARROW_ROOM
