"""Tendon glides: three side-on hands (straight, hook, fist) that differ at a glance."""
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

from msksite.drawing import render_svg
from msksite.drawing.shapes import Loop, Tube
from msksite.drawing.tendon_glide import FINGER_W, FINGERS, PALM, SIZE, THUMB_W, _bones, glide_panel
from msksite.schema.pose import Pose

SVG = "{http://www.w3.org/2000/svg}"
POSE = yaml.safe_load(Path("content/exercises/tendon-glides.yaml").read_text())["illustration"]["pose"]


def _fingers(shape: str) -> list:
    # The finger tubes as drawn, the little finger (nearest, drawn last) first.
    return [s for s in glide_panel(shape).shapes if isinstance(s, Tube) and s.width == FINGER_W * SIZE][::-1]


def _joints(shape: str) -> list:
    # Each finger's joints (knuckle, middle, end, tip) in figure units, the little finger first.
    return [tuple((x * SIZE, y * SIZE) for x, y in _bones(shape, *finger)) for finger in FINGERS]


def _palm() -> tuple:
    return tuple((x * SIZE, y * SIZE) for x, y in PALM)


def _inside(p: tuple, outline: tuple) -> bool:
    # Ray casting: is p inside the closed outline?
    crossings = 0
    for (ax, ay), (bx, by) in zip(outline, outline[1:] + outline[:1]):
        if (ay > p[1]) != (by > p[1]) and p[0] < ax + (p[1] - ay) * (bx - ax) / (by - ay):
            crossings += 1
    return crossings % 2 == 1


def test_three_side_on_panels_with_no_shaded_strip_and_no_grey_thumb():
    svg = render_svg(Pose.model_validate(POSE), "Tendon glides")
    root = ET.fromstring(svg)
    assert len([el for el in root.iter(f"{SVG}svg") if el is not root]) == 3
    # The palm side of the forearm, shaded dark in the general close-up, read as an unexplained grey strip; a grey
    # thumb read as a ghost (grey means the start position on this site).
    assert "#888" not in svg and "#bbb" not in svg
    thumbs = [s for s in glide_panel("straight").shapes if isinstance(s, Tube) and s.width == THUMB_W * SIZE]
    assert len(thumbs) == 1 and thumbs[0].fill == "white"


def test_four_straight_fingers_parallel_each_tip_showing_above_and_behind_the_one_in_front():
    # Fanned from one knuckle they read as motion blur; one outline read as one pointing finger.
    fingers = _joints("straight")
    assert len(_fingers("straight")) == 4
    assert all(abs(p[0] - finger[0][0]) < 1e-9 for finger in fingers for p in finger)  # each straight up
    for front, behind in zip(fingers, fingers[1:]):
        assert behind[-1][1] - front[-1][1] > 0.03 * SIZE and front[0][0] - behind[0][0] > 0.02 * SIZE


def test_the_fingers_behind_go_behind_the_palm():
    shapes = glide_panel("hook").shapes
    palm = next(i for i, s in enumerate(shapes) if isinstance(s, Loop) and s.points == _palm())
    tubes = [i for i, s in enumerate(shapes) if isinstance(s, Tube) and s.width == FINGER_W * SIZE]
    assert tubes[:3] == [i for i in tubes if i < palm] and tubes[3] > palm


def test_straight_is_tallest_then_hook_then_fist():
    top = {shape: max(p[1] for p in _fingers(shape)[0].points) for shape in ("straight", "hook", "fist")}
    assert top["straight"] > top["hook"] + 0.1 * SIZE > top["fist"] + 0.2 * SIZE


def test_hook_points_down_at_the_palm_and_leaves_an_open_hole():
    fingers = _joints("hook")
    knuckle, middle, end, tip = fingers[0]
    assert abs(middle[0] - knuckle[0]) < 1  # the knuckle stays straight
    assert tip[1] < end[1] - 0.1 * SIZE  # the last bone points down
    assert tip[0] - middle[0] > 2 * FINGER_W * SIZE  # a gap twice the finger's width between the folded halves
    # The fingers behind fold in line with the little finger or outside it: none of them crosses the hole.
    for behind in fingers[1:]:
        assert behind[0][0] <= knuckle[0] and behind[2][0] >= end[0] - 0.01 * SIZE and behind[2][1] > end[1]


def test_fist_rolls_every_fingertip_into_the_palm():
    fingers = _joints("fist")
    knuckle, _, _, tip = fingers[0]
    assert tip[1] < knuckle[1] and abs(tip[0] - knuckle[0]) < 0.2 * SIZE
    assert all(_inside(finger[-1], _palm()) for finger in fingers)
