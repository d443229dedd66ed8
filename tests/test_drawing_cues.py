"""The cue each of these drawings is about, asserted on its shapes, so that a change that loses it fails: the nerve
glide's two numbered pictures, neck turns side-on, the hamstring stretch's one straight leg, sit to stand's crossed
arms and the arrow on the hips' path, the sit back stretch one above the other."""

from math import hypot

import pytest
from pydantic import ValidationError

from msksite.drawing.positions import positions
from msksite.drawing.scene import scene
from msksite.drawing.shapes import Circle, Line, Loop, Tube
from msksite.drawing.skeleton import HEAD_R
from msksite.drawing.svg import extent
from msksite.schema.pose import Pose
from exercise_poses import exercise_pose
from test_drawing_numbered import near, pictures


def _numbers(shapes: list) -> list:
    return [s for s in shapes if isinstance(s, Circle) and s.layer == "number"]


def _glide() -> tuple:
    """The nerve glide's drawing, and each of its pictures' person: (panel, its arrows' arcs, its numbers, big head,
    neck, wrist, solid fingers)."""
    drawing = scene(exercise_pose("nerve-glide"))
    pictures = []
    for panel in drawing.panels:
        end = [s for s in panel.shapes if s.layer == "end"]
        arcs = [s for s in panel.shapes if isinstance(s, Line) and s.layer == "arrow" and len(s.points) > 8]
        head = max((s for s in end if isinstance(s, Circle)), key=lambda s: s.r)
        neck = next(s for s in end if isinstance(s, Tube) and len(s.points) == 3)
        # The forearm out: level, far right of the neck.
        forearm = next(s for s in end if isinstance(s, Tube) and s.width == 5.0
                       and s.points[1][0] > neck.points[0][0] + 20)
        assert abs(forearm.points[0][1] - forearm.points[1][1]) < 2
        wrist = forearm.points[1]
        fingers = [s for s in end if isinstance(s, Tube) and s.width < 3 and s.points[0][0] > wrist[0] - 6]
        pictures.append((panel, arcs, _numbers(panel.shapes), head, neck, wrist, fingers))
    return drawing, pictures


def test_the_nerve_glide_is_two_numbered_pictures_the_wrist_bent_back_then_the_head_tilted_towards_the_arm_too():
    # In one picture, the ghost hand, the ghost head and two arrows "crowd a small area" and "two movements in one
    # frame take effort": now a picture for each, side by side, numbered 1 and 2 at their top left, each with one
    # arrow, at the part that moves in it.
    drawing, pictures = _glide()
    assert len(pictures) == 2 and not [s for s in drawing.shapes if s.layer == "arrow"]
    first, second = pictures
    assert first[0].frame[2] < second[0].frame[0]  # 1 on the left
    for panel, arcs, numbers, head, neck, wrist, fingers in pictures:
        left, bottom, right, top = panel.frame
        (circle,) = numbers
        assert circle.centre[0] - circle.r < left + 3 and circle.centre[1] + circle.r > top - 3
        assert len(arcs) == 1
        # In both the hand is bent up from the wrist at the end of the arm out, big enough to see at phone size: its
        # fingers reach higher above the wrist than the big head is tall (a little lower, it was "tiny").
        assert len(fingers) >= 4 and all(s.points[1][1] > wrist[1] + 5 for s in fingers)
        assert max(s.points[1][1] for s in fingers) > wrist[1] + 2 * head.r
    distance = lambda p, q: hypot(p[0] - q[0], p[1] - q[1])
    # 1: the head upright, the arrow round the hand, beyond it at the right.
    _, (arc,), _, head, neck, wrist, fingers = first
    assert abs(head.centre[0] - neck.points[0][0]) < 1
    hand = max(x for s in fingers for x, _ in extent(s))
    assert min(x for x, _ in arc.points) > head.centre[0] + 30 and max(x for x, _ in arc.points) > hand
    # 2: the head tilted over towards the arm (the arm is at the right), the arrow round it, clear of it and left
    # of the hand. Towards, not away: the head tilted away from the arm stretched the nerve (a tensioner) instead of
    # letting it slide (clinical review, finding 18).
    _, (arc,), _, head, neck, wrist, fingers = second
    base = neck.points[0]
    assert head.centre[0] - base[0] > 0.55 * (head.centre[1] - base[1]) > 0
    assert all(distance(p, head.centre) > head.r for p in arc.points)
    assert max(x for x, _ in arc.points) < wrist[0]


