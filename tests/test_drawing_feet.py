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


def test_the_foot_stretch_close_up_is_a_plain_foot_whose_toes_a_grey_hand_bends_back():
    # An ankle dot, four smaller toes peeking out one behind the other ("striped toes") and a fist, thumb and
    # fingers as separate grey tubes took effort to decode: the foot is one outline with no dot, the smaller toes
    # are one behind the big toe, and the hand is one grey shape with its forearm.
    from msksite.drawing.toe_stretch import BALL, SCALE, TOE

    detail = scene(exercise_pose("foot-stretch")).inset.detail
    end = [s for s in detail.shapes if s.layer == "end"]
    assert not [s for s in detail.shapes if isinstance(s, Circle)]
    toes = [s for s in end if isinstance(s, Tube) and s.fill == "white"]
    assert len(toes) == 2
    big = max(toes, key=lambda s: s.width)
    hands = [s for s in end if isinstance(s, Loop) and s.fill == "grey"]
    forearms = [s for s in end if isinstance(s, Tube) and s.fill == "grey"]
    assert len(hands) == 1 and len(forearms) == 1
    # The hand holds the outer half of the big toe: the toe shows between the ball and the hand.
    base, tip = big.points
    length = TOE[0] * SCALE
    along = ((tip[0] - base[0]) / length, (tip[1] - base[1]) / length)
    reach = lambda p: (p[0] - base[0]) * along[0] + (p[1] - base[1]) * along[1]
    assert length / 4 < min(reach(p) for p in hands[0].points) < length / 2 < max(reach(p) for p in hands[0].points)
    # The big toe points up, pulled back, and starts (faint) lying flat.
    faint = next(s for s in detail.shapes if isinstance(s, Tube) and s.layer == "start" and s.width == big.width)
    assert tip[1] > BALL[1] * SCALE + 10 and abs(faint.points[1][1] - BALL[1] * SCALE) < 3
    # The arrow ends up and back, towards the shin; moving, the toes and the hand bend.
    arrow = next(s for s in detail.shapes if s.layer == "arrow" and len(s.points) > 3)
    assert arrow.points[-1][0] < arrow.points[0][0] and arrow.points[-1][1] > arrow.points[0][1]
    assert len(scene(exercise_pose("foot-stretch"), "moving").inset.detail.moves) >= 4


def test_the_foot_stretch_person_crosses_a_grey_trouser_leg_over_the_other_knee():
    # White, the crossed leg read as one more arm across the lap ("the crossed-leg position hard to make out").
    from msksite.drawing.seated import CROSSED_KNEE, HIPS, seated_person

    legs = [s for s in seated_person() if isinstance(s, Tube) and s.points[0] in (HIPS[0], CROSSED_KNEE)]
    assert len(legs) == 2 and all(s.fill == "grey" for s in legs)


def test_the_foot_stretch_picture_is_compact_so_the_person_fills_the_box():
    # "The main seated cross-legged figure is small and cluttered": the picture is fitted to a 4:3 box by its width,
    # so the person and the close-up sit close, the floor stops by the chair, and the whole is under 1.6 times as wide
    # as the person is tall (1.74 before: the person came out small).
    from msksite.drawing.seated import GAP, seated_person, with_person

    left, bottom, right, top = bounds(seated_person())
    drawing = with_person(scene(exercise_pose("foot-stretch")).inset.detail)
    inset = drawing.inset
    assert inset.centre[0] - inset.r - right <= GAP
    assert (inset.centre[0] + inset.r - left) / (top - bottom) < 1.6
