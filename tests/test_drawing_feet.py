"""Tests for the foot drawings: ankle circles, towel scrunch, foot and toe stretch."""

import pytest

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


def test_a_towel_under_the_foot_is_one_thin_soft_cloth_rucked_into_waves_in_front_of_the_toes():
    # A heap in front of the foot read as a crumpled shape, folds each drawn as an arch of their own as "grey
    # pebbles", a thin slab with square ends and a fringe of lines as "a flat board with a cable end", and a thick
    # cloth with a dark stripe all along it as "a rigid board", "a flat bar" (round 91): the foot stands on one thin
    # cloth, its heel end rounded and its far end folded back over itself, a dark stripe across it near each end,
    # whose top rises in waves in front of the toes, the highest by the toes, with creases between them that stay
    # above the flat towel.
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
    # Thin, as a towel on the floor is (its top at the sole, on y = 0).
    assert TOWEL_T <= 1.5 and min(y for _, y in outline) == pytest.approx(-TOWEL_T)
    # Its far end is in the picture, and rounded: several points round it, not a square corner; no fringe past it.
    frame = lens(pose, positions(pose))
    assert frame.point((end, 0.0))[0] < frame.frame[2]
    assert len([p for p in outline if p[0] > end - TOWEL_T / 2]) >= 4
    assert not [s for s in shapes if isinstance(s, Line) and max(x for x, _ in s.points) > end - TOWEL_T / 2]
    # Folded back over itself there: a second layer as thick on top, with the seam between the two layers.
    seam = next(s for s in shapes if isinstance(s, Line) and len(s.points) == 2).points
    assert seam[0][1] == seam[1][1] == pytest.approx(0.0) and seam[0][0] > toe[0] + 8
    assert max(y for x, y in outline if x > seam[0][0]) == pytest.approx(TOWEL_T)
    # A dark stripe across it near each end, the whole thickness of its layer; none along it.
    stripes = sorted((s for s in shapes if isinstance(s, Loop) and s.fill == "dark"), key=lambda s: s.points[0][0])
    assert len(stripes) == 2 and stripes[0].points[0][0] < ankle[0] and stripes[1].points[0][0] > seam[0][0]
    assert all(max(y for _, y in s.points) - min(y for _, y in s.points) == pytest.approx(TOWEL_T) for s in stripes)
    # The tops of the waves, left to right: each lower than the one before, and the creases between them above the
    # flat towel, each with a crease line down into the cloth.
    top = [y for x, y in outline if y > 0 and x < seam[0][0] - TOWEL_T]
    peaks = [b for a, b, c in zip(top, top[1:], top[2:]) if b > a and b >= c]
    dips = [b for a, b, c in zip(top, top[1:], top[2:]) if b < a and b <= c]
    assert len(peaks) >= 3 and all(a > b for a, b in zip(peaks, peaks[1:])) and min(peaks) > TOWEL_T
    assert len(dips) == len(peaks) - 1 and all(d > 0.25 for d in dips)
    assert len([s for s in shapes if isinstance(s, Line) and len(s.points) > 2]) == len(dips)


def test_curled_toes_in_a_towel_scrunch_bend_at_their_middle_joint_into_the_folds():
    # One straight tube from base to tip read as toes "tipped down", "the toe curl is barely drawn" (round 91): each
    # curled toe is drawn through its middle joint, the knuckle up above its base, the tip down below it, pointing
    # down into the towel's first fold, just in front of the toes.
    from math import dist

    from msksite.drawing.figure import figure_shapes
    from msksite.drawing.positions import positions
    from msksite.drawing.toes import TOE_W

    pose = exercise_pose("towel-scrunch")
    pts = positions(pose).end
    size = dist(pts["near_ankle"], pts["near_toe"])
    toes = [s for s in figure_shapes(pose, pts, "end")
            if isinstance(s, Tube) and s.width <= TOE_W * size and dist(s.points[0], pts["near_toe"]) < 0.7 * size]
    assert len(toes) == 3 and all(len(t.points) == 3 for t in toes)
    for base, knuckle, tip in (t.points for t in toes):
        assert knuckle[1] > base[1] > tip[1] and abs(tip[0] - knuckle[0]) < 0.5 * (knuckle[1] - tip[1])
    _, shapes = _towel(pose)
    top = next(s for s in shapes if isinstance(s, Loop) and s.fill == "grey").points
    peak = max(top, key=lambda p: p[1])
    big_tip = toes[-1].points[-1]
    assert 0 < peak[0] - big_tip[0] < 3 and big_tip[1] < peak[1]


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


