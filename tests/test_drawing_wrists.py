"""The four wrist drawings (wrist lifts palm up and palm down, wrist stretches fingers up and fingers down): each pair
must differ in one big shape, as reviewers could not tell them apart by small cues at phone size."""
from __future__ import annotations

from math import atan2, cos, degrees, hypot, radians, sin

import pytest

from msksite.drawing import render_svg
from msksite.drawing.scene import scene
from msksite.drawing.shapes import Circle, Line, Loop, Tube
from msksite.drawing.lift import SIZE
from msksite.drawing.svg import Drawing
from exercise_poses import exercise_pose


def _middle(points):
    return (sum(x for x, _ in points) / len(points), sum(y for _, y in points) / len(points))


def _lift(palm: str, variant: str = "still") -> Drawing:
    return scene(exercise_pose(f"wrist-lift-palm-{palm}"), variant)


def _picture(palm: str, n: int) -> list:
    """The solid shapes of the still's numbered picture n (1: the hand hanging down, 2: the hand lifted)."""
    return [s for s in _lift(palm).panels[n - 1].shapes if s.layer == "end"]


def _wrist(shapes) -> tuple[float, float]:
    """Where the forearm (the first shape, hands.capsule: seven points round each end, the wrist's last) meets the
    hand: the middle of the wrist end's two corners."""
    forearm = shapes[0].points
    return _middle([forearm[7], forearm[13]])


def _cues(shapes) -> dict:
    """What says which way the palm faces on a numbered picture's hand (tin_grip.py), read off its shapes: the tin
    (the white loop before the grey label) in front of a palm, or under a back of the hand drawn over it; nails."""
    label = next(i for i, s in enumerate(shapes) if isinstance(s, Loop) and s.fill == "grey")
    loops = [i for i, s in enumerate(shapes) if isinstance(s, Loop) and s.fill == "white" and i not in (0, label - 1)]
    return {
        "tin_over_the_hand": all(i < label - 1 for i in loops),
        "fingers": len([s for s in shapes if isinstance(s, Tube) and len(s.points) == 2]),
        "nails": len([s for s in shapes if isinstance(s, Line)]),
    }


def _across(shapes, wrist, angle: float, shape) -> tuple[float, float]:
    """How far the shape reaches either side of the hand's line (the wrist turned angle degrees up), in SIZEs."""
    up = (-sin(radians(angle)), cos(radians(angle)))
    side = [((x - wrist[0]) * up[0] + (y - wrist[1]) * up[1]) / SIZE for x, y in shape.points]
    return min(side), max(side)


def test_a_wrist_lift_is_two_big_numbered_pictures_the_hand_hanging_down_then_lifted_above_level():
    # "Palm up vs down only shows in the small top view, separate from the movement" (round 79): no grip picture,
    # two numbered pictures; 1 the hand hangs down over the edge, 2 it is lifted above level ("stops at level, so it
    # reads as straighten").
    for palm in ("up", "down"):
        drawing = _lift(palm)
        assert drawing.inset is None and len(drawing.panels) == 2 and not drawing.shapes
        first, then = drawing.panels
        assert not [s for p in drawing.panels for s in p.shapes if s.layer == "start"]
        for panel in (first, then):
            badge = next(s for s in panel.shapes if isinstance(s, Circle) and s.layer == "arrow")
            assert badge.centre[0] < panel.frame[0] + 0.3 * SIZE and badge.centre[1] > panel.frame[3] - 0.3 * SIZE
        assert first.frame[2] < then.frame[0] and first.frame[1] == then.frame[1] and first.frame[3] == then.frame[3]
        # Bigger than round 55's pictures: both together under 4 hand lengths wide (they were about 5).
        assert then.frame[2] - first.frame[0] < 4.0 * SIZE
        for n, lowest, highest in ((1, -90, -60), (2, 20, 40)):
            shapes = _picture(palm, n)
            wrist = _wrist(shapes)
            middle = _middle([p for s in shapes[1:] for p in s.points])
            angle = degrees(atan2(middle[1] - wrist[1], middle[0] - wrist[0]))
            assert lowest < angle < highest, (palm, n, angle)


