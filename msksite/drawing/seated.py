"""The person sitting on a chair side-on with one foot across the other knee, one hand at its toes, for the foot and
toe stretch: the main picture, drawn as the other seated side views are (figure.py, props.py: the ankle circles'
sitting person), with a big circle beside it magnifying that foot and hand from the same side (toe_stretch.py).

Side-on, a crossed leg really runs towards you: the picture cheats as leaflets do, the crossed leg drawn as the
close-up draws it, in three parts: its short thigh and knee in grey trousers (as the other leg), coming forward over
the lap, the bare shin (white) lying nearly level across the other thigh, the ankle on the other knee, and a foot
twice figure.py's, one outline with the shin (toes.leg_and_foot), toes up past the knee. The near arm is in a grey
sleeve (as the close-up's), behind the crossed leg (it reaches past the near knee to the toes beyond it), its upper
arm forward and down, its elbow just above the knee, the forearm above the shin; the hand, small and white, is over
the toes; a ring round foot and hand says what the circle shows.
History: until round 97 the person sat facing you, small in a round picture in the corner of the close-up (the
crossed shin across the lap from its knee out to one side); the close-up was then the main picture, which reviewers
found "disorienting", and its viewpoint switched between the two. (Before round 52, side-on with the crossed leg's
V over the lap and the arms across it, it read as "a tangle of legs".) Round 98, side-on with a short white crossed
thigh, a white shin and a white arm to the toes (its elbow on the knee, a small foot in a small ring), scored 3.50
with the circle praised and the person "a tangle of limbs", "the crossed leg is a hard-to-read loop": the white U of
thigh and shin and the white arm across it merged at phone size, the foot in its ring "a knot". So (round 99) the
thigh is grey, the foot big, the arm a grey sleeve behind the leg and above the shin, the ring bigger, and the floor
stops short of the circle so both are drawn bigger. (The arm in front of the big foot, from below or level, covered
it whatever its angle: the toes are where the arm comes from.)
The person is a fixed picture in figure units (y up, the floor at 0), facing right.
"""
from __future__ import annotations

from dataclasses import replace
from functools import cache

from msksite.schema.pose import Pose

from .figure import WIDTHS, figure_shapes
from .props import prop_shapes
from .shapes import Circle, Pt, Shape, Tube, add, direction, unit
from .skeleton import ARM, Joints, skeleton
from .toes import LEG_HALVES, leg_and_foot, toe_ends
from .svg import Drawing, Inset, bounds

# Sitting up against the chair's back, the other leg's thigh level and its foot flat on the floor. The near leg and
# arm are placed below (the cheat), not by angles; the far arm is not drawn.
SITTING = Pose.model_validate({"trunk": -5, "near": {"hip": 85, "knee": 95}, "props": ["floor", "chair"]})
# The crossed knee, from the hips: forward and a little up, so the short grey thigh comes forward over the lap and
# the bare shin lies nearly level from it across the other thigh.
CROSSED_KNEE = (5.0, 9.0)
# The crossed ankle rests on the top of the other knee, this far back from its middle; the foot, this long from the
# ankle to the toes (bigger than figure.py's, so it reads as a foot), points up this far from level (degrees
# anticlockwise from straight down: 180 is straight up), toes up.
ANKLE_BACK, FOOT, FOOT_UP = 1.0, 18.0, 150.0
# The trouser leg goes on this far past the knee down the shin (rolled up, as in the close-up).
CUFF = 3.0
# The near arm, in a grey sleeve as in the close-up: the upper arm this far forward of straight down, its elbow just
# above the crossed knee, the forearm on from it to the wrist, above the shin, not over it; the hand, white, this long,
# straight on to the big toe's tip, over the toes.
UPPER, HAND = 45.0, 6.0
# The floor goes on this far past the toes of the foot on it.
FLOOR_PAST = 4.0
# The ring round the crossed foot and the hand on it, which the circle magnifies (figure units of the person).
RING = 11.0


@cache
def seated_pose() -> Joints:
    """The joints of the person sitting with the near ankle across the far knee and the near hand at its toes."""
    pts = dict(skeleton(SITTING))
    knee = pts["far_knee"]
    ankle = add(knee, (-ANKLE_BACK, (WIDTHS["thigh"] + WIDTHS["shin"]) / 2))
    toe = add(ankle, unit(FOOT_UP), FOOT)
    _, tip = toe_ends(ankle, toe, "up")
    elbow = add(pts["near_shoulder"], unit(UPPER), ARM[0])
    wrist = add(tip, direction(tip, elbow), HAND)
    pts.update(near_knee=add(pts["hip"], CROSSED_KNEE), near_ankle=ankle, near_toe=toe, near_tip=tip,
               near_wrist=wrist, near_elbow=elbow)
    return pts


def seated_person() -> list[Shape]:
    """The chair, the floor and the person on it, side-on."""
    pts = seated_pose()
    body = figure_shapes(SITTING, pts, "end")
    # Side-on the far leg comes first (its foot first), then the body; the far arm is left out (resting on the lap)
    # and the near leg and arm are drawn here, not figure.py's: the sleeve behind the crossed leg (the arm reaches
    # past the knee to the toes beyond it), the hand over the toes. The moving SVG, with the close-up's hand and toes
    # moving, is near its 10 kB: the hand has no thumb or fingers (the circle shows them), the foot no toes.
    far_foot = next(i for i, s in enumerate(body) if isinstance(s, Tube) and s.points[-1] == pts["far_toe"])
    near_foot = next(i for i, s in enumerate(body) if isinstance(s, Tube) and s.points[-1] == pts["near_toe"])
    arm = Tube("end", tuple(pts[f"near_{j}"] for j in ("shoulder", "elbow", "wrist")), WIDTHS["forearm"], "grey")
    hand = Tube("end", (pts["near_wrist"], pts["near_tip"]), WIDTHS["forearm"])
    return _props(pts) + body[far_foot:near_foot] + [arm] + crossed_leg(pts) + [hand]


def _props(pts: Joints) -> list[Shape]:
    """The floor and the chair, the floor stopping a little past the toes on the floor, so the circle beside the
    person comes in close and both are drawn bigger."""
    floor, *chair = prop_shapes(SITTING, pts)
    start, _ = floor.points
    return [replace(floor, points=(start, (pts["far_toe"][0] + FLOOR_PAST, start[1])))] + chair


def crossed_leg(pts: Joints) -> list[Shape]:
    """The crossed leg as the close-up draws it: the bare shin and foot one white outline (toes.leg_and_foot's, its
    toes left to the hand over them), and over the shin's top the thigh and knee in grey trousers, rolled up a little
    way down the shin."""
    hip, knee, ankle, toe = (pts[f"near_{j}"] for j in ("hip", "knee", "ankle", "toe"))
    outline = leg_and_foot(knee, ankle, toe, "up", "end", "white", rounds=0)[0]
    cuff = add(knee, direction(knee, ankle), CUFF)
    # The trousers as wide as the top of the shin, which they cover (a foot this big has a thick leg).
    return [outline, Tube("end", (hip, knee, cuff), max(WIDTHS["thigh"], 2 * LEG_HALVES[1] * FOOT), "grey")]


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
    return add(pts["near_ankle"], direction(pts["near_ankle"], pts["near_toe"]), FOOT * 0.6)

