"""Legs and arms that tangled at phone size (round 26): the still leg lying on the back is shaded dark behind the
moving one (the knee to chest's arm and hand: test_drawing_cues, test_drawing_knee_to_chest), and the hamstring
stretch shows no faint upright start over the chair back."""

from math import dist

import pytest

from msksite.drawing.lying import LOWER_LEG_FILL
from msksite.drawing.positions import positions
from msksite.drawing.scene import scene
from msksite.drawing.shapes import Circle, Line, Loop, Tube
from msksite.drawing.svg import extent
from exercise_poses import exercise_pose
from test_drawing_numbered import near, pictures


def _leg_tubes(shapes: list, pts: dict, side: str) -> list[Tube]:
    # The shin of a knee held to the chest starts a little down from the knee joint (knee_hug.held_shin).
    hip, knee, ankle = (pts[f"{side}_{j}"] for j in ("hip", "knee", "ankle"))
    shin = lambda s: len(s.points) == 2 and near(s.points[1], ankle) and dist(s.points[0], knee) < 3
    return [s for s in shapes if isinstance(s, Tube) and s.layer == "end" and (near(s.points, (hip, knee)) or shin(s))]


@pytest.mark.parametrize("name", ["straight-leg-raise", "knee-to-chest"])
def test_lying_on_the_back_the_still_leg_is_dark_behind_the_white_moving_one(name):
    # Both pale, the lifted leg and the bent one made "a confusing X" and the held knee "a knot": dark, as in the
    # clam, the still leg sits behind and the moving one stands out: in both numbered pictures of the straight leg
    # raise (round 67), the start (1) and the end (2).
    pose = exercise_pose(name)
    placed = positions(pose)
    views = zip(pictures(pose), (placed.start, placed.end)) if pose.numbered else [(scene(pose).shapes, placed.end)]
    for shapes, pts in views:
        still, moving = _leg_tubes(shapes, pts, "far"), _leg_tubes(shapes, pts, "near")
        assert len(still) == 2 and len(moving) == 2
        assert {s.fill for s in still} == {LOWER_LEG_FILL} and {s.fill for s in moving} == {"white"}
        assert max(shapes.index(s) for s in still) < min(shapes.index(s) for s in moving)


def test_the_bridge_legs_stay_as_they_were():
    # Only legs set apart (one bent, one straight) are shaded: the bridge's far leg copies the near one.
    pose = exercise_pose("bridge")
    pts = positions(pose).end
    far = _leg_tubes(scene(pose, "moving").shapes, pts, "far")  # the one person, placed as positions places them
    assert far and all(s.fill != LOWER_LEG_FILL for s in far)


def test_the_straight_leg_rises_to_the_bent_knee_s_height_with_the_knee_clear_above_it():
    # "The raised leg crosses the bent leg in a confusing X": the lift is only to the other knee's height, and the
    # bent knee stands above the lifted leg rather than on it.
    pts = positions(exercise_pose("straight-leg-raise")).end
    hip, ankle, knee = pts["near_hip"], pts["near_ankle"], pts["far_knee"]
    assert abs(ankle[1] - knee[1]) < 4
    under_knee = hip[1] + (ankle[1] - hip[1]) * (knee[0] - hip[0]) / (ankle[0] - hip[0])
    assert knee[1] - under_knee > 10  # clear of the thigh (9 wide) and the knee's own width
    assert pts["far_ankle"][1] < 6  # that foot stays down by the floor


def test_the_hamstring_stretch_still_is_upright_then_leaning_side_by_side_and_the_table_slide_has_no_faint_start():
    # With an arrow over the head, the lean read as "drop your head"; a faint upright figure over the leaning one
    # made "a tangle" (rounds 39-41). Two numbered pictures side by side (a sitting person is about as tall as wide:
    # one above the other they shrank by half): upright (1), leaning with the arc about the hips (2,
    # test_drawing_cues). The table slide has no faint start either (it stood over the leaning body): since round 74
    # it is numbered too.
    pose = exercise_pose("hamstring-stretch")
    still = scene(pose)
    assert not [s for s in still.shapes if s.layer in ("start", "start_over")]
    heads = sorted((s for s in still.shapes if isinstance(s, Circle) and s.layer == "end"), key=lambda c: c.centre[0])
    numbers = [s for s in still.shapes if isinstance(s, Circle) and s.layer == "number"]
    assert len(heads) == 2 and len(numbers) == 2
    one, two = heads
    assert two.centre[0] > one.centre[0] + 40 and abs(two.centre[1] - one.centre[1]) < 15  # side by side, not stacked
    assert two.centre[1] < one.centre[1]  # leaning forward, the head lower
    arrows = [s for s in still.shapes if s.layer == "arrow" and not isinstance(s, Circle)]
    arc = max(arrows, key=lambda s: len(s.points))
    assert min(x for x, _ in arc.points) > one.centre[0] + 40  # the lean's arc is on picture 2
    assert not [s for s in scene(exercise_pose("table-slide")).shapes if s.layer in ("start", "start_over")]
    assert scene(pose, "moving").moves
    # The sit to stand is numbered too (round 68: its faint seated start was "easy to miss on a phone").
    sit_to_stand = exercise_pose("sit-to-stand")
    assert sit_to_stand.numbered
    assert not [s for s in scene(sit_to_stand).shapes if s.layer in ("start", "start_over")]