@pytest.mark.parametrize("n", [1, 2])
def test_the_moving_hand_itself_shows_the_palm_holding_the_tin_or_the_back_of_the_hand_over_it(n):
    # The cue is on the moving hand, cheated to face you in both pictures: palm up, the palm with the tin across it in
    # front and four fingers curled over it, a nail at each tip; palm down, the back of the hand drawn over the tin,
    # the fingers' ends under it, no nails.
    assert _cues(_picture("up", n)) == {"tin_over_the_hand": True, "fingers": 4, "nails": 4}
    assert _cues(_picture("down", n)) == {"tin_over_the_hand": False, "fingers": 4, "nails": 0}


def test_palm_down_the_back_of_the_hand_ends_in_a_row_of_four_knuckles():
    # Lifted, the back of the hand's far end: four bumps out along the hand's line.
    shapes = _picture("down", 2)
    wrist, back = _wrist(shapes), shapes[-1]
    along = (cos(radians(30.0)), sin(radians(30.0)))
    out = [(x - wrist[0]) * along[0] + (y - wrist[1]) * along[1] for x, y in back.points]
    far = max(out) - 0.15 * SIZE
    peaks = [i for i in range(1, len(out) - 1) if out[i - 1] < out[i] >= out[i + 1] and out[i] > far]
    assert len(peaks) == 4


@pytest.mark.parametrize("palm", ["up", "down"])
def test_the_tin_lies_across_the_hand_its_ends_showing_the_same_in_both_pictures(palm):
    # "The tin is a spool in 1 and an upright can in 2": one tin, across the hand, longer than the hand is wide.
    spans = []
    for n, angle in ((1, -80.0), (2, 30.0)):
        shapes = _picture(palm, n)
        wrist = _wrist(shapes)
        label = next(i for i, s in enumerate(shapes) if isinstance(s, Loop) and s.fill == "grey")
        tin = shapes[label - 1]
        hand = [s for i, s in enumerate(shapes) if isinstance(s, Loop) and s.fill == "white" and i not in (0, label - 1)]
        tin_side = _across(shapes, wrist, angle, tin)
        hand_side = [_across(shapes, wrist, angle, s) for s in hand]
        assert tin_side[0] < min(a for a, _ in hand_side) and tin_side[1] > max(b for _, b in hand_side)
        spans.append(tuple(round(v, 6) for v in tin_side))
    assert spans[0] == spans[1]


@pytest.mark.parametrize("palm", ["up", "down"])
def test_a_wrist_lifts_arc_rises_round_the_wrist_from_where_the_hand_hung_to_touch_the_lifted_hand(palm):
    # "The arrow floats away from the hand" / "starts in empty space": one arc round the wrist, just outside the
    # fingertips' path, from the hanging angle to its head at the lifted hand.
    then = _lift(palm).panels[1]
    shapes = [s for s in then.shapes if s.layer == "end"]
    wrist = _wrist(shapes)
    arc = max((s for s in then.shapes if s.layer == "arrow" and isinstance(s, Line)), key=lambda s: len(s.points))
    radii = [hypot(x - wrist[0], y - wrist[1]) for x, y in arc.points]
    assert max(radii) - min(radii) < 0.01 * SIZE
    reach = max(hypot(x - wrist[0], y - wrist[1]) for s in shapes[1:] for x, y in s.points)
    assert reach < radii[0] < reach + 0.25 * SIZE
    angles = [degrees(atan2(y - wrist[1], x - wrist[0])) for x, y in arc.points]
    assert angles[0] == pytest.approx(-80.0) and 0.0 < angles[-1] < 30.0
    # The head touches the hand: its tip within a few units of the lifted hand's outline.
    tip = arc.points[-1]
    assert min(hypot(x - tip[0], y - tip[1]) - (s.width / 2 if isinstance(s, Tube) else 0)
               for s in shapes[1:] for x, y in s.points) < 0.15 * SIZE


