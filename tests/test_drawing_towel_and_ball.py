"""The towel scrunch's arrow pulls the towel in towards the heel, and the grip squeeze's ball is squashed (the
hamstring stretch's arrow about the hips is tested in test_drawing_cues.py)."""
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


def test_the_grip_squeeze_ball_is_squashed_with_strokes_beside_it():
    # Squeezed, the ball is pressed flatter by the fingers and bulges out either side: its outline is clearly longer
    # one way than the other (an oval "subtle" next to the round ball was not enough; squashed to a thin oval it was
    # "a flat plate"), with short strokes beside it. Each picture is one panel (ball_grip.py).
    from math import dist

    pose = _pose("grip-squeeze")
    frames = [panel.shapes for panel in scene(pose).panels]
    balls = [s for shapes in frames for s in shapes if isinstance(s, Loop) and s.fill == "grey"]
    assert len(balls) == 2
    shapes = frames[1]

    def spans(ball: Loop) -> tuple[float, float]:
        centre = tuple(sum(c) / len(ball.points) for c in zip(*ball.points))
        radii = [dist(p, centre) for p in ball.points]
        return min(radii), max(radii)

    (round_low, round_high), (flat_low, flat_high) = (spans(b) for b in balls)
    assert round_high / round_low < 1.1 and 1.4 < flat_high / flat_low < 2.2
    marks = [s for s in shapes if isinstance(s, Line) and s.layer == "arrow" and len(s.points) == 2]
    assert len(marks) >= 3
