"""Shoulder rolls: the big side-on close-up of the head, neck and shoulders (shoulder_roll.py)."""
from math import dist

import pytest
from pydantic import ValidationError

from msksite.drawing import render_svg
from msksite.drawing.scene import scene
from msksite.drawing.shapes import Circle, Line, Loop, Tube
from msksite.schema.pose import Pose
from exercise_poses import exercise_pose


def _parts(layer: str) -> tuple[Loop, Tube]:
    shapes = scene(exercise_pose("shoulder-rolls")).shapes
    outline = next(s for s in shapes if isinstance(s, Loop) and s.layer == layer)
    # The arm is the widest tube (the neck is narrower).
    arm = max((s for s in shapes if isinstance(s, Tube) and s.layer == layer), key=lambda s: s.width)
    return outline, arm


def _arrow() -> Line:
    return max((s for s in scene(exercise_pose("shoulder-rolls")).shapes if s.layer == "arrow"),
               key=lambda s: len(s.points))


def test_the_shoulders_are_faint_lifted_and_solid_down_and_back_under_a_still_head():
    (up, up_arm), (down, down_arm) = _parts("start"), _parts("end")
    top = lambda loop: max(y for _, y in loop.points)
    back = lambda loop: min(x for x, _ in loop.points)
    assert top(up) - top(down) > 10 and back(down) < back(up) - 5
    assert up_arm.points[0][1] > down_arm.points[0][1] + 10
    # The head is drawn once, solid: it does not move.
    heads = [s for s in scene(exercise_pose("shoulder-rolls")).shapes if isinstance(s, Circle) and s.r > 15]
    assert len(heads) == 1 and heads[0].layer == "end"


def test_the_arrow_circles_the_shoulder_up_the_front_back_over_the_top_and_down_the_back_clear_of_the_head():
    path, (_, arm) = _arrow().points, _parts("end")
    # Anticlockwise as seen (y up): a positive signed area.
    area = sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(path, path[1:] + path[:1]))
    assert area > 0
    # Round the shoulder: it starts in front of the arm's top, ends behind it pointing down.
    shoulder = arm.points[0]
    assert path[0][0] > shoulder[0] and path[-1][0] < shoulder[0] - arm.width / 2 and path[-1][1] < path[-2][1]
    assert max(y for _, y in path) > shoulder[1]
    head = next(s for s in scene(exercise_pose("shoulder-rolls")).shapes if isinstance(s, Circle) and s.r > 15)
    assert all(dist(p, head.centre) > head.r + 3 for p in path)


def test_every_variant_is_small_enough_for_a_page():
    for variant in ("still", "moving", "pair"):
        assert len(render_svg(exercise_pose("shoulder-rolls"), "x", variant).encode()) < 10_000


def test_the_shoulder_roll_close_up_refuses_arrows_and_props():
    pose = exercise_pose("shoulder-rolls").model_dump(exclude_defaults=True)
    with pytest.raises(ValidationError, match="shoulder roll"):
        Pose.model_validate({**pose, "arrows": [{"at": "near_shoulder", "towards": "clockwise"}]})
