"""The towel stretch behind the back, seen from behind, big (towel_back.py)."""
from __future__ import annotations

from math import dist
from pathlib import Path

import yaml

from msksite.drawing.scene import scene
from msksite.drawing.shapes import Circle, Line, Loop, Tube
from msksite.drawing.back_view import HEAD, HEAD_R
from msksite.drawing.towel_back import FOREARM, HAND_R, UPPER_ARM
from msksite.schema.pose import Pose

EXERCISE = Path(__file__).resolve().parent.parent / "content" / "exercises" / "towel-stretch.yaml"


def _pose() -> Pose:
    return Pose.model_validate(yaml.safe_load(EXERCISE.read_text(encoding="utf-8"))["illustration"]["pose"])


def _towel(shapes, layer):
    return next(s for s in shapes if s.layer == layer and isinstance(s, Loop) and s.fill == "grey")


def _hands(shapes, layer):
    """The two fists, bottom one first."""
    return sorted((s for s in shapes if s.layer == layer and isinstance(s, Circle) and s.r == HAND_R),
                  key=lambda s: s.centre[1])


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
    assert bottom.centre[0] < 0 < top.centre[0] and top.centre[0] - bottom.centre[0] >= 12
    assert top.centre[1] - bottom.centre[1] > 30
    # Wide, and past each hand: its corners, two by two, are the towel's width apart, and the hands lie inside it.
    corners = towel.points
    assert min(dist(corners[0], corners[1]), dist(corners[1], corners[2])) >= 18
    ys = [y for _, y in corners]
    assert min(ys) < bottom.centre[1] - HAND_R and max(ys) > top.centre[1] + HAND_R
    # On the back (drawn over it) and under both fists.
    assert shapes.index(back) < shapes.index(towel) < min(shapes.index(bottom), shapes.index(top))
    # Striped across: a dark band near each end and a line across the middle; fringed: three threads at each end.
    stripes = [s for s in shapes if s.layer == "end" and isinstance(s, Loop) and s.fill == "dark"]
    lines = [s for s in shapes if s.layer == "end" and isinstance(s, Line)]
    assert len(stripes) == 2 and len(lines) == 7
    assert len([t for t in lines if min(y for _, y in t.points) >= top.centre[1]]) == 3
    assert len([t for t in lines if max(y for _, y in t.points) <= bottom.centre[1]]) == 3


def test_from_behind_the_head_has_hair_and_no_face_and_the_top_elbow_points_up_beside_it():
    shapes = scene(_pose()).shapes
    hair = [s for s in shapes if isinstance(s, Loop) and s.fill == "dark" and s.layer == "prop"]
    assert hair and all(abs(y - HEAD[1]) <= HEAD_R + 0.1 for s in hair for _, y in s.points)
    # Down to the nape: a grey cap over only the top, above a white patch, "looked like a face".
    assert min(y for s in hair for _, y in s.points) < HEAD[1] - 0.75 * HEAD_R
    assert not [s for s in shapes if isinstance(s, Circle) and s.fill == "black"]
    upper_arms = [s for s in shapes if s.layer == "end" and isinstance(s, Tube) and s.width == UPPER_ARM]
    elbow = max((p for s in upper_arms for p in s.points), key=lambda p: p[1])
    assert elbow[1] > HEAD[1] + HEAD_R and elbow[0] > 2 * HEAD_R
    # The forearm comes down beside the head to the hand by the neck, clear of the head: across it, "the arms tangle
    # with the head".
    forearm = next(s for s in shapes if s.layer == "end" and isinstance(s, Tube) and s.width == FOREARM
                   and elbow in s.points)
    assert _off_segment(HEAD, *forearm.points) > HEAD_R + FOREARM / 2
    top = _hands(shapes, "end")[1]
    assert HEAD[1] - HEAD_R - 3 * HAND_R < top.centre[1] < HEAD[1] - HEAD_R and HAND_R < top.centre[0] < HEAD_R + HAND_R
    # The other elbow is out to the side, below the bottom hand: the arm bent behind the low back.
    bottom = _hands(shapes, "end")[0]
    low_elbow = min((p for s in upper_arms for p in s.points), key=lambda p: p[1])
    assert low_elbow[0] < -HEAD_R and low_elbow[1] < bottom.centre[1]


