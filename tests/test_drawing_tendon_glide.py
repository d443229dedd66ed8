"""Tendon glides: three side-on hands (straight, hook, fist) that differ at a glance."""
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

from msksite.drawing import render_svg
from msksite.drawing.shapes import Tube
from msksite.drawing.tendon_glide import FINGER_W, SIZE, glide_panel
from msksite.schema.pose import Pose

SVG = "{http://www.w3.org/2000/svg}"
POSE = yaml.safe_load(Path("content/exercises/tendon-glides.yaml").read_text())["illustration"]["pose"]


def _near_finger(shape: str) -> tuple:
    # The little finger, nearest, is the last white tube drawn.
    return [s for s in glide_panel(shape).shapes if isinstance(s, Tube) and s.fill == "white"][-1].points


def test_three_side_on_panels_with_no_shaded_strip():
    svg = render_svg(Pose.model_validate(POSE), "Tendon glides")
    root = ET.fromstring(svg)
    assert len([el for el in root.iter(f"{SVG}svg") if el is not root]) == 3
    # The palm side of the forearm, shaded dark in the general close-up, read as an unexplained grey strip.
    assert "#888" not in svg


def test_straight_is_tallest_then_hook_then_fist():
    top = {shape: max(p[1] for p in _near_finger(shape)) for shape in ("straight", "hook", "fist")}
    assert top["straight"] > top["hook"] + 0.1 * SIZE > top["fist"] + 0.2 * SIZE


def test_hook_points_down_at_the_palm_and_leaves_a_hole():
    knuckle, middle, end, tip = _near_finger("hook")
    assert abs(middle[0] - knuckle[0]) < 1  # the knuckle stays straight
    assert tip[1] < end[1] - 0.1 * SIZE  # the last bone points down
    assert tip[0] - middle[0] > 1.5 * FINGER_W * SIZE  # a gap wider than the finger between the folded halves


def test_fist_rolls_the_fingertip_into_the_palm():
    knuckle, _, _, tip = _near_finger("fist")
    assert tip[1] < knuckle[1] and abs(tip[0] - knuckle[0]) < 0.2 * SIZE
