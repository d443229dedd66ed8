"""The knee to chest stretch (knee_hug.py): "the arms and bent leg merge into a pile of identical white tubes, so
telling hands from shin takes effort", "you can't see where the hands hold" (round 41, every review). The hand is
drawn clasped round the shin just below the knee, over the leg; the knee's round end shows whole. The still is two
numbered pictures, solid (a faint start leg lay over the other leg; with none, nothing showed where the knee
started), the arrow on 2 following the knee in towards the chest. The person's geometry is the moving picture's: one
person, where the pose places them. Still, the white arm over the white leg made "a knot" of tubes (before round 47):
the arm is grey, behind the leg, only its hand over the shin, in the start as in the end."""
from math import dist

from msksite.drawing.figure import WIDTHS
from msksite.drawing.knee_hug import grip_point, hugs_knee
from msksite.drawing.positions import positions
from msksite.drawing.scene import scene
from msksite.drawing.shapes import Circle, Line, Tube
from exercise_poses import exercise_pose

POSE = exercise_pose("knee-to-chest")


def _end_tubes(width: float, fill: str = "grey") -> list[Tube]:
    return [s for s in scene(POSE, "moving").shapes if isinstance(s, Tube) and s.layer == "end" and s.width == width
            and s.fill == fill]


def _last(shapes: list, shape) -> int:
    """Where the last copy of a shape is drawn (the far arm is the same as the near one, hidden under it)."""
    return max(i for i, s in enumerate(shapes) if s == shape)


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
    (hand,) = set(_end_tubes(WIDTHS["palm"]))  # the near hand, and the far one the same under it
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
    shapes = scene(POSE, "moving").shapes
    (shin,) = [s for s in shapes if isinstance(s, Tube) and s.layer == "end" and s.points[-1] == ankle
               and s.width == WIDTHS["shin"]]
    assert _last(shapes, hand) > shapes.index(shin)


def test_the_knee_shows_its_round_end_with_the_shin_starting_inside_it():
    # From the knee joint, the shin's outline covered the thigh's end behind the knee: a black half moon.
    pts = positions(POSE).end
    knee, ankle = pts["near_knee"], pts["near_ankle"]
    (shin,) = [s for s in _end_tubes(WIDTHS["shin"], "white") if s.points[-1] == ankle]
    assert 0 < dist(shin.points[0], knee) < WIDTHS["thigh"] / 2 - WIDTHS["shin"] / 2 + 1.5


def test_the_still_is_two_numbered_pictures_and_the_arrow_on_2_follows_the_knee_to_above_the_chest():
    placed = positions(POSE)
    still = scene(POSE)
    assert not [s for s in still.shapes if s.layer in ("start", "start_over")]
    assert len(scene(POSE, "moving").moves) >= 19  # every part of the person still moves between the two
    heads = sorted((s for s in still.shapes if isinstance(s, Circle) and s.layer == "end"), key=lambda c: -c.centre[1])
    numbers = sorted((s for s in still.shapes if isinstance(s, Circle) and s.layer == "arrow"), key=lambda c: -c.centre[1])
    assert len(heads) == 2 and len(numbers) == 2  # 1 above 2, each with its number
    # Picture 2 is the end, moved down under picture 1: the arrow is measured against its knee moved as much.
    shift = heads[1].centre[1] - placed.end["head"][1]
    at = lambda p: (p[0], p[1] + shift)
    in_number = lambda p: any(dist(p, n.centre) <= n.r for n in numbers)  # the numerals' strokes
    (line,) = [s for s in still.shapes if isinstance(s, Line) and s.layer == "arrow" and len(s.points) > 3
               and not in_number(s.points[0])]
    start, end = at(placed.start["near_knee"]), at(placed.end["near_knee"])
    # From above the knee's start to above its end, over the chest, going towards the head, in picture 2.
    assert line.points[0][0] > end[0] + 10 and abs(line.points[-1][0] - end[0]) < 5
    assert min(p[1] for p in line.points) > max(start[1], end[1])
    assert max(p[1] for p in line.points) < numbers[0].centre[1] - numbers[0].r
    assert line.points[-1][0] < at(placed.end["near_hip"])[0] - 10


def test_the_arm_is_grey_and_behind_the_leg_with_only_its_hand_over_the_shin_at_the_start_as_at_the_end():
    # Four white tubes of one width meeting at the knee were "a knot": grey, the arm stands apart from the white leg,
    # and behind it, the leg is one clean shape with the hand on it.
    drawing = scene(POSE, "moving")
    shapes, pts = drawing.shapes, positions(POSE).end
    # The last of each: the far arm, the same, is drawn first, under everything.
    index = lambda points: max(i for i, s in enumerate(shapes) if isinstance(s, Tube) and s.layer == "end"
                               and s.points[:len(points)] == points)
    shoulder, elbow = pts["near_shoulder"], pts["near_elbow"]
    upper, thigh = index((shoulder, elbow)), index((pts["near_hip"], pts["near_knee"]))
    forearm, shin = index((elbow,)), next(i for i, s in enumerate(shapes) if s.layer == "end"
                                          and isinstance(s, Tube) and s.points[-1] == pts["near_ankle"]
                                          and s.width == WIDTHS["shin"])
    hand = _last(shapes, _end_tubes(WIDTHS["palm"])[0])
    assert {shapes[i].fill for i in (upper, forearm, hand)} == {"grey"} and shapes[thigh].fill == "white"
    assert max(upper, forearm) < min(thigh, shin) < max(thigh, shin) < hand
    # The moving picture morphs each into the same part at the start, the arm lying by the side, drawn in the same
    # order: the upper arm from the shoulder, the hand beyond the forearm, both grey.
    start = positions(POSE).start
    assert drawing.moves[upper].points == (start["near_shoulder"], start["near_elbow"])
    assert drawing.moves[upper].fill == drawing.moves[hand].fill == "grey"
    assert drawing.moves[hand].width == WIDTHS["palm"]


def test_at_the_start_the_hand_lies_on_the_floor_clear_of_the_bent_leg():
    # Lying along the body, the hand ended over the top of the thigh, one more shape at the hip.
    start = positions(POSE).start
    assert start["near_wrist"][1] < start["near_hip"][1] - 2
