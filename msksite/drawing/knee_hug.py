"""A knee held to the chest lying on the back, side-on (the knee to chest stretch): the hands hold the back of the
thigh just below the knee, drawn from the leg so they hold it whatever the arm's angles, and the knee's round end
whole.

The arm runs from the shoulder up the chest side of the thigh, in the gap between body and thigh, and goes behind the
thigh just below the knee: the thigh is drawn over it (arm_under_leg), the fingertips showing round its back edge. It
never crosses the leg. Its upper arm is grey, a shirt sleeve, so arm and thigh are plainly two things. The arm is
foreshortened (the elbows bend out to the sides, towards you), the elbow on the way from shoulder to hands.

History. Pulled in tight (the shin folded back along the thigh) with a mitten over the top of the knee, the arm, thigh
and shin were "a pile of identical white tubes": reviewers could not tell hand from shin nor see where the hands held
(round 41, every review). Bending the knee less, with the straight arm reaching across the thigh to a hand clasped round
the shin just below the knee, made "an X of similar tubes", "a tangle of white tubes" that could be a cross-body or
figure-four stretch (3.4 before round 55). Holding behind the thigh, as physiotherapists often teach (kinder to a sore
knee), takes the arm off the leg. The shin's tube starts inside the thigh's round end: from the knee joint, its outline
covered the thigh's end behind the knee, a black half moon.
"""
from __future__ import annotations

from math import dist

from msksite.schema.pose import Pose

from .lying import LOWER_LEG_FILL, far_leg_fill
from .shapes import Fill, Layer, Pt, Shape, Tube, add, direction, left_of
from .skeleton import Joints

# Lying on the back, the knee is held to the chest when the thigh comes up past upright (hip at least this) and the
# arm reaches up off the floor to it (shoulder at least this).
HELD_HIP, REACHING_ARM = 90.0, 30.0
# Where the hands hold, from the knee joint down the thigh towards the hip: just below the knee, past its round end.
GRIP = 7.0
# The hand behind the thigh, in figure units from where it holds (x down the thigh towards the hip, y from its
# middle line towards the back of the thigh; the thigh's half width is 4.5): the wrist at its chest side edge, where
# the forearm goes under it, the hand across behind it and the fingertips showing round its back edge. The thumb is
# hidden behind the thigh too.
WRIST, KNUCKLES, TIPS = (0.0, -6.0), (0.0, 3.0), (1.5, 5.0)
THUMB = ((-1.0, -3.0), (-2.0, -0.5))
# The elbow, bent out towards you: this far from the shoulder towards the wrist (a fraction of the way), and this far
# out to the side of that line away from the thigh, so the arm has a slight bend and stays clear of the leg.
ELBOW_ALONG, ELBOW_OUT = 0.5, 2.0
SLEEVE: Fill = "grey"  # the upper arm, in a shirt sleeve: white like the thigh, arm and leg read as one more tube
KNEE_TUCK = 2.5  # how far down from the knee joint the shin's tube starts, inside the thigh's round end


def hugs_knee(pose: Pose) -> bool:
    """Whether the person lies on their back, side-on, holding the near knee up to the chest."""
    return (pose.view == "side" and pose.trunk == -90 and (pose.near.hip or 0.0) >= HELD_HIP
            and (pose.near.shoulder or 0.0) >= REACHING_ARM)


def arm_under_leg(pose: Pose) -> bool:
    """Whether the near arm is drawn under the near leg: lying on the back, side-on, the near knee bent and the other
    leg given its own angles, straight along the floor (the knee to chest stretch), so the hands go behind the thigh.
    Its start (the arm by the side) is drawn in the same order, so the moving picture morphs each shape into its own.
    A straight leg raise (the other knee bent up) keeps its arm over its leg."""
    far_flat = not pose.far.hip and not pose.far.knee
    return pose.side_on and far_leg_fill(pose) == LOWER_LEG_FILL and far_flat and (pose.near.knee or 0.0) > 0


def sleeve(pose: Pose, fill: Fill) -> Fill:
    """The fill of an upper arm: a grey shirt sleeve on a white arm of the knee to chest stretch, in its start too
    (the pair shows both, the moving picture morphs one into the other)."""
    return SLEEVE if fill == "white" and arm_under_leg(pose) else fill


def grip_point(pts: Joints) -> Pt:
    """Where the hands hold the near thigh, on its middle line."""
    return add(pts["near_knee"], direction(pts["near_knee"], pts["near_hip"]), GRIP)


def hugging_arm(pts: Joints, side: str, widths: dict[str, float], layer: Layer, fills: tuple[Fill, Fill]
                ) -> list[Shape]:
    """The arm from the shoulder to the hand behind the near thigh: the same shapes as any arm (upper arm, forearm,
    hand, thumb), so the moving picture morphs it from the arm lying by the side. The far arm is drawn the same,
    hidden behind the near one. fills: the upper arm's (its sleeve) and the rest's."""
    upper, fill = fills
    along = direction(pts["near_knee"], pts["near_hip"])
    back = _upward_normal(along)
    grip = grip_point(pts)
    at = lambda p: add(add(grip, along, p[0]), back, p[1])
    shoulder, wrist = pts[f"{side}_shoulder"], at(WRIST)
    reach = direction(shoulder, wrist)
    # Bent out above the line, away from the thigh, which lies below it towards the hip.
    elbow = add(add(shoulder, reach, ELBOW_ALONG * dist(shoulder, wrist)), _upward_normal(reach), ELBOW_OUT)
    return [Tube(layer, (shoulder, elbow), widths["upper_arm"], upper),
            Tube(layer, (elbow, wrist), widths["forearm"], fill),
            Tube(layer, (wrist, at(KNUCKLES), at(TIPS)), widths["palm"], fill),
            Tube(layer, tuple(at(p) for p in THUMB), widths["thumb"], fill)]


def _upward_normal(v: Pt) -> Pt:
    """The unit normal to a direction that points up in the picture."""
    n = left_of(v)
    return n if n[1] >= 0 else (-n[0], -n[1])


def held_shin(knee: Pt, ankle: Pt, width: float, layer: Layer, fill: Fill) -> Tube:
    """The shin of the knee held to the chest, from just inside the thigh's round end to the ankle."""
    return Tube(layer, (add(knee, direction(knee, ankle), KNEE_TUCK), ankle), width, fill)