def test_the_nerve_glide_person_stands_whole_the_other_arm_hanging_clear_of_the_trunk():
    # Cut off at the hips, the trunk ended in a box edge ("a cut-off torso with one hanging arm"); two pictures side
    # by side are wide and low, so the whole person fits, feet and all. The arm not in the exercise hangs beside the
    # body, not along its edge.
    _, pictures = _glide()
    for panel, *_ in pictures:
        left, bottom, right, top = panel.frame
        trunk = next(s for s in panel.shapes if isinstance(s, Loop) and s.layer == "end" and len(s.points) == 4)
        legs = [s for s in panel.shapes if isinstance(s, Tube) and s.layer == "end" and s.width == 9.0]
        assert len(legs) >= 2 and all(min(p[1] for p in extent(s)) >= bottom for s in panel.shapes)
        far_arm = [s for s in panel.shapes if isinstance(s, Tube) and s.layer == "end"
                   and max(x for x, _ in s.points) < min(x for x, _ in trunk.points) - 3]
        assert far_arm


def test_the_nerve_glide_draws_the_hand_faint_pointing_out_and_arrow_1_from_it_round_to_the_fingers_up():
    _, (first, second) = _glide()
    # A faint head under the tilted one was "the overlapping faded and solid heads": nothing faint in picture 2.
    assert not [s for s in second[0].shapes if s.layer in ("start", "start_over")]
    # With no faint hand, arrow 1 alone was "vague (bend the wrist or move the arm?)", "a wave" (round 63): the hand
    # is drawn faint as it started, pointing straight out from the wrist along the arm, its fingers past the solid
    # ones bent up (at 1.3 times the size it lay across them, "cluttered by its ghost").
    panel, (arc,), _, _, _, wrist, fingers = first
    faint = [s for s in panel.shapes if s.layer in ("start", "start_over")]
    faint_fingers = [s for s in faint if isinstance(s, Tube) and s.width < 3]
    assert len(faint_fingers) >= 4 and all(x > wrist[0] - 0.5 for s in faint for x, _ in s.points)
    tips = [s.points[-1] for s in faint_fingers]
    assert all(tip[0] - s.points[0][0] > abs(tip[1] - s.points[0][1]) for s, tip in zip(faint_fingers, tips))
    assert abs(sum(y for _, y in tips) / len(tips) - wrist[1]) < 4  # out level with the arm, not down or up
    solid_reach = max(x for s in fingers for x, _ in s.points)
    assert min(x for x, _ in tips) > solid_reach + 5
    # Arrow 1 turns about the wrist, one quarter turn: from just past the faint fingertips, level with the arm,
    # round to its head over the fingers pointing up.
    tail, head = arc.points[0], arc.points[-1]
    assert tail[0] > max(x for s in faint_fingers for x, _ in extent(s))
    assert wrist[1] < tail[1] < wrist[1] + HEAD_R
    assert abs(head[0] - wrist[0]) < 6 and head[1] > max(y for s in fingers for _, y in extent(s))
    radii = [hypot(x - wrist[0], y - wrist[1]) for x, y in arc.points]
    assert max(radii) - min(radii) < 1


def test_the_nerve_glide_head_is_big_with_a_face_upright_then_tilted_over():
    # Small, with two dots for eyes, the head's tilt read as a turn: it is drawn big with hair, ears and a face, as
    # in the neck side stretch.
    _, pictures = _glide()
    for panel, _, _, head, _, _, _ in pictures:
        assert head.r > 1.5 * HEAD_R
        inside = lambda p: hypot(p[0] - head.centre[0], p[1] - head.centre[1]) < head.r
        assert len([s for s in panel.shapes if isinstance(s, Circle) and s.fill == "black" and inside(s.centre)]) == 2
        assert [s for s in panel.shapes if isinstance(s, Loop) and s.layer == "end" and s.fill == "dark"]


def test_steps_take_one_or_two_positions():
    with pytest.raises(ValidationError, match="one or two positions"):
        Pose.model_validate({"steps": [{"neck": 0}, {"neck": 10}, {"neck": 20}]})


def test_roll_is_only_for_the_view_from_the_feet():
    with pytest.raises(ValidationError, match="roll is only used with view: feet"):
        Pose.model_validate({"view": "front", "roll": 30})


def test_neck_turns_show_the_face_side_on_with_its_nose_past_the_edge_of_the_head():
    # Facing you, a turned face was only eyes moved sideways; side-on, the nose sticks out and the ear is in the
    # middle of the head.
    from msksite.drawing.head_view import EAR, ZOOM, bust
    from msksite.drawing.skeleton import HEAD_R, posed

    pose = exercise_pose("neck-turns")
    r = HEAD_R * ZOOM

    def cues(p: Pose) -> tuple[float, float]:
        pts = {name: (x * ZOOM, y * ZOOM) for name, (x, y) in posed(p).items()}
        shapes = bust(p, pts, "end")
        head = next(s for s in shapes if isinstance(s, Circle) and s.r == r)
        nose = next(s for s in shapes if isinstance(s, Loop) and s.fill == "white" and len(s.points) == 3)
        ears = [s for s in shapes if isinstance(s, Line) and len(s.points) > 8]
        out = max(x for x, _ in nose.points) - head.centre[0]
        ear = min(abs(sum(x for x, _ in e.points) / len(e.points) - head.centre[0]) for e in ears)
        return out - r, ear / r

    turned, facing = cues(pose), cues(pose.at_start())
    assert turned[0] > 0.2 * r and facing[0] < 0
    assert turned[1] < 0.3 and facing[1] > 0.9 - EAR[0]


