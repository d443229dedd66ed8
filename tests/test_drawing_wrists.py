"""The four wrist drawings (wrist lifts palm up and palm down, wrist stretches fingers up and fingers down): each pair
must differ in one big shape, as reviewers could not tell them apart by small cues at phone size."""
from __future__ import annotations


import pytest

from msksite.drawing import render_svg
from msksite.drawing.scene import scene
from msksite.drawing.shapes import Circle, Line, Loop, Tube, moved
from msksite.drawing.lift import FOREARM_W, SIZE
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


def _can(shapes) -> Loop:
    """The can's white side: the white loop just before its grey label band."""
    return next(s for s, after in zip(shapes, shapes[1:]) if isinstance(s, Loop) and s.fill == "white"
                and isinstance(after, Loop) and after.fill == "grey")


def _hand(shapes) -> Loop:
    """The palm-up flat hand or the palm-down back of the hand: the white loop that is neither the forearm (drawn
    first) nor the can."""
    can = _can(shapes)
    return next(s for s in shapes[1:] if isinstance(s, Loop) and s.fill == "white" and s is not can)


def _picture(palm: str, n: int) -> list:
    """The solid shapes of the still's numbered picture n (1: the hand hanging down, 2: the hand level)."""
    return [s for s in _lift(palm).panels[n - 1].shapes if s.layer == "end"]


def _end(palm: str) -> list:
    return _picture(palm, 2)


def _moving(palm: str) -> Drawing:
    """The moving picture (picture 2, its hand moving to hang and back), moved back so its wrist is at (0, 0), as
    lift.py draws it before setting the grip beside it."""
    panel = _lift(palm, "moving").panels[0]
    dx = -_wrist(_hand([s for s in panel.shapes if s.layer == "end"]))[0]
    left, bottom, right, top = panel.frame
    shapes = [moved(s, (dx, 0.0)) for s in panel.shapes]
    moves = {i: moved(s, (dx, 0.0)) for i, s in panel.moves.items()}
    return Drawing(shapes, moves, frame=(left + dx, bottom, right + dx, top))


def _flat(points) -> list[float]:
    return [c for p in points for c in p]


def _moved(points, dx: float) -> list:
    return [(x + dx, y) for x, y in points]


def _wrist(hand: Loop):
    """The middle of the wrist's end of a lift's hand: its outline starts and ends at the wrist's two corners."""
    return _middle([hand.points[0], hand.points[-1]])


def _pointing(hand: Loop) -> str:
    """Which way the hand goes from the wrist: to its middle, "level" (within 45 degrees of along the forearm) or
    "down"."""
    (wx, wy), (mx, my) = _wrist(hand), _middle(hand.points)
    return "level" if abs(my - wy) < mx - wx else "down" if wy - my > abs(mx - wx) else "other"


def _table_top(shapes) -> Loop:
    return next(s for s in shapes if s.layer == "prop" and isinstance(s, Loop))


def test_a_wrist_lift_is_two_numbered_solid_pictures_the_hand_hanging_down_then_level():
    # One picture of the level hand and a short arrow: "there is no starting position" (most reviews, round 46). A
    # faint hanging hand over the solid one muddled the grip; as its own picture, numbered 1, it cannot.
    for palm in ("up", "down"):
        drawing = _lift(palm)
        assert drawing.inset is None and len(drawing.panels) == 3 and not drawing.shapes
        first, then, _ = drawing.panels  # and the grip seen from above (test_a_wrist_lifts_grip_...)
        assert not [s for p in drawing.panels for s in p.shapes if s.layer == "start"]
        # Each numbered at its top left: a white circle with a digit, over the forearm's round end.
        for panel in (first, then):
            badge = next(s for s in panel.shapes if isinstance(s, Circle) and s.layer == "arrow")
            assert badge.centre[0] < panel.frame[0] + 0.3 * SIZE and badge.centre[1] > panel.frame[3] - 0.3 * SIZE
        # Side by side, as tall: 1 on the left.
        assert first.frame[2] < then.frame[0] and first.frame[1] == then.frame[1] and first.frame[3] == then.frame[3]
        # 1: the hand hangs down far below the table top; 2: it is level with the forearm lying on it.
        top = max(y for _, y in _table_top(first.shapes).points)
        assert min(y for _, y in _hand(_picture(palm, 1)).points) < top - 0.6 * SIZE
        assert _pointing(_hand(_picture(palm, 1))) == "down" and _pointing(_hand(_picture(palm, 2))) == "level"
        # Only picture 2 has the arrow (one arc and its head).
        assert len([s for s in then.shapes if s.layer == "arrow" and not isinstance(s, Circle)]) == 3  # with "2"
        assert len([s for s in first.shapes if s.layer == "arrow" and not isinstance(s, Circle)]) == 1  # "1"


