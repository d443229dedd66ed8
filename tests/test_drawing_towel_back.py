"""The towel stretch behind the back, seen from behind, big (towel_back.py)."""
from __future__ import annotations

from math import dist
from pathlib import Path

import pytest
import yaml

from msksite.drawing.scene import scene
from msksite.drawing.shapes import Circle, Line, Loop, Tube
from msksite.drawing.back_view import HEAD, HEAD_R, SHOULDER
from msksite.drawing.towel_back import CREASE, FIST_W, FOREARM, PULL_W, TOWEL_W, UPPER_ARM
from msksite.schema.pose import Pose
from exercise_poses import exercise_pose

EXERCISE = Path(__file__).resolve().parent.parent / "content" / "exercises" / "towel-stretch.yaml"


def _pose() -> Pose:
    return Pose.model_validate(yaml.safe_load(EXERCISE.read_text(encoding="utf-8"))["illustration"]["pose"])


def _towel(shapes, layer):
    return next(s for s in shapes if s.layer == layer and isinstance(s, Loop) and s.fill == "grey")


def _fists(shapes, layer):
    """The two fists (bars across the towel), bottom one first."""
    return sorted((s for s in shapes if s.layer == layer and isinstance(s, Tube) and s.width == FIST_W),
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


def test_the_towel_stretch_is_a_big_back_view_with_a_striped_towel_slanting_across_the_back_between_the_hands():
    # Side-on the towel was "a thin grey strip hidden behind a side-on body": seen from behind, big, it lies on the
    # back in plain sight, over the back and under the two fists that hold its ends. Straight down the middle it
    # "reads as a spine": it slants from the bottom hand, left of the spine, to the top hand, beside the neck.
    drawing = scene(_pose())
    shapes = drawing.shapes
    assert drawing.frame is not None and drawing.frame[3] - drawing.frame[1] < 140
    back = next(s for s in shapes if s.layer == "prop" and isinstance(s, Loop) and s.fill == "white")
    towel = _towel(shapes, "end")
    bottom, top = _hands(shapes, "end")
    assert bottom[0] < 0 < top[0] and top[0] - bottom[0] >= 12
    assert top[1] - bottom[1] > 30
    # Wide, and past each hand: its corners, two by two, are the towel's width apart, and the hands lie inside it.
    corners = towel.points
    assert min(dist(corners[0], corners[1]), dist(corners[1], corners[2])) >= 18
    ys = [y for _, y in corners]
    assert min(ys) < bottom[1] - HAND_R and max(ys) > top[1] + HAND_R
    # On the back (drawn over it) and under both fists.
    assert shapes.index(back) < shapes.index(towel) < min(shapes.index(f) for f in _fists(shapes, "end"))
    # Striped across: a dark band near each end; fringed: three threads at each end. Its middle is left plain for
    # the arrow.
    stripes = [s for s in shapes if s.layer == "end" and isinstance(s, Loop) and s.fill == "dark"]
    lines = [s for s in shapes if s.layer == "end" and isinstance(s, Line) and abs(dist(*s.points) - CREASE) > 0.1]
    assert len(stripes) == 2 and len(lines) == 6
    assert len([t for t in lines if min(y for _, y in t.points) >= top[1]]) == 3
    assert len([t for t in lines if max(y for _, y in t.points) <= bottom[1]]) == 3


def test_from_behind_the_head_is_black_hair_and_no_face_and_the_top_elbow_points_up_beside_it():
    # "The all-grey head ... the only signs that we are seeing the back": black hair over the whole back of the head.
    shapes = scene(_pose()).shapes
    hair = [s for s in shapes if isinstance(s, Loop) and s.fill == "black" and s.layer == "prop"]
    assert len(hair) == 1 and all(abs(y - HEAD[1]) <= HEAD_R + 0.1 for s in hair for _, y in s.points)
    # Down to the nape: a grey cap over only the top, above a white patch, "looked like a face".
    assert min(y for s in hair for _, y in s.points) < HEAD[1] - 0.75 * HEAD_R
    assert not [s for s in shapes if isinstance(s, Circle) and s.fill == "black"]
    upper_arms = [s for s in shapes if s.layer == "end" and isinstance(s, Tube) and s.width == UPPER_ARM]
    elbow = max((p for s in upper_arms for p in s.points), key=lambda p: p[1])
    assert elbow[1] > HEAD[1] + HEAD_R and elbow[0] > 2 * HEAD_R
    # The raised upper arm stands up beside the head, clear of it, from the shoulder's outer edge; the forearm folds
    # down behind the head (over it, seen from behind) to the hand at the nape, so the two make an open V with the
    # head between them: beside the head, the two tubes lay side by side, "an awkward tube".
    raised = next(s for s in upper_arms if elbow in s.points)
    assert _off_segment(HEAD, *raised.points) > HEAD_R + UPPER_ARM / 2
    assert raised.points[0][0] > SHOULDER[0]
    forearm = next(s for s in shapes if s.layer == "end" and isinstance(s, Tube) and s.width == FOREARM
                   and elbow in s.points)
    assert _off_segment(HEAD, *forearm.points) < HEAD_R + FOREARM / 2 - 2
    top = _hands(shapes, "end")[1]
    assert HEAD[1] - HEAD_R - 3 * HAND_R < top[1] < HEAD[1] - HEAD_R and abs(top[0]) < HEAD_R
    # The other elbow is out to the side, past the back, below the bottom hand: the arm bent behind the low back.
    bottom = _hands(shapes, "end")[0]
    low_elbow = min((p for s in upper_arms for p in s.points), key=lambda p: p[1])
    assert low_elbow[0] < -SHOULDER[0] - UPPER_ARM and low_elbow[1] < bottom[1]


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


def test_the_moving_towel_stretch_starts_with_the_bottom_hand_lower():
    moving = scene(_pose(), "moving")
    start, end = _hands(list(moving.moves.values()), "end")[0], _hands(moving.shapes, "end")[0]
    assert end[1] - start[1] > 12


def test_each_fist_is_wrapped_round_an_end_of_the_towel():
    # A round hand on the towel read as a button: each fist is a bar across the towel, wider than it, on its middle
    # line, with two creases between the fingers; the bottom end shows past its fist, striped and fringed.
    shapes = scene(_pose()).shapes
    towel = _towel(shapes, "end")
    a, b = towel.points[0], towel.points[3]  # the bottom end's corner and the top end's, on one edge
    c = towel.points[1]
    middle = lambda t: (((a[0] + c[0]) / 2) + (b[0] - a[0]) * t, ((a[1] + c[1]) / 2) + (b[1] - a[1]) * t)
    creases = [s for s in shapes if s.layer == "end" and isinstance(s, Line) and abs(dist(*s.points) - CREASE) < 0.1]
    assert len(creases) == 4
    for fist in _fists(shapes, "end"):
        (p, q) = fist.points
        assert dist(p, q) + FIST_W > TOWEL_W + 2
        centre = ((p[0] + q[0]) / 2, (p[1] + q[1]) / 2)
        assert min(dist(centre, middle(k / 100)) for k in range(101)) < 0.5
        assert len([s for s in creases if min(dist(e, centre) for e in s.points) < FIST_W]) == 2
    bottom = _hands(shapes, "end")[0]
    assert min(y for _, y in towel.points) < bottom[1] - HAND_R - 6


def test_the_moving_towel_stretch_moves_the_hands_from_the_start():
    moving = scene(_pose(), "moving")
    assert not [s for s in moving.shapes if s.layer == "start"]
    moved = [moving.shapes[i] for i in moving.moves]
    assert _hands(moved, "end") and _towel(moved, "end")


@pytest.mark.parametrize("stem", ["towel-stretch", "shoulder-blade-squeeze"])
def test_from_behind_the_hair_is_black_with_no_zip_down_the_middle_and_two_back_pockets(stem):
    # "Back views carry front-of-body cues like a zip": no line down the middle of the back (with it, the shoulder
    # blade squeeze's blades read as "jacket lapels"); a grey head was "the only sign we are seeing the back".
    shapes = scene(exercise_pose(stem)).shapes
    upright = lambda s: isinstance(s, Line) and len(s.points) == 2 and s.points[0][0] == 0 == s.points[1][0]
    assert not [s for s in shapes if upright(s)]
    assert len([s for s in shapes if isinstance(s, Loop) and s.fill == "black" and s.layer == "prop"]) == 1
    pockets = [s for s in shapes if isinstance(s, Loop) and s.fill == "white" and max(y for _, y in s.points) < 14]
    assert len(pockets) == 2 and {min(x for x, _ in p.points) > 0 for p in pockets} == {True, False}