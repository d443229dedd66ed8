"""The wrist stretches' person and other hand: the head on a neck above the shoulder, clear of the arm (round 30),
and the other hand a whole grey hand, fingers and thumb, over the fingertips or the back of the hand (round 31); the
still numbered, 1 the arm held out alone, 2 the hand bent and helped (round 75); 1 the hand already bent, alone, with
a short arrow round the wrist (round 79)."""
from __future__ import annotations

import pytest

from msksite.drawing.scene import scene
from msksite.drawing.shapes import Circle, Loop, Tube
from msksite.drawing.stretch_hands import HELPING
from exercise_poses import exercise_pose
from test_drawing_wrists import BENDS, _fingers, _grey, _hand_length, _is_nail, _near_arm, _stretch

GRIPS = {"wrist-flexor-stretch": "fingers", "wrist-extensor-stretch": "back"}


def test_the_head_sits_on_a_neck_above_and_behind_the_shoulder_clear_of_the_arm():
    # Reviewers saw "the head fused with the arm": a neck shows between the trunk's top and the head, and the head's
    # bottom is well above the top of the arm.
    from msksite.drawing.figure import WIDTHS
    from msksite.drawing.stretch import ZOOM

    for stem in ("wrist-flexor-stretch", "wrist-extensor-stretch"):
        shapes = _stretch(stem).shapes
        head = max((s for s in shapes if isinstance(s, Circle)), key=lambda c: c.r)
        arm = _near_arm(shapes)
        (necks,) = [[s for s in shapes if isinstance(s, Tube) and s.fill == "white"
                    and abs(s.width - WIDTHS["neck"] * ZOOM) < 0.01]]
        assert len(necks) == 1
        trunk = max((s for s in shapes if isinstance(s, Tube)), key=lambda t: t.width)
        trunk_top = max(y for _, y in trunk.points) + trunk.width / 2
        assert head.centre[1] - head.r > trunk_top
        assert head.centre[1] - head.r > arm.points[0][1] + arm.width / 2 + 0.5 * head.r
        assert head.centre[0] <= arm.points[0][0]


@pytest.mark.parametrize("stem", ["wrist-flexor-stretch", "wrist-extensor-stretch"])
def test_the_other_hand_is_a_whole_grey_hand_with_four_fingers_and_a_thumb(stem):
    # A grey mitten was "a grey block": the other hand is drawn as the stretched one is, a palm, four fingers and a
    # thumb, in grey, over the stretched hand, its fingers pointing back towards the body from its wrist in front.
    from msksite.drawing.open_hand import FINGER_W, THUMB_W

    shapes = _stretch(stem).shapes
    arm, grey = _grey(shapes)
    size = _hand_length(BENDS[stem]) * HELPING[GRIPS[stem]][2]
    fingers = [s for s in grey if isinstance(s, Tube) and abs(s.width - FINGER_W * size) < 0.01]
    thumbs = [s for s in grey if isinstance(s, Tube) and abs(s.width - THUMB_W * size) < 0.01]
    assert len(fingers) == 4 and len(thumbs) == 1 and len([s for s in grey if isinstance(s, Loop)]) == 1
    assert all(f.points[-1][0] < f.points[0][0] for f in fingers)
    assert min(shapes.index(s) for s in grey) > max(shapes.index(f) for f in _fingers(shapes, "end"))


def test_fingers_up_the_other_hand_holds_the_fingertips_only():
    # Over the whole hand it hid the "stop" palm: its fingers lie across the ends of the stretched fingers, whose
    # roots and palm show below it.
    shapes = _stretch("wrist-flexor-stretch").shapes
    stretched = _fingers(shapes, "end")
    _, grey = _grey(shapes)
    tips = max(f.points[-1][1] for f in stretched)
    roots = min(f.points[0][1] for f in stretched)
    low = min(y for s in grey for _, y in s.points)
    assert roots < low < tips