def _foot_stretch_close_up():
    """The foot stretch's close-up (the big circle's picture), its frame and the circle's middle and radius in the
    close-up's units."""
    close_up = scene(exercise_pose("foot-stretch")).inset.detail
    left, bottom, right, top = close_up.frame
    return close_up, close_up.frame, ((left + right) / 2, (bottom + top) / 2), (right - left) / 2


def test_the_foot_stretch_is_the_person_sitting_side_on_with_their_foot_magnified_in_a_big_circle_beside_them():
    # Round 97: the big close-up alone was "disorienting" and the person, facing you in a small circle in its corner,
    # "tiny on a phone"; reviewers mark down a close-up that "switches viewpoint" but accept the heel raise's: a whole
    # person side-on, a big circle beside them magnifying their foot from the same side, a small ring on it. So the
    # person is the picture (no close-up frame), the circle is to their right, level with them and nearly as tall,
    # the small ring on their crossed foot, and the close-up's foot and crossed shin point as the person's do.
    from math import atan2, degrees

    from msksite.drawing.seated import crossed_foot, seated_pose
    from msksite.drawing.toe_stretch import ANKLE, CROSSED_KNEE, TOE

    drawing = scene(exercise_pose("foot-stretch"))
    inset = drawing.inset
    left, bottom, right, top = bounds(drawing.shapes)
    assert drawing.frame is None and inset.detail is not None
    assert inset.focus == crossed_foot() and inset.r / inset.zoom < 0.15 * (top - bottom)
    (cx, cy), r = inset.centre, inset.r
    assert cx - r > right and bottom < cy < top and 2 * r > 0.9 * (top - bottom)
    heading = lambda a, b: degrees(atan2(b[1] - a[1], b[0] - a[0]))
    pts = seated_pose()
    assert abs(heading(ANKLE, TOE) - heading(pts["near_ankle"], pts["near_toe"])) < 1
    assert abs(heading(ANKLE, CROSSED_KNEE) - heading(pts["near_ankle"], pts["near_knee"])) < 1


def test_the_foot_stretch_person_has_both_legs_whole_the_other_one_from_hip_to_foot_on_the_floor():
    # Round 105: the leg's parts reordered (thigh, shin, then foot) and the picture cut from the far foot on, so the
    # other leg was only a foot "lying on the floor", "a stray rolled towel".
    from msksite.drawing.seated import seated_pose, seated_person

    pts = seated_pose()
    tubes = {s.points for s in seated_person() if isinstance(s, Tube)}
    for side in ("near", "far"):
        hip, knee, ankle = (pts[f"{side}_{j}"] for j in ("hip", "knee", "ankle"))
        assert (hip, knee) in tubes and (knee, ankle) in tubes
        assert any(p[-1] == pts[f"{side}_toe"] for p in tubes)


def test_the_foot_stretch_close_up_shows_the_whole_foot_toes_up_its_shin_running_back_off_the_circle():
    # Filling the picture, the foot was "hard to recognise": the whole foot, heel to toes, is inside the circle,
    # pointing up from the ankle (toes up), and the crossed shin runs back from the ankle off the circle's left.
    from math import dist

    from msksite.drawing.toe_stretch import ANKLE, CROSSED_KNEE, TOE

    close_up, (left, bottom, right, top), middle, r = _foot_stretch_close_up()
    foot = next(s for s in close_up.shapes if isinstance(s, Loop) and s.layer == "end")
    near = [p for p in foot.points if dist(p, ANKLE) < dist(ANKLE, TOE)]
    assert all(dist(p, middle) < 0.9 * r for p in near)
    assert 0.3 * (right - left) < dist(ANKLE, TOE) < 0.5 * (right - left)
    assert TOE[1] > ANKLE[1] + 0.5 * dist(ANKLE, TOE) and TOE[0] > ANKLE[0]
    assert CROSSED_KNEE[0] < left and abs(CROSSED_KNEE[1] - ANKLE[1]) < 0.5 * (ANKLE[0] - CROSSED_KNEE[0])


