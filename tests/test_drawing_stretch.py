"""The wrist stretches (round 58): a close-up in wrist bends' style with no person, the forearm held out level from
the left edge, its open hand bent down (fingers to the floor) or up (fingers to the ceiling), faint straight out where
it starts, the helping hand (white, its forearm in a dark sleeve) coming in from the right across the stretched
fingers, and one curved arrow at the fingertips pointing back towards the body."""
from __future__ import annotations

import pytest

from msksite.drawing import render_svg
from msksite.drawing.badge import NAIL_FILL
from msksite.drawing.open_hand import FINGER_W, THUMB_W
from msksite.drawing.scene import scene
from msksite.drawing.shapes import Circle, Line, Loop, Tube
from msksite.drawing.stretch import SIZE
from msksite.drawing.stretch_hands import HELPER_SHARE
from msksite.drawing.svg import Drawing
from exercise_poses import exercise_pose

# Each stretch and which way its hand bends: up (fingers to the ceiling) or down (fingers to the floor).
BENDS = {"wrist-flexor-stretch": 1.0, "wrist-extensor-stretch": -1.0}


def _stretch(stem: str, variant: str = "still") -> Drawing:
    return scene(exercise_pose(stem), variant)


def _tubes(shapes, width: float, layer: str = "end") -> list[Tube]:
    return [s for s in shapes if isinstance(s, Tube) and s.layer == layer and abs(s.width - width) < 0.01]


def _stretched_fingers(shapes, layer: str = "end") -> list[Tube]:
    return _tubes(shapes, FINGER_W * SIZE, layer)


def _helper_fingers(shapes) -> list[Tube]:
    return _tubes(shapes, FINGER_W * SIZE * HELPER_SHARE)


def _sleeve(shapes) -> Loop:
    (sleeve,) = [s for s in shapes if isinstance(s, Loop) and s.fill == "dark"]
    return sleeve


def _reach(shapes, axis: int, pick) -> float:
    """The furthest a list of tubes reaches along an axis (pick: min or max), their thickness included."""
    return pick(p[axis] + sign * s.width / 2 for s in shapes for p in s.points for sign in (-1, 1))


@pytest.mark.parametrize("stem", list(BENDS))
def test_a_wrist_stretch_is_a_close_up_of_a_forearm_coming_in_level_from_the_left_edge_with_no_person(stem):
    # The big person side-on, the hand twisted to face you, scored about 3 ("the arm looks like a chair armrest"):
    # like wrist bends (4.2), no head, only the forearm held out level, running off the left edge to the wrist.
    drawing = _stretch(stem)
    left, bottom, right, top = drawing.frame
    assert not drawing.panels and drawing.inset is None
    assert not [s for s in drawing.shapes if isinstance(s, Circle)]
    (forearm,) = [s for s in drawing.shapes if isinstance(s, Loop) and s.layer == "end" and s.fill == "white"
                  and min(x for x, _ in s.points) < left]
    ys = [y for _, y in forearm.points]
    assert abs(max(ys) + min(ys)) < 0.01 * SIZE and bottom < min(ys) < max(ys) < top
    assert max(x for x, _ in forearm.points) == pytest.approx(0.0, abs=0.3 * SIZE)  # the wrist


@pytest.mark.parametrize("stem", list(BENDS))
def test_the_open_hand_is_bent_down_or_up_solid_and_straight_out_faint(stem):
    # As wrist bends shows its start: the faint hand straight out along the arm, the solid hand bent at the wrist,
    # every fingertip far below (fingers down) or above (fingers up) the wrist, not off to the side.
    drawing, bend = _stretch(stem), BENDS[stem]
    fingers = _stretched_fingers(drawing.shapes)
    assert len(fingers) == 4 and len(_tubes(drawing.shapes, THUMB_W * SIZE)) == 1
    assert all(bend * t.points[-1][1] > 0.75 * SIZE and abs(t.points[-1][0]) < 0.3 * SIZE for t in fingers)
    faint = _stretched_fingers(drawing.shapes, "start")
    assert len(faint) == 4 and all(t.points[-1][0] > 0.75 * SIZE and abs(t.points[-1][1]) < 0.3 * SIZE
                                   for t in faint)


def test_fingers_down_shows_the_back_of_the_hand_and_its_nails_fingers_up_the_plain_palm():
    nails = lambda stem: [s for s in _stretch(stem).shapes if isinstance(s, Loop) and s.fill == NAIL_FILL]
    assert len(nails("wrist-extensor-stretch")) == 4 and not nails("wrist-flexor-stretch")