def test_neck_turns_have_one_flat_ring_over_the_head_going_round_to_the_side_the_nose_points():
    # A flat arc under the chin read as a chin tuck or a chin lift: the arrow is a flat ring over the turned head,
    # from behind it on the far side, round the front, to past the side the nose points, like a dial.
    from msksite.drawing.head_view import ZOOM
    from msksite.drawing.skeleton import HEAD_R

    shapes = scene(exercise_pose("neck-turns")).shapes
    head = max((s for s in shapes if isinstance(s, Circle) and s.r == HEAD_R * ZOOM), key=lambda s: s.centre[0])
    lines = [s for s in shapes if s.layer == "arrow" and isinstance(s, Line)]
    arc = max(lines, key=lambda s: len(s.points))
    (cx, cy), r = head.centre, head.r
    heads = [s for s in lines if len(s.points) == 3 and s.points[1][0] > cx]  # not the digit 1, far left
    tail, tip = arc.points[0], arc.points[-1]
    lowest = min(arc.points, key=lambda p: p[1])
    assert lowest[1] > cy + r and abs(lowest[0] - cx) < 0.3 * r  # over the head, its front in the middle
    assert max(x for x, _ in arc.points) - min(x for x, _ in arc.points) > 2.5 * r  # wider than the head
    assert tail[0] < cx < tip[0] and tip[1] > lowest[1] + 0.3 * r  # round from the far side to the nose's side
    assert len(heads) == 1 and heads[0].points[1] == tip


def test_the_neck_turns_still_shows_the_same_person_twice_numbered_1_looking_at_you_then_2_turned():
    # A faint face beside the turned one read as a second person: both are solid, the same shoulders and hair, with
    # 1 over the one looking at you (two eyes either side of the middle) and 2 over the turned one.
    from msksite.drawing.head_view import ZOOM
    from msksite.drawing.skeleton import HEAD_R
    from msksite.drawing.numerals import NUMBER_R

    shapes = scene(exercise_pose("neck-turns")).shapes
    assert not [s for s in shapes if s.layer == "start"]
    start, end = sorted((s for s in shapes if isinstance(s, Circle) and s.r == HEAD_R * ZOOM),
                        key=lambda s: s.centre[0])
    assert end.centre[0] - start.centre[0] > 3 * start.r and abs(end.centre[1] - start.centre[1]) < 1
    eyes = sorted(s.centre[0] for s in shapes if isinstance(s, Circle) and s.fill == "black"
                  and abs(s.centre[0] - start.centre[0]) < start.r)
    assert len(eyes) == 2 and eyes[0] < start.centre[0] < eyes[1]
    numbers = sorted(s.centre for s in shapes if isinstance(s, Circle) and s.r == NUMBER_R)
    assert len(numbers) == 2 and numbers[0][0] < start.centre[0] < numbers[1][0] < end.centre[0]
    assert abs(numbers[0][1] - numbers[1][1]) < 1  # level, side by side


