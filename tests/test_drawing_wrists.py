"""The four wrist drawings (wrist lifts palm up and palm down, wrist stretches fingers up and fingers down): each pair
must differ in one big shape, as reviewers could not tell them apart by small cues at phone size."""
from __future__ import annotations


import pytest

from msksite.drawing import render_svg
from msksite.drawing.scene import scene
from msksite.drawing.shapes import Circle, Line, Loop, Tube, moved
from msksite.drawing.lift import FOREARM_W, SIDE_Y, SIZE
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


def _side(palm: str, variant: str = "still") -> Drawing:
    """The lift seen from the side: the still's second picture, beside the set-up seen from above (round 94), moved
    back level with the forearm lying at y = 0 (side by side, its bottom is set level with the set-up's)."""
    panel = _lift(palm, variant).panels[1]
    left, bottom, right, top = panel.frame
    dy = SIDE_Y[0] * SIZE - bottom
    moves = {i: moved(s, (0.0, dy)) for i, s in panel.moves.items()}
    return Drawing([moved(s, (0.0, dy)) for s in panel.shapes], moves, frame=(left, bottom + dy, right, top + dy))


def _picture(palm: str, n: int) -> list:
    """The side view's forearm and its hand: 1, hanging down (faint), 2, level (solid)."""
    shapes = _side(palm).shapes
    solid = [s for s in shapes if s.layer == "end"]
    return solid if n == 2 else solid[:1] + [s for s in shapes if s.layer == "start"]


def _end(palm: str) -> list:
    return _picture(palm, 2)


def _moving(palm: str) -> Drawing:
    """The moving side view (its hand moving to hang and back), moved back so its wrist is at (0, 0), as lift.py
    draws it before setting the set-up beside it."""
    panel = _side(palm, "moving")
    dx = -_wrist(_hand([s for s in panel.shapes if s.layer == "end"]))[0]
    left, bottom, right, top = panel.frame
    shapes = [moved(s, (dx, 0.0)) for s in panel.shapes]
    moves = {i: moved(s, (dx, 0.0)) for i, s in panel.moves.items()}
    return Drawing(shapes, moves, frame=(left + dx, bottom, right + dx, top))


def _flat(points) -> list[float]:
    return [c for p in points for c in p]


def _moved(points, dx: float, dy: float = 0.0) -> list:
    return [(x + dx, y + dy) for x, y in points]


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


def test_a_wrist_lift_is_its_set_up_from_above_beside_one_side_view_the_hand_faint_hanging_then_solid_level():
    # Two numbered side views under a small grip from above: "the hanging hand in step 1 is hard to read", "palm up
    # vs palm down rests on a tiny inset" (round 93). Now the set-up seen from above, big, on the left, and one side
    # view in the wrist bends' style (read at once): the hand faint hanging down, solid level, the arrow between.
    for palm in ("up", "down"):
        drawing = _lift(palm)
        assert drawing.inset is None and len(drawing.panels) == 2 and not drawing.shapes
        setup, side = drawing.panels
        # Side by side, as tall, the set-up on the left; no numbers.
        assert setup.frame[2] < side.frame[0] and setup.frame[1] == side.frame[1] and setup.frame[3] == side.frame[3]
        assert not [s for p in drawing.panels for s in p.shapes if isinstance(s, Circle)]
        # The start faint, hanging down far below the table top; the end solid and level, above its start.
        top = max(y for _, y in _table_top(_side(palm).shapes).points)
        hung, level = _hand(_picture(palm, 1)), _hand(_picture(palm, 2))
        assert hung.layer == "start" and level.layer == "end"
        assert min(y for _, y in hung.points) < top - 0.6 * SIZE
        assert _pointing(hung) == "down" and _pointing(level) == "level"
        assert _middle(level.points)[1] > _middle(hung.points)[1] + 0.3 * SIZE
        # One arrow, one way: an arc and one head.
        arrow = [s for s in side.shapes if s.layer == "arrow"]
        assert len(arrow) == 2 and not [s for s in setup.shapes if s.layer == "arrow"]


@pytest.mark.parametrize("palm", ["up", "down"])
def test_the_set_up_from_above_has_the_forearm_on_the_table_and_the_hand_past_its_front_edge(palm):
    # Big and alone, the grip from above "looked like the grip squeeze": a grey table top with its front edge across
    # the picture, the forearm lying on it, round at the elbow, and the hand and tin beyond the edge.
    setup = _lift(palm).panels[0]
    table = next(s for s in setup.shapes if s.layer == "prop")
    assert isinstance(table, Loop) and table.fill == "grey"
    edge = max(y for _, y in table.points)
    xs = [x for x, _ in table.points]
    assert min(xs) <= setup.frame[0] and max(xs) >= setup.frame[2]  # across the whole picture
    solid = [s for s in setup.shapes if s.layer == "end"]
    forearm, rest = solid[0], solid[1:]
    assert len(forearm.points) > 8 and min(y for _, y in forearm.points) > setup.frame[1]  # its round end shows
    assert min(y for _, y in forearm.points) < edge - 0.6 * SIZE
    label = next(s for s in rest if isinstance(s, Loop) and s.fill == "grey")
    assert min(y for _, y in label.points) > edge  # the tin past the edge
    assert all(max(y for _, y in s.points) > edge for s in rest)


