"""The thigh squeeze's person leans back on the forearms with a trunk that has a chest and a back (round 41: drawn as
a tube, the upright arm hid its underside and "the torso is a single thin line", "the figure looks broken")."""
from math import dist

from msksite.drawing.positions import positions
from msksite.drawing.recline import reclines
from msksite.drawing.scene import scene
from msksite.drawing.shapes import Line, Loop, Tube
from exercise_poses import EXERCISES, exercise_pose


def _trunk_and_points():
    pose = exercise_pose("thigh-squeeze")
    placed = positions(pose)
    end = [s for s in scene(pose).shapes if s.layer == "end"]
    # The trunk is the first white outline drawn (the near arm and leg go over it).
    trunk = next(s for s in end if isinstance(s, Loop) and s.fill == "white")
    return trunk, placed.end, placed.floor, end


def _inside(p, outline):
    """Whether point p is inside the closed outline (ray casting)."""
    x, y = p
    hits = 0
    for (x0, y0), (x1, y1) in zip(outline, outline[1:] + outline[:1]):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            hits += 1
    return hits % 2 == 1


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


def test_the_effort_lines_stand_clear_of_the_chest():
    trunk, _, _, _ = _trunk_and_points()
    marks = [s for s in scene(exercise_pose("thigh-squeeze")).shapes
             if isinstance(s, Line) and s.layer == "arrow" and len(s.points) == 2]
    assert marks and not any(_inside(p, trunk.points) for m in marks for p in m.points)


def test_only_the_thigh_squeeze_reclines():
    # Every other side-on trunk keeps its tube (so their drawings do not change).
    leaning = [path.stem for path in sorted(EXERCISES.glob("*.yaml")) if reclines(exercise_pose(path.stem))]
    assert leaning == ["thigh-squeeze"]
