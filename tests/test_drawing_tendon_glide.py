"""Tendon glides: three side-on hands (straight, hook, fist) that differ at a glance."""
import xml.etree.ElementTree as ET
from math import dist
from pathlib import Path

import yaml

from msksite.drawing import render_svg
from msksite.drawing.shapes import Loop, Tube, nearest_on_segment
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


def _distance(p: tuple, line: tuple) -> float:
    # The shortest distance from p to the polyline.
    return min(dist(p, nearest_on_segment(p, a, b)) for a, b in zip(line, line[1:]))


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


def test_hook_stands_tall_on_a_straight_stem_and_the_fist_is_low():
    # "The hook and the full fist look almost alike": the hook's straight knuckle must show as a tall straight stem,
    # most of a straight finger's height, where the fist's knuckle rolls forward at once.
    straight, hook, fist = (_joints(shape)[0] for shape in ("straight", "hook", "fist"))
    stem = hook[1][1] - hook[0][1]
    assert abs(hook[1][0] - hook[0][0]) < 1e-9 and stem > 0.6 * (straight[-1][1] - straight[0][1])
    assert max(p[1] for p in fist) < hook[0][1] + 0.4 * stem


def test_hook_leaves_an_open_window_under_the_fold_and_rests_its_tip_on_the_palm():
    knuckle, middle, end, tip = _joints("hook")[0]
    half = FINGER_W * SIZE / 2
    # The window's middle: between the stem and the last bone, halfway up from the palm to the fold. Nothing is
    # drawn there: no finger comes within half a finger's width and a margin, and it is not in the palm.
    palm_top = max(y for _, y in _palm())
    window = ((middle[0] + (end[0] + tip[0]) / 2) / 2, (palm_top + middle[1]) / 2)
    assert not _inside(window, _palm())
    assert all(_distance(window, tube.points) > half + 0.05 * SIZE for tube in _fingers("hook"))
    # The tip rests on the palm: its round end reaches the palm's outline.
    assert _distance(tip, _palm() + _palm()[:1]) < half + 0.02 * SIZE