def test_the_hamstring_stretch_shows_one_straight_leg_and_the_other_bent_foot_flat_with_the_hands_on_its_thigh():
    # The legs looked tangled and it read as hugging a knee: the bent leg crossed the straight one wherever it went,
    # and the arms reaching along the leg lay over it. The other leg was then hidden behind the straight one, which
    # read as "both legs straight out" (round 115): now it is bent, grey, its knee just behind the straight leg's
    # thigh, its shin short down to the foot flat on the floor between the chair and the straight leg's knee. The
    # straight leg's heel is on the floor with the toes up, and the arms hang to the thigh, near the knee.
    from msksite.drawing.figure import WIDTHS
    from msksite.drawing.positions import positions

    placed = positions(exercise_pose("hamstring-stretch"))
    pts = placed.end
    hip, knee, ankle, toe = (pts[f"near_{j}"] for j in ("hip", "knee", "ankle", "toe"))
    cross = (knee[0] - hip[0]) * (ankle[1] - hip[1]) - (knee[1] - hip[1]) * (ankle[0] - hip[0])
    assert abs(cross) < 1.0 and ankle[1] < 1.0 and toe[1] > ankle[1] + 3  # straight, heel down, toes up
    far_knee, far_ankle, far_toe = (pts[f"far_{j}"] for j in ("knee", "ankle", "toe"))
    assert far_ankle[1] < 1.0 and far_toe[1] < 1.0  # the other foot flat on the floor
    assert far_ankle[0] < far_knee[0] and far_knee[1] > far_ankle[1] + 10  # bent, its foot under the knee
    # Its knee just above the straight thigh, within a thigh's width (high over it, the legs read as crossed), and
    # its foot between the chair and the straight leg's knee, clear of the straight leg's foot.
    thigh_at = hip[1] + (far_knee[0] - hip[0]) * (knee[1] - hip[1]) / (knee[0] - hip[0])
    assert 0 < far_knee[1] - thigh_at < WIDTHS["thigh"]
    assert hip[0] < far_ankle[0] and far_toe[0] < knee[0]
    # The same in both pictures (the leg stays put while the trunk leans) and drawn grey, behind.
    assert all(placed.start[f"far_{j}"] == pts[f"far_{j}"] for j in ("knee", "ankle", "toe"))
    shin = [s for s in scene(exercise_pose("hamstring-stretch"), "moving").shapes
            if isinstance(s, Tube) and far_ankle in s.points]
    assert shin and all(s.fill == "grey" for s in shin)
    shoulder, wrist = pts["near_shoulder"], pts["near_wrist"]
    assert shoulder[1] - wrist[1] > 2 * abs(wrist[0] - shoulder[0])  # the arm hangs, not along the leg
    along = ((wrist[0] - hip[0]) * (knee[0] - hip[0]) + (wrist[1] - hip[1]) * (knee[1] - hip[1])) / 23.0 ** 2
    assert 0.6 < along < 1.0 and abs(wrist[1] - (hip[1] + along * (knee[1] - hip[1]))) < 3  # on the thigh, by the knee
    # Upright at the start (picture 1 of the still, test_drawing_tangles), and the lean shown by one bold arc about
    # the hips (round 55): behind the back it read as "a hook near the chest", "half hidden behind the torso";
    # following the head, as "drop your head". It runs over the head, well clear of it, from upright to ahead of
    # the leaning back: measured on the moving picture, one person where the pose places them.
    assert placed.start["head"][0] < pts["head"][0] - 10
    drawn = scene(exercise_pose("hamstring-stretch"), "moving").shapes
    curve = max((s for s in drawn if s.layer == "arrow"), key=lambda s: len(s.points))
    assert isinstance(curve, Tube) and curve.fill == "black"  # bold, not a thin line
    hip, neck, head = pts["hip"], pts["neck"], pts["head"]
    radii = [hypot(p[0] - hip[0], p[1] - hip[1]) for p in curve.points]
    assert len(curve.points) > 3 and max(radii) - min(radii) < 0.5
    assert all(hypot(p[0] - head[0], p[1] - head[1]) > HEAD_R + 3 for p in curve.points)
    assert radii[0] > hypot(head[0] - hip[0], head[1] - hip[1]) + HEAD_R  # outside the head, round the hips
    first, last = curve.points[0], curve.points[-1]
    assert abs(first[0] - hip[0]) < 1  # from upright, straight above the hips (not over the chair's back)
    # To ahead of the leaning back, in front of the face: forward and down.
    lean = (neck[0] - hip[0]) * (last[1] - hip[1]) - (neck[1] - hip[1]) * (last[0] - hip[0])
    assert lean < 0 and last[0] > head[0] and last[1] < head[1] + HEAD_R


def test_the_hamstring_stretch_sits_on_a_chair_s_front_third_over_short_floors_and_leans_well_forward():
    # "The figures are small", "the low, squashed chair", "the two steps look almost the same" (round 55): the
    # seat is as high as other chairs' and shows behind the person, each picture's floor stops just past the chair
    # and the heel, and picture 2 leans well forward.
    from msksite.drawing.lean import FLOOR_PAST
    from msksite.drawing.props import CHAIR_SEAT_H

    pose = exercise_pose("hamstring-stretch")
    placed = positions(pose)
    assert pose.trunk >= 45 and pose.start.trunk == 0
    shapes = scene(pose).shapes
    floors = sorted((s for s in shapes if isinstance(s, Line) and len(s.points) == 2
                     and s.points[0][1] == s.points[1][1] == placed.floor), key=lambda s: s.points[0][0])
    assert len(floors) == 2
    for floor in floors:
        x0, x1 = floor.points[0][0], floor.points[1][0]
        # Its own picture's shapes (the number, added after, sits over the chair's back): from the chair's back
        # to the heel, or the arrow's head in front of the face.
        own = [p for s in shapes if (s is not floor and s.layer not in ("arrow", "number")) or isinstance(s, Tube)
               for p in extent(s) if x0 - 1 <= p[0] <= x1 + 1]
        assert abs(min(x for x, _ in own) - (x0 + FLOOR_PAST)) < 1e-6
        assert abs(max(x for x, _ in own) - (x1 - FLOOR_PAST)) < 1e-6
    seat = lambda s: isinstance(s, Loop) and s.layer == "prop" and s.fill == "grey" \
        and max(y for _, y in s.points) - min(y for _, y in s.points) < 5
    seats = [s for s in shapes if seat(s)]
    assert len(seats) == 2 and all(max(y for _, y in s.points) == CHAIR_SEAT_H for s in seats)
    # On its front edge (measured on the moving picture, one person where the pose places them): the seat reaches
    # well further behind the hips than in front of them (sitting back, the thigh hid it all).
    hip = placed.end["hip"][0]
    xs = [x for s in scene(pose, "moving").shapes if seat(s) for x, _ in s.points]
    assert hip - min(xs) > 2 * (max(xs) - hip)
    # "Sit near the edge": the bottom (the trunk's rounded end, behind the hips) is on the seat's front third, the
    # hips over the seat (round 115: at the back of the seat, against the backrest, it showed sitting back).
    from msksite.drawing.figure import WIDTHS
    back, front = min(xs), max(xs)
    assert hip - WIDTHS["trunk"] / 2 >= back + 2 * (front - back) / 3 and hip < front


