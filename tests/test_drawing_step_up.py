"""The step up ends with both feet well on the step, the far (grey) leg showing beside the near one (round 39: "stands
on one visible leg perched on the box edge"). Since round 70 numbered, as the sit to stand is ("the ghost is faint"):
the start in picture 1, the end and the arrow in picture 2. The arrow from the floor up on to the step, drawn on
picture 2 alone, lay along the floor under the step ("makes no sense", round 70): it points straight up behind the
hips, the body rising on to the step. Since round 114 the near hand holds a stair handrail in both pictures and all
through the moving one."""
from math import atan2, degrees

import yaml

from msksite.drawing.positions import positions
from msksite.drawing.scene import scene
from msksite.drawing.shapes import Loop, Tube, midpoint
from exercise_poses import EXERCISES, exercise_pose
from test_drawing_numbered import _arrows, pictures


def _tread(shapes):
    return next(s for s in shapes if s.layer == "prop" and isinstance(s, Loop) and s.fill == "dark")


def test_both_feet_end_well_on_the_step_the_far_leg_showing():
    end = positions(exercise_pose("step-up")).end
    tread = _tread(pictures(exercise_pose("step-up"))[1])
    x0, x1 = min(x for x, _ in tread.points), max(x for x, _ in tread.points)
    top = max(y for _, y in tread.points)
    for side in ("near", "far"):
        heel, toe = end[f"{side}_ankle"], end[f"{side}_toe"]
        assert abs(toe[1] - top) < 2 and heel[1] > top
        assert min(heel[0], toe[0]) > x0 + 5 and max(heel[0], toe[0]) < x1
    # The far knee and foot lie in front of the near ones, so the grey leg is seen rather than hidden behind.
    assert end["far_knee"][0] - end["near_knee"][0] > 3 and end["far_toe"][0] - end["near_toe"][0] > 3


def test_the_step_up_arrow_rises_straight_up_behind_the_hips_in_picture_2():
    # Bold and long (bold_arrows, round 85): a thick black shaft and head, as the standing leg back's.
    pose = exercise_pose("step-up")
    first, then = pictures(pose)
    bold = [s for s in then if isinstance(s, Tube) and s.layer == "arrow" and s.fill == "black"]
    assert not _arrows(first) and not _arrows(then) and len(bold) == 2
    (xa, ya), (xb, yb) = bold[0].points[0], bold[0].points[-1]
    hip = positions(pose).end["hip"]
    top = max(y for _, y in _tread(then).points)
    assert yb - ya > 10 and abs(xb - xa) < 1  # straight up
    assert max(xa, xb) < hip[0] and ya > top + 20  # behind the hips, well above the step


def _rail(shapes):
    """The handrail: the one dark prop tube that slopes (its posts stand upright)."""
    (rail,) = [s for s in shapes if s.layer == "prop" and isinstance(s, Tube) and s.fill == "dark"
               and abs(s.points[0][0] - s.points[-1][0]) > 1]
    return rail.points[0], rail.points[-1]


def _off_rail(point, rail):
    (xa, ya), (xb, yb) = rail
    return abs(ya + (yb - ya) * (point[0] - xa) / (xb - xa) - point[1])


def _grip(pts):
    return midpoint(pts["near_wrist"], pts["near_tip"])


def test_the_near_hand_holds_a_stair_handrail_in_both_pictures_and_all_through_the_moving_one():
    # Round 114: "holding the handrail", "do not let go of the handrail", and the hands held nothing. The rail rises
    # along the stairs, the same rail (from the step's edge) in both pictures, at about hip to waist height.
    pose = exercise_pose("step-up")
    placed = positions(pose)
    first, then = pictures(pose)
    for shapes, pts in ((first, placed.start), (then, placed.end)):
        rail, tread = _rail(shapes), _tread(shapes)
        assert _off_rail(_grip(pts), rail) < 0.5
        assert pts["hip"][1] - 3 < _grip(pts)[1] < pts["hip"][1] + 15
        (xa, ya), (xb, yb) = rail
        assert 35 < degrees(atan2(yb - ya, xb - xa)) < 45  # a stair's pitch, up the way the person faces
        edge = min(x for x, _ in tread.points)
        rise = ya + (yb - ya) * (edge - xa) / (xb - xa) - max(y for _, y in tread.points)
        assert 5 < rise < 25
    rail_1, rail_2 = (_rail(p) for p in (first, then))
    edges = [min(x for x, _ in _tread(p).points) for p in (first, then)]
    at_edge = [ya + (yb - ya) * (e - xa) / (xb - xa) for ((xa, ya), (xb, yb)), e in zip((rail_1, rail_2), edges)]
    assert abs(at_edge[0] - at_edge[1]) < 0.5  # one rail, fixed to the stairs
    # Moving, one rail is at the hand at the start and at the end, so the hand slides up it.
    moving = _rail(scene(pose, "moving").shapes)
    assert _off_rail(_grip(placed.start), moving) < 0.5 and _off_rail(_grip(placed.end), moving) < 0.5


def test_the_step_up_alt_text_says_the_handrail_is_held():
    alt = yaml.safe_load((EXERCISES / "step-up.yaml").read_text(encoding="utf-8"))["illustration"]["alt"]
    assert alt.count("handrail") == 2 and len(alt) <= 350
