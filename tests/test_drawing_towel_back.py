"""The towel stretch behind the back, seen from behind, big (towel_back.py)."""
from __future__ import annotations

from math import dist
from pathlib import Path

import pytest
import yaml

from msksite.drawing.scene import scene
from msksite.drawing.shapes import Circle, Line, Loop, Tube
from msksite.drawing.back_view import EAR_R, HEAD, HEAD_R, SHOULDER
from msksite.drawing.towel_back import ARM, CREASE, FIST_W, PULL_W, TOWEL_W
from msksite.schema.pose import Pose
from exercise_poses import exercise_pose

EXERCISE = Path(__file__).resolve().parent.parent / "content" / "exercises" / "towel-stretch.yaml"


def _pose() -> Pose:
    return Pose.model_validate(yaml.safe_load(EXERCISE.read_text(encoding="utf-8"))["illustration"]["pose"])


def _towel(shapes, layer):
    return next(s for s in shapes if s.layer == layer and isinstance(s, Loop) and s.fill == "white"
                and max(y for _, y in s.points) > 14 and min(x for x, _ in s.points) < 0 < max(x for x, _ in s.points))


def _fists(shapes, layer):
    """The two fists (bars straight across the towel), bottom one first."""
    across = lambda s: len(s.points) == 2 and s.points[0][1] == s.points[1][1]
    return sorted((s for s in shapes if s.layer == layer and isinstance(s, Tube) and s.width == FIST_W and across(s)),
                  key=lambda s: s.points[0][1])


def _hands(shapes, layer):
    """The two fists' middles, bottom one first."""
    return [((a[0] + b[0]) / 2, (a[1] + b[1]) / 2) for a, b in (f.points for f in _fists(shapes, layer))]


HAND_R = FIST_W / 2


