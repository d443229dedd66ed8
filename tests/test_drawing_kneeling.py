"""Kneeling on a mat: the cat and camel and the sit back stretch say "Do not kneel on a hard floor. Use a mat or
cushion.", and a physiotherapist found them kneeling on the bare floor line (round 114); the sit back stretch's head
drops down towards the floor, as its steps say."""
import pytest

from msksite.drawing import VARIANTS
from msksite.drawing.figure import WIDTHS
from msksite.drawing.props import MAT_H
from msksite.drawing.scene import scene
from msksite.drawing.shapes import Circle, Loop, Tube
from exercise_poses import exercise_pose

KNEELING = ["cat-and-camel", "sit-back-stretch"]


def _mats(shapes) -> list[tuple[float, float, float]]:
    """Each mat seen side-on, a prop box MAT_H deep: (left, right, top)."""
    boxes = [s for s in shapes if isinstance(s, Loop) and s.layer == "prop" and len(s.points) == 4]
    spans = [([x for x, _ in b.points], [y for _, y in b.points]) for b in boxes]
    return [(min(xs), max(xs), max(ys)) for xs, ys in spans if abs(max(ys) - min(ys) - MAT_H) < 1e-6]


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("stem", KNEELING)
def test_kneeling_exercises_kneel_on_a_mat_in_every_picture(stem, variant):
    drawing = scene(exercise_pose(stem), variant)
    shapes = [s for p in drawing.panels for s in p.shapes] + drawing.shapes
    numbers = [s for s in shapes if isinstance(s, Circle) and s.layer == "number"]
    mats = _mats(shapes)
    assert mats and len(mats) == max(1, len(numbers))
    # Every knee (a shin's top end) rests on the top of a mat, between its ends, not on the floor beside it, nor
    # floating over the mat as the cat and camel's did (its arms are longer than its thighs) until round 116.
    shins = [s for s in shapes if isinstance(s, Tube) and s.width == WIDTHS["shin"] and s.layer in ("end", "start")]
    knees = [s.points[0] for s in shins]
    assert knees
    for x, y in knees:
        assert any(left < x < right and 0 < y - top < WIDTHS["thigh"] / 2 + 2.5 for left, right, top in mats)
