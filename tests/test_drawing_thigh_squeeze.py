"""Someone leaning back on the forearms has a trunk with a chest and a back (round 41: drawn as a tube, the upright
arm hid its underside and "the torso is a single thin line", "the figure looks broken"). The thigh squeeze was drawn
so until round 54; it now sits up on straight arms (test_drawing.py), and the reclined trunk is tested on its old
pose."""
from math import dist

from msksite.drawing.positions import positions
from msksite.drawing.recline import reclines
from msksite.drawing.scene import scene
from msksite.drawing.shapes import Loop, Tube
from msksite.schema.pose import Pose
from exercise_poses import EXERCISES, exercise_pose

# Sitting on the floor leaning back on the forearms, one leg out over a towel rolled under its knee.
ON_FOREARMS = Pose.model_validate({
    "trunk": -62, "neck": 36,
    "near": {"shoulder": -70, "elbow": 98, "wrist": 0, "palm": "down", "hip": 39, "knee": 38, "ankle": 0},
    "far": {"hip": 25, "knee": 0, "ankle": 30},
    "props": ["floor", {"name": "towel", "at": "near_knee"}]})


def _trunk_and_points():
    pose = ON_FOREARMS
    placed = positions(pose)
    end = [s for s in scene(pose).shapes if s.layer == "end"]
    # The trunk is the first white outline drawn (the near arm and leg go over it).
    trunk = next(s for s in end if isinstance(s, Loop) and s.fill == "white")
    return trunk, placed.end, placed.floor, end


def test_the_reclined_trunk_is_deep_with_a_chest_in_front_and_a_back_behind():
    trunk, pts, _, end = _trunk_and_points()
    hip, neck = pts["hip"], pts["neck"]
    along = ((neck[0] - hip[0]) / dist(hip, neck), (neck[1] - hip[1]) / dist(hip, neck))
    # Out towards the front of the body, which faces right and, leaning back, up.
    out = lambda p: (p[0] - hip[0]) * along[1] - (p[1] - hip[1]) * along[0]
    chest, back = max(map(out, trunk.points)), -min(map(out, trunk.points))
    # Deeper than the tube it was (6.5 each side), both ways: a chest rises in front and a back shows behind.
    assert chest > 7.5 and back > 7.5
    assert not any(isinstance(s, Tube) and s.width == 13.0 for s in end)
    # The chest is highest towards the shoulders, not at the belly.
    top = max(trunk.points, key=out)
    assert ((top[0] - hip[0]) * along[0] + (top[1] - hip[1]) * along[1]) / dist(hip, neck) > 0.5


def test_the_bottom_of_the_reclined_trunk_sits_on_the_floor():
    trunk, _, floor, _ = _trunk_and_points()
    # Neither floating over the floor nor sunk into it.
    assert -0.5 < min(y for _, y in trunk.points) - floor < 1.5


def test_no_exercise_now_reclines():
    # Every side-on trunk keeps its tube: the thigh squeeze, the one drawing that leaned back on the forearms, now sits
    # up (round 54: leaning far back was "awkward" and "cluttered").
    assert reclines(ON_FOREARMS)
    leaning = [path.stem for path in sorted(EXERCISES.glob("*.yaml")) if reclines(exercise_pose(path.stem))]
    assert leaning == []