@pytest.mark.parametrize("palm", ["up", "down"])
def test_a_wrist_lift_moves_picture_2s_hand_to_hang_as_in_picture_1_and_prints_both(palm):
    moving, pair = _lift(palm, "moving"), _lift(palm, "pair")
    hand = [i for i, s in enumerate(moving.shapes) if s.layer == "end"]
    assert hand and set(moving.moves) == set(hand) and not moving.panels
    hanging = _picture(palm, 1)
    tipped = [moving.moves[i] for i in hand]
    shift = _wrist(hanging)[0] - _wrist([moving.shapes[i] for i in hand])[0]
    assert all(_flat(_moved(a.points, shift)) == pytest.approx(_flat(b.points), abs=1e-6)
               for a, b in zip(tipped, hanging))
    assert len(pair.panels) == 2
    for variant in ("still", "moving", "pair"):
        assert "<svg" in render_svg(exercise_pose(f"wrist-lift-palm-{palm}"), "x", variant)


def _flat(points) -> list[float]:
    return [c for p in points for c in p]


def _moved(points, dx: float) -> list:
    return [(x + dx, y) for x, y in points]


def _stretch(stem: str, variant: str = "still", picture: int = 2) -> Drawing:
    """A wrist stretch's drawing in one variant; the still, numbered (round 75), is two pictures: one of them, without
    its number (the last two shapes: order.numbered_frames), picture 2 (the hand bent and helped) unless told."""
    drawing = scene(exercise_pose(stem), variant)
    if variant != "still":
        return drawing
    panel = drawing.panels[picture - 1]
    return Drawing(panel.shapes[:-2], frame=panel.frame)


# Each stretch and which way its hand bends: up (fingers to the sky) or down (fingers to the floor).
BENDS = {"wrist-flexor-stretch": 1.0, "wrist-extensor-stretch": -1.0}


def _hand_length(bend: float) -> float:
    """The stretched hand's length in the picture, bent up (1) or down (-1)."""
    from msksite.drawing.stretch import HAND, ZOOM

    return HAND[bend] * ZOOM


def _fingers(shapes, layer: str) -> list[Tube]:
    """The near hand's four fingers: white tubes as thin as open_hand's fingers (the thumb is wider, the arm and
    trunk much wider)."""
    from msksite.drawing.open_hand import FINGER_W

    return [s for s in shapes if isinstance(s, Tube) and s.fill == "white" and s.layer == layer
            and min(abs(s.width - FINGER_W * _hand_length(bend)) for bend in (1.0, -1.0)) < 0.01]


def _near_arm(shapes) -> Tube:
    from msksite.drawing.stretch import ZOOM
    from msksite.drawing.stretch_person import ARM_W

    (arm,) = [s for s in shapes if isinstance(s, Tube) and s.fill == "white" and abs(s.width - ARM_W * ZOOM) < 0.01]
    return arm


def _head(shapes) -> Circle:
    return max((s for s in shapes if isinstance(s, Circle)), key=lambda c: c.r)


def _grey(shapes) -> tuple[Tube, list]:
    """The other arm (a grey tube from the shoulder under the near arm to the wrist) and the shapes of its hand."""
    from msksite.drawing.stretch import ZOOM
    from msksite.drawing.stretch_person import FAR_W

    grey = [s for s in shapes if getattr(s, "fill", "") == "grey" and s.layer == "end" and not _is_nail(s)]
    (arm,) = [s for s in grey if isinstance(s, Tube) and abs(s.width - FAR_W * ZOOM) < 0.01]
    return arm, [s for s in grey if s is not arm]


def _is_nail(s) -> bool:
    # A nail is a small grey plate of four corners.
    return (isinstance(s, Loop) and s.fill == "grey" and len(s.points) == 4
            and max(_distance(p, s.points[0]) for p in s.points) < 0.3 * _hand_length(-1.0))


def _face_cues(shapes) -> dict:
    creases = [s for s in shapes if isinstance(s, Tube) and s.fill == "black"]
    return {"creases": len(creases), "nails": len([s for s in shapes if _is_nail(s)])}