@pytest.mark.parametrize("palm", ["up", "down"])
def test_hanging_down_the_can_is_away_from_the_table_palm_up_and_on_its_side_palm_down_clear_of_the_top(palm):
    # Hanging down, the two lifts differ plainly: palm up, the palm faces away from the table and the can is on the
    # far side of the hand; palm down, the palm faces back under the table and the can is on its side. Either way
    # the can hangs clear of the table top (palm down, at the lift's first wrist position, it ran into its corner).
    drawing = _lift(palm)
    shapes = _picture(palm, 1)
    can, hand = _can(shapes), _hand(shapes)
    assert (_middle(can.points)[0] > _middle(hand.points)[0]) == (palm == "up")
    table = _table_top(drawing.panels[0].shapes)
    underside, edge = min(y for _, y in table.points), max(x for x, _ in table.points)
    assert all(x > edge or y < underside for x, y in can.points)


def test_palm_up_the_can_stands_on_a_flat_hand_and_palm_down_it_hangs_under_the_back_of_the_hand():
    # Reviewers told the lifts apart only by comparing them: the can on top of the hand, or hanging under it, is
    # the whole story. Palm up, a flat palm (nothing of the hand below the wrist's underside) with the fingers up the
    # can's far side to its lid; palm down, the back of the hand on top and the fingers down the can's far side and
    # curled under it.
    cues = {}
    for palm in ("up", "down"):
        shapes = _end(palm)
        can, hand = _can(shapes), _hand(shapes)
        wrist = _wrist(hand)
        half = abs(hand.points[0][1] - hand.points[-1][1]) / 2
        above = _middle(can.points)[1] > wrist[1]
        flat = min(y for _, y in hand.points) > wrist[1] - half - 0.05 * SIZE
        # The fingers' band wraps the can's free end, on its far half: over its lid, or under its bottom.
        can_xs, can_ys = [x for x, _ in can.points], [y for _, y in can.points]
        far_half = [(x, y) for x, y in hand.points if _middle(can.points)[0] < x < max(can_xs)]
        over = any(y > max(can_ys) - 0.05 * SIZE for _, y in far_half)
        under = any(y < min(can_ys) for _, y in far_half)
        cues[palm] = (above, flat, over if palm == "up" else under)
    assert cues == {"up": (True, True, True), "down": (False, False, True)}


def test_a_lifts_hand_is_one_outline_with_no_finger_ends_nails_or_thumb():
    # Separate finger tubes, nails and a thumb read as "a garbled tangle of fingers and thumb" (round 47), and
    # nails and a thumb underneath said palm down when the palm was up: each picture's hand is one white outline,
    # the fingers a band in it, and the only grey is the can's label.
    for palm in ("up", "down"):
        for n in (1, 2):
            shapes = _picture(palm, n)
            can = _can(shapes)
            assert not [s for s in shapes if isinstance(s, Tube)]
            assert len([s for s in shapes if isinstance(s, Loop) and s.fill == "white"]) == 3  # forearm, can, hand
            assert [s for s in shapes if isinstance(s, Loop) and s.fill == "grey"] == [shapes[shapes.index(can) + 1]]
            assert shapes.index(_hand(shapes)) > shapes.index(can)  # the fingers over the can, holding it


