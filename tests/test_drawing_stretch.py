"""The wrist stretches' person and other hand: the head on a neck above the shoulder, clear of the arm (round 30),
and the other hand a whole grey hand, fingers and thumb, over the fingertips or the back of the hand (round 31); the
still numbered, 1 the arm held out alone, 2 the hand bent and helped (round 75); 1 the hand already bent, alone, with
a short arrow round the wrist (round 79); both hands edge-on, in profile, the grey arm running to the grey hand
(round 117); the grey hand big and mostly beside the white one, its arm smooth, a short bold arrow at it (round
118)."""
from __future__ import annotations

import pytest

from msksite.drawing.scene import scene
from msksite.drawing.shapes import Circle, Loop, Tube
from msksite.drawing.stretch_hands import HELPING
from exercise_poses import exercise_pose
from test_drawing_wrists import BENDS, _fingers, _grey, _hand_length, _inside, _is_nail, _near_arm, _stretch

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
def test_the_other_hand_is_a_whole_grey_hand_in_profile_held_by_its_arm(stem):
    # A grey mitten was "a grey block", the grey hand "a blob" that "floats without an arm": it is drawn as the
    # stretched one is, edge-on (side_hand.py), a palm, four fingers and a thumb, in grey, nearly as big as the
    # stretched hand; all of it over the stretched hand (its thumb behind, only its root showed: "a clump"); and the
    # grey arm runs right to its wrist, the middle of the palm's wrist edge.
    from math import dist

    from msksite.drawing.side_hand import FINGER_W, THUMB_W

    shapes = _stretch(stem).shapes
    arm, grey = _grey(shapes)
    share = HELPING[GRIPS[stem]][2]
    size = _hand_length(BENDS[stem]) * share
    fingers = [s for s in grey if isinstance(s, Tube) and abs(s.width - FINGER_W * size) < 0.01]
    (thumb,) = [s for s in grey if isinstance(s, Tube) and abs(s.width - THUMB_W * size) < 0.01]
    (palm,) = [s for s in grey if isinstance(s, Loop)]
    assert len(fingers) == 4 and share >= 0.85
    white = _fingers(shapes, "end")
    assert shapes.index(white[0]) < shapes.index(white[-1]) < shapes.index(thumb) < shapes.index(fingers[0])
    wrist = ((palm.points[0][0] + palm.points[-1][0]) / 2, (palm.points[0][1] + palm.points[-1][1]) / 2)
    assert dist(arm.points[-1], wrist) < 0.01


@pytest.mark.parametrize("stem", ["wrist-flexor-stretch", "wrist-extensor-stretch"])
def test_the_other_hand_lies_mostly_outside_the_stretched_hand(stem):
    # Among the white fingers the grey hand was "mostly hidden behind the white fingers", "a shapeless clump", "a
    # grey tangle" (round 117; then a sixth of it, fingers up, overlapped the stretched hand): at least 85% of its
    # area (its palm, fingers and thumb, sampled on a grid) lies outside the stretched hand's outline, and its palm
    # wholly in front of the stretched hand (away from the body), touching it.
    shapes = _stretch(stem).shapes
    _, grey = _grey(shapes)
    white = _white_hand(shapes)
    inside = [p for p in _grid(grey, _hand_length(BENDS[stem]) / 40) if any(_covers(s, p) for s in grey)]
    hidden = [p for p in inside if any(_covers(s, p) for s in white)]
    assert len(hidden) < 0.15 * len(inside)
    (palm,) = [s for s in grey if isinstance(s, Loop)]
    front = max(x for s in white if isinstance(s, Loop) for x, _ in s.points)
    if BENDS[stem] > 0:  # fingers up the stretched fingers lean forward past the palm: their front
        front = max(x + s.width / 2 for s in _fingers(shapes, "end") for x, _ in s.points)
    gap = min(x for x, _ in palm.points) - front
    assert -0.05 * _hand_length(BENDS[stem]) < gap < 0.1 * _hand_length(BENDS[stem])


def test_fingers_up_the_other_hand_holds_the_fingers_curled_over_their_tips():
    # Low among the stretched fingers in a tight grip, it was "a clump": the grey hand stands in front of the
    # stretched fingers (away from the body), its wrist no lower than the top half of the stretched palm, its
    # knuckles a little below the stretched fingertips, and its fingers curl back over the tips, towards the body,
    # each ending level with the stretched fingertips, all but the farthest (fanned forward) over them.
    shapes = _stretch("wrist-flexor-stretch").shapes
    stretched, hand = _fingers(shapes, "end"), _hand_length(1.0)
    _, grey = _grey(shapes)
    grey_fingers = [s for s in grey if isinstance(s, Tube)][-4:]
    tips = max(f.points[-1][1] for f in stretched)
    wrist = _near_arm(shapes).points[1]
    assert min(y for s in grey for _, y in s.points) > wrist[1] + 0.28 * hand  # the palm is 0.56 long
    front = max(x + f.width / 2 for f in stretched for x, _ in f.points)
    back = min(x - f.width / 2 for f in stretched for x, _ in f.points)
    for g in grey_fingers:
        assert g.points[0][0] > front and tips - 0.3 * hand < g.points[0][1] < tips
        assert g.points[-1][0] < g.points[0][0] - 0.2 * hand and abs(g.points[-1][1] - tips) < 0.15 * hand
    assert all(back < g.points[-1][0] < front for g in grey_fingers[1:])