@pytest.mark.parametrize("stem", list(BENDS))
def test_the_helping_hand_is_white_from_the_right_its_forearm_in_a_dark_sleeve_running_off_the_picture(stem):
    # Grey read as the start position; with no arm it "floats"; from the far shoulder it "comes from nowhere": a
    # white hand, four fingers and a thumb, its forearm a dark sleeve from off the right or bottom edge.
    drawing = _stretch(stem)
    left, bottom, right, top = drawing.frame
    helper = _helper_fingers(drawing.shapes)
    assert len(helper) == 4 and all(t.fill == "white" for t in helper)
    assert len(_tubes(drawing.shapes, THUMB_W * SIZE * HELPER_SHARE)) == 1
    # Nothing grey but the nails (small four-cornered plates).
    assert all(isinstance(s, Loop) and len(s.points) == 4 for s in drawing.shapes if getattr(s, "fill", "") == "grey")
    sleeve = _sleeve(drawing.shapes)
    assert max(x for x, _ in sleeve.points) > right or min(y for _, y in sleeve.points) < bottom
    # The sleeve comes from the right of the stretched hand, and the hand is drawn over it.
    fingers = _stretched_fingers(drawing.shapes)
    assert min(x for x, _ in sleeve.points) > _reach(fingers, 0, max)
    assert drawing.shapes.index(sleeve) < min(drawing.shapes.index(t) for t in helper)


@pytest.mark.parametrize("stem", list(BENDS))
def test_the_helping_fingers_lie_across_the_stretched_fingers_whose_tips_and_thumb_show_past_them(stem):
    # Two hands laid over each other were "a tangle": the helping fingers point back towards the body (left) across
    # the stretched fingers, in front of them, and the stretched fingertips and thumb stay clear of the helping hand.
    drawing, bend = _stretch(stem), BENDS[stem]
    fingers, helper = _stretched_fingers(drawing.shapes), _helper_fingers(drawing.shapes)
    assert all(t.points[-1][0] < t.points[0][0] for t in helper)
    assert _reach(helper, 0, min) < sum(t.points[-1][0] for t in fingers) / 4  # across most of them
    assert min(drawing.shapes.index(t) for t in helper) > max(drawing.shapes.index(t) for t in fingers)
    # Across the fingers, not the palm: beyond the knuckles; and every stretched fingertip shows past them.
    roots = min(bend * t.points[0][1] for t in fingers)
    helper_far = max(bend * p[1] for t in helper for p in t.points) + helper[0].width / 2
    helper_near = min(bend * p[1] for t in helper for p in t.points) - helper[0].width / 2
    assert helper_near < roots + 0.1 * SIZE and roots < helper_far
    assert all(bend * t.points[-1][1] - t.width / 2 > helper_far for t in fingers)
    (thumb,) = _tubes(drawing.shapes, THUMB_W * SIZE)
    assert _reach([thumb], 0, min) < _reach(helper, 0, min)


@pytest.mark.parametrize("stem", list(BENDS))
def test_one_curved_arrow_past_the_fingertips_points_back_towards_the_body(stem):
    # Below the fingertips (fingers down) or above them (fingers up), running from the helping hand's side to the
    # body's side, its head moving left.
    drawing, bend = _stretch(stem), BENDS[stem]
    arrows = [s for s in drawing.shapes if s.layer == "arrow"]
    assert len(arrows) == 2 and all(isinstance(s, Line) for s in arrows)
    line = max(arrows, key=lambda s: len(s.points))
    tips = max(bend * t.points[-1][1] for t in _stretched_fingers(drawing.shapes))
    assert all(bend * y > 0.8 * tips for _, y in line.points)
    assert line.points[0][0] > 0 > line.points[-1][0] and line.points[-1][0] < line.points[-2][0]


@pytest.mark.parametrize("stem", list(BENDS))
def test_a_wrist_stretch_moves_the_hand_and_the_helping_hand_and_prints_both_positions(stem):
    # Moving, the hand starts straight out along the arm and the helping hand moves with it; the forearm stays.
    moving, pair = _stretch(stem, "moving"), _stretch(stem, "pair")
    moved = set(moving.moves)
    assert moved and min(moved) > 0 and moving.shapes.index(_sleeve(moving.shapes)) in moved
    start = _stretched_fingers(moving.moves.values())
    assert len(start) == 4 and all(t.points[-1][0] > 0.75 * SIZE for t in start)
    assert len(pair.panels) == 2
    assert not [s for s in pair.panels[0].shapes if getattr(s, "fill", "") == "dark"]
    assert len(_stretched_fingers(pair.panels[0].shapes)) == 4
    for variant in ("still", "moving", "pair"):
        assert "<svg" in render_svg(exercise_pose(stem), "x", variant)


def test_the_two_wrist_stretches_are_not_the_same_picture():
    flexor, extensor = (render_svg(exercise_pose(n), "x") for n in BENDS)
    assert flexor != extensor
