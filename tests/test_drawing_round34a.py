"""Round 34a's cues: the towel scrunch's arrow pulls the towel in, the hamstring stretch tips about the hips (in
test_drawing_cues.py), the grip squeeze's ball is squashed flat."""
from pathlib import Path

import yaml

from msksite.drawing.scene import scene
from msksite.drawing.shapes import Line, Loop
from msksite.schema.pose import Pose

EXERCISES = Path(__file__).resolve().parent.parent / "content" / "exercises"


def _pose(name: str) -> Pose:
    data = yaml.safe_load((EXERCISES / f"{name}.yaml").read_text(encoding="utf-8"))
    return Pose.model_validate(data["illustration"]["pose"])


def test_the_towel_scrunch_arrow_runs_back_over_the_folds_towards_the_heel():
    # A curl over the toes pointing forwards read as "push the towel away": the arrow starts over the far folds and
    # points back towards the toes and heel (the person faces right), above the folds, not lost among them.
    shapes = scene(_pose("towel-scrunch")).shapes
    arrow = max((s for s in shapes if s.layer == "arrow"), key=lambda s: len(s.points))
    towel = next(s for s in shapes if isinstance(s, Loop) and s.layer == "prop" and s.fill == "grey")
    creases = sorted(min(x for x, _ in s.points) for s in shapes if isinstance(s, Line) and s.layer == "prop")
    first, last = arrow.points[0], arrow.points[-1]
    assert first[0] > creases[-1] and last[0] < creases[0] - 5
    assert min(y for _, y in arrow.points) > max(y for _, y in towel.points) + 1
