"""The thigh squeeze: two pictures numbered 1 and 2 (round 49), the leg at rest on the towel, then the thigh tightened
pressing the knee down into it, the leg straighter and the heel a little off the floor, the muscle shaded with its
effort lines and an arrow down at the knee ("an isometric squeeze is hard to show and easy to misread as bending").
The person leans back on the forearms with a trunk that has a chest and a back (round 41: drawn as a tube, the
upright arm hid its underside and "the torso is a single thin line", "the figure looks broken")."""
from math import degrees, dist, acos

import pytest
from pydantic import ValidationError

from msksite.drawing.positions import positions
from msksite.drawing.props import ROLL_R
from msksite.drawing.recline import reclines
from msksite.drawing.scene import scene
from msksite.drawing.shapes import Circle, Line, Loop, Tube, moved
from msksite.schema.pose import Pose
from exercise_poses import EXERCISES, exercise_pose


def _pictures():
    """The still's two pictures, 1 then 2, each moved back to where positions() places its person (1 the start, 2
    the end): 1 is drawn first, up to its number (a circle and its digit), then 2, below it."""
    shapes = scene(exercise_pose("thigh-squeeze")).shapes
    cut = next(i for i, s in enumerate(shapes) if isinstance(s, Circle) and s.layer == "arrow") + 2
    first, then = shapes[:cut], shapes[cut:]
    # Each picture starts with its floor: picture 2 lies straight below picture 1 (stacked, only moved down).
    floors = [next(s for s in picture if isinstance(s, Line) and s.layer == "prop") for picture in (first, then)]
    assert floors[0].points[0][0] == floors[1].points[0][0]
    return first, [moved(s, (0.0, floors[0].points[0][1] - floors[1].points[0][1])) for s in then]


def _marks(shapes):
    """The bold straight strokes: the effort lines and the arrow's shaft (a number's digit 1 is one too)."""
    return [s for s in shapes if isinstance(s, Line) and s.layer == "arrow" and len(s.points) == 2]


def _trunk_and_points():
    placed = positions(exercise_pose("thigh-squeeze"))
    end = [s for s in _pictures()[1] if s.layer == "end"]
    # The trunk is the first white outline drawn (the near arm and leg go over it).
    trunk = next(s for s in end if isinstance(s, Loop) and s.fill == "white")
    return trunk, placed.end, placed.floor, end


def _knee_bend(pts):
    """How far the near knee is bent, in degrees (0 straight)."""
    hip, knee, ankle = pts["near_hip"], pts["near_knee"], pts["near_ankle"]
    a, b = (knee[0] - hip[0], knee[1] - hip[1]), (ankle[0] - knee[0], ankle[1] - knee[1])
    return degrees(acos((a[0] * b[0] + a[1] * b[1]) / (dist(hip, knee) * dist(knee, ankle))))


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
    marks = _marks(_pictures()[1])
    assert marks and not any(_inside(p, trunk.points) for m in marks for p in m.points)


def test_only_the_thigh_squeeze_reclines():
    # Every other side-on trunk keeps its tube (so their drawings do not change).
    leaning = [path.stem for path in sorted(EXERCISES.glob("*.yaml")) if reclines(exercise_pose(path.stem))]
    assert leaning == ["thigh-squeeze"]


def test_picture_1_rests_the_bent_knee_on_the_towel_and_picture_2_presses_it_down_the_heel_lifting():
    # One picture of the tightened thigh was read as "bending" the knee: 1 at rest, 2 tightened, so the difference
    # says "tighten and press down" by itself.
    pose = exercise_pose("thigh-squeeze")
    assert pose.numbered
    placed = positions(pose)
    start, end, floor = placed.start, placed.end, placed.floor
    # 1: the knee a little bent over the towel, the heel on the floor.
    assert start["near_ankle"][1] - floor < 2 and _knee_bend(start) > 30
    # 2: the leg straighter, the knee pressed down (no higher), the heel a little off the floor.
    assert _knee_bend(end) < _knee_bend(start) - 15
    assert end["near_knee"][1] <= start["near_knee"][1]
    assert 4 < end["near_ankle"][1] - floor < 10
    # The trunk and the other leg stay where they are: only the working leg moves.
    for name in ("hip", "neck", "far_knee", "far_ankle", "near_elbow"):
        assert dist(start[name], end[name]) < 0.01


def test_only_picture_2_has_the_shaded_muscle_its_effort_lines_and_the_arrow_down_at_the_knee():
    first, then = _pictures()
    dark = lambda shapes: [s for s in shapes if isinstance(s, Loop) and s.fill == "dark"]
    assert not dark(first) and len(dark(then)) == 1
    # Picture 1 has no bold strokes but its number's digit; picture 2 three effort lines and the arrow's shaft.
    assert len(_marks(first)) <= 1 and len(_marks(then)) >= 4
    knee = positions(exercise_pose("thigh-squeeze")).end["near_knee"]
    shaft = next(s for s in _marks(then) if abs(s.points[0][0] - s.points[1][0]) < 0.01)
    (x, top), (_, tip) = shaft.points
    assert top > tip > knee[1] and abs(x - knee[0]) < 2  # straight down, onto the knee


def test_a_towel_rolled_under_the_knee_shows_its_spiral_end_in_front_of_the_leg_in_both_pictures():
    placed = positions(exercise_pose("thigh-squeeze"))
    for pts, picture in zip((placed.start, placed.end), _pictures()):
        end = [s for s in picture if s.layer == "end"]
        roll = next(i for i, s in enumerate(end) if isinstance(s, Circle) and s.fill == "grey")
        shin = max(i for i, s in enumerate(end) if isinstance(s, Tube) and s.width == 6.5)
        assert roll > shin and isinstance(end[roll + 1], Line) and len(end[roll + 1].points) > 8
        # It fills the gap from the floor up to the knee.
        assert end[roll].centre[1] + end[roll].r == pytest.approx(pts["near_knee"][1])
        # Big: a roll the size of the knee was missed ("the towel roll is tiny"), so the knee rests high on it, and
        # pressed down in 2 it is still about as big ("the small towel takes effort to read").
        assert end[roll].r > 1.5 * ROLL_R
        assert not any(isinstance(s, Circle) and s.fill == "grey" for s in picture if s.layer == "prop")


