"""Tests for the foot drawings: ankle circles, towel scrunch, foot and toe stretch."""


from msksite.drawing.scene import scene
from msksite.drawing.shapes import Circle, Line, Loop, Tube
from msksite.drawing.svg import bounds
from msksite.schema.pose import Pose
from exercise_poses import exercise_pose


def test_ankle_circles_close_up_is_a_big_foot_inside_a_circular_arrow_round_the_whole_foot():
    # A ring round the toes read as "curling the toes", and a small circle at the person's foot as "a ball": the
    # close-up is as big as the person, with one clockwise loop round the whole foot (toes and heel), clear of the foot
    # and the leg, and the person has no arrow of their own.
    from math import atan2, degrees, dist

    from msksite.drawing.arrows import clear_of

    drawing = scene(exercise_pose("ankle-circles"))
    inset = drawing.inset
    person = bounds(drawing.shapes)
    assert inset.detail is not None and inset.r >= 0.5 * (person[3] - person[1])
    assert not [s for s in drawing.shapes if s.layer == "arrow"]
    shapes = inset.detail.shapes
    body = [s for s in shapes if s.layer == "end"]
    loop = next(s for s in shapes if s.layer == "arrow" and len(s.points) > 3)
    assert clear_of([s for s in shapes if s.layer == "arrow"], body)
    # A circle (its middle from three of its points), round the foot: the toe tips (furthest right), the heel
    # (lowest) and all of the foot below the middle of the circle inside it, clear of it.
    middle = _circumcentre(loop.points[0], loop.points[len(loop.points) // 2], loop.points[-1])
    radius = dist(loop.points[0], middle)
    assert all(abs(dist(p, middle) - radius) < 0.01 * radius for p in loop.points), "a circle"
    outline = [p for s in body if isinstance(s, (Loop, Tube)) for p in s.points]
    toes, heel = max(outline, key=lambda p: p[0]), min(outline, key=lambda p: p[1])
    foot = [p for p in outline if p[1] < middle[1]] + [toes, heel]
    assert all(dist(p, middle) < radius - 2 for p in foot), "the whole foot is inside it, clear of it"
    assert heel[0] < middle[0] < toes[0], "about the foot, not the toes"
    # It goes most of the way round, clockwise (y up: the angle falls), open only where the leg comes in.
    turns = [degrees(atan2(p[1] - middle[1], p[0] - middle[0])) for p in loop.points]
    steps = [(b - a + 180) % 360 - 180 for a, b in zip(turns, turns[1:])]
    assert all(step < 0 for step in steps) and -sum(steps) > 240
    # Inside the round picture.
    left, bottom, right, top = inset.detail.frame
    centre, half = ((left + right) / 2, (bottom + top) / 2), (right - left) / 2
    assert all(dist(p, centre) < half for s in shapes if s.layer == "arrow" for p in s.points)


def _circumcentre(a, b, c):
    """The middle of the circle through three points."""
    d = 2 * (a[0] * (b[1] - c[1]) + b[0] * (c[1] - a[1]) + c[0] * (a[1] - b[1]))
    sq = [p[0] ** 2 + p[1] ** 2 for p in (a, b, c)]
    x = (sq[0] * (b[1] - c[1]) + sq[1] * (c[1] - a[1]) + sq[2] * (a[1] - b[1])) / d
    y = (sq[0] * (c[0] - b[0]) + sq[1] * (a[0] - c[0]) + sq[2] * (b[0] - a[0])) / d
    return (x, y)


def _towel(pose: Pose):
    from msksite.drawing.positions import positions
    from msksite.drawing.props import prop_shapes

    pts = positions(pose).end
    return pts, prop_shapes(pose, pts)


def test_a_towel_under_the_foot_is_one_soft_cloth_rucked_into_waves_in_front_of_the_toes():
    # A heap in front of the foot read as a crumpled shape, folds each drawn as an arch of their own as "grey
    # pebbles", and a thin slab with square ends and a fringe of lines as "a flat board with a cable end": the foot
    # stands on one thick cloth with rounded ends, whose top rises in waves in front of the toes, the highest by the
    # toes, with creases between them that stay above the flat towel.
    from msksite.drawing.closeup import lens
    from msksite.drawing.positions import positions
    from msksite.drawing.props import TOWEL_T

    pose = exercise_pose("towel-scrunch")
    pts, shapes = _towel(pose)
    cloths = [s for s in shapes if isinstance(s, Loop) and s.fill == "grey"]
    assert len(cloths) == 1
    outline = cloths[0].points
    toe, ankle = pts["near_toe"], pts["near_ankle"]
    end = max(x for x, _ in outline)
    assert min(x for x, _ in outline) < ankle[0] and end > toe[0] + 10
    assert TOWEL_T >= 2.0
    # Its far end is in the picture, and rounded: several points round it, not a square corner; no fringe past it.
    frame = lens(pose, positions(pose))
    assert frame.point((end, 0.0))[0] < frame.frame[2]
    assert len([p for p in outline if p[0] > end - TOWEL_T / 2]) >= 4
    assert not [s for s in shapes if isinstance(s, Line) and max(x for x, _ in s.points) > end - TOWEL_T / 2]
    # The tops of the waves, left to right: each lower than the one before, and the creases between them above the
    # flat towel, each with a crease line down into the cloth.
    top = [y for x, y in outline if y > 0]
    peaks = [b for a, b, c in zip(top, top[1:], top[2:]) if b > a and b >= c]
    dips = [b for a, b, c in zip(top, top[1:], top[2:]) if b < a and b <= c]
    assert len(peaks) >= 3 and all(a > b for a, b in zip(peaks, peaks[1:]))
    assert len(dips) == len(peaks) - 1 and all(d > 0.25 for d in dips)
    assert len([s for s in shapes if isinstance(s, Line)]) == len(dips)
    # A dark stripe runs along it and rises and falls with the folds.
    band = next(s for s in shapes if isinstance(s, Loop) and s.fill == "dark")
    assert max(y for _, y in band.points) > max(peaks) - 2 and min(x for x, _ in band.points) < ankle[0]


def test_the_bare_lower_leg_in_a_towel_scrunch_ends_at_a_rolled_up_trouser_leg():
    # A bare leg running off the top of the picture read as "cut off": the trousers, rolled up, go on up instead.
    from msksite.drawing.positions import positions
    from msksite.drawing.toes import leg_and_foot

    pose = exercise_pose("towel-scrunch")
    pts = positions(pose).end
    leg = leg_and_foot(pts["near_knee"], pts["near_ankle"], pts["near_toe"], pose.toes, "end", "white")
    trousers = [s for s in leg if isinstance(s, Loop) and s.fill == "grey"]
    assert len(trousers) == 1
    hem = min(y for _, y in trousers[0].points)
    assert pts["near_ankle"][1] < hem < pts["near_knee"][1]


def test_the_foot_stretch_is_the_whole_person_sitting_big_filling_the_picture_with_no_close_up():
    # Round 74: the close-up with the person small in its corner was "hard to orient" and the person "tiny": the
    # person sitting on the chair facing you is the picture, from the head to the seat, 4:3, a close-up's width.
    from msksite.drawing.closeup import WIDTH
    from msksite.drawing.seated import HEAD, SEAT
    from msksite.drawing.skeleton import HEAD_R
    from msksite.drawing.toe_stretch import ZOOM

    drawing = scene(exercise_pose("foot-stretch"))
    left, bottom, right, top = drawing.frame
    assert drawing.inset is None and right - left == WIDTH
    assert abs((right - left) / (top - bottom) - 4 / 3) < 1e-9
    head = next(s for s in drawing.shapes if isinstance(s, Circle))
    assert head.centre == (HEAD[0] * ZOOM, HEAD[1] * ZOOM) and head.r == HEAD_R * ZOOM
    assert top - 0.1 * (top - bottom) < head.centre[1] + head.r < top and bottom < SEAT * ZOOM
    # The person, head to seat, is over three quarters of the picture's height.
    assert (head.centre[1] + head.r - SEAT * ZOOM) > 0.75 * (top - bottom)


def test_the_foot_stretch_crossed_leg_is_white_over_the_other_knee_its_foot_out_past_it_in_clear_space():
    # Round 74's grey crossed thigh and trouser leg were "an unreadable grey blob": the crossed leg, nearest you, is
    # white (the only grey of the person is the other leg), drawn after that leg, so over it; its shin runs level
    # across the lap to the ankle resting on the other knee, and the foot goes on past that knee and the chair's back.
    from msksite.drawing.figure import WIDTHS
    from msksite.drawing.seated import CROSSED_ANKLE, CROSSED_KNEE, HIPS, KNEE, SEAT_HALF, TOE
    from msksite.drawing.toe_stretch import ZOOM

    big = lambda p: (p[0] * ZOOM, p[1] * ZOOM)
    end = [s for s in scene(exercise_pose("foot-stretch")).shapes if s.layer == "end"]
    grey = [i for i, s in enumerate(end) if getattr(s, "fill", None) == "grey"]
    assert len(grey) == 1 and end[grey[0]].points[1] == big(KNEE)
    thigh = next(i for i, s in enumerate(end) if isinstance(s, Tube) and s.points == (big(HIPS[0]), big(CROSSED_KNEE)))
    # The bare shin and foot, one outline from the crossed knee to past the other knee.
    past = (KNEE[0] + WIDTHS["shin"]) * ZOOM
    shin = next(i for i, s in enumerate(end) if isinstance(s, Loop) and s.fill == "white"
                and min(p[0] for p in s.points) < (CROSSED_KNEE[0] + 1) * ZOOM < past < max(p[0] for p in s.points))
    assert end[thigh].fill == "white" and grey[0] < thigh < shin
    assert abs(CROSSED_KNEE[1] - CROSSED_ANKLE[1]) < 2 and 0 < CROSSED_ANKLE[1] - KNEE[1] < WIDTHS["shin"]
    assert TOE[0] > max(KNEE[0] + WIDTHS["shin"], SEAT_HALF) + 5


def test_the_foot_stretch_hand_on_the_persons_arm_holds_the_tips_of_the_toes_bent_up():
    # "The hand floats above the toes": the arm runs from the person's shoulder to the grip squeeze's white hand
    # (four fingers with nails and a thumb), whose fingers are over the toes' tips, short of the ball, crossing the
    # toe's line; the toes show bent up from the ball, and start (faint) lying flat.
    from math import atan2, degrees, dist

    from msksite.drawing.seated import CROSSED_ANKLE, SHOULDER, TOE
    from msksite.drawing.toe_stretch import ZOOM
    from msksite.drawing.toes import toe_ends

    big = lambda p: (p[0] * ZOOM, p[1] * ZOOM)
    drawing = scene(exercise_pose("foot-stretch"))
    end = [s for s in drawing.shapes if s.layer == "end"]
    base, tip = map(big, toe_ends(CROSSED_ANKLE, TOE, "up"))
    toe = dist(base, tip)
    assert tip[1] > base[1] + 0.6 * toe
    arm = next(s for s in end if isinstance(s, Tube) and s.points[0] == big(SHOULDER))
    white = [s for s in end if isinstance(s, Tube) and s.fill == "white" and s is not arm]
    fingers = white[-5:-1]
    assert all(0.8 * toe < min(dist(p, base) for p in s.points) < 1.5 * toe for s in fingers)
    assert all(min(dist(p, tip) for p in s.points) < 0.5 * toe for s in fingers)
    assert dist(arm.points[-1], tip) < 3 * toe
    line = atan2(tip[1] - base[1], tip[0] - base[0])
    for (x0, y0), (x1, y1) in (s.points for s in fingers):
        crossing = abs(degrees(atan2(y1 - y0, x1 - x0) - line)) % 180
        assert 20 < min(crossing, 180 - crossing)
    flat = big(toe_ends(CROSSED_ANKLE, TOE, "flat")[1])
    faint = [s for s in drawing.shapes if s.layer == "start" and isinstance(s, Tube)]
    assert any(dist(s.points[-1], flat) < 0.1 for s in faint)


def test_the_foot_stretch_bold_arrow_curls_up_beyond_the_toes_towards_the_shin_and_the_toes_move():
    from msksite.drawing.seated import CROSSED_ANKLE, TOE
    from msksite.drawing.toe_stretch import ZOOM
    from msksite.drawing.toes import toe_ends

    drawing = scene(exercise_pose("foot-stretch"))
    arc = max((s for s in drawing.shapes if s.layer == "arrow"), key=lambda s: len(s.points))
    assert isinstance(arc, Tube) and arc.fill == "black"
    (x0, y0), (x1, y1) = arc.points[0], arc.points[-1]
    # Anticlockwise: it starts beyond the flat toes and rises, turning back towards the shin (left).
    tip = toe_ends(CROSSED_ANKLE, TOE, "flat")[1]
    assert x0 > tip[0] * ZOOM and y1 > y0 and x1 < x0
    # Moving, the toes (three and a nail), the arm and the whole hand bend back and forth.
    moving = scene(exercise_pose("foot-stretch"), "moving")
    assert len(moving.moves) >= 4 + 10 and not [s for s in moving.shapes if s.layer in ("start", "arrow")]