def test_only_the_bottom_arm_is_faint_lower_down_and_the_top_hand_alone_has_a_bold_arrow():
    # The whole faint start (both arms and the towel) made the picture "take effort to read": only the bottom arm.
    drawing = scene(_pose())
    faint = [s for s in drawing.shapes if s.layer == "start"]
    assert len(faint) == 3 and not [s for s in faint if isinstance(s, Loop)]
    (start,), end = _hands(drawing.shapes, "start"), _hands(drawing.shapes, "end")
    assert end[0].centre[1] - start.centre[1] > 12 and end[0].centre[0] == start.centre[0]
    # Two equal arrows up left it "unclear which hand pulls": one bold arrow (a black bar with a black head) up
    # beside the top hand (beside the raised elbow it "points at the elbow, not the hand doing the pulling"), and
    # only a thin line up beside the bottom hand.
    bold = [s for s in drawing.shapes if s.layer == "arrow"]
    assert len(bold) == 2 and all(isinstance(s, Tube) and s.fill == "black" for s in bold)
    pull = next(s for s in bold if len(s.points) == 2)
    assert pull.points[0][0] == pull.points[1][0] and pull.points[1][1] > pull.points[0][1]
    assert pull.points[0][1] < end[1].centre[1] < pull.points[1][1] and 0 < pull.points[0][0] - end[1].centre[0] < 15
    thin = [s for s in drawing.shapes if s.layer == "prop" and isinstance(s, Line) and len(s.points) == 2
            and s.points[0][0] == s.points[1][0] and s.points[0][0] != 0]
    assert len(thin) == 1 and thin[0].points[0][1] < end[0].centre[1] < thin[0].points[1][1]


def test_each_fist_holds_an_end_of_the_towel():
    # Past the fists, the towel's ends ran on under the forearms and "the arms cross in front of the towel": each
    # end passes into its fist and shows only a little beyond it.
    shapes = scene(_pose()).shapes
    towel = _towel(shapes, "end")
    bottom, top = _hands(shapes, "end")
    ends = sorted(((towel.points[0], towel.points[1]), (towel.points[2], towel.points[3])),
                  key=lambda e: e[0][1])
    middles = [((a[0] + b[0]) / 2, (a[1] + b[1]) / 2) for a, b in ends]
    assert dist(middles[0], bottom.centre) < 1.5 * HAND_R and dist(middles[1], top.centre) < HAND_R


def test_the_moving_towel_stretch_moves_the_hands_from_the_start():
    moving = scene(_pose(), "moving")
    assert not [s for s in moving.shapes if s.layer == "start"]
    moved = [moving.shapes[i] for i in moving.moves]
    assert _hands(moved, "end") and _towel(moved, "end")
    pair = scene(_pose(), "pair")
    assert len(pair.panels) == 2


def test_from_behind_the_spine_runs_down_the_back_under_the_towel_and_the_trousers_show_two_back_pockets():
    # With only the hair to say "from behind", the towel "seems to lie across the chest".
    shapes = scene(_pose()).shapes
    spine = next(s for s in shapes if isinstance(s, Line) and len(s.points) == 2 and s.points[0][0] == 0 == s.points[1][0])
    assert shapes.index(spine) < shapes.index(_towel(shapes, "end"))
    pockets = [s for s in shapes if isinstance(s, Loop) and s.fill == "white" and max(y for _, y in s.points) < 14]
    assert len(pockets) == 2 and {min(x for x, _ in p.points) > 0 for p in pockets} == {True, False}