def test_check_reports_a_step_past_a_joint_s_range_on_that_step():
    from msksite.drawing.checks import pose_problems

    pose = Pose.model_validate({"near": {"knee": 90}, "start": {"near": {"knee": 0}},
                                "steps": [{"near": {"knee": 170}}]})
    found = pose_problems(pose)
    assert [loc for loc, _, _ in found] == [("steps", 0, "near", "knee")]
    assert "`steps.0.near.knee` is 170 degrees" in found[0][1]


def test_sit_to_stand_has_the_arms_crossed_and_its_arrow_on_the_hips_path_from_the_chair():
    # The arms were a raised fist by the chin, and the arrow beside it read as an arm lifting. Crossed, each forearm
    # ends on the line of the body with no hand drawn, and the arrow follows the hips up from the seat, behind them.
    from msksite.drawing.figure import WIDTHS
    from msksite.drawing.positions import positions

    pose = exercise_pose("sit-to-stand")
    placed = positions(pose)
    drawing = scene(pose)
    assert not [s for s in drawing.shapes if isinstance(s, Tube) and s.width == WIDTHS["palm"]]
    for pts in (placed.end, placed.start):
        hip, neck, elbow, wrist = pts["hip"], pts["neck"], pts["near_elbow"], pts["near_wrist"]
        up = ((neck[0] - hip[0]) / 30.0, (neck[1] - hip[1]) / 30.0)
        off_body = lambda p: abs((p[0] - hip[0]) * up[1] - (p[1] - hip[1]) * up[0])
        rise = (wrist[0] - elbow[0]) * up[0] + (wrist[1] - elbow[1]) * up[1]
        assert wrist == pts["near_tip"] and off_body(wrist) < 0.5 < 5 < off_body(elbow) and rise > 2
    # Numbered (round 68): picture 1 sitting, picture 2 standing with the arrow (moved back to the end's place).
    first, then = pictures(pose)
    assert not [s for s in first if s.layer == "arrow" and not isinstance(s, Circle) and len(s.points) > 4]
    curve = max((s for s in then if s.layer == "arrow" and not isinstance(s, Circle)), key=lambda s: len(s.points))
    hip, seat = placed.end["hip"], placed.start["hip"]
    assert all(p[0] < hip[0] for p in curve.points) and min(p[1] for p in curve.points) > seat[1]
    first, last = curve.points[0], curve.points[-1]
    assert last[0] > first[0] and last[1] > first[1]  # forward and up
    with pytest.raises(ValidationError, match="hand: crossed"):
        Pose.model_validate({"view": "front", "near": {"hand": "crossed"}})


def test_sit_to_stand_s_picture_2_has_the_chair_behind_them_where_they_sat_in_picture_1():
    # Round 114: placed from the standing hips, picture 2's seat ran through the thighs ("standing inside the
    # chair"). The feet do not move, so the chair is where it was in 1 (and in the moving one): behind the person.
    from msksite.drawing.figure import WIDTHS

    pose = exercise_pose("sit-to-stand")
    placed = positions(pose)
    grey = lambda shapes: [s.points for s in shapes if isinstance(s, Loop) and s.layer == "prop" and s.fill == "grey"]
    first, then = pictures(pose)
    chair = grey(then)
    same = lambda a, b: len(a) == len(b) and all(near(p, q) for p, q in zip(a, b))
    assert len(chair) == 2 and same(chair, grey(first)) and same(chair, grey(scene(pose, "moving").shapes))
    front = max(x for points in chair for x, _ in points)
    end = placed.end
    assert front < min(end["hip"][0], end["near_knee"][0], end["near_ankle"][0]) - WIDTHS["thigh"] / 2