@pytest.mark.parametrize("stem", list(BENDS))
def test_a_wrist_stretch_is_one_big_person_side_on_the_arm_straight_out_level_from_the_shoulder(stem):
    # Reviewers read the small whole person in a corner box, never the big close-up of overlapping hands: one
    # person, cut off at the hips, fills the picture, the near arm one level tube straight out from the shoulder.
    drawing = _stretch(stem)
    left, bottom, right, top = drawing.frame
    assert not drawing.panels and drawing.inset is None
    heads = [s for s in drawing.shapes if isinstance(s, Circle) and s.r > 3.0]
    assert len(heads) == 1
    head, arm = heads[0], _near_arm(drawing.shapes)
    (x0, y0), (x1, y1) = arm.points
    assert abs(y1 - y0) < 0.01 and x1 - x0 > 3 * head.r
    assert head.centre[1] - head.r > y0 and abs(head.centre[0] - x0) < head.r
    # Big: the head in the top half of the picture, the trunk running off its bottom, the arm out past its middle.
    assert head.centre[1] + head.r < top and head.centre[1] > (top + bottom) / 2
    trunk = max((s for s in drawing.shapes if isinstance(s, Tube)), key=lambda t: t.width)
    assert min(y for _, y in trunk.points) < bottom and x1 > (left + right) / 2


@pytest.mark.parametrize("stem", list(BENDS))
def test_the_hand_is_drawn_big_and_bent_up_or_down_at_the_end_of_the_arm(stem):
    # The two stretches differ in the big shape: fingers up, every fingertip far above the wrist; fingers down, far
    # below it, not off to either side. The hand is drawn big (small, at a whole person's size, its bend was
    # missed): longer than half the arm, where a real hand is about a third of it.
    drawing = _stretch(stem)
    (shoulder, wrist), fingers, bend = _near_arm(drawing.shapes).points, _fingers(drawing.shapes, "end"), BENDS[stem]
    hand = _hand_length(bend)
    assert len(fingers) == 4
    assert all(bend * (t.points[-1][1] - wrist[1]) > 0.8 * hand and abs(t.points[-1][0] - wrist[0]) < 0.4 * hand
               for t in fingers)
    assert max(_distance(t.points[-1], wrist) for t in fingers) > 0.5 * _distance(shoulder, wrist)


def test_the_bent_hand_shows_the_palm_facing_away_or_the_back_of_the_hand():
    # Bent up, the plain palm faces away (a "stop" sign: creases on it were "odd black marks"); bent down, the back
    # of the hand and a nail on every finger; straight out at the start (palm down), the back of the hand and its
    # nails on top.
    flexor, extensor = ([s for s in _stretch(n).shapes if s.layer == "end"] for n in BENDS)
    assert _face_cues(flexor) == {"creases": 0, "nails": 0}
    assert _face_cues(extensor) == {"creases": 0, "nails": 4}
    for stem in BENDS:
        assert _face_cues(_stretch(stem, "pair").panels[0].shapes) == {"creases": 0, "nails": 4}


@pytest.mark.parametrize("stem", list(BENDS))
def test_the_other_arm_is_a_thin_grey_band_under_the_near_arm_its_hand_in_front_of_the_near_hand(stem):
    # Every big grey arm apart from the near one (an L below it, a loop, over the shoulder) was "confusing" or
    # "from nowhere": it reaches forward level just under the near arm, only a thin band of it showing below it,
    # to under the near wrist, then to its hand in front of the near hand (fingers down, round the far side of the
    # hanging hand).
    drawing = _stretch(stem)
    near = _near_arm(drawing.shapes)
    (shoulder, wrist), hand = near.points, _hand_length(BENDS[stem])
    arm, _ = _grey(drawing.shapes)
    s, e, w = arm.points[0], arm.points[1], arm.points[-1]
    underside = shoulder[1] - near.width / 2
    assert _distance(s, shoulder) < 0.3 * hand and abs(e[0] - wrist[0]) < 0.3 * hand and abs(e[1] - s[1]) < 0.01
    assert e[1] + arm.width / 2 > underside > e[1] - arm.width / 2 > underside - near.width / 2
    assert drawing.shapes.index(arm) < drawing.shapes.index(near)
    assert w[0] > wrist[0] + 0.15 * hand


