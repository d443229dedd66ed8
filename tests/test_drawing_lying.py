"""The lying leg exercises (round 30): the straight leg raise's arms are folded on the chest, clear of the legs, the
bridge lifts the hips high with the arms down on the floor below the body, and the side leg raise's head is side-on,
resting on the lower arm."""
from math import atan2, degrees


from msksite.drawing.lying import mat_under
from msksite.drawing.positions import positions
from msksite.drawing.scene import scene
from msksite.drawing.shapes import Line
from msksite.drawing.skeleton import HEAD_R, LOOK_DOWN, look_down
from exercise_poses import exercise_pose


def _height_of_line(a, b, x: float) -> float:
    """The height of the line through a and b where it passes x."""
    return a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0])


def test_the_straight_leg_raise_keeps_the_hands_on_the_chest_away_from_the_legs():
    # By the sides, the hand met both legs at the hip in a knot ("overlaps the bent one and the arm").
    pose = exercise_pose("straight-leg-raise")
    pts = positions(pose).end
    assert pose.near.hand == "crossed"
    for side in ("near", "far"):
        assert pts["hip"][0] - max(pts[f"{side}_elbow"][0], pts[f"{side}_wrist"][0]) > 8


def test_the_bridge_lifts_the_hips_into_a_line_from_the_shoulders_to_the_knees_over_upright_shins():
    # "The lift is shallow" (earlier rounds), then, with the thigh level, "an unnatural flat-topped knee" and the
    # body "one diagonal line" (round 38): the hips rise well off the floor, the thigh carries on the trunk's slope
    # up to the knee (within a few degrees), and the shin stands about upright down to the foot on the floor.
    both = positions(exercise_pose("bridge"))
    end, start = both.end, both.start
    assert end["hip"][1] - start["hip"][1] > 10
    slope = lambda a, b: degrees(atan2(end[b][1] - end[a][1], end[b][0] - end[a][0]))
    trunk, thigh = slope("near_shoulder", "hip"), slope("hip", "near_knee")
    assert trunk > 20 and abs(trunk - thigh) < 10
    knee, ankle = end["near_knee"], end["near_ankle"]
    assert abs(knee[0] - ankle[0]) < 0.2 * (knee[1] - ankle[1])
    assert abs(end["near_ankle"][1] - start["near_ankle"][1]) < 3  # the feet stay down on the floor


def test_the_bridge_arms_lie_on_the_floor_below_the_body_with_a_gap():
    # Level with the shoulder, the arm ran along the body's underside and the two merged: it slopes down onto the
    # floor, so at the hand the body is well above it.
    pts = positions(exercise_pose("bridge")).end
    wrist = pts["near_wrist"]
    assert wrist[1] < 5  # on the floor
    assert _height_of_line(pts["near_shoulder"], pts["hip"], wrist[0]) - wrist[1] > 12


def _eye_dots(name: str) -> list:
    """The dotted lines of the end position's face: one point (an eye side-on) or two (a pair, facing you)."""
    return [s.points for s in scene(exercise_pose(name)).shapes if isinstance(s, Line) and s.dotted and s.layer == "end"]


def test_lying_on_the_side_the_head_is_side_on():
    # "Face-on head, side-on hips" read as a twisted body (side leg raise, round 29; clam, "the twisted torso", round
    # 30): one eye, side-on (both are two numbered pictures, the side leg raise since round 67: one eye in
    # each).
    for name, heads in (("side-leg-raise", 2), ("clam", 2)):
        assert [len(set(points)) for points in _eye_dots(name)] == [1] * heads


def test_lying_on_the_side_the_head_rests_on_the_lower_arm_without_a_pillow():
    # The lower arm bent in front of the chest, under a pillow, made "a cluttered tangle" with the bottom leg (side
    # leg raise, round 29) and "a jumble" of head, pillow and arms (clam, round 34): it reaches along the mat past
    # the head, and the head rests on it.
    for name in ("side-leg-raise", "clam"):
        pose = exercise_pose(name)
        pts = positions(pose).end
        assert pts["far_elbow"][0] < pts["head"][0] and pts["far_wrist"][0] < pts["head"][0]
        assert len(mat_under(pose, pts)) == 2  # the mat and its edge, no pillow


def test_the_side_leg_raise_bottom_leg_lies_along_the_body_bent_only_a_little():
    # Bent at 60 degrees, the dark bottom leg splayed down from the hips away from the raised one, and with the arms
    # the body read "half on its back" (round 33): its thigh runs near the line of the trunk, under the top leg's
    # start, and the knee still bends a little.
    pts = positions(exercise_pose("side-leg-raise")).end
    hip, knee, ankle = pts["hip"], pts["far_knee"], pts["far_ankle"]
    slope = lambda a, b: degrees(atan2(abs(b[1] - a[1]), abs(b[0] - a[0])))
    assert slope(pts["neck"], hip) < 2
    assert slope(hip, knee) < 22
    assert slope(hip, knee) - slope(knee, ankle) > 5


def test_the_clam_is_seen_from_low_with_the_top_hand_on_the_mat_clear_of_the_head_and_the_top_leg():
    # From high the bent bottom knee dropped below the legs and the two made a box; the top hand by the head, over a
    # pillow, made "a jumble" (round 34).
    pose = exercise_pose("clam")
    # Lower than the side leg raise, but high enough to show the knees bent (tests/test_drawing_views.py).
    assert look_down(pose) < LOOK_DOWN and look_down(exercise_pose("side-leg-raise")) == LOOK_DOWN
    pts = positions(pose).end
    wrist = pts["near_wrist"]
    assert pts["head"][0] + 2 * HEAD_R < wrist[0] < pts["hip"][0] and wrist[1] < pts["hip"][1] - 5
