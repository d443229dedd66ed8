"""The towel scrunch is two close-ups numbered 1 and 2 (round 70), the towel flat under the toes lifted, then rucked
up by the toes curled, with the arrow pulling it in towards the heel; the grip squeeze's ball is squashed (the
hamstring stretch's arrow about the hips is tested in test_drawing_cues.py)."""
from pathlib import Path

import yaml

from msksite.drawing.scene import scene
from msksite.drawing.shapes import Circle, Line, Loop
from msksite.drawing.svg import MARGIN, extent
from msksite.schema.pose import Pose

EXERCISES = Path(__file__).resolve().parent.parent / "content" / "exercises"


def _pose(name: str) -> Pose:
    data = yaml.safe_load((EXERCISES / f"{name}.yaml").read_text(encoding="utf-8"))
    return Pose.model_validate(data["illustration"]["pose"])


def test_the_towel_scrunch_arrow_runs_back_over_the_folds_towards_the_heel():
    # A curl over the toes pointing forwards read as "push the towel away": the arrow starts over the far folds and
    # points back towards the toes and heel (the person faces right), above the folds, not lost among them.
    shapes = scene(_pose("towel-scrunch")).panels[1].shapes
    arrow = max((s for s in shapes if isinstance(s, Line) and s.layer == "arrow"), key=lambda s: len(s.points))
    towel = next(s for s in shapes if isinstance(s, Loop) and s.layer == "prop" and s.fill == "grey")
    creases = sorted(min(x for x, _ in s.points) for s in shapes if isinstance(s, Line) and s.layer == "prop")
    first, last = arrow.points[0], arrow.points[-1]
    assert first[0] > creases[-1] and last[0] < creases[0] - 5
    assert min(y for _, y in arrow.points) > max(y for _, y in towel.points) + 1


def test_the_towel_scrunch_is_the_towel_flat_under_the_toes_lifted_1_above_it_rucked_up_by_the_toes_curled_2():
    # Faint lifted toes over the curled ones were missed ("the ghost toes are faint") and the towel rucked up under
    # both read as "a bumpy mat" (3.94, round 69): two solid close-ups, one above the other, each cut to its frame
    # and numbered at its top left; the towel lies flat in 1 and is rucked up into folds in 2, with the arrow.
    pictures = scene(_pose("towel-scrunch")).panels
    assert len(pictures) == 2 and pictures[0].frame[1] > pictures[1].frame[3]
    heights, creases, arrows = [], [], []
    for picture in pictures:
        shapes, (left, bottom, right, top) = picture.shapes, picture.frame
        number = next(s for s in shapes if isinstance(s, Circle) and s.layer == "number")
        assert number.centre[0] - number.r < left + 2 and number.centre[1] + number.r > top - 2
        # The whole towel, and the heel on it, is inside the frame: not cut by the picture's edge.
        towel = next(s for s in shapes if isinstance(s, Loop) and s.layer == "prop" and s.fill == "grey")
        assert left <= min(x for x, _ in towel.points) and max(x for x, _ in towel.points) <= right
        foot = max((s for s in shapes if isinstance(s, Loop) and s.layer == "end"), key=lambda s: len(s.points))
        assert min(x for x, y in foot.points if y < bottom + (top - bottom) / 2) > left
        # The number keeps clear of the leg running up beside it.
        assert all(_gap(number.centre, a, b) > number.r + 1.5 for a, b in zip(foot.points, foot.points[1:]))
        # Up to its far end, folded back over itself in both (the seam between the two layers is a straight line),
        # clear of the folded layer's rounded edge.
        seam = next(s for s in shapes if isinstance(s, Line) and s.layer == "prop" and len(s.points) == 2).points
        cloth = [y for x, y in towel.points if x < 2 * seam[0][0] - seam[1][0]]
        heights.append(max(cloth) - min(cloth))
        creases.append(len([s for s in shapes if isinstance(s, Line) and s.layer == "prop" and len(s.points) > 2]))
        arrows.append(len([s for s in shapes if isinstance(s, Line) and s.layer == "arrow" and len(s.points) > 8]))
    # Flat in 1 (no creases), rucked up in 2, well over twice as high, with creases; the arrow only in 2.
    assert heights[1] > 2.5 * heights[0] and creases[0] == 0 < creases[1] and arrows == [0, 1]
    # No sliver of the trouser leg above peeks in over the top of either picture (its margin shows; the turn-up's
    # corner did, beside the number, when the pictures were grown taller).
    for picture in pictures:
        left, _, right, top = picture.frame
        over = [extent(s) for s in picture.shapes]
        assert not [e for e in over if top < min(y for _, y in e) < top + MARGIN and max(x for x, _ in e) > left
                    and min(x for x, _ in e) < right]


def _gap(p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    """How far the point p is from the segment a to b."""
    from math import dist

    ab = (b[0] - a[0], b[1] - a[1])
    t = max(0.0, min(1.0, ((p[0] - a[0]) * ab[0] + (p[1] - a[1]) * ab[1]) / ((ab[0] ** 2 + ab[1] ** 2) or 1.0)))
    return dist(p, (a[0] + t * ab[0], a[1] + t * ab[1]))


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