def test_fingers_up_the_other_arm_rises_in_front_of_the_stretched_hand_to_its_fingertips():
    # Hidden behind the stretched hand, the grey hand on the fingertips "appeared from nowhere": the other arm shows,
    # rising from under the near wrist up past the little-finger side of the stretched hand (away from the body) to
    # its wrist beside the fingertips, level with the upper half of the stretched fingers.
    drawing = _stretch("wrist-flexor-stretch")
    fingers, hand = _fingers(drawing.shapes, "end"), _hand_length(1.0)
    under, w = _grey(drawing.shapes)[0].points[-2:]
    assert w[0] > max(f.points[-1][0] for f in fingers) + 0.1 * hand
    assert max(f.points[0][1] for f in fingers) < w[1] < max(f.points[-1][1] for f in fingers)
    assert w[1] - under[1] > 0.5 * hand and w[0] - under[0] > 0.3 * hand


def test_fingers_up_the_arrow_stays_clear_of_the_head():
    # Running back to the head, the arrow read as "a head movement": it ends nearer the fingertips than the head.
    drawing = _stretch("wrist-flexor-stretch")
    head, wrist = _head(drawing.shapes), _near_arm(drawing.shapes).points[1]
    line = max((s for s in drawing.shapes if s.layer == "arrow"), key=lambda s: len(s.points))
    end = line.points[-1]
    assert end[0] - (head.centre[0] + head.r) > wrist[0] - end[0]


def test_fingers_down_the_other_hand_lies_clear_beside_the_hanging_hand_only_its_fingers_across_the_knuckles():
    # The grey and white hands "merged into a clump": the grey palm lies beside the hanging hand, on the side away
    # from the body, and only its fingers lie across the back of the hand, at the knuckles; the four white fingers
    # and their nails hang clear below them, and the white thumb stands out clear on the body's side.
    drawing = _stretch("wrist-extensor-stretch")
    wrist, hand = _near_arm(drawing.shapes).points[1], _hand_length(-1.0)
    _, grey = _grey(drawing.shapes)
    (mitten,) = [s for s in grey if isinstance(s, Loop)]
    fingers = _fingers(drawing.shapes, "end")
    first = drawing.shapes.index(fingers[0])
    thumb, palm = drawing.shapes[first + 4:first + 6]  # the stretched hand: its fingers, thumb, then palm
    assert min(x for x, _ in mitten.points) > max(x for x, _ in palm.points) - 0.05 * hand
    grey_fingers = [s for s in grey if isinstance(s, Tube)]
    tips = [f.points[-1] for f in grey_fingers[:4]]
    assert all(wrist[0] - 0.1 * hand < x < max(x for x, _ in palm.points) and
               wrist[1] - 0.7 * hand < y < wrist[1] - 0.15 * hand for x, y in tips)
    assert len(fingers) == 4 and all(f.points[-1][1] < min(y for _, y in tips) - 0.15 * hand
                                     for f in fingers)
    nails = [s for s in drawing.shapes if _is_nail(s)]
    assert len(nails) == 4 and all(max(y for _, y in n.points) < min(y for _, y in tips) for n in nails)
    assert isinstance(palm, Loop) and thumb.points[-1][0] < wrist[0] - 0.25 * hand < min(x for s in grey for x, _ in s.points)


@pytest.mark.parametrize("stem", list(BENDS))
def test_a_wrist_stretch_has_one_short_arrow_at_the_fingertips_pointing_back_towards_the_body(stem):
    # One curved arrow (its arc and its head), past the bent fingertips, turning them the way they are pulled or
    # pressed: back towards the body (anticlockwise for fingers up, clockwise for fingers down), its head moving left.
    from math import atan2

    drawing = _stretch(stem)
    wrist, bend, hand = _near_arm(drawing.shapes).points[1], BENDS[stem], _hand_length(BENDS[stem])
    arrows = [s for s in drawing.shapes if s.layer == "arrow"]
    assert len(arrows) == 2
    line = max(arrows, key=lambda s: len(s.points))
    angle = lambda p: atan2(p[1] - wrist[1], p[0] - wrist[0])
    assert bend * (angle(line.points[-1]) - angle(line.points[0])) > 0
    assert line.points[-1][0] < line.points[-2][0]
    assert all(hand < _distance(p, wrist) < 1.6 * hand and bend * (p[1] - wrist[1]) > 0.3 * hand
               for p in line.points)