def test_the_table_slide_other_arm_lies_hidden_behind_the_sliding_one():
    # Resting in the lap, the grey other arm read as "a grey blob" and "seems to sit under or through the table"
    # (rounds 53 to 61): both hands slide, the far arm exactly behind the near one, in the end and at the start.
    from msksite.drawing.figure import WIDTHS

    arm_widths = {WIDTHS[k] for k in ("upper_arm", "forearm", "palm", "thumb")}
    for variant in ("still", "moving"):
        shapes = scene(exercise_pose("table-slide"), variant).shapes
        arms = [s for s in shapes if isinstance(s, Tube) and s.width in arm_widths]
        grey = [s for s in arms if s.fill == "grey"]
        white = {(s.width, s.points) for s in arms if s.fill == "white"}
        assert grey and all((s.width, s.points) in white for s in grey)


def test_the_table_slide_is_numbered_the_same_whole_table_in_both_the_hand_near_its_near_edge_then_slid_along():
    # One picture of the end: "there is no start position", "shows a reach more than a slide" (rounds 71 to 73).
    # Numbered, picture 1's table was placed from its own hands, drawn back: a short bar by them, its top and legs
    # missing (round 74). The table is the end's in both, whole; the hand rests near its near edge in 1 and is slid
    # along it in 2, where the arrow lies over the table top, short of its far end (past it, "could be read as
    # pushing the table"); the floor runs on under its far leg.
    pose = exercise_pose("table-slide")
    assert pose.numbered
    placed = positions(pose)
    first, then = pictures(pose)
    tops, floors, towels = [], [], []
    for picture in (first, then):
        props = [s for s in picture if s.layer == "prop"]
        (top,) = [s for s in props if isinstance(s, Loop) and s.fill == "white"]
        tops.append(top.points)
        floors.append(max(x for s in props if isinstance(s, Line) and s.points[0][1] == s.points[1][1]
                          for x, _ in s.points))
        towels.append([s for s in props if isinstance(s, Loop) and s.fill == "none"])
        legs = [s for s in props if isinstance(s, Line) and s.points[0][0] == s.points[1][0]]
        far_leg = max(s.points[0][0] for s in legs)
        assert far_leg > max(x for x, _ in top.points) - 5  # the far leg stands under the top's far end
        assert floors[-1] > far_leg
    assert near(tops[0], tops[1])  # the same table, in the same place, in both
    near_edge, far_edge = min(x for x, _ in tops[0]), max(x for x, _ in tops[0])
    for pts, towel in ((placed.start, towels[0]), (placed.end, towels[1])):
        (cloth,) = towel
        assert near_edge < min(x for x, _ in cloth.points) and max(x for x, _ in cloth.points) < far_edge
        assert abs(pts["near_wrist"][1] - pts["near_tip"][1]) < 1  # the hand lies flat on it
    assert placed.start["near_tip"][0] < (near_edge + far_edge) / 2  # near the near edge in 1
    assert placed.end["near_tip"][0] > placed.start["near_tip"][0] + 10  # slid along in 2
    # The arrow's bold shaft and head (thin, "the figures are small" and the arrow with them: bold_arrows, round
    # 84), not number 2's digit, drawn in its circle.
    (two,) = [s for s in then if isinstance(s, Circle) and s.layer == "number"]
    arrows = [s for s in then if s.layer == "arrow" and isinstance(s, Tube) and s.fill == "black"
              and all(dist(p, two.centre) > two.r for p in s.points)]
    assert len(arrows) == 2 and dist(*arrows[0].points) > 19.9
    arrow_xs = [x for s in arrows for x, _ in s.points]
    assert placed.end["near_tip"][0] < min(arrow_xs) and max(arrow_xs) < far_edge
    assert min(y for s in arrows for _, y in s.points) > max(y for _, y in tops[1])  # over the top, not through it
    (one,) = [s for s in first if isinstance(s, Circle) and s.layer == "number"]
    assert not [s for s in first if s.layer == "arrow" and isinstance(s, Line)
                and any(dist(p, one.centre) > one.r for p in s.points)]  # picture 1 has only its number
