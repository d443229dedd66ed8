"""Knee rolls (knee_roll.py): a plain side view of someone lying on their back, knees bent and feet flat, and a
big round close-up of the knees seen from the feet, faint upright at the start, solid tipped over to one side at the
end, with a curved arrow from the one to the other. Every 3-D view of the whole person before it (feet_view.py) was
read as "an overhead view", "hard to read", or as sitting."""

from math import atan2, degrees, dist

import pytest
from pydantic import ValidationError

from msksite.drawing import render_svg
from msksite.drawing.knee_roll import CLOSE_UP_R, close_up, knees
from msksite.drawing.scene import scene
from msksite.drawing.shapes import Circle, Line, Loop, Tube
from msksite.drawing.svg import ASPECT, bounds, view_box
from msksite.schema.pose import Pose
from exercise_poses import exercise_pose


def _knee_rolls():
    return exercise_pose("knee-rolls")


def _lean(loop: Loop) -> float:
    """How far a leg's outline leans from upright, in degrees: from the middle of its two lowest points (the foot)
    to its highest point along the leg (the knee), whichever way it points."""
    ys = sorted(loop.points, key=lambda p: p[1])
    foot = ((ys[0][0] + ys[1][0]) / 2, (ys[0][1] + ys[1][1]) / 2)
    knee = max(loop.points, key=lambda p: dist(p, foot))
    return degrees(atan2(knee[0] - foot[0], knee[1] - foot[1]))


def test_knee_rolls_lie_level_side_on_with_the_knees_up_and_the_feet_flat():
    # The main picture is the side view's own figure, lying on its back: the head at floor level at one end, the
    # knees well up, the feet down on the floor at the other.
    drawing = scene(_knee_rolls())
    body = [s for s in drawing.shapes if s.layer == "end"]
    head = next(s for s in body if isinstance(s, Circle) and s.fill == "white")
    tubes = [s for s in body if isinstance(s, Tube)]
    top = max(p[1] for s in tubes for p in s.points)
    floor = next(s for s in drawing.shapes if isinstance(s, Line) and s.layer == "prop").points[0][1]
    assert head.centre[1] - head.r == pytest.approx(floor, abs=1.5)
    assert top > floor + 2.5 * head.r
    knee = max((p for s in tubes for p in s.points), key=lambda p: p[1])
    feet = [p for s in tubes for p in s.points if p[0] > knee[0] + 5]
    assert feet and min(p[1] for p in feet) < floor + 3
    # Lying down, the body is wide and low.
    left, bottom, right, top = bounds(body)
    assert right - left > 2.5 * (top - bottom)


def test_knee_rolls_show_the_knees_in_a_big_round_close_up_tied_to_the_knees():
    drawing = scene(_knee_rolls())
    inset = drawing.inset
    assert inset is not None and inset.detail is not None and inset.r == CLOSE_UP_R
    # At least a third of the picture's height, to read on a phone.
    _, _, w, h = view_box(drawing)
    assert 2 * inset.r > h / 3 and w == pytest.approx(h * ASPECT)
    # Its small ring is round the knees, the highest point of the side view.
    body = [s for s in drawing.shapes if isinstance(s, Tube) and s.layer == "end"]
    knee = max((p for s in body for p in s.points), key=lambda p: p[1])
    assert dist(inset.focus, knee) < inset.r / inset.zoom


def test_the_close_up_tips_both_legs_well_over_to_one_side_from_upright():
    pose = _knee_rolls()
    detail = scene(pose).inset.detail.shapes
    start = [s for s in detail if isinstance(s, Loop) and s.layer == "start"]
    end = [s for s in detail if isinstance(s, Loop) and s.layer == "end"]
    assert len(start) == len(end) == 2
    # Faint, both legs stand upright side by side; solid, both lean well over, the same way (to the left for a
    # negative roll), together.
    assert all(abs(_lean(leg)) < 5 for leg in start)
    assert all(-85 < _lean(leg) < -50 for leg in end)
    assert abs(_lean(end[0]) - _lean(end[1])) < 10
    # The lower leg (drawn first) is dark, the one on top white; the faint upright ones white.
    assert [leg.fill for leg in end] == ["dark", "white"] and {leg.fill for leg in start} == {"white"}
    # Knees together: the top leg lies on the lower one, not beside it.
    assert min(p[1] for p in end[1].points) > min(p[1] for p in end[0].points)
    # The grey floor is under them all.
    floor = next(s for s in detail if isinstance(s, Loop) and s.layer == "prop")
    assert floor.fill == "grey" and max(p[1] for p in floor.points) == pytest.approx(0.0)


def test_the_close_up_arrow_curves_over_from_the_upright_knees_to_the_tipped_ones():
    pose = _knee_rolls()
    detail = scene(pose).inset.detail.shapes
    arc = max((s for s in detail if s.layer == "arrow"), key=lambda s: len(s.points))
    heads = [s for s in detail if s.layer == "arrow" and s is not arc]
    up, over = knees(0.0, -1.0), knees(pose.roll, -1.0)
    first, last = arc.points[0], arc.points[-1]
    assert dist(first, up) < dist(first, over) and dist(last, over) < dist(last, up)
    # Its head is at the tipped end, and it is a curve over the top, not a slash.
    assert heads and all(dist(p, last) < 8 for s in heads for p in s.points)
    middle = arc.points[len(arc.points) // 2]
    assert middle[1] > max(first[1], last[1]) + 3


def test_knee_rolls_move_in_the_close_up_and_print_both_positions_solid():
    pose = _knee_rolls()
    moving = scene(pose, "moving").inset.detail
    legs = [i for i, s in enumerate(moving.shapes) if isinstance(s, Loop) and s.layer == "end"]
    assert sorted(moving.moves) == legs
    # Each tipped leg moves to its own upright one (the lower leg to the upright leg on its side).
    for i in legs:
        assert abs(_lean(moving.moves[i])) < 5
        tipped, upright = moving.shapes[i], moving.moves[i]
        assert min(p[0] for p in tipped.points) < min(p[0] for p in upright.points)
    pair = scene(pose, "pair").inset.detail.shapes
    assert not [s for s in pair if s.layer == "start"] and len([s for s in pair if isinstance(s, Loop)]) == 5
    assert "<animate" in render_svg(pose, "x", "moving") and "<animate" not in render_svg(pose, "x", "pair")


def test_knees_rolled_to_the_right_tip_the_other_way():
    close = close_up(0.0, 60.0, "still")
    end = [s for s in close.shapes if isinstance(s, Loop) and s.layer == "end"]
    assert all(40 < _lean(leg) < 75 for leg in end)
    assert close.frame[0] > -20 and close.frame[2] > 20


def test_roll_side_on_is_only_for_lying_on_the_back():
    with pytest.raises(ValidationError, match="roll is only used with view: feet, or side-on lying on your back"):
        Pose.model_validate({"roll": 30})
    Pose.model_validate({"trunk": -90, "roll": 30})


def test_faint_start_false_leaves_the_upright_legs_out_of_the_close_up_still_but_not_the_arrow():
    pose = _knee_rolls()
    faint = lambda drawing: [s for s in drawing.inset.detail.shapes if s.layer == "start"]
    arrows = lambda drawing: [s for s in drawing.inset.detail.shapes if s.layer == "arrow"]
    with_start, without = scene(pose), scene(pose.model_copy(update={"faint_start": False}))
    assert faint(with_start) and not faint(without) and arrows(without) == arrows(with_start)
    assert scene(pose.model_copy(update={"faint_start": False}), "moving").inset.detail.moves