@pytest.mark.parametrize("stem", ["wrist-flexor-stretch", "wrist-extensor-stretch"])
def test_the_near_arm_is_nearly_as_wide_as_the_big_hand_at_the_wrist(stem):
    # A thin arm under the big hand made the hand "overlap the arm awkwardly": the arm is at least seven tenths as
    # wide as the palm where it meets the wrist.
    from msksite.drawing.open_hand import PALM

    shapes = _stretch(stem).shapes
    wrist_w = (PALM[-1][1] - PALM[0][1]) * _hand_length(BENDS[stem])
    assert _near_arm(shapes).width > 0.7 * wrist_w


def test_fingers_down_the_arrow_sweeps_from_in_front_of_the_hand_round_under_the_fingertips():
    # Short and just under the fingertips, the arrow was "vague": it starts in front of the hanging hand, on the
    # other hand's side, and sweeps round under the fingertips to the body's side of them.
    from math import atan2, degrees

    shapes = _stretch("wrist-extensor-stretch").shapes
    wrist = _near_arm(shapes).points[1]
    line = max((s for s in shapes if s.layer == "arrow"), key=lambda s: len(s.points))
    angle = lambda p: degrees(atan2(p[1] - wrist[1], p[0] - wrist[0]))
    assert angle(line.points[0]) > -45.0 and angle(line.points[-1]) < -110.0


@pytest.mark.parametrize("stem", list(BENDS))
def test_the_still_is_numbered_1_the_hand_bent_alone_then_2_the_hand_bent_and_helped(stem):
    # One picture, the grey hand over the white one, was "hard to see who does what" for seven rounds, and a
    # straight hand in picture 1 (round 75) said little: picture 1, on top, is the hand already bent (up or down),
    # alone, with a short arrow round the wrist inside the bend; picture 2 the same hand, the other hand on it and
    # the arrow past the fingertips. Each number in its picture's top left, clear of the head.
    from math import atan2, degrees, dist

    from msksite.drawing.numerals import NUMBER_R
    from msksite.drawing.stretch import ZOOM

    one, two = scene(exercise_pose(stem)).panels
    assert one.frame[1] > two.frame[3]
    first, then = _stretch(stem, picture=1), _stretch(stem)
    bend = BENDS[stem]
    assert not [s for s in first.shapes if getattr(s, "fill", "") == "grey" and not _is_nail(s)]
    wrist, hand = _near_arm(first.shapes).points[1], _hand_length(bend)
    # The fingers point up (or down) from the wrist, the hand its whole length: bent, in full view.
    assert all(bend * (t.points[-1][1] - wrist[1]) > 0.8 * hand and abs(t.points[-1][0] - wrist[0]) < 0.4 * hand
               for t in _fingers(first.shapes, "end"))
    # The same hand as in picture 2 (the panels are moved apart: compare from each one's wrist).
    from_wrist = lambda shapes: [[(round(x - w[0], 6), round(y - w[1], 6)) for x, y in t.points]
                                 for w in [_near_arm(shapes).points[1]] for t in _fingers(shapes, "end")]
    assert from_wrist(first.shapes) == from_wrist(then.shapes)
    # The bend arrow: round the wrist, inside the bend, from near the arm's line towards the bent hand, short of it.
    (line,) = [s for s in first.shapes if s.layer == "arrow" and len(s.points) > 3]
    angle = lambda p: bend * degrees(atan2(p[1] - wrist[1], p[0] - wrist[0]))
    assert angle(line.points[0]) < 15.0 and 40.0 < angle(line.points[-1]) < 75.0
    assert all(dist(p, wrist) < hand for p in line.points)
    assert _grey(then.shapes)[1] and [s for s in then.shapes if s.layer == "arrow"]
    for panel, picture in ((one, first), (two, then)):
        number = panel.shapes[-2]
        left, bottom, right, top = panel.frame
        assert isinstance(number, Circle) and abs(number.r - NUMBER_R * ZOOM) < 0.01
        assert number.centre[0] < left + (right - left) / 4 and number.centre[1] > (top + bottom) / 2
        head = max((s for s in picture.shapes if isinstance(s, Circle)), key=lambda c: c.r)
        assert dist(number.centre, head.centre) > number.r + head.r
