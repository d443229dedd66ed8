"""The pendulum stands on both feet, flat, leaning part way, the arm hanging about straight
down; the bridge's arm lies on the floor under the raised body, and the faint start's flat trunk shows over it."""


from msksite.drawing.figure import WIDTHS
from msksite.drawing.positions import positions
from msksite.drawing.scene import scene
from msksite.drawing.shapes import LAYERS, Loop, Tube
from msksite.drawing.skeleton import heights
from exercise_poses import exercise_pose


def test_the_pendulum_leans_part_way_not_flat():
    # At 62 degrees the "long bent-over torso" looked strange (round 33).
    assert 45 <= exercise_pose("pendulum").trunk <= 58


def test_the_pendulum_stands_on_both_feet_with_straight_legs_that_do_not_cross():
    # "Propped, half-kneeling", "tangled legs" (round 33): both feet on the floor, the knees nearly straight, the
    # near (white) leg in front of the far (grey) one all the way down, so the two never cross. Both feet are flat
    # (round 52): the back one up on its ball, with its grey heel, read as a knee on the floor ("a kneeling
    # crouch"). The back leg, slanting, reaches a little less far down: its sole, not its middle, is on the floor.
    pose = exercise_pose("pendulum")
    end = positions(pose).end
    low = heights(end)
    floor = min(low.values())
    assert low["near_ankle"] - floor < 1
    for side in ("near", "far"):
        assert abs(low[f"{side}_toe"] - low[f"{side}_ankle"]) < 0.5
        assert low[f"{side}_toe"] - floor < WIDTHS["foot"] / 2
        assert getattr(pose, side).knee <= 10
    for part in ("knee", "ankle", "toe"):
        assert end[f"near_{part}"][0] - end[f"far_{part}"][0] > 4


def test_the_pendulum_arm_hangs_straight_down_and_its_faint_start_is_swung_forwards():
    # At 13 degrees forward "the arm hangs at an angle rather than loosely straight down" (round 52): it hangs
    # straight down, and the faint start is the other end of the swing, forwards, clear of the legs behind it.
    placed = positions(exercise_pose("pendulum"))
    shoulder, tip = placed.end["near_shoulder"], placed.end["near_tip"]
    assert abs(tip[0] - shoulder[0]) < 0.05 * (shoulder[1] - tip[1])
    assert placed.start["near_tip"][0] - tip[0] > 15


def test_the_pendulum_legs_go_under_the_trunk():
    # Drawn over the trunk, the near thigh's round top stood out on it, "a tangle of overlapping tubes" that read as
    # a kneeling crouch (round 52): both legs are drawn before the trunk, whose round end is the hips; the hanging
    # arm is still drawn over it.
    # The trunk, leaning over the table, is the outline with a chest (torso.py).
    end = [s for s in scene(exercise_pose("pendulum")).shapes if s.layer == "end" and isinstance(s, (Tube, Loop))]
    trunk = next(i for i, s in enumerate(end) if isinstance(s, Loop) and s.fill == "white")
    thighs = [i for i, s in enumerate(end) if isinstance(s, Tube) and s.width == WIDTHS["thigh"]]
    upper_arms = [i for i, s in enumerate(end) if isinstance(s, Tube) and s.width == WIDTHS["upper_arm"]]
    assert len(thighs) == 2 and max(thighs) < trunk < max(upper_arms)


def test_the_bridge_arm_lies_on_the_floor_well_below_the_raised_hips():
    # "The arms overlap the hips" (round 33): the arm is on the floor, the hips far above it.
    end = positions(exercise_pose("bridge")).end
    arm = max(end[f"near_{p}"][1] for p in ("elbow", "wrist", "tip"))
    assert end["hip"][1] - arm > 12


def test_the_bridge_draws_the_arm_behind_the_raised_body():
    # In front, the arm crossed the raised hips; behind, the body lies over it. (The moving picture draws the one
    # person with the hips raised; the still draws them twice, numbered.)
    end = [s for s in scene(exercise_pose("bridge"), "moving").shapes if s.layer == "end" and isinstance(s, Tube)]
    trunk = next(i for i, s in enumerate(end) if s.width == WIDTHS["trunk"])
    upper_arms = [i for i, s in enumerate(end) if s.width == WIDTHS["upper_arm"]]
    assert len(upper_arms) == 2 and max(upper_arms) < trunk


def test_the_bridge_still_has_no_faint_start_but_one_shown_is_drawn_over_the_person():
    # The faint start, lying flat, knotted with the solid person at floor level ("the ghost lying flat clutters the
    # picture", round 38): the still is two numbered pictures instead (tests/test_drawing_numbered.py). Shown, in
    # one picture, its flat trunk is drawn over the person (under the arm and the raised body it was hidden, "the
    # pale ghost is hard to make out").
    pose = exercise_pose("bridge")
    assert not any(s.layer.startswith("start") for s in scene(pose).shapes)
    shapes = scene(pose.model_copy(update={"numbered": False})).shapes
    over = [s for s in shapes if s.layer == "start_over" and isinstance(s, Tube) and s.width == WIDTHS["trunk"]]
    assert len(over) == 1
    ys = [y for _, y in over[0].points]
    assert max(ys) - min(ys) < 1
    # Its layer is drawn after the solid person's, so over it.
    assert LAYERS.index("start_over") > LAYERS.index("end")


def test_the_bridge_keeps_the_feet_in_place_and_still_moves_shape_for_shape():
    # The feet stay planted, as in the exercise (and the picture stays narrow, so the person is drawn bigger); the
    # start draws its shapes in the end's order, so the moving drawing morphs each into its own.
    pose = exercise_pose("bridge")
    placed = positions(pose)
    for part in ("ankle", "toe"):
        start, end = placed.start[f"near_{part}"], placed.end[f"near_{part}"]
        assert abs(start[0] - end[0]) < 4 and abs(start[1] - end[1]) < 4
    moving = scene(pose, "moving")
    person = [s for s in moving.shapes if s.layer == "end"]
    assert len(moving.moves) == len(person)
    assert scene(pose).shapes[0].layer == "prop"


def test_the_pendulum_legs_stand_near_upright_not_slanting_like_a_kneeling_shin():
    # With the far leg slanting well back, "the legs look kneeling or stilt-like" (round 39): each leg runs within
    # 21 degrees of upright from hip to ankle (it was 25), the near one within 6 (it was 8).
    from math import atan2, degrees

    end = positions(exercise_pose("pendulum")).end
    slant = {side: abs(degrees(atan2(end[f"{side}_ankle"][0] - end["hip"][0], end["hip"][1] - end[f"{side}_ankle"][1])))
             for side in ("near", "far")}
    assert slant["near"] < 6 and slant["far"] < 21
