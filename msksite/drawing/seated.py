"""The person sitting on a chair side-on with one foot across the other knee, one hand at its toes, for the foot and
toe stretch: the main picture, drawn as the other seated side views are (figure.py, props.py: the ankle circles'
sitting person), with a big circle beside it magnifying that foot and hand from the same side (toe_stretch.py).

Side-on, a crossed leg really runs towards you: the picture cheats as leaflets do, the crossed thigh short (coming
towards you, its knee a little above the lap) and the crossed shin lying nearly level across the other thigh, the ankle
on the other knee and the bare foot just past it, toes up, the near hand coming down to them. The foot is small
(figure.py's), so it reads as the foot the circle magnifies, not a big white foot on the knee ("a crossed-leg hip
stretch", when the whole leg rose steeply to a knee high over the lap).
History: until round 97 the person sat facing you, small in a round picture in the corner of the close-up (the
crossed shin across the lap from its knee out to one side); the close-up was then the main picture, which reviewers
found "disorienting", and its viewpoint switched between the two. (Before round 52, side-on with the crossed leg's
V over the lap and the arms across it, it read as "a tangle of legs".)
The person is a fixed picture in figure units (y up, the floor at 0), facing right.
"""
from __future__ import annotations

from functools import cache
from math import acos, atan2, cos, dist, sin

from msksite.schema.pose import Pose

from .figure import WIDTHS, figure_shapes
from .props import prop_shapes
from .shapes import Circle, Pt, Shape, Tube, add, direction, unit
from .skeleton import ARM, LEG, Joints, skeleton
from .svg import Drawing, Inset, bounds

# Sitting up against the chair's back, the other leg's thigh level and its foot flat on the floor. The near leg and
# arm are placed below (the cheat), not by angles; the far arm is not drawn.
SITTING = Pose.model_validate({"trunk": -5, "near": {"hip": 85, "knee": 95}, "props": ["floor", "chair"]})
# The crossed knee, from the hips: a little forward and up, so the short thigh shows coming towards you.
CROSSED_KNEE = (5.0, 12.0)
# The crossed ankle rests on the top of the other knee, this far back from its middle; the foot points up this far
# from level (degrees anticlockwise from straight down: 150 is up and forward), toes up.
ANKLE_BACK, FOOT_UP = 1.0, 145.0
# The near hand: its fingertips this far past the toe's tip, coming down to them from this direction (the same
# angle convention), so its fingers lie over the toes.
TIP_PAST, HAND_FROM = 1.0, 235.0
# The ring round the crossed foot in the pair's round picture of the person (figure units of the person).
RING = 7.0


@cache
def seated_pose() -> Joints:
    """The joints of the person sitting with the near ankle across the far knee and the near hand at its toes."""
    pts = dict(skeleton(SITTING))
    knee = pts["far_knee"]
    ankle = add(knee, (-ANKLE_BACK, (WIDTHS["thigh"] + WIDTHS["shin"]) / 2))
    toe = add(ankle, unit(FOOT_UP), LEG[2])
    tip = add(toe, unit(FOOT_UP), TIP_PAST)
    wrist = add(tip, unit(HAND_FROM), ARM[2])
    pts.update(near_knee=add(pts["hip"], CROSSED_KNEE), near_ankle=ankle, near_toe=toe, near_tip=tip,
               near_wrist=wrist, near_elbow=_elbow(pts["near_shoulder"], wrist))
    return pts


def seated_person() -> list[Shape]:
    """The chair, the floor and the person on it, side-on."""
    pts = seated_pose()
    body = figure_shapes(SITTING, pts, "end")
    # Side-on the far arm comes first, then the far leg (from its hip), the body, the near leg and last the near arm,
    # from the shoulder. The far arm is left out (resting on the lap, its grey added shapes round the crossed
    # knee) and the near arm is one tube from the shoulder to the fingertips (as small, the hand's thumb and the
    # parts' widths did not show): the moving SVG, with the close-up's hand and toes moving, is near its 10 kB.
    far_leg = next(i for i, s in enumerate(body) if isinstance(s, Tube) and s.points[0] == pts["far_hip"])
    # (Side-on both shoulders are at one place: the near arm is the last shape from there.)
    near_arm = max(i for i, s in enumerate(body) if isinstance(s, Tube) and s.points[0] == pts["near_shoulder"])
    arm = Tube("end", tuple(pts[f"near_{j}"] for j in ("shoulder", "elbow", "wrist", "tip")), WIDTHS["forearm"])
    return prop_shapes(SITTING, pts) + body[far_leg:near_arm] + [arm]


def person_inset(centre: Pt, r: float) -> Inset:
    """The person sitting, small in a circle of radius r at centre in a close-up (the pair), a ring on the crossed
    foot it shows."""
    ring = Circle("arrow", crossed_foot(), RING)
    _, bottom, right, top = bounds(person := seated_person())
    half = (top - bottom) / 2
    frame = (right - 2 * half, bottom, right, top)
    return Inset(None, 1.0, centre, r, Drawing(person + [ring], frame=frame, aspect=1.0))


def crossed_foot() -> Pt:
    """The middle of the crossed foot, which the close-up magnifies."""
    pts = seated_pose()
    return add(pts["near_ankle"], direction(pts["near_ankle"], pts["near_toe"]), LEG[2] * 0.6)


def _elbow(shoulder: Pt, wrist: Pt) -> Pt:
    """Where the elbow is for the hand to reach wrist, bent down (below the line from shoulder to wrist)."""
    upper, fore = ARM[:2]
    d = min(dist(shoulder, wrist), upper + fore - 0.01)
    heading = atan2(wrist[1] - shoulder[1], wrist[0] - shoulder[0])
    # The angle at the shoulder between the line to the wrist and the upper arm (law of cosines).
    bend = acos((upper * upper + d * d - fore * fore) / (2 * upper * d))
    return add(shoulder, (cos(heading - bend), sin(heading - bend)), upper)
