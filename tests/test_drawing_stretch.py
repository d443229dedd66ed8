"""The wrist stretches (round 99): the whole person standing side-on, the near arm straight out at shoulder height,
the other arm reaching forward below it to the hand, and beside them a big circle magnifying the two hands FROM THE
SAME SIDE (a face-on hand on the side-on body was "a front-facing hand on a side-view body"): the stretched hand
edge-on, bent up or hanging, the other hand's palm on its face away from the body, an arrow back towards the body."""
from __future__ import annotations

from math import atan2, degrees, dist

import pytest

from exercise_poses import exercise_pose
from msksite.drawing import render_svg
from msksite.drawing.scene import scene
from msksite.drawing.shapes import Circle, Loop, Tube
from msksite.drawing.stretch_hands import SIZE, forearm, helper, stretched
from msksite.drawing.stretch_person import hands, stretch_pose
from msksite.drawing.tendon_glide import PALM

# Each stretch, which way its hand bends (up 1, hanging -1) and its grip.
STRETCHES = {"wrist-flexor-stretch": (1.0, "fingers"), "wrist-extensor-stretch": (-1.0, "back")}


def _palm(shapes) -> Loop:
    """A hand's palm edge: the white loop with as many corners as the tendon glides' palm."""
    return next(s for s in shapes if isinstance(s, Loop) and len(s.points) == len(PALM))


@pytest.mark.parametrize("stem", list(STRETCHES))
def test_the_still_is_the_person_side_on_with_a_big_circle_magnifying_the_hands(stem):
    # Not two numbered pictures and not a big face-on hand: one person, standing on the floor, a head, and a round
    # close-up to their right whose ring is on the two hands at the end of the near arm.
    drawing = scene(exercise_pose(stem))
    bend, grip = STRETCHES[stem]
    assert not drawing.panels and drawing.inset is not None and drawing.inset.detail is not None
    inset, (_, bottom, right, top) = drawing.inset, _bounds(drawing.shapes)
    _, pts = stretch_pose(bend, grip)
    assert inset.centre[0] - inset.r > right - 1.0 and inset.r > 0.35 * (top - bottom)
    assert dist(inset.focus, pts["near_wrist"]) < 8.0 and inset.focus == hands(bend, grip)
    # The near arm straight out, level at shoulder height; the other hand at the stretched one, its elbow well below
    # the near arm, so the two arms stay apart.
    assert abs(pts["near_wrist"][1] - pts["near_shoulder"][1]) < 0.01
    assert dist(pts["far_wrist"], pts["near_wrist"]) < 10.0
    assert pts["far_elbow"][1] < pts["near_elbow"][1] - 6.0  # more than the two arms' half widths


@pytest.mark.parametrize("stem", list(STRETCHES))
def test_the_circle_shows_the_hand_edge_on_bent_up_or_hanging_from_a_level_forearm(stem):
    # The stretched hand is the tendon glides' side-on hand (its palm's edge), its fingertips far above (or below)
    # the wrist, not a flat face-on hand; the forearm comes in level.
    bend, _ = STRETCHES[stem]
    hand = stretched(90.0 * bend)
    tips = [s.points[-1] for s in hand if isinstance(s, Tube)][1:]  # the fingers (the thumb first)
    assert len(tips) == 4 and all(bend * y > 1.0 * SIZE and abs(x) < 0.4 * SIZE for x, y in tips)
    (a, b) = forearm().points
    assert abs(a[1] - b[1]) < 0.01 and a[0] < b[0] == 0.0


@pytest.mark.parametrize("stem", list(STRETCHES))
def test_the_other_hand_is_on_the_face_away_from_the_body_its_forearm_from_below(stem):
    # Fingers up, its palm on the front of the fingers; hanging, on the back of the hand: both on the side away from
    # the body (+x), beside the stretched hand, not over it; its forearm rises from the lower left, as the
    # person's other forearm does, and is drawn behind the stretched hand.
    bend, grip = STRETCHES[stem]
    drawing = scene(exercise_pose(stem)).inset.detail
    mine, other = _palm(stretched(90.0 * bend)), _palm(helper(grip, (-0.6, -0.8)))
    assert min(x for x, _ in other.points) > max(x for x, _ in mine.points) - 0.12 * SIZE
    # Level with the stretched hand, on the same side of the wrist as its fingers.
    assert all(bend * y > -0.1 * SIZE for _, y in other.points) and min(x for x, _ in other.points) < 0.4 * SIZE
    arm = drawing.shapes[0]
    assert isinstance(arm, Tube) and arm.points[0][0] < arm.points[1][0] and arm.points[0][1] < arm.points[1][1]
    assert drawing.shapes.index(_palm(drawing.shapes)) < len(drawing.shapes) - 5  # the other hand first


@pytest.mark.parametrize("stem", list(STRETCHES))
def test_the_arrow_curves_past_the_fingertips_back_towards_the_body(stem):
    bend, _ = STRETCHES[stem]
    detail = scene(exercise_pose(stem)).inset.detail
    line = max((s for s in detail.shapes if s.layer == "arrow"), key=lambda s: len(s.points))
    angle = lambda p: degrees(atan2(p[1], p[0]))
    assert bend * (angle(line.points[-1]) - angle(line.points[0])) > 0
    assert line.points[-1][0] < line.points[0][0] and all(bend * y > 1.0 * SIZE for _, y in line.points)


@pytest.mark.parametrize("stem", list(STRETCHES))
def test_moving_the_hand_bends_in_the_circle_and_the_pair_shows_straight_then_helped(stem):
    bend, _ = STRETCHES[stem]
    moving = scene(exercise_pose(stem), "moving")
    detail = moving.inset.detail
    assert not moving.moves and detail.moves
    start_tips = [s.points[-1] for s in detail.moves.values() if isinstance(s, Tube)]
    assert start_tips and all(x > 0.8 * SIZE and abs(y) < 0.4 * SIZE for x, y in start_tips[1:])
    one, two = scene(exercise_pose(stem), "pair").panels
    assert one.inset is None and two.inset is not None
    assert not [s for s in one.shapes if s.layer == "arrow"] and [s for s in two.shapes if s.layer == "arrow"]
    for variant in ("still", "moving", "pair"):
        assert len(render_svg(exercise_pose(stem), "Wrist stretch, fingers down", variant)) < 10_000


def test_the_two_wrist_stretches_are_drawn_differently():
    flexor, extensor = (render_svg(exercise_pose(n), "x") for n in STRETCHES)
    assert flexor != extensor


def _bounds(shapes):
    from msksite.drawing.svg import bounds

    return bounds([s for s in shapes if not isinstance(s, Circle) or s.r > 0])
