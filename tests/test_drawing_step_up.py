"""The step up ends with both feet well on the step, the far (grey) leg showing beside the near one (round 39: "stands
on one visible leg perched on the box edge"). Since round 70 numbered, as the sit to stand is ("the ghost is faint"):
the start in picture 1, the end and the arrow in picture 2. The arrow from the floor up on to the step, drawn on
picture 2 alone, lay along the floor under the step ("makes no sense", round 70): it points straight up behind the
hips, the body rising on to the step."""
from msksite.drawing.positions import positions
from msksite.drawing.shapes import Loop, Tube
from exercise_poses import exercise_pose
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
