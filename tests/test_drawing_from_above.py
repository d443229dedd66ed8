"""The two drawings seen from an unusual angle, asserted on their shapes so that a change that loses the cue fails:
knee rolls seen from beyond the feet and round to one side (feet_view.py), outward rotation from above and in front
(above.py)."""

from math import dist

import yaml

from msksite.drawing.feet_view import body, view
from msksite.drawing.scene import scene
from msksite.drawing.shapes import Circle, Line, Loop, Tube
from exercise_poses import EXERCISES, exercise_pose


def test_knee_rolls_start_with_the_knees_up_and_end_with_them_rolled_over_towards_you():
    pose = exercise_pose("knee-rolls")
    end, start = body(pose), body(pose.at_start())
    # Faint, the knees stand up well above the feet; solid, they have rolled well over.
    rise = lambda pts: pts["near_knee"][1] - pts["near_ankle"][1]
    assert rise(start) > 15 and rise(end) < 0.5 * rise(start)
    # Towards you: well down the picture.
    assert view(end["near_knee"])[1] < view(start["near_knee"])[1] - 10
    # The feet stay where they are, flat on the mat; the hips stay down.
    assert end["near_ankle"] == start["near_ankle"] and end["hip"] == start["hip"]


def test_knee_rolls_run_up_the_picture_on_a_mat_that_narrows_away_from_you():
    # Seen well round to the side, the body and mat lay tilted across the picture and reviewers found it hard to
    # read at phone size: the head is at the top, the feet at the bottom.
    pose = exercise_pose("knee-rolls")
    points = body(pose)
    (hx, hy), (px, py), (ax, ay) = view(points["head"]), view(points["hip"]), view(points["near_ankle"])
    assert hy - py > abs(hx - px) and py > ay
    mat = next(s for s in scene(pose).shapes if isinstance(s, Loop) and s.layer == "prop")
    feet_end, head_end = mat.points[:2], mat.points[2:]
    assert dist(*head_end) < 0.9 * dist(*feet_end)