@pytest.mark.parametrize("stem", ["wrist-flexor-stretch", "wrist-extensor-stretch"])
def test_the_other_arm_bends_only_behind_the_near_arm_and_runs_smoothly_to_its_wrist(stem):
    # Bent in plain view under the near wrist it "loops around awkwardly", "comes in at an odd kinked angle" (round
    # 117): it turns gently (no stretch of it turns more than a few degrees from the one before), only where the near
    # arm or the stretched hand hides it, and its forearm runs straight from there to its wrist.
    from math import atan2, degrees

    shapes = _stretch(stem).shapes
    arm, near = _grey(shapes)[0], _near_arm(shapes)
    heading = [degrees(atan2(b[1] - a[1], b[0] - a[0])) for a, b in zip(arm.points, arm.points[1:])]
    turns = [abs(b - a) for a, b in zip(heading, heading[1:])]
    assert max(turns) < 10.0 and abs(heading[-1] - heading[0]) > 15.0
    front = [near] + _white_hand(shapes)
    assert all(any(_covers(s, p) for s in front) for p, turn in zip(arm.points[1:], turns) if turn > 0.5)
    assert max(turns[-len(turns) // 4:]) < 0.5


def _white_hand(shapes) -> list:
    """The stretched hand's palm, fingers and thumb: the white shapes from its thumb to its palm."""
    fingers = _fingers(shapes, "end")
    first, last = shapes.index(fingers[0]) - 1, shapes.index(fingers[-1]) + 1
    return shapes[first:last + 1]


def _grid(shapes, step: float) -> list:
    """Points step apart over the shapes' bounds."""
    xs, ys = zip(*(p for s in shapes for p in s.points))
    nx, ny = int((max(xs) - min(xs)) / step) + 1, int((max(ys) - min(ys)) / step) + 1
    return [(min(xs) + i * step, min(ys) + j * step) for i in range(nx) for j in range(ny)]


def _covers(shape, p) -> bool:
    """Whether p lies inside a hand's shape: a tube (within half its width of its line) or a loop."""
    if isinstance(shape, Loop):
        return _inside(p, shape.points)
    if not isinstance(shape, Tube):
        return False
    return any(_to_segment(p, a, b) <= shape.width / 2 for a, b in zip(shape.points, shape.points[1:]))


def _to_segment(p, a, b) -> float:
    from math import dist

    dx, dy = b[0] - a[0], b[1] - a[1]
    k = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / ((dx * dx + dy * dy) or 1.0)))
    return dist(p, (a[0] + k * dx, a[1] + k * dy))


@pytest.mark.parametrize("stem", ["wrist-flexor-stretch", "wrist-extensor-stretch"])
def test_the_near_arm_is_nearly_as_wide_as_the_big_hand_at_the_wrist(stem):
    # A thin arm under the big hand made the hand "overlap the arm awkwardly": the arm is at least seven tenths as
    # wide as the palm where it meets the wrist.
    from msksite.drawing.side_hand import PALM

    shapes = _stretch(stem).shapes
    wrist_w = (PALM[-1][1] - PALM[0][1]) * _hand_length(BENDS[stem])
    assert _near_arm(shapes).width > 0.7 * wrist_w


def test_fingers_down_the_arrow_presses_straight_in_at_the_back_of_the_other_hand():
    # Sweeping round under the fingertips, "'press the back of the hand toward you' is hard to read" (round 117): a
    # straight arrow, level, pointing at the body, its tip just off the back of the other hand, between its wrist
    # and its fingertips.
    shapes = _stretch("wrist-extensor-stretch").shapes
    hand = _hand_length(-1.0)
    (shaft,) = [s for s in shapes if s.layer == "arrow" and isinstance(s, Tube) and len(s.points) == 2]
    (tail, tip) = shaft.points
    _, grey = _grey(shapes)
    (palm,) = [s for s in grey if isinstance(s, Loop)]
    ys = [y for s in grey for _, y in s.points]
    assert abs(tail[1] - tip[1]) < 0.01 and tip[0] < tail[0]
    assert 0.0 < tip[0] - max(x for x, _ in palm.points) < 0.2 * hand and min(ys) < tip[1] < max(ys)


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