def test_the_sit_back_stretch_shows_all_fours_numbered_above_sitting_back_on_the_heels():
    # A faint all-fours start drawn over the end tangled their outlines: both are solid, one above the other. With a
    # long arrow down between them it was read as "move down" and "no step numbers": they are numbered 1 and 2.
    from msksite.drawing.figure import WIDTHS
    from msksite.drawing.skeleton import HEAD_R

    drawing = scene(exercise_pose("sit-back-stretch"))
    assert not [s for s in drawing.shapes if s.layer == "start"]
    heads = sorted((s for s in drawing.shapes if isinstance(s, Circle) and s.r == HEAD_R), key=lambda c: -c.centre[1])
    assert len(heads) == 2 and heads[0].centre[1] > heads[1].centre[1] + 30
    # The long lines of the arrow layer (not the numbers' short strokes): no arrow straight down between the two.
    lines = [s for s in drawing.shapes if isinstance(s, Line) and s.layer == "arrow" and len(s.points) == 2
             and _distance(*s.points) > 12]
    assert lines and not [s for s in lines if abs(s.points[0][0] - s.points[1][0]) < 1e-6]
    # On all fours the hips are high over the knees; sitting back, they are behind them, over the heels. The arrow
    # sending them back goes with picture 2, from behind its hips, back and down towards the heels (level, above the
    # back, it was read as a hands-together "prayer stretch" by elimination).
    thighs = sorted((s for s in drawing.shapes if isinstance(s, Tube) and s.width == WIDTHS["thigh"]),
                    key=lambda s: -s.points[0][1])
    top_hip, bottom_hip = thighs[0].points[0], thighs[-1].points[0]
    assert top_hip[1] - thighs[0].points[1][1] > 15 and bottom_hip[0] < thighs[-1].points[1][0] - 10
    back = max(lines, key=lambda s: _distance(*s.points))
    (x0, y0), (x1, y1) = back.points
    assert x1 < x0 < bottom_hip[0] and abs(y0 - bottom_hip[1]) < 15 and y0 - y1 > 0.5 * (x0 - x1) > 3
    with pytest.raises(ValidationError, match="stacked"):
        Pose.model_validate({"stacked": True})


