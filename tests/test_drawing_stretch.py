"""The wrist stretches (stretch.py): since round 94 the person FACES YOU, the stretched arm held out towards you (a
short stub from its shoulder) and its big hand standing up ("stop", the palm towards you) or hanging down (the back
of the hand, its nails); numbered, 1 the hand bent alone with a short arrow at the wrist and the other arm hanging,
2 the other arm bent across the chest from its own shoulder, its grey hand on the fingertips or the back of the hand,
and a short arrow. Side-on, with the hand cheated round to face you, reviewers said "a face-on hand on a side-on body
mixes viewpoints", and the other arm was "a strange diagonal band", its hand "a blob from nowhere"."""
from __future__ import annotations

from math import dist

import pytest

from msksite.drawing import render_svg
from msksite.drawing.open_hand import FINGER_W, THUMB_W
from msksite.drawing.scene import scene
from msksite.drawing.shapes import Circle, Line, Loop, Tube
from msksite.drawing.stretch import HAND, ZOOM
from msksite.drawing.stretch_hands import HELPING
from msksite.drawing.stretch_person import ARM_W, OTHER_W
from msksite.drawing.svg import Drawing
from exercise_poses import exercise_pose

# Each stretch, which way its hand bends (up: fingers to the sky; down: to the floor) and how the other hand helps.
BENDS = {"wrist-flexor-stretch": 1.0, "wrist-extensor-stretch": -1.0}
GRIPS = {"wrist-flexor-stretch": "fingers", "wrist-extensor-stretch": "back"}


def _stretch(stem: str, variant: str = "still", picture: int = 2) -> Drawing:
    """One variant; the still is two numbered pictures: one of them without its number (its last two shapes)."""
    drawing = scene(exercise_pose(stem), variant)
    if variant != "still":
        return drawing
    panel = drawing.panels[picture - 1]
    return Drawing(panel.shapes[:-2], frame=panel.frame)


def _size(stem: str) -> float:
    return HAND[BENDS[stem]] * ZOOM


def _near(shapes, width: float) -> list[Tube]:
    return [s for s in shapes if isinstance(s, Tube) and abs(s.width - width) < 0.01]


def _fingers(shapes, stem: str) -> list[Tube]:
    """The stretched hand's four white fingers."""
    return [s for s in _near(shapes, FINGER_W * _size(stem)) if s.fill == "white"]


def _arm(shapes) -> Tube:
    (arm,) = _near(shapes, ARM_W * ZOOM)
    return arm


def _other_arm(shapes) -> Tube:
    (arm,) = [s for s in _near(shapes, OTHER_W * ZOOM) if s.fill == "grey"]
    return arm


def _head(shapes) -> Circle:
    return max((s for s in shapes if isinstance(s, Circle)), key=lambda c: c.r)


def _other_hand(shapes) -> list:
    """The grey hand: its shapes after the other arm."""
    return [s for s in shapes[shapes.index(_other_arm(shapes)) + 1:] if getattr(s, "fill", "") == "grey"
            and not (isinstance(s, Loop) and len(s.points) == 4)]  # not a nail, a small plate


@pytest.mark.parametrize("stem", list(BENDS))
def test_the_person_faces_you_with_two_eyes_and_shoulders_either_side_of_the_head(stem):
    # Side-on (one eye, a trunk as thin as a head) the face-on hand "mixed viewpoints".
    for picture in (1, 2):
        shapes = _stretch(stem, picture=picture).shapes
        head = _head(shapes)
        eyes = [s for s in shapes if isinstance(s, Circle) and s.fill == "black" and dist(s.centre, head.centre) < head.r]
        assert len(eyes) == 2 and abs((eyes[0].centre[0] + eyes[1].centre[0]) / 2 - head.centre[0]) < 0.1 * head.r
        trunk = max((s for s in shapes if isinstance(s, Loop)), key=lambda s: max(x for x, _ in s.points)
                    - min(x for x, _ in s.points))
        xs = [x for x, _ in trunk.points]
        assert min(xs) < head.centre[0] - 1.5 * head.r and max(xs) > head.centre[0] + 1.5 * head.r


@pytest.mark.parametrize("stem", list(BENDS))
def test_the_arm_comes_towards_you_a_short_stub_and_the_big_hand_stands_up_or_hangs_in_front_of_its_shoulder(stem):
    # Foreshortened, the arm held out towards you is shorter than half the hand; the hand is beside the head, not
    # over it, its four fingers straight up (flexor) or straight down (extensor) from the wrist.
    shapes, bend, size = _stretch(stem).shapes, BENDS[stem], _size(stem)
    arm, head = _arm(shapes), _head(shapes)
    shoulder, wrist = arm.points
    assert dist(shoulder, wrist) < 0.5 * size and shoulder[0] > head.centre[0] + head.r
    fingers = _fingers(shapes, stem)
    assert len(fingers) == 4
    assert all(bend * (f.points[-1][1] - wrist[1]) > 0.8 * size and abs(f.points[-1][0] - wrist[0]) < 0.3 * size
               for f in fingers)
    assert min(x for f in fingers for x, _ in f.points) > head.centre[0] + head.r


def test_fingers_up_shows_the_plain_palm_and_fingers_down_the_back_of_the_hand_with_nails():
    nails = lambda stem: [s for s in _stretch(stem).shapes[:_stretch(stem).shapes.index(_other_arm(
        _stretch(stem).shapes))] if isinstance(s, Loop) and s.fill == "grey" and len(s.points) == 4]
    assert not nails("wrist-flexor-stretch") and len(nails("wrist-extensor-stretch")) == 4


