"""The towel stretch behind the back, seen from behind, big (towel_back.py)."""
from __future__ import annotations

from math import dist
from pathlib import Path

import pytest
import yaml

from msksite.drawing.scene import scene
from msksite.drawing.shapes import Circle, Line, Loop, Tube
from msksite.drawing.back_view import HEAD, HEAD_R, SHOULDER
from msksite.drawing.towel_back import CLOTH_W, CREASE, FIST_W, FOREARM, PULL_W, UPPER_ARM
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


def _inside(p, outline):
    """Whether point p lies inside the closed outline (even-odd rule)."""
    x, y, inside = p[0], p[1], False
    for (ax, ay), (bx, by) in zip(outline, outline[1:] + outline[:1]):
        if (ay > y) != (by > y) and x < ax + (y - ay) * (bx - ax) / (by - ay):
            inside = not inside
    return inside


def _ends(shapes, layer):
    """The towel's two hem-and-fringe lines (long lines that are not finger creases), bottom one first."""
    lines = [s for s in shapes if s.layer == layer and isinstance(s, Line) and len(s.points) > 8]
    return sorted(lines, key=lambda s: s.points[0][1])


def test_the_towel_stretch_is_a_big_back_view_with_a_soft_towel_slanting_across_the_back_between_the_hands():
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
    ys = [y for _, y in towel.points]
    assert min(ys) < bottom[1] - HAND_R and max(ys) > top[1] + HAND_R
    # On the back (drawn over it) and under both fists.
    assert shapes.index(back) < shapes.index(towel) < min(shapes.index(f) for f in _fists(shapes, "end"))


def test_the_towel_is_soft_cloth_with_wavy_edges_folds_and_a_hem_and_fringe_at_each_end():
    # Round 80: a straight striped band read as "a grey tube", "a rigid grey ruler". Its long edges sag between the
    # hands (the outline's points there stray from the straight line hand to hand), no dark stripes, two fold lines
    # along it inside the cloth, and at each end a hem line and a fringe of threads past the end.
    shapes = scene(_pose()).shapes
    towel = _towel(shapes, "end")
    bottom, top = _hands(shapes, "end")
    between = [p for p in towel.points if bottom[1] + HAND_R < p[1] < top[1] - HAND_R]
    assert len(between) >= 4
    strays = sorted(_off_segment(p, bottom, top) for p in between)
    assert strays[-1] - strays[0] > 3 and strays[0] < CLOTH_W / 2
    assert not [s for s in shapes if s.layer == "end" and isinstance(s, Loop) and s.fill == "dark"]
    folds = [s for s in shapes if s.layer == "end" and isinstance(s, Line) and 3 <= len(s.points) <= 8]
    assert len(folds) == 2 and all(_inside(p, towel.points) for f in folds for p in f.points)
    low_end, high_end = _ends(shapes, "end")
    for end, hand in ((low_end, bottom), (high_end, top)):
        tips = [p for p in end.points if not _inside(p, towel.points) and _off_segment(p, *_edge_near(towel, p)) > 2]
        assert len(tips) == 4  # four threads sticking out past the end
        # Past the fist, in sight: the fringe is clear of the fist (and, at the top, of the forearm over it).
        assert all(dist(t, hand) > FIST_W for t in tips)
    forearm = next(s for s in shapes if s.layer == "end" and isinstance(s, Tube) and s.width == FOREARM
                   and max(y for _, y in s.points) > top[1] + 20)
    assert all(_off_segment(p, *forearm.points) > FOREARM / 2 + 1 for p in high_end.points)


def _edge_near(outline, p):
    """The side of the outline nearest point p."""
    sides = list(zip(outline.points, outline.points[1:] + outline.points[:1]))
    return min(sides, key=lambda side: _off_segment(p, *side))


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


def test_the_still_has_one_bold_arrow_up_beside_the_bottom_fist_off_the_towel_and_no_faint_arm():
    # "Two arrows plus a faded arm clutter it": no faint start and no thin arrow at the bottom hand.
    drawing = scene(_pose())
    assert not [s for s in drawing.shapes if s.layer == "start"]
    # One bold arrow (a black bar with a black head), straight up beside the bottom fist, over the low back: the
    # bottom hand goes up the back. On the towel it made the towel "a grey tube" with an arrow printed on it (round
    # 80); above the top hand, in the gap by the head, it tangled with the raised arm.
    bold = [s for s in drawing.shapes if s.layer == "arrow"]
    assert len(bold) == 2 and all(isinstance(s, Tube) and s.fill == "black" for s in bold)
    bar = next(s for s in bold if len(s.points) == 2)
    tail, tip = bar.points
    bottom, top = _hands(drawing.shapes, "end")
    assert tip[1] > tail[1] + 10 and abs(tip[0] - tail[0]) < 0.1
    assert tail[1] < bottom[1] < tip[1] < top[1] and tail[0] > bottom[0] + FIST_W
    back = next(s for s in drawing.shapes if s.layer == "prop" and isinstance(s, Loop) and s.fill == "white")
    towel = _towel(drawing.shapes, "end")
    for arrow in bold:
        assert all(_inside(p, back.points) for p in arrow.points)
        gap = min(_off_segment(p, *side) for p in _along(arrow) for side in zip(towel.points, towel.points[1:]))
        assert gap > PULL_W and not any(_inside(p, towel.points) for p in _along(arrow))
        for fist in _fists(drawing.shapes, "end"):
            gap = min(_off_segment(p, *fist.points) for p in _along(arrow))
            assert gap > (FIST_W + PULL_W) / 2


def test_the_printed_pair_starts_with_the_bottom_hand_lower():
    pair = scene(_pose(), "pair")
    start, end = (_hands(panel.shapes, "end")[0] for panel in pair.panels)
    assert end[1] - start[1] > 12


def test_each_fist_is_wrapped_round_an_end_of_the_towel():
    # A round hand on the towel read as a button: each fist is a bar across the towel, wider than it, its middle on
    # the towel, with two creases between the fingers; the bottom end shows past its fist.
    shapes = scene(_pose()).shapes
    towel = _towel(shapes, "end")
    creases = [s for s in shapes if s.layer == "end" and isinstance(s, Line) and len(s.points) == 2
               and abs(dist(*s.points) - CREASE) < 0.1]
    assert len(creases) == 4
    for fist in _fists(shapes, "end"):
        (p, q) = fist.points
        assert dist(p, q) + FIST_W > CLOTH_W + 4
        centre = ((p[0] + q[0]) / 2, (p[1] + q[1]) / 2)
        assert _inside(centre, towel.points)
        assert len([s for s in creases if min(dist(e, centre) for e in s.points) < FIST_W]) == 2
    bottom = _hands(shapes, "end")[0]
    assert min(y for _, y in towel.points) < bottom[1] - HAND_R - 6


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
    assert len([s for s in shapes if isinstance(s, Loop) and s.fill == "black" and s.layer == "prop"]) == 1
    pockets = [s for s in shapes if isinstance(s, Loop) and s.fill == "white" and max(y for _, y in s.points) < 14]
    assert len(pockets) == 2 and {min(x for x, _ in p.points) > 0 for p in pockets} == {True, False}