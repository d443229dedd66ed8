"""The knee to chest stretch (knee_hug.py): "the arms and bent leg merge into a pile of identical white tubes, so
telling hands from shin takes effort", "you can't see where the hands hold" (round 41, every review). The hand is
drawn clasped round the shin just below the knee, over the leg; the knee's round end shows whole; the still picture
has no faint start leg over the other leg; the arrow follows the knee in towards the chest. The arm goes behind the
leg, thin and straight, with only the hand over it: in front, arm and leg were "an X of similar tubes" (round 60)."""
from math import dist

from msksite.drawing.figure import WIDTHS
from msksite.drawing.knee_hug import grip_point, hugs_knee, reaches_for_knee
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


def test_the_hand_wraps_over_the_top_of_the_shin_and_down_its_near_side_just_below_the_knee():
    pts = positions(POSE).end
    knee, ankle = pts["near_knee"], pts["near_ankle"]
    (hand,) = _end_tubes(WIDTHS["palm"])
    wrist, knuckles, tips = hand.points
    half = WIDTHS["shin"] / 2
    assert _across(wrist, knee, ankle) > half + 1  # the forearm comes in above the shin
    assert abs(_across(knuckles, knee, ankle) - half) < 0.5  # over its top edge
    assert -half < _across(tips, knee, ankle) < 0  # down its near side, not past its bottom edge
    # Just below the knee: past the knee's round end, in the upper half of the shin.
    grip = grip_point(pts)
    assert WIDTHS["thigh"] / 2 < dist(knee, grip) < dist(knee, ankle) / 2
    assert dist(knuckles, grip) < half + 0.5
    # Drawn over the leg.
    shapes = scene(POSE).shapes
    (shin,) = [s for s in shapes if isinstance(s, Tube) and s.layer == "end" and s.points[-1] == ankle
               and s.width == WIDTHS["shin"]]
    assert shapes.index(hand) > shapes.index(shin)


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
    # Bold (bold_arrows, round 88): a thick black curve, its head on its last stretch.
    (line,) = [s for s in still.shapes if isinstance(s, Tube) and s.layer == "arrow" and len(s.points) > 3]
    assert line.fill == "black" and not [s for s in still.shapes if isinstance(s, Line) and s.layer == "arrow"]
    start, end = placed.start["near_knee"], placed.end["near_knee"]
    # From above the knee's start to above its end, over the chest, going towards the head.
    assert line.points[0][0] > end[0] + 10 and abs(line.points[-1][0] - end[0]) < 5
    assert min(p[1] for p in line.points) > max(start[1], end[1])
    assert line.points[-1][0] < placed.end["near_hip"][0] - 10


def test_the_arm_goes_behind_the_leg_thin_and_straight_with_only_the_hand_over_it():
    # Across the thigh in front of it, arm and leg were "an X of similar tubes" and "a knot" (every 3 to round 60).
    pts = positions(POSE).end
    shapes = scene(POSE).shapes
    shoulder, knee, hip, ankle = (pts[f"near_{j}"] for j in ("shoulder", "knee", "hip", "ankle"))
    white = [s for s in shapes if isinstance(s, Tube) and s.layer == "end" and s.fill == "white"]
    (upper,) = [s for s in white if s.points[0] == shoulder]
    (forearm,) = [s for s in white if s.points[0] == upper.points[-1]]
    (thigh,) = [s for s in white if s.points == (hip, knee)]
    (shin,) = [s for s in white if s.points[-1] == ankle and s.width == WIDTHS["shin"]]
    (hand,) = _end_tubes(WIDTHS["palm"])
    assert shapes.index(upper) < shapes.index(forearm) < shapes.index(thigh) < shapes.index(shin) < shapes.index(hand)
    # Thinner than other arms, so not a tube like the thigh; the far arm behind it no wider, so it shows no edge.
    assert upper.width < WIDTHS["upper_arm"] and forearm.width < WIDTHS["forearm"] and upper.width < thigh.width / 2
    assert all(s.width <= upper.width for s in shapes if isinstance(s, Tube) and s.points[0] == pts["far_shoulder"])
    # One straight line from the shoulder to the wrist, its elbow hidden behind the knee's round end.
    elbow, wrist = forearm.points
    assert abs(_across(elbow, shoulder, wrist)) < 0.01
    assert dist(elbow, knee) < WIDTHS["thigh"] / 2 - upper.width / 2


def test_the_start_arm_reaches_for_the_knee_in_the_same_order_so_each_part_morphs_into_its_own():
    # The start's arm is raised off the floor too, so it is drawn behind the leg in the same order as the end's: each
    # shape of the moving picture moves from the same body part (the same width), the arm from the arm.
    placed = positions(POSE)
    moving = scene(POSE, "moving")
    assert reaches_for_knee(POSE.at_start()) and not hugs_knee(POSE.at_start())
    pairs = [(moving.shapes[i], start) for i, start in moving.moves.items() if isinstance(start, Tube)]
    assert len(pairs) >= 14 and all(end.width == start.width and end.fill == start.fill for end, start in pairs)
    shoulder = placed.end["near_shoulder"]
    ((_, start_arm),) = [(end, start) for end, start in pairs if end.fill == "white" and end.points[0] == shoulder]
    assert start_arm.points[0] == placed.start["near_shoulder"]
