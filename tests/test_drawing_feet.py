"""Tests for the foot drawings: ankle circles, towel scrunch, foot and toe stretch."""

from pathlib import Path

import yaml

from msksite.drawing.scene import scene
from msksite.drawing.shapes import Line, Tube
from msksite.drawing.svg import bounds
from msksite.schema.pose import Pose

EXERCISES = Path(__file__).resolve().parent.parent / "content" / "exercises"


def _pose(name: str) -> Pose:
    data = yaml.safe_load((EXERCISES / f"{name}.yaml").read_text(encoding="utf-8"))
    return Pose.model_validate(data["illustration"]["pose"])


def test_ankle_circles_close_up_is_drawn_as_big_as_its_circle_so_its_lines_are_bold():
    # Drawn at the close-up's own width and shrunk into a small circle, the foot was "faint thin grey lines".
    drawing = scene(_pose("ankle-circles"))
    inset = drawing.inset
    person = bounds(drawing.shapes)
    assert inset.detail is not None and inset.r >= 0.5 * (person[3] - person[1])
    left, bottom, right, top = inset.detail.frame
    assert right - left <= 2 * inset.r + 0.01
    # The foot and the circular arrow round it are in the close-up, inside the circle.
    shapes = inset.detail.shapes
    assert any(s.layer == "arrow" for s in shapes)
    feet = [s for s in shapes if isinstance(s, Tube) and s.layer == "end"]
    cx, cy = (left + right) / 2, (bottom + top) / 2
    tips = [p for s in feet for p in s.points if abs(p[0] - cx) < inset.r and abs(p[1] - cy) < inset.r]
    assert tips, "the foot is in the close-up"
