"""A knee held to the chest lying on the back, side-on (the knee to chest stretch): the arm grey, behind the leg, and
the hand clasped round the shin just below the knee, over it, drawn from the leg so it holds it whatever the arm's
angles, and the knee's round end whole.

History. Pulled in tight (the shin folded back along the thigh) with a mitten over the top of the knee, the arm,
thigh and shin were "a pile of identical white tubes": reviewers could not tell hand from shin nor see where the
hands held (round 41, every review). Now the pose bends the knee less, so thigh and shin are two clear tubes with
the knee at the top and the shin level, and the straight arm crosses the thigh once, at a clear angle. The hand
comes over the top of the shin and down its near side, a band across it with the thumb beside the fingers, drawn
over the leg: the shin's outline running on either side of it reads as a hand round a leg. The shin's tube starts
inside the thigh's round end: from the knee joint, its outline covered the thigh's end behind the knee, a black half
moon beside the hand.

Still, the white arm over the white thigh and shin were "a tangle", "a jumble of tubes", "a knot", the hand "a chunky
block" (the reviews before round 47, every one): four white tubes of one width meeting at the knee. Now the arm is grey (the far
limbs' tone) and goes behind the leg (arm_behind_leg: drawn before it, in the start too), so the leg is one clean
white upside-down V; past the top of the knee the forearm shows again, and only the hand is drawn over the shin,
hooked over its top edge and down its near side, grey on white. In the start the arm lies down by the side, its
hand on the floor below the hip, clear of the bent leg. Tried: the hand coming up from under the shin, the forearm
hidden behind the thigh (a grey strap across the shin, with no arm to it); the upper arm behind the trunk as well
(only a sliver of arm showed: the hand floated).
"""
from __future__ import annotations

from msksite.schema.pose import Pose

from .lying import LOWER_LEG_FILL, far_leg_fill
from .shapes import Fill, Layer, Pt, Shape, Tube, add, direction, left_of
from .skeleton import Joints

# Lying on the back, the knee is held to the chest when the thigh comes up past upright (hip at least this) and the
# arm reaches up off the floor to it (shoulder at least this).
HELD_HIP, REACHING_ARM = 90.0, 30.0
# Where the hand holds, from the knee joint along the shin: just past the knee's round end, clear of it (further
# down, the forearm lay along the top of the shin, one more tube beside it).
GRIP = 9.5
# The hand round the shin, in figure units from where it holds (x along the shin towards the foot, y up from its
# middle line: the shin's half width, 3.25, is its top edge): the wrist above the shin and back towards the knee,
# high enough that the forearm shows over the top of the knee (lower, it was hidden and the hand floated), the
# knuckles on its top edge, the fingertips down its near side, short of its bottom edge, and the thumb beside the
# fingers (along the top of the shin, it was a loose peg).
WRIST, KNUCKLES, TIPS = (-2.5, 7.0), (1.0, 3.5), (1.5, -2.0)
THUMB = ((3.0, 1.5), (3.0, -1.5))
KNEE_TUCK = 2.5  # how far down from the knee joint the shin's tube starts, inside the thigh's round end


def hugs_knee(pose: Pose) -> bool:
    """Whether the person lies on their back, side-on, holding the near knee up to the chest."""
    return (pose.view == "side" and pose.trunk == -90 and (pose.near.hip or 0.0) >= HELD_HIP
            and (pose.near.shoulder or 0.0) >= REACHING_ARM)


def arm_behind_leg(pose: Pose) -> bool:
    """Whether the near arm's upper arm and forearm go behind the near leg, its hand over it: lying on the back,
    side-on, with the legs apart (the other leg shaded dark), in two numbered pictures. True of the start as of the
    end, which the moving picture needs (it morphs the nth shape of one into the nth of the other), though the start
    pose, with the arm by the side, knows nothing of the knee held (hugs_knee is false for it)."""
    return pose.numbered and far_leg_fill(pose) == LOWER_LEG_FILL


def grip_point(pts: Joints) -> Pt:
    """Where the hand holds the near shin, on its middle line."""
    return add(pts["near_knee"], direction(pts["near_knee"], pts["near_ankle"]), GRIP)


def hugging_arm(pts: Joints, side: str, widths: dict[str, float], layer: Layer, fill: Fill) -> list[Shape]:
    """The arm from the shoulder and elbow to the hand clasped round the near shin: the same shapes as any arm (upper
    arm, forearm, hand, thumb), so the moving picture morphs it from the arm lying by the side (figure.py draws the
    first two behind the leg, the hand over it). The far arm is drawn the same, hidden behind the near one."""
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