def _distance(p, q) -> float:
    return ((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2) ** 0.5


def _to_segment(p, a, b) -> tuple[float, float]:
    """The distance from p to the segment a-b, and how far along it (0 at a, 1 at b) the nearest point is."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    t = max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)))
    return ((p[0] - a[0] - t * dx) ** 2 + (p[1] - a[1] - t * dy) ** 2) ** 0.5, t


def _index(shapes: list, layer: str, first: tuple) -> int:
    """Where the end's tube starting at first is drawn (the last, over a far limb copying the near one)."""
    return max(i for i, s in enumerate(shapes)
               if isinstance(s, Tube) and s.layer == layer and near(s.points[0], first))


def test_the_cross_body_stretch_shows_the_other_hand_holding_the_arm_above_the_elbow_over_it():
    # The holding hand was drawn under the stretched arm and nobody saw it; the arrow followed the hand's path and
    # ended by the hip.
    pose = exercise_pose("cross-body-stretch")
    pts = positions(pose).end
    shapes = scene(pose).shapes
    # The holding hand runs up across the stretched upper arm, nearer the elbow than the shoulder.
    (wrist, tip), (shoulder, elbow) = (pts["far_wrist"], pts["far_tip"]), (pts["near_shoulder"], pts["near_elbow"])
    level = lambda x: shoulder[1] + (elbow[1] - shoulder[1]) * (x - shoulder[0]) / (elbow[0] - shoulder[0])
    assert wrist[1] < level(wrist[0]) and tip[1] > level(tip[0])
    assert _to_segment(wrist, shoulder, elbow)[1] > 0.5 and _to_segment(tip, shoulder, elbow)[1] > 0.5
    # The arm held across the chest, about level.
    assert abs(pts["near_wrist"][1] - pts["near_shoulder"][1]) < 5.0
    hand, stretched = _index(shapes, "end", pts["far_wrist"]), _index(shapes, "end", pts["near_shoulder"])
    assert hand > stretched
    # The far upper arm stays under the stretched arm, which crosses in front of that shoulder.
    assert _index(shapes, "end", pts["far_shoulder"]) < stretched
    # The arrow points across the body, level, starting by the holding hand rather than beyond the stretched hand
    # (there it read as reaching outwards), above the arm; with no faint arms hanging at the sides, which read as
    # the arm moving the wrong way.
    (line,) = [s for s in shapes if s.layer == "arrow" and len(s.points) == 2]
    tail, tip = line.points
    assert pts["near_tip"][0] < tail[0] and tip[0] < tail[0] - 10 and abs(tip[1] - tail[1]) < 1.0
    assert abs(tail[0] - wrist[0]) < 12 and tail[1] > pts["near_elbow"][1]
    assert not [s for s in shapes if s.layer in ("start", "start_over")]


def test_knee_to_chest_the_arm_reaches_up_behind_the_thigh_at_a_clear_angle_to_the_hand_on_the_shin():
    # A straight arm from the shoulder along the thigh left the knee far from the chest: "a tangle" (round 31); the
    # upper arm along the side with the forearm folding up to the knee crossed the thigh: "an unreadable knot at the
    # chest" (round 36); the arm reaching to a hand over the top of a tightly bent knee: "a pile of identical white
    # tubes" (round 41); the straight arm crossing in front of the thigh: "an X of similar tubes" (round 60). Now the
    # arm rises well off the floor at a clear angle to the thigh (not lying along it) and passes behind the leg to the
    # hand on the shin, beyond the knee, which is drawn over the leg.
    from math import acos

    pose = exercise_pose("knee-to-chest")
    pts = positions(pose).end
    shapes = scene(pose).shapes
    shoulder, knee, hip = (pts[f"near_{j}"] for j in ("shoulder", "knee", "hip"))
    white = [s for s in shapes if isinstance(s, Tube) and s.layer == "end" and s.fill == "white"]
    (upper,) = [s for s in white if near(s.points[0], shoulder)]
    (forearm,) = [s for s in white if s.points[0] == upper.points[-1]]
    elbow, wrist = forearm.points
    assert elbow[1] > (hip[1] + knee[1]) / 2 + 3  # the arm rising, not low along the side
    arm, thigh = (wrist[0] - shoulder[0], wrist[1] - shoulder[1]), (knee[0] - hip[0], knee[1] - hip[1])
    cos = (arm[0] * thigh[0] + arm[1] * thigh[1]) / (hypot(*arm) * hypot(*thigh))
    assert acos(abs(cos)) > 1.0  # more than 57 degrees apart
    assert _crosses((shoulder, wrist), (hip, knee))
    assert shapes.index(upper) < shapes.index(forearm) < _index(shapes, "end", hip)  # behind the thigh


def _crosses(a: tuple, b: tuple) -> bool:
    """Whether the segments a and b cross."""
    side = lambda p, q, r: (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
    return side(*a, b[0]) * side(*a, b[1]) < 0 and side(*b, a[0]) * side(*b, a[1]) < 0


def test_chin_tucks_are_one_big_close_up_of_the_head_drawn_back_with_a_level_arrow_clear_of_the_chin():
    # A small person beside a round close-up scored 4 from every reviewer ("the main figure is tiny", "the arrow at
    # the chin might suggest pushing with a finger"): now the head, neck and shoulders fill the whole picture, as in
    # the other neck drawings, faint forward, solid back over still shoulders, a level arrow back in front of the face.
    drawing = scene(exercise_pose("chin-tuck"))
    assert drawing.inset is None and drawing.aspect == pytest.approx(4 / 3)
    left, bottom, right, top = drawing.frame
    end, start = (max((s for s in drawing.shapes if s.layer == layer and isinstance(s, Circle)), key=lambda s: s.r)
                  for layer in ("end", "start"))
    # The head is over four tenths of the picture's height, and the solid head and the shoulders are in the picture.
    assert 2 * end.r > 0.4 * (top - bottom) and bottom < end.centre[1] - 2 * end.r and top > end.centre[1] + end.r
    # Faint in front (the person faces right), solid drawn back by most of a head.
    assert start.centre[0] - end.centre[0] > 0.7 * end.r
    # The shoulders stay still: their outline, running off the bottom, is the same in both.
    shoulders = [s for s in drawing.shapes if isinstance(s, Loop) and s.layer in ("start", "end")
                 and min(y for _, y in s.points) < bottom]
    assert [s.layer for s in shoulders] == ["start", "end"] and shoulders[0].points == shoulders[1].points
    (line,) = [s for s in drawing.shapes if s.layer == "arrow" and len(s.points) == 2]
    tail, tip = line.points
    # Level, back, from beyond the faint face to a gap in front of the solid chin: following the head's path, not
    # ending on the chin like a finger.
    assert tail[1] == tip[1] and end.centre[1] - end.r < tip[1] < end.centre[1] and tip[0] < tail[0]
    assert tail[0] > start.centre[0] + 1.5 * start.r and tip[0] > end.centre[0] + 1.1 * end.r


def test_the_chin_tuck_close_up_has_plain_shoulders_and_no_arm_across_the_chest():
    # The near upper arm over the trunk's front read as "a stray arm across the chest" (round 72): alone, the body
    # under the head is only the neck and one outline of the shoulders, running off the bottom, its top under the
    # solid head and as deep front to back as about two heads.
    from msksite.drawing.figure import WIDTHS
    from msksite.drawing.head_inset import ZOOM

    drawing = scene(exercise_pose("chin-tuck"))
    body = [s for s in drawing.shapes if s.layer == "end" and isinstance(s, (Tube, Loop)) and len(s.points) > 1]
    tubes = [s for s in body if isinstance(s, Tube)]
    assert len(tubes) == 1 and tubes[0].width == WIDTHS["neck"] * ZOOM  # the neck, no arm
    head = max((s for s in drawing.shapes if s.layer == "end" and isinstance(s, Circle)), key=lambda s: s.r)
    (outline,) = [s for s in body if isinstance(s, Loop) and min(y for _, y in s.points) < drawing.frame[1]]
    xs, ys = [x for x, _ in outline.points], [y for _, y in outline.points]
    assert head.centre[1] - 2 * head.r < max(ys) < head.centre[1] - head.r
    assert max(xs) - min(xs) == pytest.approx(WIDTHS["trunk"] * ZOOM)
    assert min(xs) < head.centre[0] < max(xs)


def test_without_close_up_the_head_close_up_is_a_big_circle_beside_the_person():
    pose = exercise_pose("chin-tuck").model_copy(update={"close_up": False})
    inset = scene(pose).inset
    (line,) = [s for s in inset.detail.shapes if s.layer == "arrow" and len(s.points) == 2]
    assert inset.r > 40 and inset.detail.aspect == 1.0 and line.points[1][0] < line.points[0][0]


def test_standing_on_one_leg_has_a_stopwatch_beside_the_person_and_no_arrow():
    # With no arrow and no hold cue it was read as a knee lift or marching: a stopwatch says "hold", not "move".
    pose = exercise_pose("one-leg-balance")
    assert pose.hold and pose.start is None and not pose.arrows
    shapes = scene(pose).shapes
    person = [s for s in shapes if s.layer == "end"]
    marks = [s for s in shapes if s.layer == "arrow"]
    (face,) = [s for s in marks if isinstance(s, Circle) and s.fill == "white"]
    (gone,) = [s for s in marks if isinstance(s, Loop) and s.fill == "grey"]
    assert face.r >= 7 and all(_distance(p, face.centre) <= face.r + 0.01 for p in gone.points)
    # Beside the person, left of them (they face right), and nothing else drawn as an arrow is a straight arrow.
    assert face.centre[0] + face.r < min(x for s in person for x, _ in extent(s))
    lines = [s for s in marks if isinstance(s, Line)]
    assert all(_distance(p, face.centre) < face.r + 5 for s in lines for p in s.points)


def test_a_held_position_cannot_also_have_a_start_or_arrows():
    with pytest.raises(ValidationError, match="hold"):
        Pose.model_validate({"hold": True, "arrows": [{"at": "head", "towards": "left"}]})
    with pytest.raises(ValidationError, match="hold"):
        Pose.model_validate({"hold": True, "start": {"near": {"knee": 90}}})


def test_the_chin_tuck_close_up_shows_a_level_face_drawn_back_and_only_the_outline_of_the_faint_head():
    # The two whole heads overlapping were a muddle and could be read as tipping the head back: the faint head is
    # only its outline and its nose, the solid one has an eye, a nose and a double chin, level, and the arrow at
    # the chin points back.
    from msksite.drawing.head_inset import HEAD_R, ZOOM

    detail = scene(exercise_pose("chin-tuck"))
    r = HEAD_R * ZOOM
    heads = {layer: next(s for s in detail.shapes if s.layer == layer and isinstance(s, Circle) and s.r == r)
             for layer in ("start", "end")}
    start, end = heads["start"].centre, heads["end"].centre
    faint_eyes = [s for s in detail.shapes if s.layer == "start" and isinstance(s, Circle) and s.fill == "black"]
    (eye,) = [s for s in detail.shapes if s.layer == "end" and isinstance(s, Circle) and s.fill == "black"]
    # The nose is the white outline beside the head (the other, below it, is the shoulders).
    (nose,) = [s for s in detail.shapes if s.layer == "end" and isinstance(s, Loop) and s.fill == "white"
               and min(y for _, y in s.points) > end[1] - r]
    chin = [s for s in detail.shapes if s.layer == "end" and isinstance(s, Line)
            and all(hypot(x - end[0], y - end[1]) > r for x, y in s.points) and all(y < end[1] for _, y in s.points)]
    arrow = next(s for s in detail.shapes if s.layer == "arrow" and len(s.points) == 2)
    assert start[0] - end[0] > 0.5 * r and not faint_eyes
    assert eye.centre[0] > end[0] and abs(eye.centre[1] - end[1]) < 0.2 * r  # looking ahead, level
    assert max(x for x, _ in nose.points) > end[0] + r
    assert chin and all(x > end[0] - 0.1 * r for s in chin for x, _ in s.points)  # under the jaw, at the front
    (tail, tip) = arrow.points
    assert tail[1] == tip[1] < end[1] - 0.5 * r and tip[0] < tail[0]
