"""The person doing a wrist stretch, the main picture (stretch.py): standing side-on facing right, drawn as every
side-on person is (figure.py), the near arm held straight out in front at shoulder height, its hand bent up or
hanging, and the other arm, white too, reaching forward a little below it, its elbow down, its forearm rising to the
stretched hand, its hand on the face of the stretched hand away from the body. The big circle beside them magnifies
the two hands from the same side (stretch_hands.py); a small ring marks them here.

History: until round 98 the person was cut off at the hips, the arm's hand drawn big and face-on on it, the other
arm a thin grey band under the near arm ("a front-facing hand on a side-view body", "the grey helping hand comes
from nowhere"). Before that: facing you with the arm towards you ("the arm cannot be seen"), a white arm from the
body across the hand ("a tangle"). The other arm here dips well below the near one, so the two never cross.

Figure units, y up, the floor at 0.
"""
from __future__ import annotations

from functools import cache
from math import acos, atan2, cos, dist, sin

from msksite.schema.pose import Pose

from .figure import WIDTHS, figure_shapes
from .props import prop_shapes
from .shapes import Pt, Shape, Tube, add, direction, unit
from .skeleton import ARM, Joints, skeleton
from .stretch_hands import HELPERS

# The person stands with the near arm straight out, level, the hand bent up (wrist 90) or hanging (-90).
STANDING = {1.0: {"near": {"shoulder": 90, "wrist": 90, "palm": "down"}, "props": ["floor"]},
            -1.0: {"near": {"shoulder": 90, "wrist": -90, "palm": "down"}, "props": ["floor"]}}
# The other shoulder, side-on, a little forward of and below the near one (the trunk turns to reach), behind the
# body; the other arm is this much longer than the near one (the cheat that lets it reach past the near hand with
# its elbow well below the near arm, so the two arms stay apart).
OTHER_SHOULDER, REACH = (2.0, -2.0), 1.2


@cache
def stretch_pose(bend: float, grip: str) -> tuple[Pose, Joints]:
    """The pose and joints of the person, the hand bent up (bend 1) or hanging (-1), the other hand on it as grip
    says."""
    pose = Pose.model_validate(STANDING[bend])
    pts = dict(skeleton(pose))
    # The other hand is where the circle puts it (stretch_hands.HELPERS, in hand lengths from the near wrist).
    (x, y), lean = HELPERS[grip][:2]
    shoulder = add(pts["near_shoulder"], OTHER_SHOULDER)
    wrist = add(pts["near_wrist"], (x, y), ARM[2])
    pts.update(far_shoulder=shoulder, far_wrist=wrist, far_tip=add(wrist, unit(180.0 + lean), ARM[2]),
               far_elbow=_elbow(shoulder, wrist))
    return pose, pts


def person(bend: float, grip: str) -> list[Shape]:
    """The floor and the person: the other arm (white, behind the body), the legs, trunk and head, the near arm."""
    pose, pts = stretch_pose(bend, grip)
    body = figure_shapes(pose, pts, "end")
    # Side-on the far arm comes first, then the far leg (its foot first): the far arm is replaced by the white one.
    far_foot = next(i for i, s in enumerate(body) if isinstance(s, Tube) and s.points[-1] == pts["far_toe"])
    return prop_shapes(pose, pts) + other_arm(pts) + body[far_foot:]


def other_arm(pts: Joints) -> list[Shape]:
    """The other arm, white, the elbow down: upper arm, forearm and a mitten hand (as figure.py draws one)."""
    shoulder, elbow, wrist, tip = (pts[f"far_{j}"] for j in ("shoulder", "elbow", "wrist", "tip"))
    return [Tube("end", (shoulder, elbow), WIDTHS["upper_arm"]), Tube("end", (elbow, wrist), WIDTHS["forearm"]),
            Tube("end", (wrist, tip), WIDTHS["palm"])]


def other_forearm(bend: float, grip: str) -> Pt:
    """The way from the other wrist back to its elbow, a unit vector: the circle's other forearm runs this way too."""
    _, pts = stretch_pose(bend, grip)
    return direction(pts["far_wrist"], pts["far_elbow"])


def hands(bend: float, grip: str) -> Pt:
    """The middle of the two hands, which the circle magnifies."""
    _, pts = stretch_pose(bend, grip)
    points = [pts["near_wrist"], pts["near_tip"], pts["far_wrist"], pts["far_tip"]]
    return (sum(p[0] for p in points) / 4, sum(p[1] for p in points) / 4)


def _elbow(shoulder: Pt, wrist: Pt) -> Pt:
    """Where the other elbow is for its hand to reach wrist, bent down (below the line from shoulder to wrist)."""
    upper, fore = ARM[0] * REACH, ARM[1] * REACH
    d = min(dist(shoulder, wrist), upper + fore - 0.01)
    heading = atan2(wrist[1] - shoulder[1], wrist[0] - shoulder[0])
    bend = acos((upper * upper + d * d - fore * fore) / (2 * upper * d))
    return add(shoulder, (cos(heading - bend), sin(heading - bend)), upper)