def _off_segment(p, a, b):
    """How far point p is from the segment a-b."""
    (ax, ay), (bx, by) = a, b
    t = max(0.0, min(1.0, ((p[0] - ax) * (bx - ax) + (p[1] - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)))
    return dist(p, (ax + t * (bx - ax), ay + t * (by - ay)))


def test_the_towel_stretch_is_a_big_back_view_with_a_light_towel_hanging_down_the_spine_between_the_hands():
    # Side-on the towel was "a thin grey strip hidden behind a side-on body": seen from behind, big, it lies on the
    # back in plain sight, over the back and under the two fists that hold its ends. Grey and narrow, it was "a grey
    # tube": it is light, wider than a hand, and hangs straight down the spine from the top hand to the bottom one.
    drawing = scene(_pose())
    shapes = drawing.shapes
    assert drawing.frame is not None and drawing.frame[3] - drawing.frame[1] < 150
    back = next(s for s in shapes if s.layer == "prop" and isinstance(s, Loop) and s.fill == "white")
    towel = _towel(shapes, "end")
    bottom, top = _hands(shapes, "end")
    assert bottom[0] == top[0] == 0 and top[1] - bottom[1] > 30
    xs, ys = [x for x, _ in towel.points], [y for _, y in towel.points]
    assert max(xs) - min(xs) >= FIST_W * 2 and max(xs) - min(xs) == TOWEL_W
    # Its bottom end hangs well past the bottom hand; its top end is in the top hand.
    assert min(ys) < bottom[1] - HAND_R - 6 and top[1] < max(ys) < top[1] + HAND_R
    # On the back (drawn over it) and under both fists.
    assert shapes.index(back) < shapes.index(towel) < min(shapes.index(f) for f in _fists(shapes, "end"))
    # Its bottom end reads as a towel's: a hem across it and a fringe of four threads below it. Its middle is left
    # plain for the arrow.
    lines = [s for s in shapes if s.layer == "end" and isinstance(s, Line) and abs(dist(*s.points) - CREASE) > 0.1]
    hems = [s for s in lines if s.points[0][1] == s.points[1][1]]
    fringe = [s for s in lines if s.points[0][0] == s.points[1][0]]
    assert len(hems) == 1 and bottom[1] - HAND_R > hems[0].points[0][1] > min(ys)
    assert len(fringe) == 4 and all(max(y for _, y in t.points) <= min(ys) for t in fringe)


def test_from_behind_the_top_arm_rises_beside_the_head_and_its_forearm_folds_down_behind_it():
    # "The all-grey head ... the only signs that we are seeing the back": black hair over the whole back of the head.
    shapes = scene(_pose()).shapes
    hair = [s for s in shapes if isinstance(s, Loop) and s.fill == "black"]
    assert len(hair) == 1 and all(abs(y - HEAD[1]) <= HEAD_R + 0.1 for s in hair for _, y in s.points)
    # Down to the nape: a grey cap over only the top, above a white patch, "looked like a face".
    assert min(y for s in hair for _, y in s.points) < HEAD[1] - 0.75 * HEAD_R
    assert not [s for s in shapes if isinstance(s, Circle) and s.fill == "black"]
    arms = [s for s in shapes if s.layer == "end" and isinstance(s, Tube) and s.width == ARM]
    elbow = max((p for s in arms for p in s.points), key=lambda p: p[1])
    assert elbow[1] > HEAD[1] + HEAD_R and HEAD_R / 2 < elbow[0] < 2 * HEAD_R
    # The upper arm stands up beside the head, clear of it, from the shoulder's outer edge.
    raised, forearm = (s for s in arms if elbow in s.points)
    assert raised.points[0][0] > SHOULDER[0] and _off_segment(HEAD, *raised.points) > HEAD_R + ARM / 2 - 1
    # The forearm folds down behind the head to the fist at the top of the back, under the head: the head is drawn
    # over it (over the head it was "a bar across the head"). The fist shows below the head, under the nape.
    assert _off_segment(HEAD, *forearm.points) + ARM / 2 < HEAD_R + EAR_R  # its outer edge hidden by head and ear
    assert shapes.index(forearm) < shapes.index(hair[0])
    top = _hands(shapes, "end")[1]
    assert SHOULDER[1] < top[1] < HEAD[1] - HEAD_R - HAND_R
    # The other elbow is out to the side, past the back, below the bottom hand: the arm bent behind the low back,
    # one tube from the shoulder through the elbow into the fist's side.
    bottom = _hands(shapes, "end")[0]
    low = next(s for s in arms if len(s.points) == 3)
    low_elbow = low.points[1]
    assert low_elbow[0] < -SHOULDER[0] - ARM and low_elbow[1] < bottom[1]
    assert low.points[2] == (-TOWEL_W / 2, bottom[1])


def _along(tube, step=1.0):
    """Points along a tube's centre line, this far apart or closer."""
    for a, b in zip(tube.points, tube.points[1:]):
        n = max(1, int(dist(a, b) / step))
        yield from ((a[0] + (b[0] - a[0]) * k / n, a[1] + (b[1] - a[1]) * k / n) for k in range(n + 1))


def test_the_still_has_one_bold_arrow_up_the_towel_between_the_fists_and_no_faint_arm():
    # "Two arrows plus a faded arm clutter it": no faint start and no thin arrow at the bottom hand.
    drawing = scene(_pose())
    assert not [s for s in drawing.shapes if s.layer == "start"]
    # One bold arrow (a black bar with a black head) on the towel's plain middle, pointing along it up to the top
    # hand: the top hand pulls the towel, and the bottom hand with it, up the back. Above the hand, in the gap by
    # the head, it tangled with the raised arm.
    bold = [s for s in drawing.shapes if s.layer == "arrow"]
    assert len(bold) == 2 and all(isinstance(s, Tube) and s.fill == "black" for s in bold)
    bar = next(s for s in bold if len(s.points) == 2)
    tail, tip = bar.points
    bottom, top = _hands(drawing.shapes, "end")
    assert tip[1] > tail[1] + 10
    assert _off_segment(tail, bottom, top) < 0.5 and _off_segment(tip, bottom, top) < 0.5
    # Between the fists, clear of both.
    for arrow in bold:
        for fist in _fists(drawing.shapes, "end"):
            gap = min(_off_segment(p, *fist.points) for p in _along(arrow))
            assert gap > (FIST_W + PULL_W) / 2


def test_the_printed_pair_starts_with_the_bottom_hand_lower():
    pair = scene(_pose(), "pair")
    start, end = (_hands(panel.shapes, "end")[0] for panel in pair.panels)
    assert end[1] - start[1] > 12


def test_each_fist_is_wrapped_round_the_towel():
    # A round hand on the towel read as a button: each fist is a bar across the towel, wider than it, on its middle
    # line, with two creases between the fingers.
    shapes = scene(_pose()).shapes
    creases = [s for s in shapes if s.layer == "end" and isinstance(s, Line) and abs(dist(*s.points) - CREASE) < 0.1]
    assert len(creases) == 4
    for fist in _fists(shapes, "end"):
        (p, q) = fist.points
        assert dist(p, q) + FIST_W > TOWEL_W + 2 and p[1] == q[1] and p[0] + q[0] == 0
        centre = ((p[0] + q[0]) / 2, (p[1] + q[1]) / 2)
        assert len([s for s in creases if min(dist(e, centre) for e in s.points) < FIST_W]) == 2


def test_the_moving_towel_stretch_moves_the_hands_from_the_start():
    moving = scene(_pose(), "moving")
    assert not [s for s in moving.shapes if s.layer == "start"]
    moved = [moving.shapes[i] for i in moving.moves]
    assert _hands(moved, "end") and _towel(moved, "end")
    pair = scene(_pose(), "pair")
    assert len(pair.panels) == 2


@pytest.mark.parametrize("stem", ["towel-stretch", "shoulder-blade-squeeze"])
def test_from_behind_the_hair_is_black_with_no_zip_down_the_middle_and_two_back_pockets(stem):
    # "Back views carry front-of-body cues like a zip": no line down the middle of the back (with it, the shoulder
    # blade squeeze's blades read as "jacket lapels"); a grey head was "the only sign we are seeing the back".
    shapes = scene(exercise_pose(stem)).shapes
    upright = lambda s: isinstance(s, Line) and len(s.points) == 2 and s.points[0][0] == 0 == s.points[1][0]
    assert not [s for s in shapes if upright(s)]
    assert len([s for s in shapes if isinstance(s, Loop) and s.fill == "black"]) == 1
    pockets = [s for s in shapes if isinstance(s, Loop) and s.fill == "white" and max(y for _, y in s.points) < 14]
    assert len(pockets) == 2 and {min(x for x, _ in p.points) > 0 for p in pockets} == {True, False}