@pytest.mark.parametrize("stem", list(BENDS))
def test_the_helping_hand_is_joined_by_an_arm_to_the_other_shoulder_across_the_body(stem):
    # A grey hand with no arm "came from nowhere": the other arm runs from the shoulder on the other side of the
    # head, down to an elbow in front of the chest and across to its hand, drawn over the stretched hand.
    shapes, size = _stretch(stem).shapes, _size(stem)
    other, head, arm = _other_arm(shapes), _head(shapes), _arm(shapes)
    shoulder, elbow, wrist = other.points
    assert shoulder[0] < head.centre[0] - head.r and abs(shoulder[1] - arm.points[0][1]) < 0.1 * size
    assert elbow[1] < shoulder[1] and elbow[1] < wrist[1]
    hand = _other_hand(shapes)
    (palm,) = [s for s in hand if isinstance(s, Loop)]
    xs, ys = [x for x, _ in palm.points], [y for _, y in palm.points]
    assert min(xs) < wrist[0] < max(xs) and min(ys) < wrist[1] < max(ys)
    fingers = [s for s in hand if isinstance(s, Tube) and abs(s.width - FINGER_W * size * HELPING[GRIPS[stem]][2])
               < 0.01]
    thumbs = [s for s in hand if isinstance(s, Tube) and abs(s.width - THUMB_W * size * HELPING[GRIPS[stem]][2])
              < 0.01]
    assert len(fingers) == 4 and len(thumbs) == 1
    # Its fingers point out across the stretched hand, away from the body's middle.
    assert all(f.points[-1][0] > f.points[0][0] + 0.2 * size for f in fingers)
    assert min(shapes.index(s) for s in hand) > max(shapes.index(f) for f in _fingers(shapes, stem))


def test_fingers_up_the_other_hand_holds_the_fingertips_and_fingers_down_lies_on_the_back_of_the_hand():
    # Fingers up, its fingers lie across the top of the raised fingers; fingers down, across the back of the hand,
    # above the hanging fingers, which show below it.
    for stem, top in (("wrist-flexor-stretch", True), ("wrist-extensor-stretch", False)):
        shapes = _stretch(stem).shapes
        stretched = _fingers(shapes, stem)
        roots = [f.points[0][1] for f in stretched]
        tips = [f.points[-1][1] for f in stretched]
        ys = [y for s in _other_hand(shapes) if isinstance(s, Tube) for _, y in s.points[-1:]]
        middle = sum(ys) / len(ys)
        if top:
            assert max(roots) < middle < max(tips)
        else:
            assert max(tips) < middle and middle < _arm(shapes).points[1][1]


@pytest.mark.parametrize("stem", list(BENDS))
def test_picture_1_is_the_hand_bent_alone_the_other_arm_hanging_with_a_short_arrow_at_the_wrist(stem):
    from msksite.drawing.numerals import NUMBER_R

    one, two = scene(exercise_pose(stem)).panels
    first, bend = _stretch(stem, picture=1), BENDS[stem]
    assert not [s for s in first.shapes if isinstance(s, Loop) and s.fill == "grey" and len(s.points) > 4]
    other = _other_arm(first.shapes)
    assert all(x < _head(first.shapes).centre[0] for x, _ in other.points)
    assert min(y for _, y in other.points) < first.frame[1]
    wrist = _arm(first.shapes).points[1]
    (line,) = [s for s in first.shapes if isinstance(s, Line) and s.layer == "arrow" and len(s.points) > 3]
    assert all(dist(p, wrist) < 0.7 * _size(stem) and p[0] > wrist[0] for p in line.points)
    assert bend * (line.points[-1][1] - line.points[0][1]) > 0.2 * _size(stem)
    for panel in (one, two):
        number, (left, bottom, right, top) = panel.shapes[-2], panel.frame
        assert isinstance(number, Circle) and abs(number.r - NUMBER_R * ZOOM) < 0.01
        assert number.centre[0] < left + (right - left) / 4 and number.centre[1] > (top + bottom) / 2
        head = _head(panel.shapes[:-2])
        assert dist(number.centre, head.centre) > number.r + head.r


@pytest.mark.parametrize("stem", list(BENDS))
def test_picture_2_has_one_short_arrow_round_the_fingertips_towards_the_body(stem):
    # Fingers up, over the fingertips; fingers down, under them; ending towards the body's middle.
    shapes, bend = _stretch(stem).shapes, BENDS[stem]
    arrows = [s for s in shapes if s.layer == "arrow"]
    assert len(arrows) == 2
    line = max(arrows, key=lambda s: len(s.points))
    tips = [f.points[-1] for f in _fingers(shapes, stem)]
    far = max(bend * y for _, y in tips)
    assert max(bend * y for _, y in line.points) > far
    assert line.points[-1][0] < line.points[0][0]


@pytest.mark.parametrize("stem", list(BENDS))
def test_a_wrist_stretch_moves_the_hand_and_the_other_arm_and_prints_both_positions(stem):
    # Moving, the hand starts pointing at you (short) and the other hand moves with it; the person stays still.
    moving, pair = _stretch(stem, "moving"), _stretch(stem, "pair")
    other = moving.shapes.index(_other_arm(moving.shapes))
    assert other in moving.moves and moving.moves[other].points[-1] != moving.shapes[other].points[-1]
    assert moving.shapes.index(_arm(moving.shapes)) not in moving.moves
    start = _fingers(list(moving.moves.values()), stem)
    assert len(start) == 4 and all(dist(f.points[-1], f.points[0]) < 0.4 * _size(stem) for f in start)
    assert len(pair.panels) == 2 and not _other_hand(pair.panels[0].shapes)
    assert _other_hand(pair.panels[1].shapes)


def test_the_two_wrist_stretches_are_not_the_same_picture():
    flexor, extensor = (render_svg(exercise_pose(n), "x") for n in BENDS)
    assert flexor != extensor