def test_the_foot_stretch_heel_rests_on_the_other_legs_grey_thigh_which_runs_off_the_circle():
    # A round grey knee seen from the front was a shape no one could place: the other leg is one grey trouser
    # outline whose thigh comes in from the left, its top under the heel, and whose shin goes off the bottom.
    close_up, (left, bottom, right, top), middle, r = _foot_stretch_close_up()
    (leg,) = [s for s in close_up.shapes if s.layer == "prop" and isinstance(s, Loop)]
    assert leg.fill == "grey"
    xs, ys = [p[0] for p in leg.points], [p[1] for p in leg.points]
    assert min(xs) < left and min(ys) < bottom and max(xs) < right
    foot = next(s for s in close_up.shapes if isinstance(s, Loop) and s.layer == "end")
    heel = min((p for p in foot.points if p[0] > left), key=lambda p: p[1])  # the lowest point of the heel
    assert abs(max(ys) - heel[1]) < 1.0 and min(xs) < heel[0] < max(xs) - 10


def _across(points, x):
    """The heights where the closed outline crosses the upright line at x."""
    edges = zip(points, points[1:] + points[:1])
    return sorted(ay + (by - ay) * (x - ax) / (bx - ax) for (ax, ay), (bx, by) in edges
                  if min(ax, bx) <= x < max(ax, bx))


def _along(points, y):
    """Where the closed outline crosses the level line at y, left to right."""
    edges = zip(points, points[1:] + points[:1])
    return sorted(ax + (bx - ax) * (y - ay) / (by - ay) for (ax, ay), (bx, by) in edges
                  if min(ay, by) <= y < max(ay, by))


def test_the_foot_stretch_other_leg_is_a_sitting_leg_in_trousers_not_a_table():
    # "The foot rests on what looks like a table but is the other knee": a flat-topped grey thigh with a square
    # corner at the knee and an upright shin read as a table top and its leg. The knee is a round bump (its outline
    # turns gently, no corner) standing out in front of the shin below it; the shin slants; a crease runs down the
    # shin inside its outline, off the bottom (trousers). The thigh is level, as the person's is.
    from math import atan2, degrees

    from msksite.drawing.toe_stretch import KNEE_CAP, KNEE_R

    close_up, (left, bottom, right, top), middle, r = _foot_stretch_close_up()
    (leg,) = [s for s in close_up.shapes if s.layer == "prop" and isinstance(s, Loop)]
    (crease,) = [s for s in close_up.shapes if s.layer == "prop" and isinstance(s, Line)]
    points = leg.points
    at_edge, behind_knee = _across(points, left + 2), _across(points, KNEE_CAP[0] - 2 * KNEE_R)
    assert abs(at_edge[-1] - behind_knee[-1]) < 2
    # The knee cap: the outline round it turns by over 120 degrees, never more than 25 at one point.
    knee = [p for p in points if (p[0] - KNEE_CAP[0]) ** 2 + (p[1] - KNEE_CAP[1]) ** 2 < (KNEE_R + 0.1) ** 2]
    heads = [degrees(atan2(b[1] - a[1], b[0] - a[0])) for a, b in zip(knee, knee[1:])]
    turns = [(h1 - h0 + 180) % 360 - 180 for h0, h1 in zip(heads, heads[1:])]
    assert abs(sum(turns)) > 120 and max(abs(t) for t in turns) < 25
    # It stands out in front of the shin just below it, and the shin's front slants as it goes down.
    front = max(x for x, _ in knee)
    depth = KNEE_CAP[1] - 4 * KNEE_R
    below, lower = _along(points, KNEE_CAP[1] - 1.8 * KNEE_R), _along(points, depth)
    assert front > below[-1] + 2 and abs(lower[-1] - below[-1]) > 1.5
    # The crease runs down inside the shin and off the bottom.
    (x0, y0), (x1, y1) = crease.points
    low = x0 + (x1 - x0) * (depth - y0) / (y1 - y0)
    assert y1 < bottom and below[0] < x0 < below[-1] and lower[0] < low < lower[-1]