def test_a_lifts_can_is_a_squat_food_tin_the_same_in_both_lifts():
    # Taller than wide, with fingers round its side, the can read as a mug and its handle; rim lines besides the
    # label band stacked up like coins ("the can looks odd"): a lift's can is wider than tall, the same in both
    # lifts, a side and a label band (and palm up, the lid's near edge), and palm up the fingers hug its far side.
    spans = set()
    for palm in ("up", "down"):
        shapes = _end(palm)
        can = _can(shapes)
        assert _span(can.points, lambda p: p[0]) > _span(can.points, lambda p: p[1])
        spans.add((round(_span(can.points, lambda p: p[0]), 6), round(_span(can.points, lambda p: p[1]), 6)))
        lines = shapes[shapes.index(can) + 2:shapes.index(_hand(shapes))]
        assert len(lines) == (1 if palm == "up" else 0) and all(isinstance(s, Line) for s in lines)
    assert len(spans) == 1
    shapes = _end("up")
    far_side = max(x for x, _ in _can(shapes).points)
    assert far_side < max(x for x, _ in _hand(shapes).points) < far_side + 0.25 * SIZE


def test_palm_down_the_knuckles_are_on_top_of_a_smooth_back_of_the_hand():
    # Reviewers told palm down only by the knuckle bumps: the back of the hand carries on the forearm's top edge and
    # has a row of three round bumps along it, and nothing else sticks up (half circles with notches between them,
    # and a thumb and finger ends round the can, were "a jumble of fingers and thumb").
    shapes = _end("down")
    back = _hand(shapes)
    wrist_top = FOREARM_W[1] / 2 * SIZE
    assert abs(back.points[0][1] - wrist_top) < 0.03 * SIZE
    top = [y for _, y in back.points if y > wrist_top]
    peaks = [i for i in range(1, len(top) - 1) if top[i - 1] < top[i] >= top[i + 1]]
    assert len(peaks) == 3
    assert all(top[i] > wrist_top + 0.08 * SIZE for i in peaks)
    # The knuckles are the hand's top: the can and the fingers are all below the wrist's top edge.
    assert max(y for _, y in _can(shapes).points) < wrist_top


def _grip_cues(palm: str) -> dict:
    """What tells palm up from palm down in the grip seen from above, read off its shapes (hand pointing up)."""
    drawing = _lift(palm)
    first, then, grip = drawing.panels
    shapes = grip.shapes
    forearm = shapes[0]
    middle = _middle(forearm.points)[0]
    label = next(s for s in shapes if isinstance(s, Loop) and s.fill == "grey")
    hand = next(s for s in shapes[1:] if isinstance(s, Loop) and s.fill == "white" and len(s.points) > 4
                and _span(s.points, lambda p: p[1]) > 0.4 * _grip_size(grip))
    tin = shapes[shapes.index(label) - 1]
    fingers = [s for s in shapes if isinstance(s, Tube) and _span(s.points, lambda p: p[0]) < 0.01]
    thumb = next(s for s in shapes if isinstance(s, Tube) and s not in fingers)
    nails = [s for s in shapes if isinstance(s, Line)]
    tin_xs = [x for x, _ in tin.points]
    hand_xs = [x for x, _ in hand.points]
    # Above the two numbered pictures and centred over them, its hand bigger than theirs.
    assert grip.frame[1] > first.frame[3] and _grip_size(grip) > SIZE
    assert abs((grip.frame[0] + grip.frame[2]) / 2 - (first.frame[0] + then.frame[2]) / 2) < 1.0
    return {
        "tin_in_front_of_palm": shapes.index(label) > shapes.index(hand),
        "tin_ends_show": min(tin_xs) < min(hand_xs) and max(tin_xs) > max(hand_xs),
        "fingers": len(fingers),
        "nails": len(nails),
        "thumb_on_right": _middle(thumb.points)[0] > middle,
    }


def _grip_size(grip: Drawing) -> float:
    from msksite.drawing.tin_grip import grip_height

    return (grip.frame[3] - grip.frame[1]) / grip_height()