def test_knee_rolls_have_one_curved_arrow_from_the_upright_knees_to_the_rolled_ones():
    pose = exercise_pose("knee-rolls")
    shapes = scene(pose).shapes
    arrows = [s for s in shapes if s.layer == "arrow"]
    arc = max(arrows, key=lambda s: len(s.points))
    assert len([s for s in arrows if len(s.points) == 3]) == 1
    up, over = (view(body(p)["near_knee"]) for p in (pose.at_start(), pose))
    first, last = arc.points[0], arc.points[-1]
    assert dist(first, up) < dist(first, over) and dist(last, over) < dist(last, up)
    # A curve, not a slash: its middle stands well off the line between its ends.
    (x0, y0), (x1, y1), (mx, my) = first, last, arc.points[len(arc.points) // 2]
    off = abs((x1 - x0) * (my - y0) - (y1 - y0) * (mx - x0)) / dist(first, last)
    assert off > 0.06 * dist(first, last)
    # Short and close round the knees, never over the chest or head (a long arc sweeping past the chest read as
    # rolling the body over): every point of it stays well away from the neck, and it is no longer than three knee
    # moves.
    neck, hip = (view(body(pose)[joint]) for joint in ("neck", "hip"))
    assert min(dist(p, neck) for p in arc.points) > 0.7 * dist(neck, hip)
    assert sum(dist(a, b) for a, b in zip(arc.points, arc.points[1:])) < 3 * dist(up, over)


def test_knee_rolls_show_a_whole_face_over_the_trunk_on_a_mat_with_a_near_edge():
    # The face peeped over a box (the trunk's top hid the chin) and the mat was a flat grey shape: the head is drawn
    # over the trunk, with dark hair on its far side, and the mat's near end shows its thickness.
    shapes = [s for s in scene(exercise_pose("knee-rolls")).shapes if s.layer in ("prop", "end")]
    head = next(i for i, s in enumerate(shapes) if isinstance(s, Circle) and s.layer == "end")
    trunk = next(i for i, s in enumerate(shapes) if isinstance(s, Loop) and s.fill == "white")
    hair = shapes[head + 1]
    assert trunk < head and isinstance(hair, Loop) and hair.fill == "dark" and len(shapes[trunk].points) >= 10
    edge = [s for s in shapes if s.layer == "prop" and isinstance(s, Loop)][1]
    assert edge.fill == "dark"


def test_outward_rotation_squeezes_a_rolled_towel_between_the_elbow_and_the_side():
    # "The elbow-at-side rule is not obvious" (round 30): a small rolled towel, its spiral end in front of the elbow,
    # and the steps say so.
    from msksite.drawing.above import ELBOW, view as above_view

    exercise = yaml.safe_load((EXERCISES / "outward-rotation.yaml").read_text())
    assert any("rolled towel between your elbow and your side" in step for step in exercise["steps"])
    drawing = scene(exercise_pose("outward-rotation"))
    shapes = drawing.shapes
    roll = next(i for i, s in enumerate(shapes) if isinstance(s, Tube) and s.fill == "grey")
    end = next(i for i, s in enumerate(shapes) if isinstance(s, Circle) and s.layer == "end" and i > roll)
    spiral = shapes[end + 1]
    assert isinstance(spiral, Line) and len(spiral.points) > 8
    upper = next(i for i, s in enumerate(shapes) if isinstance(s, Tube) and s.points[-1] == above_view(ELBOW))
    # The roll runs behind the arm, its end over it, just inside the elbow and in front of it (lower in the picture).
    assert roll < upper < end
    (ex, ey), (cx, cy) = above_view(ELBOW), shapes[end].centre
    assert ex - 2 * shapes[end].r < cx < ex and cy < ey
    # Moving, the forearm swings, not the towel.
    moving = scene(exercise_pose("outward-rotation"), "moving")
    assert all(moving.shapes[i].fill == "white" for i in moving.moves)


def test_outward_rotation_has_a_short_arrow_on_the_fists_path_from_the_faint_fist_to_the_solid_one():
    # Round beyond the fingertips, the arrow was "a big arrow looping under the body": it runs from beside the faint
    # fist to beside the solid one, inside the picture, no longer than the path between them.
    drawing = scene(exercise_pose("outward-rotation"))
    shapes = drawing.shapes
    arc = max((s for s in shapes if s.layer == "arrow"), key=lambda s: len(s.points))
    fists = {layer: next(s for s in shapes if isinstance(s, Tube) and s.layer == layer and s.width > 10
                         and s.fill == "white") for layer in ("start_over", "end")}
    middle = lambda t: ((t.points[0][0] + t.points[1][0]) / 2, (t.points[0][1] + t.points[1][1]) / 2)
    start, end = middle(fists["start_over"]), middle(fists["end"])
    first, last = arc.points[0], arc.points[-1]
    assert dist(first, start) < 2 * fists["end"].width and dist(last, end) < 2 * fists["end"].width
    assert dist(first, start) < dist(first, end) and dist(last, end) < dist(last, start)
    length = sum(dist(a, b) for a, b in zip(arc.points, arc.points[1:]))
    assert length < 1.5 * dist(start, end)
    assert min(y for _, y in arc.points) > drawing.frame[1]


def test_outward_rotation_looks_down_enough_that_the_forearm_across_the_front_is_barely_foreshortened():
    # Looking down at 45 degrees, reviewers found the forearm swinging across the front "foreshortened".
    from msksite.drawing.above import ELBOW, view as above_view

    shapes = scene(exercise_pose("outward-rotation")).shapes
    elbow = above_view(ELBOW)
    forearms = {layer: next(s for s in shapes if isinstance(s, Tube) and s.layer == layer and s.points[0] == elbow)
                for layer in ("start_over", "end")}
    start, end = (dist(*forearms[k].points) for k in ("start_over", "end"))
    assert start > 0.9 * end