def test_the_thigh_squeeze_person_leans_back_on_the_forearms_with_the_other_leg_flat():
    # Sitting up on both hands behind the hips, the arms and trunk were "a confusing tangle" (round 38): the person
    # leans well back on the forearms, which lie on the floor, and the other leg lies flat behind the working one.
    placed = positions(exercise_pose("thigh-squeeze"))
    pts, floor = placed.end, placed.floor
    lean = (pts["hip"][0] - pts["neck"][0]) / dist(pts["neck"], pts["hip"])
    assert lean > 0.75
    assert pts["neck"][1] - floor > 20  # still propped up, the head well off the floor, looking along the leg
    for side in ("near", "far"):
        elbow, wrist = pts[f"{side}_elbow"], pts[f"{side}_wrist"]
        assert elbow[1] - floor < 5 and wrist[1] - floor < 5 and wrist[0] > elbow[0] + 8  # forearm down, forwards
    # The near upper arm stands about upright under the shoulder (slanting forwards it hid the back of the trunk)
    # and the hand rests on the floor clear behind the hips (under them it knotted with the seat).
    elbow, shoulder = pts["near_elbow"], pts["near_shoulder"]
    assert abs(elbow[0] - shoulder[0]) < 0.25 * (shoulder[1] - elbow[1])
    assert pts["near_tip"][0] < pts["hip"][0] - 3
    # The other leg lies straight and flat; the working one rises over the towel to its knee, the foot out past it.
    assert max(pts[f"far_{p}"][1] for p in ("knee", "ankle")) - floor < 8
    assert pts["near_knee"][1] - pts["far_knee"][1] > 4
    assert pts["near_ankle"][0] > pts["near_knee"][0] + 15
    # The effort lines over the thigh stand clear in front of the trunk, which leans back away from them.
    marks = _marks(_pictures()[1])
    (hx, hy), (nx, ny) = pts["hip"], pts["neck"]
    trunk_front = lambda y: hx + (y - hy) * (nx - hx) / (ny - hy) + 6.5 / ((ny - hy) / dist(pts["hip"], pts["neck"]))
    assert len(marks) == 4  # three lines and the arrow's shaft
    assert all(x > trunk_front(y) + 2 for m in marks for x, y in m.points)


def test_the_working_muscle_shades_the_front_of_the_thigh():
    pose = exercise_pose("thigh-squeeze")
    plain = pose.model_copy(update={"working_muscle": None})
    shaded = [s for s in _pictures()[1] if isinstance(s, Loop) and s.fill == "dark" and s.layer == "end"]
    assert len(shaded) == 1 and not any(isinstance(s, Loop) and s.fill == "dark" for s in scene(plain).shapes)
    # The front of the thigh: above the line from hip to knee of someone sitting with their legs out.
    pts = positions(pose).end
    middle = sum(p[1] for p in shaded[0].points) / len(shaded[0].points)
    assert middle > (pts["hip"][1] + pts["near_knee"][1]) / 2
    with pytest.raises(ValidationError, match="working_muscle"):
        Pose.model_validate({"view": "front", "working_muscle": "near_thigh"})


def test_the_thigh_squeeze_muscle_bulges_out_of_the_front_of_the_thigh_with_bold_effort_lines():
    # A dome over the knee read as an object sitting on it, and a band just past the thigh's edge with thin lines
    # read as "tick marks": the muscle is a dark bulge rising from the thigh's edge near the hip, well above it in
    # the middle, back to it near the knee, with three long lines as bold as the arrows fanning out above it.
    shapes = _pictures()[1]
    end = [s for s in shapes if s.layer == "end"]
    # The working (near) thigh: the other leg, behind it, is shaded grey.
    thigh = next(s for s in end if isinstance(s, Tube) and s.width == 9.0 and s.fill != "grey")
    (muscle,) = [s for s in end if isinstance(s, Loop) and s.fill == "dark"]
    (hip, knee) = thigh.points
    along = ((knee[0] - hip[0]) / dist(hip, knee), (knee[1] - hip[1]) / dist(hip, knee))
    out = lambda p: -(p[0] - hip[0]) * along[1] + (p[1] - hip[1]) * along[0]
    at = lambda p: ((p[0] - hip[0]) * along[0] + (p[1] - hip[1]) * along[1]) / dist(hip, knee)
    top = max(muscle.points, key=out)
    # Well above the thigh's edge, but not so tall that it reads as "a floating grey dome" on the leg.
    assert 0.65 * thigh.width < out(top) < 0.85 * thigh.width and 0.3 < at(top) < 0.7
    front = [p for p in muscle.points if out(p) > 0]
    for end_point in (min(front, key=at), max(front, key=at)):
        assert out(end_point) < 0.6 * thigh.width
    assert min(map(at, muscle.points)) < 0.25 and max(map(at, muscle.points)) > 0.8
    marks = [s for s in _marks(shapes) if all(0 < at(p) < 1 and out(p) > out(top) for p in s.points)]
    assert len(marks) == 3 and all(dist(*s.points) > 0.8 * thigh.width for s in marks)
    # A faint start leg under it read as a second leg: the two positions are two pictures, both solid.
    assert not [s for s in scene(exercise_pose("thigh-squeeze")).shapes if s.layer.startswith("start")]