def test_the_foot_stretch_hand_is_the_grip_squeezes_white_hand_from_above_across_the_tips_of_the_bent_toes():
    # "The hand in the close-up is hard to make out", "a grey lump": the hand is white, with four outlined fingers,
    # their nails and a thumb, its forearm coming down from above out of the circle, so it is plainly a hand. Its
    # fingers over the whole toes hid them ("the toes are hidden"): the palm is behind the toes and the fingers hold
    # only their tips, so the toes show bent up from the ball; the toes start (faint) lying flat.
    from math import atan2, degrees, dist

    from msksite.drawing.toe_stretch import ANKLE, TOE
    from msksite.drawing.toes import toe_ends

    close_up, (left, bottom, right, top), middle, r = _foot_stretch_close_up()
    end = [s for s in close_up.shapes if s.layer == "end"]
    nails = [s for s in end if isinstance(s, Line) and len(s.points) == 4]
    assert len(nails) == 4
    # Three white toes (the big toe and the smaller ones behind it), four fingers and a thumb: no grey lump.
    white = [s for s in end if isinstance(s, Tube) and s.fill == "white"]
    assert len(white) == 3 + 5
    # The only grey are clothes running off the circle: the crossed leg's trouser leg and the sleeve, from above.
    grey = [s for s in end if isinstance(s, (Tube, Loop)) and s.fill not in ("white", "none")]
    assert len(grey) == 2 and all(s.fill == "grey" and max(dist(p, middle) for p in s.points) > r for s in grey)
    sleeve = next(s for s in end if isinstance(s, Tube) and s.fill == "grey")
    assert max(y for _, y in sleeve.points) > top
    base, tip = toe_ends(ANKLE, TOE, "up")
    toe = dist(base, tip)
    _, flat = toe_ends(ANKLE, TOE, "flat")
    assert degrees(atan2(tip[1] - base[1], tip[0] - base[0]) - atan2(flat[1] - base[1], flat[0] - base[0])) > 30
    # The palm (the last white outline) is drawn before the toes, the fingers after them; the fingers reach no
    # nearer the ball than 0.9 of the toe's length, so the toe shows whole up to them, and their nails are near its
    # tip. Laid along the toes, fingers and toes were "one bundle": the fingers cross the toe's line at over 20
    # degrees, a change of direction between the two.
    palm = max(i for i, s in enumerate(end) if isinstance(s, Loop) and s.fill == "white")
    toes, fingers = white[:3], white[3:7]
    assert palm < min(end.index(s) for s in toes) and max(end.index(s) for s in toes) < end.index(fingers[0])
    assert all(0.9 * toe < min(dist(p, base) for p in s.points) < 1.5 * toe for s in fingers)
    assert all(min(dist(p, tip) for p in s.points) < 0.65 * toe for s in nails)
    line = atan2(tip[1] - base[1], tip[0] - base[0])
    for (x0, y0), (x1, y1) in (s.points for s in fingers):
        crossing = abs(degrees(atan2(y1 - y0, x1 - x0) - line)) % 180
        assert 20 < min(crossing, 180 - crossing)
    faint = [s for s in close_up.shapes if s.layer == "start" and isinstance(s, Tube)]
    assert any(abs(s.points[-1][0] - flat[0]) < 0.1 and abs(s.points[-1][1] - flat[1]) < 0.1 for s in faint)


def test_the_foot_stretch_arrow_turns_the_way_the_toes_bend_clear_of_the_hand_and_the_toes_move():
    # The arrow goes round the ball of the foot the way the toes bend back (anticlockwise here), from in front of
    # the faint flat toes to beside the fingers holding them: inside the circle, clear of the forearm.
    from math import atan2, dist

    from msksite.drawing.toe_stretch import ANKLE, TOE
    from msksite.drawing.toes import toe_ends

    close_up, frame, middle, r = _foot_stretch_close_up()
    arrow = max((s for s in close_up.shapes if s.layer == "arrow"), key=lambda s: len(s.points))
    ball, flat = toe_ends(ANKLE, TOE, "flat")
    _, up = toe_ends(ANKLE, TOE, "up")
    angle = lambda p: atan2(p[1] - ball[1], p[0] - ball[0])
    first, last = angle(arrow.points[0]), angle(arrow.points[-1])
    assert first < angle(flat) + 0.1 and angle(flat) < last < angle(up) and last - first > 0.5
    assert all(dist(p, middle) < r - 3 for p in arrow.points)
    sleeve = next(s for s in close_up.shapes if isinstance(s, Tube) and s.fill == "grey" and s.layer == "end")
    assert arrow.points[0][0] > max(x for x, _ in sleeve.points)
    # Moving, the toes (three and a nail) and the whole hand bend back and forth in the circle; the person stays.
    moving = scene(exercise_pose("foot-stretch"), "moving")
    detail = moving.inset.detail
    assert len(detail.moves) >= 4 + 10 and not moving.moves
    assert not [s for s in detail.shapes if s.layer in ("start", "arrow")]
