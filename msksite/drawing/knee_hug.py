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

The arm in front crossed the thigh: "an X of similar tubes", "arm, thigh and shin cross in a knot" (every 3 to round
60); the arm up the chest side of the thigh with the hand hidden behind it was "still an X" and "the hands are not
clearly holding the knee" (round 54). Now the arm goes behind the leg and only the hand comes over it: one straight
line from the shoulder to the hand, its elbow hidden behind the knee (bent beside the knee, the elbow was one more
knob), and thinner than other arms, so arm and thigh are not two similar tubes. The start's arm, raised off the floor
reaching for the knee, is drawn in the same order, so the moving picture morphs each part into its own.
"""
from __future__ import annotations

from msksite.schema.pose import Pose

from .shapes import Fill, Layer, Pt, Shape, Tube, add, direction, left_of, nearest_on_segment
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
# The arm reaching to the knee is drawn this much thinner than other arms: as wide, arm and thigh were "similar
# tubes" (round 60).
THIN_ARM = 0.7


def hugs_knee(pose: Pose) -> bool:
    """Whether the person lies on their back, side-on, holding the near knee up to the chest."""
    return reaches_for_knee(pose) and (pose.near.hip or 0.0) >= HELD_HIP


def reaches_for_knee(pose: Pose) -> bool:
    """Whether the person lies on their back, side-on, with the near arm raised off the floor towards the near knee
    (holding it, or, at the start, reaching for it): then the arm goes behind the leg (arm_behind_leg)."""
    return pose.view == "side" and pose.trunk == -90 and (pose.near.shoulder or 0.0) >= REACHING_ARM


def arm_behind_leg(arm: list[Shape], leg: list[Shape]) -> list[Shape]:
    """The near arm's shapes (upper arm, forearm, then the hand) and the near leg's in drawing order: the upper arm and
    forearm under the leg, the hand over it. The start is drawn in the same order, so the moving picture morphs each
    shape into its own."""
    return arm[:2] + leg + arm[2:]


def thin_arm(arm: list[Shape]) -> list[Shape]:
    """An arm reaching to the knee with its upper arm and forearm thinner (both arms: the far one, behind the near
    one, would show round it)."""
    return [Tube(s.layer, s.points, s.width * THIN_ARM, s.fill) if isinstance(s, Tube) else s
            for s in arm[:2]] + arm[2:]


def grip_point(pts: Joints) -> Pt:
    """Where the hand holds the near shin, on its middle line."""
    return add(pts["near_knee"], direction(pts["near_knee"], pts["near_ankle"]), GRIP)


def hugging_arm(pts: Joints, side: str, widths: dict[str, float], layer: Layer, fill: Fill) -> list[Shape]:
    """The arm, straight from the shoulder, to the hand clasped round the near shin: the same shapes as any arm (upper
    arm, forearm, hand, thumb), so the moving picture morphs it from the start's arm. The far arm is drawn the same,
    hidden behind the near one."""
    along = direction(pts["near_knee"], pts["near_ankle"])
    up = left_of(along) if left_of(along)[1] >= 0 else (-left_of(along)[0], -left_of(along)[1])
    grip = grip_point(pts)
    at = lambda p: add(add(grip, along, p[0]), up, p[1])
    shoulder, wrist = pts[f"{side}_shoulder"], at(WRIST)
    # One straight line from the shoulder to the hand, the elbow on it where it passes behind the knee, hidden: bent
    # beside the knee, the elbow stuck out as one more knob there.
    elbow = nearest_on_segment(pts["near_knee"], shoulder, wrist)
    return [Tube(layer, (shoulder, elbow), widths["upper_arm"], fill),
            Tube(layer, (elbow, wrist), widths["forearm"], fill),
            Tube(layer, (wrist, at(KNUCKLES), at(TIPS)), widths["palm"], fill),
            Tube(layer, tuple(at(p) for p in THUMB), widths["thumb"], fill)]



def held_shin(knee: Pt, ankle: Pt, width: float, layer: Layer, fill: Fill) -> Tube:
    """The shin of the knee held to the chest, from just inside the thigh's round end to the ankle."""
    return Tube(layer, (add(knee, direction(knee, ankle), KNEE_TUCK), ankle), width, fill)