@pytest.mark.parametrize("palm", ["up", "down"])
def test_hanging_down_the_can_is_away_from_the_table_palm_up_and_on_its_side_palm_down_clear_of_the_top(palm):
    # Hanging down, the two lifts differ plainly: palm up, the palm faces away from the table and the can is on the
    # far side of the hand; palm down, the palm faces back under the table and the can is on its side. Either way
    # the can hangs clear of the table top (palm down, at the lift's first wrist position, it ran into its corner).
    shapes = _picture(palm, 1)
    can, hand = _can(shapes), _hand(shapes)
    assert (_middle(can.points)[0] > _middle(hand.points)[0]) == (palm == "up")
    table = _table_top(_side(palm).shapes)
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
    grip, side = drawing.panels
    shapes = [s for s in grip.shapes if s.layer == "end"]  # not the table
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
    # On the left of the side view, its hand bigger than the side view's.
    assert grip.frame[2] < side.frame[0] and _grip_size(grip) > SIZE
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
    grip, _ = _lift("down").panels
    back = max((s for s in grip.shapes if isinstance(s, Loop) and s.fill == "white"), key=lambda s: len(s.points))
    ys = [y for _, y in back.points]
    top = [y for y in ys if y > max(ys) - 0.15 * _grip_size(grip)]
    peaks = [i for i in range(1, len(ys) - 1) if ys[i - 1] < ys[i] >= ys[i + 1] and ys[i] in top]
    assert len(peaks) == 4


@pytest.mark.parametrize("palm", ["up", "down"])
def test_a_wrist_lifts_arrow_rises_from_where_the_hand_hung_hugging_its_path_to_the_level_hand(palm):
    # "The arrow floats away from the hand": the arc round the wrist starts below the table top, where the faint
    # hand hangs, and ends just short of the level hand, just past what it reaches.
    # The moving picture is the side view with the wrist at (0, 0): its arc is the still's, moved with the picture.
    moving, then = _moving(palm), _side(palm)
    arc = next(s for s in moving.shapes if s.layer == "arrow")
    shift, dy = then.frame[0] - moving.frame[0], then.frame[1] - moving.frame[1]
    drawn = next(s for s in then.shapes if s.layer == "arrow")
    assert _flat(_moved(arc.points, shift, dy)) == pytest.approx(_flat(drawn.points))
    top = max(y for _, y in _table_top(moving.shapes).points)
    assert arc.points[0][1] < top - 0.6 * SIZE and abs(arc.points[0][0]) < 0.3 * SIZE
    level = [s for s in moving.shapes if s.layer == "end"]
    reach = max((x * x + y * y) ** 0.5 for s in level[1:] for x, y in extent(s))
    assert all(reach < (x * x + y * y) ** 0.5 < reach + 0.2 * SIZE for x, y in arc.points)
    assert abs(arc.points[-1][1]) < 0.2 * SIZE
    # The moving side view's hand moves down to hang where the still's faint hand hangs.
    tipped = [moving.moves[i] for i, s in enumerate(moving.shapes) if s.layer == "end" and i in moving.moves]
    hanging = _picture(palm, 1)[1:]
    assert len(tipped) == len(hanging)
    assert all(_flat(_moved(a.points, shift, dy)) == pytest.approx(_flat(b.points)) for a, b in zip(tipped, hanging))


@pytest.mark.parametrize("palm", ["up", "down"])
def test_a_wrist_lift_moves_the_hand_and_prints_both_positions(palm):
    moving, pair = _moving(palm), _lift(palm, "pair")
    hand = [i for i, s in enumerate(moving.shapes) if s.layer == "end"]
    assert hand[1:] and set(moving.moves) == set(hand[1:])  # the hand and tin; the forearm stays on the table
    assert len(pair.panels) == 2  # the set-up and the side view, both positions in it
    # Moving, the set-up stands beside the moving side view, as tall, and does not move.
    beside, side = _lift(palm, "moving").panels
    assert beside.frame[2] < side.frame[0] and not beside.moves
    for variant in ("still", "moving", "pair"):
        assert "<svg" in render_svg(exercise_pose(f"wrist-lift-palm-{palm}"), "x", variant)


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