def test_neither_wrist_stretch_draws_a_faint_straight_hand():
    # The faint start hand beside the bent one was "cluttered": the moving picture shows where the hand starts.
    for stem in BENDS:
        assert not [s for s in _stretch(stem).shapes if s.layer == "start"]


@pytest.mark.parametrize("stem", list(BENDS))
def test_a_wrist_stretch_moves_the_hand_and_the_other_arm_and_prints_both_positions(stem):
    # Moving, the hand starts straight out along the arm and the other arm moves with it; the person stays still.
    moving, pair = _stretch(stem, "moving"), _stretch(stem, "pair")
    arm = _near_arm(moving.shapes)
    wrist = arm.points[1]
    grey_arm = moving.shapes.index(_grey(moving.shapes)[0])
    # The person, head, trunk and near arm, is drawn between the other arm (behind) and the hands.
    person = set(range(grey_arm + 1, moving.shapes.index(arm) + 1))
    assert len(person) > 3 and not person & set(moving.moves)
    assert grey_arm in moving.moves and moving.moves[grey_arm].points[-1] != moving.shapes[grey_arm].points[-1]
    start = _fingers(moving.moves.values(), "end")
    assert len(start) == 4 and all(t.points[-1][0] - wrist[0] > 0.8 * _hand_length(BENDS[stem]) for t in start)
    assert len(pair.panels) == 2 and not [s for s in pair.panels[0].shapes if getattr(s, "fill", "") == "grey"
                                           and not _is_nail(s)]


def test_the_two_wrist_stretches_are_not_the_same_picture():
    flexor, extensor = (render_svg(exercise_pose(n), "x") for n in BENDS)
    assert flexor != extensor
    assert all(isinstance(s, (Line, Loop, Tube, Circle)) for s in _stretch("wrist-flexor-stretch").shapes)


def test_wrist_bends_shows_an_open_hand_bent_down_faint_and_up_solid_with_a_two_way_arrow():
    # Drawn side-on with round knuckles the hand was read as a foot pointing and flexing: an open hand has four long
    # fingers and a thumb, five separate tubes, bent down (faint) and up (solid) over the table's edge.
    from msksite.drawing.lift import SIZE

    drawing = scene(exercise_pose("wrist-bends"))
    assert drawing.inset is None and drawing.frame is not None
    digits = {layer: [s for s in drawing.shapes if isinstance(s, Tube) and s.layer == layer]
              for layer in ("start", "end")}
    assert len(digits["start"]) == len(digits["end"]) == 5
    # The fingers are long (each at least a third of a hand), and they spread: their tips are apart.
    for tubes in digits.values():
        fingers = sorted(tubes, key=lambda t: -_length(t))[:4]
        assert all(_length(t) > SIZE / 3 for t in fingers)
        tips = [t.points[-1] for t in fingers]
        assert min(_distance(a, b) for i, a in enumerate(tips) for b in tips[i + 1:]) > 0.1 * SIZE
    # Up above the table top (the wrist at the origin), down below it.
    assert min(p[1] for t in digits["end"] for p in t.points) > 0
    assert max(p[1] for t in digits["start"][:4] for p in t.points[-1:]) < 0
    # One arc with a head at each end.
    assert len([s for s in drawing.shapes if isinstance(s, Line) and s.layer == "arrow"]) == 3
    assert [s for s in drawing.shapes if isinstance(s, Loop) and s.layer == "prop"], "the table"


def _length(tube: Tube) -> float:
    return sum(_distance(a, b) for a, b in zip(tube.points, tube.points[1:]))


def _distance(a, b) -> float:
    return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5