def test_a_wrist_lifts_grip_seen_from_above_shows_the_palm_cupping_the_tin_or_the_back_of_the_hand_on_it():
    # Side-on, "nothing in the hook-shaped hand shows that the palm faces up" (round 55): over the two side views,
    # the hand as the patient sees it looking down, flat as the grip squeeze's. Palm up: the palm, the tin across it
    # in front, four fingers curled over it with a nail at each tip, the thumb on the right. Palm down: the tin first
    # and the back of the hand over it, only its ends showing either side; fingers and no nails; the thumb's edge on
    # the other side.
    up, down = _grip_cues("up"), _grip_cues("down")
    assert up == {"tin_in_front_of_palm": True, "tin_ends_show": True, "fingers": 4, "nails": 4,
                  "thumb_on_right": True}
    assert down == {"tin_in_front_of_palm": False, "tin_ends_show": True, "fingers": 4, "nails": 0,
                    "thumb_on_right": False}


def test_palm_down_the_grips_back_of_the_hand_ends_in_a_row_of_four_knuckles():
    _, _, grip = _lift("down").panels
    back = max((s for s in grip.shapes if isinstance(s, Loop) and s.fill == "white"), key=lambda s: len(s.points))
    ys = [y for _, y in back.points]
    top = [y for y in ys if y > max(ys) - 0.15 * _grip_size(grip)]
    peaks = [i for i in range(1, len(ys) - 1) if ys[i - 1] < ys[i] >= ys[i + 1] and ys[i] in top]
    assert len(peaks) == 4


@pytest.mark.parametrize("palm", ["up", "down"])
def test_a_wrist_lifts_arrow_rises_from_where_the_hand_hung_hugging_its_path_to_the_level_hand(palm):
    # "The arrow floats away from the hand": the arc round the wrist starts below the table top, where the hand hung
    # in picture 1, and ends just short of the level hand, just past what it reaches.
    # The moving picture is picture 2 with the wrist at (0, 0): its arc is the still's, moved with the picture.
    moving, then = _moving(palm), _lift(palm).panels[1]
    arc = next(s for s in moving.shapes if s.layer == "arrow")
    shift = then.frame[0] - moving.frame[0]
    drawn = next(s for s in then.shapes if s.layer == "arrow")
    assert _flat(_moved(arc.points, shift)) == pytest.approx(_flat(drawn.points))
    top = max(y for _, y in _table_top(moving.shapes).points)
    assert arc.points[0][1] < top - 0.6 * SIZE and abs(arc.points[0][0]) < 0.3 * SIZE
    level = [s for s in moving.shapes if s.layer == "end"]
    reach = max((x * x + y * y) ** 0.5 for s in level[1:] for x, y in extent(s))
    assert all(reach < (x * x + y * y) ** 0.5 < reach + 0.2 * SIZE for x, y in arc.points)
    assert abs(arc.points[-1][1]) < 0.2 * SIZE
    # The moving picture is picture 2, its hand moving down to hang as in picture 1.
    tipped = [moving.moves[i] for i, s in enumerate(moving.shapes) if s.layer == "end"]
    hung = _lift(palm).panels[0]
    shift = hung.frame[0] - moving.frame[0]
    hanging = _picture(palm, 1)
    assert len(tipped) == len(hanging)
    assert all(_flat(_moved(a.points, shift)) == pytest.approx(_flat(b.points)) for a, b in zip(tipped, hanging))


@pytest.mark.parametrize("palm", ["up", "down"])
def test_a_wrist_lift_moves_the_hand_and_prints_both_positions(palm):
    moving, pair = _moving(palm), _lift(palm, "pair")
    hand = [i for i, s in enumerate(moving.shapes) if s.layer == "end"]
    assert hand and set(moving.moves) == set(hand)
    assert len(pair.panels) == 3  # 1, 2 and the grip
    # Moving, the grip stands beside the moving picture, as tall, and does not move.
    beside = _lift(palm, "moving").panels[1]
    assert beside.frame[0] > moving.frame[2] and not beside.moves
    for variant in ("still", "moving", "pair"):
        assert "<svg" in render_svg(exercise_pose(f"wrist-lift-palm-{palm}"), "x", variant)


# The wrist stretches (stretch.py) are tested in test_drawing_stretch.py.


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
