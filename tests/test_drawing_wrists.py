"""The four wrist drawings (wrist lifts palm up and palm down, wrist stretches fingers up and fingers down): each pair
must differ in one big shape, as reviewers could not tell them apart by small cues at phone size."""
from __future__ import annotations


import pytest

from msksite.drawing import render_svg
from msksite.drawing.scene import scene
from msksite.drawing.shapes import Circle, Line, Loop, Tube, moved
from msksite.drawing.svg import Drawing, extent
from exercise_poses import exercise_pose


def _area(points) -> float:
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]))) / 2


def _middle(points):
    return (sum(x for x, _ in points) / len(points), sum(y for _, y in points) / len(points))


def _inside(point, polygon) -> bool:
    """Whether the point is inside the polygon (by counting the edges a ray to its right crosses)."""
    x, y = point
    edges = zip(polygon, polygon[1:] + polygon[:1])
    crossed = [(y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0) for (x0, y0), (x1, y1) in edges]
    return sum(crossed) % 2 == 1


def _span(points, axis) -> float:
    return max(axis(p) for p in points) - min(axis(p) for p in points)


def _lift(palm: str, variant: str = "still") -> Drawing:
    return scene(exercise_pose(f"wrist-lift-palm-{palm}"), variant)


def _tin(shapes) -> tuple[int, Loop]:
    """Where the tin is drawn among the shapes (the index of its lid, its last shape) and its white side: the white
    loop just before its grey label."""
    label = next(i for i, s in enumerate(shapes) if isinstance(s, Loop) and s.fill == "grey")
    return label + 1, shapes[label - 1]


def _nails(shapes) -> list[Loop]:
    """The small white six-cornered plates at the fingertips."""
    return [s for s in shapes if isinstance(s, Loop) and len(s.points) == 6 and _span(s.points, lambda p: p[0]) < 6]


def _grip_cues(palm: str) -> dict:
    """What tells palm up from palm down in the lifted hand: nails drawn over the tin (nearer the camera), the
    palm's lines, the knuckles."""
    end = [s for s in _lift(palm).shapes if s.layer == "end"]
    lid, _ = _tin(end)
    return {"nails_over_tin": len([s for s in _nails(end) if end.index(s) > lid]),
            "creases": len([s for s in end if isinstance(s, Line)]),
            "knuckles": len([s for s in end if isinstance(s, Circle)])}


def test_a_wrist_lift_is_one_three_quarter_picture_the_hand_hanging_faint_lifted_solid_and_an_arrow():
    # Every 2-D side view of the two grips looked alike (rounds 24 to 90); seen from above and to one side, one
    # picture shows the palm's direction and the lift. The still and moving drawings are that picture; print shows
    # the two positions as two numbered pictures.
    for palm in ("up", "down"):
        drawing = _lift(palm)
        layers = {s.layer for s in drawing.shapes}
        assert layers == {"prop", "start", "end", "arrow"} and not drawing.panels
        faint = [s for s in drawing.shapes if s.layer == "start"]
        assert _tin(faint) and not any(isinstance(s, Loop) and len(s.points) > 12 and s.fill == "white"
                                       and _span(s.points, lambda p: p[0]) > 60 for s in faint)  # no faint forearm
        pair = _lift(palm, "pair")
        assert len(pair.panels) == 2 and all({s.layer for s in p.shapes} >= {"prop", "end"} for p in pair.panels)
        assert _lift(palm, "moving").shapes == drawing.shapes


def test_palm_up_shows_nails_over_the_tin_and_the_palms_lines_palm_down_a_row_of_knuckles_on_top():
    # Palm up: the fingers curl up over the tin lying in the palm, their nails on top pointing back at you, nearer
    # the camera than the tin; palm down: the back of the hand on top, a row of four knuckles, the fingers round
    # the tin underneath, out of sight.
    assert _grip_cues("up") == {"nails_over_tin": 4, "creases": 2, "knuckles": 0}
    assert _grip_cues("down") == {"nails_over_tin": 0, "creases": 0, "knuckles": 4}
    knuckles = [s for s in _lift("down").shapes if isinstance(s, Circle) and s.layer == "end"]
    (x0, y0), (x1, y1) = knuckles[0].centre, knuckles[-1].centre
    for k in knuckles[1:-1]:  # in a line, one after the other
        t = ((k.centre[0] - x0) * (x1 - x0) + (k.centre[1] - y0) * (y1 - y0)) / ((x1 - x0) ** 2 + (y1 - y0) ** 2)
        assert 0 < t < 1 and _distance(k.centre, (x0 + t * (x1 - x0), y0 + t * (y1 - y0))) < k.r


@pytest.mark.parametrize("palm", ["up", "down"])
def test_the_tins_ends_show_either_side_of_the_hand(palm):
    end = [s for s in _lift(palm).shapes if s.layer == "end"]
    _, side = _tin(end)
    palm_outline = next(s for s in end[1:] if isinstance(s, Loop) and s.fill == "white" and s is not side)
    # The tin is longer than the hand is wide: it reaches past the palm's outline.
    assert _span(side.points, lambda p: p[0]) > _span(palm_outline.points, lambda p: p[0])


@pytest.mark.parametrize("palm", ["up", "down"])
def test_the_hand_moves_along_the_arrow_from_hanging_to_lifted(palm):
    drawing = _lift(palm)
    arrow = max((s for s in drawing.shapes if s.layer == "arrow" and isinstance(s, Line)), key=lambda s: len(s.points))
    tins = [_middle(_tin([s for s in drawing.shapes if s.layer == layer])[1].points) for layer in ("start", "end")]
    first, last = arrow.points[0], arrow.points[-1]
    # It starts by the hanging tin and ends by the lifted one, and it rises.
    assert _distance(first, tins[0]) < _distance(first, tins[1]) and _distance(last, tins[1]) < _distance(last, tins[0])
    assert last[1] > first[1] and tins[1][1] > tins[0][1]


@pytest.mark.parametrize("palm", ["up", "down"])
def test_the_alt_text_describes_the_three_quarter_view(palm):
    from exercise_poses import EXERCISES
    import yaml

    alt = yaml.safe_load((EXERCISES / f"wrist-lift-palm-{palm}.yaml").read_text())["illustration"]["alt"]
    assert "from above" in alt and "Faint" in alt and "curved arrow" in alt
    assert ("palm faces up" in alt and "nails" in alt) if palm == "up" else ("back of the hand" in alt
                                                                           and "knuckles" in alt)



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
