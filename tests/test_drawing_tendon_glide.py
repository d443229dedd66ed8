"""Tendon glides: three side-on hands (straight, hook, fist), seen from the thumb side, that differ at a glance."""
import xml.etree.ElementTree as ET
from math import dist
from pathlib import Path

import yaml

from msksite.drawing import render_svg
from msksite.drawing.curves import smooth
from msksite.drawing.shapes import Loop, Tube, nearest_on_segment
from msksite.drawing.tendon_glide import FINGER_W, PALM, SIZE, THUMB_W, THUMBS, _bones, glide_panel
from msksite.schema.pose import Pose

SVG = "{http://www.w3.org/2000/svg}"
POSE = yaml.safe_load(Path("content/exercises/tendon-glides.yaml").read_text())["illustration"]["pose"]
SHAPES = ("straight", "hook", "fist")


def _fingers(shape: str) -> list:
    # The finger tubes as drawn, back to front.
    return [s for s in glide_panel(shape).shapes if isinstance(s, Tube) and s.width == FINGER_W * SIZE]


def _joints(shape: str) -> tuple:
    # The front finger's joints (knuckle, middle, end, tip) in figure units.
    return tuple((x * SIZE, y * SIZE) for x, y in _bones(shape))


def _palm() -> tuple:
    return tuple((x * SIZE, y * SIZE) for x, y in smooth(PALM))


def _inside(p: tuple, outline: tuple) -> bool:
    # Ray casting: is p inside the closed outline?
    crossings = 0
    for (ax, ay), (bx, by) in zip(outline, outline[1:] + outline[:1]):
        if (ay > p[1]) != (by > p[1]) and p[0] < ax + (p[1] - ay) * (bx - ax) / (by - ay):
            crossings += 1
    return crossings % 2 == 1


def _distance(p: tuple, line: tuple) -> float:
    return min(dist(p, nearest_on_segment(p, a, b)) for a, b in zip(line, line[1:]))


def test_three_side_on_panels_with_no_grey():
    svg = render_svg(Pose.model_validate(POSE), "Tendon glides")
    root = ET.fromstring(svg)
    assert len([el for el in root.iter(f"{SVG}svg") if el is not root]) == 3
    assert "#888" not in svg and "#bbb" not in svg  # grey means a start position on this site


def test_the_fingers_are_one_outline_not_a_stack_of_cards():
    # Four offset outlines read as "a pile of cards": at most the middle finger's tip shows behind the index, on
    # exactly the same line, only longer.
    for shape in SHAPES:
        fingers = _fingers(shape)
        assert len(fingers) <= 2
        if len(fingers) == 2:
            behind, front = fingers
            assert behind.points[:3] == front.points[:3]
    straight_behind, straight_front = _fingers("straight")
    assert max(p[1] for p in straight_behind.points) > max(p[1] for p in straight_front.points)


def test_thumb_is_in_front_of_the_hand():
    # Seen from the thumb side the thumb is drawn last, over the palm (and the fist's fingers), white.
    for shape in SHAPES:
        shapes = glide_panel(shape).shapes
        thumb = next(i for i, s in enumerate(shapes) if isinstance(s, Tube) and s.width == THUMB_W * SIZE)
        assert shapes[thumb].fill == "white"
        assert all(i < thumb for i, s in enumerate(shapes) if isinstance(s, (Loop, Tube)) and i != thumb)


def test_straight_is_tallest_then_hook_then_fist():
    top = {shape: max(p[1] for p in _fingers(shape)[-1].points) for shape in SHAPES}
    assert top["straight"] > top["hook"] + 0.1 * SIZE > top["fist"] + 0.2 * SIZE


def test_hook_keeps_the_knuckle_straight_and_points_its_tip_down_onto_the_palm():
    knuckle, middle, end, tip = _joints("hook")
    assert abs(middle[0] - knuckle[0]) < 1e-9  # the first bone goes straight on up from the back of the hand
    assert abs(tip[0] - end[0]) < 0.02 * SIZE and tip[1] < end[1] - 0.1 * SIZE  # the last bone points down
    # The tip rests on the top of the palm, not hidden behind the thumb.
    assert _distance(tip, _palm() + _palm()[:1]) < FINGER_W * SIZE / 2 + 0.02 * SIZE
    thumb = tuple((x * SIZE, y * SIZE) for x, y in THUMBS["hook"])
    assert _distance(tip, thumb) > (FINGER_W + THUMB_W) * SIZE / 2


def test_hook_leaves_an_open_window_under_its_arch():
    knuckle, middle, end, tip = _joints("hook")
    half = FINGER_W * SIZE / 2
    palm_top = max(y for _, y in _palm())
    window = ((middle[0] + tip[0]) / 2, (palm_top + middle[1]) / 2)
    # The gap between the stem and the last bone is most of a finger's width: wide enough to see at phone size.
    assert tip[0] - middle[0] - FINGER_W * SIZE > 0.6 * FINGER_W * SIZE
    assert not _inside(window, _palm())
    assert all(_distance(window, tube.points) > half + 0.03 * SIZE for tube in _fingers("hook"))


def test_fist_curls_the_fingers_in_front_of_the_palm_under_the_thumb():
    shapes = glide_panel("fist").shapes
    palm = next(i for i, s in enumerate(shapes) if isinstance(s, Loop) and s.points == _palm())
    finger = next(i for i, s in enumerate(shapes) if isinstance(s, Tube) and s.width == FINGER_W * SIZE)
    assert finger > palm
    knuckle, _, _, tip = _joints("fist")
    assert tip[1] < knuckle[1] and _inside(tip, _palm())
    # The thumb reaches across the front of the curled fingers.
    front = max(x for x, _ in _joints("fist"))
    assert max(x * SIZE for x, _ in THUMBS["fist"]) > front - FINGER_W * SIZE
