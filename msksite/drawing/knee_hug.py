"""A knee held to the chest lying on the back, side-on (the knee to chest stretch): the hand clasped round the shin
just below the knee, drawn from the leg so it holds it whatever the arm's angles, and the knee's round end whole.

History. Pulled in tight (the shin folded back along the thigh) with a mitten over the top of the knee, the arm,
thigh and shin were "a pile of identical white tubes": reviewers could not tell hand from shin nor see where the
hands held (round 41, every review). Now the pose bends the knee less, so thigh and shin are two clear tubes with
the knee at the top and the shin level, and the straight arm crosses the thigh once, at a clear angle. The hand
comes over the top of the shin and down its near side, a band across it with the thumb beside the fingers, drawn
over the leg: the shin's outline running on either side of it reads as a hand round a leg. The shin's tube starts
inside the thigh's round end: from the knee joint, its outline covered the thigh's end behind the knee, a black half
moon beside the hand.
"""
from __future__ import annotations

from msksite.schema.pose import Pose

from .shapes import Fill, Layer, Pt, Shape, Tube, add, direction, left_of
from .skeleton import Joints

# Lying on the back, the knee is held to the chest when the thigh comes up past upright (hip at least this) and the
# arm reaches up off the floor to it (shoulder at least this).
HELD_HIP, REACHING_ARM = 90.0, 30.0
# Where the hand holds, from the knee joint along the shin: just past the knee's round end (further down, the forearm
# lay along the top of the shin, one more tube beside it).
GRIP = 8.5
# The hand round the shin, in figure units from where it holds (x along the shin towards the foot, y up from its
# middle line: the shin's half width, 3.25, is its top edge): the wrist above the shin and back towards the knee,
# the knuckles on its top edge, the fingertips down its near side, short of its bottom edge, and the thumb beside the
# fingers (along the top of the shin, it was a loose peg).
WRIST, KNUCKLES, TIPS = (-3.5, 5.5), (0.0, 3.25), (0.0, -2.0)
THUMB = ((1.0, 1.5), (1.0, -1.5))
KNEE_TUCK = 2.5  # how far down from the knee joint the shin's tube starts, inside the thigh's round end


def hugs_knee(pose: Pose) -> bool:
    """Whether the person lies on their back, side-on, holding the near knee up to the chest."""
    return (pose.view == "side" and pose.trunk == -90 and (pose.near.hip or 0.0) >= HELD_HIP
            and (pose.near.shoulder or 0.0) >= REACHING_ARM)


def grip_point(pts: Joints) -> Pt:
    """Where the hand holds the near shin, on its middle line."""
    return add(pts["near_knee"], direction(pts["near_knee"], pts["near_ankle"]), GRIP)


def hugging_arm(pts: Joints, side: str, widths: dict[str, float], layer: Layer, fill: Fill) -> list[Shape]:
    """The arm from the shoulder and elbow to the hand clasped round the near shin: the same shapes as any arm (upper
    arm, forearm, hand, thumb), so the moving picture morphs it from the arm lying by the side. The far arm is drawn
    the same, hidden behind the near one."""
    along = direction(pts["near_knee"], pts["near_ankle"])
    up = left_of(along) if left_of(along)[1] >= 0 else (-left_of(along)[0], -left_of(along)[1])
    grip = grip_point(pts)
    at = lambda p: add(add(grip, along, p[0]), up, p[1])
    shoulder, elbow, wrist = pts[f"{side}_shoulder"], pts[f"{side}_elbow"], at(WRIST)
    return [Tube(layer, (shoulder, elbow), widths["upper_arm"], fill),
            Tube(layer, (elbow, wrist), widths["forearm"], fill),
            Tube(layer, (wrist, at(KNUCKLES), at(TIPS)), widths["palm"], fill),
            Tube(layer, tuple(at(p) for p in THUMB), widths["thumb"], fill)]


def held_shin(knee: Pt, ankle: Pt, width: float, layer: Layer, fill: Fill) -> Tube:
    """The shin of the knee held to the chest, from just inside the thigh's round end to the ankle."""
    return Tube(layer, (add(knee, direction(knee, ankle), KNEE_TUCK), ankle), width, fill)
