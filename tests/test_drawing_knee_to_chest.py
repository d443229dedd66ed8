"""The knee to chest stretch (knee_hug.py): "the arms and bent leg merge into a pile of identical white tubes, so
telling hands from shin takes effort", "you can't see where the hands hold" (round 41, every review); the arm
reaching across the thigh to the shin made "an X of similar tubes" (3.4 before round 55). The hands hold the back of
the thigh just below the knee: the arm runs up the chest side of the thigh, in a grey sleeve, and goes behind it,
never crossing the leg; the knee's round end shows whole; the still picture has no faint start leg over the other
leg; the arrow follows the knee in towards the chest."""
from math import dist

from msksite.drawing.figure import WIDTHS
from msksite.drawing.knee_hug import SLEEVE, grip_point, hugs_knee, sleeve
from msksite.drawing.positions import positions
from msksite.drawing.scene import scene
from msksite.drawing.shapes import Line, Tube
from exercise_poses import exercise_pose

POSE = exercise_pose("knee-to-chest")


def _end_tubes(width: float, fill: str = "white") -> list[Tube]:
    return [s for s in scene(POSE).shapes if isinstance(s, Tube) and s.layer == "end" and s.width == width
            and s.fill == fill]


def _across(p: tuple, a: tuple, b: tuple) -> float:
    """How far p is from the line through a and b, positive on its upper side."""
    length = dist(a, b)
    side = ((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])) / length
    return side if b[0] > a[0] else -side


def test_only_the_knee_to_chest_holds_a_knee_to_the_chest():
    others = ["bridge", "heel-slide", "pelvic-tilt", "straight-leg-raise", "hamstring-stretch", "clam"]
    assert hugs_knee(POSE) and not any(hugs_knee(exercise_pose(name)) for name in others)


def _arm(shapes: list, pts: dict) -> tuple[Tube, Tube, Tube]:
    """The near arm's upper arm, forearm and hand (the far one is drawn the same, grey, behind it)."""
    shoulder = pts["near_shoulder"]
    # The near one is drawn after the far one, which is grey all over.
    upper = [s for s in shapes if isinstance(s, Tube) and s.layer == "end" and s.points[0] == shoulder
             and s.width == WIDTHS["upper_arm"]][-1]
    assert upper.fill == SLEEVE
    (forearm,) = [s for s in _end_tubes(WIDTHS["forearm"]) if s.points[0] == upper.points[-1]]
    (hand,) = _end_tubes(WIDTHS["palm"])
    return upper, forearm, hand


def _crosses(a: tuple, b: tuple) -> bool:
    """Whether the segments a and b cross."""
    side = lambda p, q, r: (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
    return side(*a, b[0]) * side(*a, b[1]) < 0 and side(*b, a[0]) * side(*b, a[1]) < 0


def test_the_arm_runs_up_the_chest_side_of_the_thigh_without_crossing_the_leg():
    # Reaching across the thigh to the shin, arm and leg made "an X of similar tubes" (3.4 before round 55).
    pts = positions(POSE).end
    hip, knee, ankle = pts["near_hip"], pts["near_knee"], pts["near_ankle"]
    upper, forearm, _ = _arm(scene(POSE).shapes, pts)
    for a, b in (upper.points, forearm.points):
        assert not _crosses((a, b), (hip, knee)) and not _crosses((a, b), (knee, ankle))
    # On the chest side of the thigh, the upper arm rising off the floor towards the knee.
    half = WIDTHS["thigh"] / 2
    assert all(_across(p, hip, knee) < -half + 1 for p in (upper.points + forearm.points)[:-1])
    assert upper.points[-1][1] > pts["near_shoulder"][1] + 5


def test_the_hands_hold_the_back_of_the_thigh_just_below_the_knee_behind_the_leg():
    pts = positions(POSE).end
    hip, knee = pts["near_hip"], pts["near_knee"]
    shapes = scene(POSE).shapes
    upper, forearm, hand = _arm(shapes, pts)
    wrist, knuckles, tips = hand.points
    half = WIDTHS["thigh"] / 2
    # Just below the knee: past the knee's round end, in the upper half of the thigh.
    grip = grip_point(pts)
    assert half < dist(knee, grip) < dist(knee, hip) / 2
    assert dist(knuckles, grip) < half
    # The forearm comes to the chest side edge, and the fingertips show round the back edge.
    assert -half - 2 < _across(wrist, hip, knee) < -half + 1
    assert _across(tips, hip, knee) + WIDTHS["palm"] / 2 > half + 1
    # The arm goes behind the thigh: the leg is drawn over it.
    (thigh,) = [s for s in _end_tubes(WIDTHS["thigh"]) if s.points == (hip, knee)]
    assert max(shapes.index(s) for s in (upper, forearm, hand)) < shapes.index(thigh)


def test_the_upper_arm_wears_a_grey_sleeve_in_the_start_too_and_the_moving_picture_morphs_arm_into_arm():
    # White, the arm was one more tube like the thigh. The start (the arm by the side) is drawn in the same order, so
    # each shape moves into its own.
    assert SLEEVE != "white" and sleeve(POSE, "white") == SLEEVE
    assert sleeve(exercise_pose("straight-leg-raise"), "white") == "white"
    moving = scene(POSE, "moving")
    pairs = [(moving.shapes[i], start) for i, start in moving.moves.items()]
    assert all(getattr(end, "width", None) == getattr(start, "width", None) for end, start in pairs)


def test_the_knee_shows_its_round_end_with_the_shin_starting_inside_it():
    # From the knee joint, the shin's outline covered the thigh's end behind the knee: a black half moon.
    pts = positions(POSE).end
    knee, ankle = pts["near_knee"], pts["near_ankle"]
    (shin,) = [s for s in _end_tubes(WIDTHS["shin"]) if s.points[-1] == ankle]
    assert 0 < dist(shin.points[0], knee) < WIDTHS["thigh"] / 2 - WIDTHS["shin"] / 2 + 1.5


def test_the_still_picture_has_no_faint_start_and_the_arrow_follows_the_knee_to_above_the_chest():
    placed = positions(POSE)
    still = scene(POSE)
    assert not [s for s in still.shapes if s.layer in ("start", "start_over")]
    assert len(scene(POSE, "moving").moves) >= 19  # every part of the person still moves between the two
    (line,) = [s for s in still.shapes if isinstance(s, Line) and s.layer == "arrow" and len(s.points) > 3]
    start, end = placed.start["near_knee"], placed.end["near_knee"]
    # From above the knee's start to above its end, over the chest, going towards the head.
    assert line.points[0][0] > end[0] + 10 and abs(line.points[-1][0] - end[0]) < 5
    assert min(p[1] for p in line.points) > max(start[1], end[1])
    assert line.points[-1][0] < placed.end["near_hip"][0] - 10
