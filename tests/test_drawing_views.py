"""Tests for the drawings seen from an unusual place: lying on your side seen from in front and a little above
(clam, side leg raise)."""
from dataclasses import replace
from math import atan2, degrees

import pytest

from msksite.drawing.figure import WIDTHS
from msksite.drawing.positions import positions
from msksite.drawing.scene import scene
from msksite.drawing.shapes import Circle, Line, Loop, Tube
from msksite.drawing.svg import extent
from msksite.drawing.skeleton import HEAD_R
from exercise_poses import exercise_pose
from test_drawing_numbered import pictures


def _above_line(p, a, b) -> float:
    """How far p is above the line from a to b, in picture units."""
    t = (p[0] - a[0]) / (b[0] - a[0])
    return p[1] - (a[1] + t * (b[1] - a[1]))


def _turn_at_knee(pts, side) -> float:
    """How far the leg turns at the knee in the picture, from the thigh's way to the shin's, in degrees."""
    hip, knee, ankle = (pts[f"{side}_{joint}"] for joint in ("hip", "knee", "ankle"))
    way = lambda a, b: degrees(atan2(b[1] - a[1], b[0] - a[0]))
    return abs((way(knee, ankle) - way(hip, knee) + 180) % 360 - 180)


def test_a_clam_opens_the_top_knee_high_from_the_feet_together_with_both_knees_bent_towards_you():
    # "The bent legs are a jumble" (round 34): the top knee arches high over the flat bottom leg, feet together.
    placed = positions(exercise_pose("clam"))
    end = placed.end
    # Seen a little from above, a knee bent towards you is below the line from its hip to its foot, but not far
    # (seen from high, the bent bottom leg dropped below the top one and the two made a box, round 34).
    assert -9 < _above_line(end["far_knee"], end["far_hip"], end["far_ankle"]) < -5
    # In picture 1 both legs bend clearly at the knee: from 10 degrees above they turned only 20 degrees there and
    # "the bent knees look like straight legs" (round 55).
    for side in ("near", "far"):
        assert _turn_at_knee(placed.start, side) > 35
    # Open, the top knee is well above that line (about a thigh's width: seen from 25 degrees above, its lift is a
    # little foreshortened), and over two thighs' widths above the bottom knee.
    assert _above_line(end["near_knee"], end["near_hip"], end["near_ankle"]) > 8
    assert end["near_knee"][1] - end["far_knee"][1] > 2 * WIDTHS["thigh"]
    # The feet rest one on the other, a shin's width apart, pointing the same way (from hips a pelvis apart the legs
    # lay side by side and the feet read as apart).
    assert abs(end["near_ankle"][1] - end["far_ankle"][1]) < WIDTHS["shin"]
    assert abs(end["near_ankle"][0] - end["far_ankle"][0]) < WIDTHS["shin"]
    assert abs(end["near_toe"][1] - end["far_toe"][1]) < WIDTHS["shin"]


def test_a_clam_has_no_faint_start_muddling_the_legs():
    # Its faint start, under the dark bottom leg, peeked out between the legs as grey lines ("a jumble", round 34):
    # the start is its own numbered picture instead (numbered: true, tests/test_drawing_numbered.py).
    pose = exercise_pose("clam")
    assert not [s for s in scene(pose).shapes if s.layer.startswith("start")]
    # Its arrow, up the knee's path in the opening between the legs: tests/test_drawing_numbered.py.


def test_a_side_leg_raise_lifts_the_straight_top_leg_in_line_with_the_body():
    placed = positions(exercise_pose("side-leg-raise"))
    end, start = placed.end, placed.start
    assert abs(_above_line(end["near_knee"], end["near_hip"], end["near_ankle"])) < 0.5
    assert end["near_ankle"][1] - start["near_ankle"][1] > 15
    # Its toes point on along the leg: a foot at a right angle to it read as a bent knee, like the clam's (round 25).
    assert abs(_above_line(end["near_toe"], end["near_hip"], end["near_ankle"])) < 3
    # The bottom knee is bent (a little: bent more, the leg splayed away from the body, round 33), below the line from
    # its hip to its foot.
    assert _above_line(end["far_knee"], end["far_hip"], end["far_ankle"]) < -3.5
    # Unlike the clam's, the top leg starts lying in line with the body, not bent forwards.
    assert start["near_ankle"][0] - start["hip"][0] > 40


def test_lying_on_your_side_the_lower_limbs_are_shaded_and_a_mat_is_under_the_shoulder_and_the_knees():
    for stem in ("clam", "side-leg-raise"):
        pose = exercise_pose(stem)
        # The moving picture: the one person, where positions places them (the clam's still draws two, numbered).
        drawing, pts = scene(pose, "moving"), positions(pose).end
        tubes = [s for s in drawing.shapes if isinstance(s, Tube) and s.layer == "end"]
        fills = lambda fill: {p for s in tubes if s.fill == fill for p in s.points}
        # The lower leg dark (grey, it ran into the white top leg at phone size), the lower arm grey.
        assert pts["far_knee"] in fills("dark") and pts["far_elbow"] in fills("grey")
        assert pts["near_knee"] in fills("white") - fills("dark")
        top, edge = [s for s in drawing.shapes if s.layer == "prop" and isinstance(s, Loop)]
        assert top.fill == "white" and edge.fill == "grey"
        low, high = min(p[1] for p in top.points), max(p[1] for p in top.points)
        # What rests on the mat is drawn on its top: the lower edges of the lower shoulder and the lower knee (seen
        # from low, the clam's, the band of the mat is thin); the head rests on the lower arm (test_drawing_lying.py).
        for y in (pts["far_shoulder"][1], pts["far_knee"][1]):
            assert low < y - WIDTHS["thigh"] / 2 < high


def test_the_foot_stretch_is_a_close_up_of_a_hand_bending_the_toes_back_over_the_knee():
    from msksite.drawing.toes import holding_hand, toe_ends

    pose = exercise_pose("foot-stretch")
    placed, close_up = positions(pose), scene(pose, detail=True)
    assert close_up.frame is not None and close_up.inset is None
    end, start = placed.end, placed.start
    # The hand is drawn from the toes in both positions, grey, and turns up with them.
    for pts, toes in ((end, "up"), (start, "flat")):
        hand = holding_hand(pts["near_ankle"], pts["near_toe"], toes, "end")
        assert all(s.fill == "grey" for s in hand)
    base, up = toe_ends(end["near_ankle"], end["near_toe"], "up")
    _, flat = toe_ends(end["near_ankle"], end["near_toe"], "flat")
    assert up[1] - base[1] > flat[1] - base[1] + 1
    # One curved arrow over the foot, ending nearer the shin (up and back) than it starts.
    arrow = next(s for s in close_up.shapes if s.layer == "arrow" and len(s.points) > 3)
    assert arrow.points[-1][0] < arrow.points[0][0] and arrow.points[-1][1] > arrow.points[0][1]
    # The heel rests on the other knee, seen from the front as the person beside shows it: a grey leg hanging
    # straight down from the round of the knee, whose top is at the heel (the round shape alone was unexplained).
    knee = next(s for s in close_up.shapes if isinstance(s, Tube) and s.layer == "prop")
    (x, top), (x2, bottom) = knee.points
    heel = min((p for s in close_up.shapes if isinstance(s, Loop) and s.layer == "end" for p in s.points),
               key=lambda p: p[1])
    assert knee.fill == "grey" and x == x2 and bottom < top
    assert abs(top + knee.width / 2 - heel[1]) < 0.1 * knee.width and abs(x - heel[0]) < knee.width


def test_the_foot_stretch_person_sits_side_on_the_crossed_shin_level_across_the_other_thigh_the_hand_at_the_toes():
    from math import atan2, degrees, dist

    from msksite.drawing.seated import seated_person, seated_pose

    # Side-on a crossed leg runs towards you; the picture cheats as leaflets do: the crossed thigh short, its knee a
    # little above the lap, and the crossed shin roughly level across the other thigh, the ankle on the other knee
    # and the foot just past it, toes up, the near hand (one white tube) at the toes. Rising steeply to a knee high
    # over the lap, the crossed leg read as "a crossed-leg hip stretch"; the far arm, on the lap, added a tangle.
    pts = seated_pose()
    hip, knee, ankle, toe = (pts[f"near_{j}"] for j in ("hip", "knee", "ankle", "toe"))
    shin = degrees(atan2(knee[1] - ankle[1], ankle[0] - knee[0]))
    assert 0 < shin < 25 and dist(hip, knee) < 0.8 * dist(knee, ankle)
    assert abs(ankle[0] - pts["far_knee"][0]) < 3 and ankle[1] > pts["far_knee"][1] + WIDTHS["thigh"] / 2
    assert toe[0] > ankle[0] and toe[1] > ankle[1] + 0.5 * dist(ankle, toe)
    assert dist(pts["near_tip"], toe) < 3
    person = seated_person()
    arms = [s for s in person if isinstance(s, Tube) and s.points[0] == pts["near_shoulder"]]
    assert len(arms) == 1 and arms[0].points[-1] == pts["near_tip"]
    assert not [s for s in person if isinstance(s, Tube) and pts["far_elbow"] in s.points]
    # Moving, the person stays and the close-up's toes bend back and forth.
    drawing, moving = scene(exercise_pose("foot-stretch")), scene(exercise_pose("foot-stretch"), "moving")
    assert moving.shapes == drawing.shapes and moving.inset.detail.moves


def test_the_foot_stretch_numbered_is_two_solid_close_ups_the_arrow_and_the_person_in_the_second():
    # Written numbered, the still was once the faint-start close-up, the word silently ignored: it is now two solid
    # close-ups numbered 1 and 2 (the toes flat, then bent back), the arrow and the person in the second.
    pose = exercise_pose("foot-stretch")
    numbered = scene(pose.model_copy(update={"numbered": True}))
    first, second = numbered.panels
    assert first.inset is None and second.inset is not None
    for panel in (first, second):
        assert not [s for s in panel.shapes if s.layer.startswith("start")]
        assert [s for s in panel.shapes if isinstance(s, Circle) and s.layer == "number" and s.fill == "white"]
    # Each number is a circle and a stroke; only the second has the curved arrow and its head.
    marks = lambda panel: len([s for s in panel.shapes if s.layer == "arrow"])
    assert marks(first) == 0 and marks(second) > 1
    (cx, cy), r = second.inset.centre, second.inset.r
    left, bottom, right, top = second.frame
    assert left <= cx - r and cx + r <= right and bottom <= cy - r and cy + r <= top


def test_faint_start_false_leaves_the_faint_upright_knees_out_of_the_knee_rolls_still_but_not_the_arrow():
    # feet_view drew the faint start whatever the pose said: faint_start: false was silently ignored.
    pose = exercise_pose("knee-rolls").model_copy(update={"faint_start": True})
    faint = lambda drawing: [s for s in drawing.shapes if s.layer.startswith("start")]
    arrows = lambda drawing: [s for s in drawing.shapes if s.layer == "arrow"]
    with_start, without = scene(pose), scene(pose.model_copy(update={"faint_start": False}))
    assert faint(with_start) and not faint(without)
    assert arrows(without) == arrows(with_start)
    assert scene(pose.model_copy(update={"faint_start": False}), "moving").moves


def test_a_start_lying_facing_you_on_a_mat_is_seen_from_above_like_its_end():
    # The start drops the props, but keeps what the person lies on: on a mat, the knee rolls' faint start lies on the
    # back (no grey lower limbs). The side leg raise is two numbered pictures (round 67): its start, picture 1, lies
    # on its side on the mat seen from above like its end, picture 2, its lower arm and leg grey in both.
    drawing = scene(exercise_pose("knee-rolls"))
    start = [s for s in drawing.shapes if s.layer.startswith("start")]
    assert start and not [s for s in start if isinstance(s, Tube) and s.fill == "grey"]
    one, two = pictures(exercise_pose("side-leg-raise"))
    grey = lambda shapes: [s for s in shapes if isinstance(s, Tube) and s.fill == "grey" and s.layer == "end"]
    assert grey(one) and len(grey(one)) == len(grey(two))


def test_the_neck_side_stretch_is_a_big_head_tilting_its_ear_down_to_the_shoulder_over_a_faint_upright_start():
    from msksite.drawing.head_view import ZOOM

    drawing = scene(exercise_pose("neck-side-stretch"))
    heads = {s.layer: s for s in drawing.shapes if isinstance(s, Circle) and s.r == pytest.approx(HEAD_R * ZOOM)}
    start, end = heads["start"].centre, heads["end"].centre
    # Drawn big (the whole person made the tilt too small to see), upright at the start, and well over at the end:
    # moved sideways by more than a third of a head and dropped towards the shoulder.
    assert abs(end[0] - start[0]) > 0.7 * HEAD_R * ZOOM and end[1] < start[1] - 0.2 * HEAD_R * ZOOM
    # Head and neck tip together about the neck's base (bent up then over, the head "slid off the neck", round 51):
    # the tilted neck leans straight from where the faint upright neck rises, straight up under the faint head.
    necks = {s.layer: s for s in drawing.shapes if isinstance(s, Tube) and s.layer in ("start", "end")}
    neck, upright = necks["end"], necks["start"]
    assert neck.points[0] == pytest.approx(upright.points[0])
    assert upright.points[-1][0] == pytest.approx(upright.points[0][0]) == pytest.approx(start[0])
    (bx, by), (hx, hy) = neck.points[0], neck.points[-1]
    lean = lambda p: degrees(atan2(p[0] - bx, p[1] - by))
    assert lean(neck.points[1]) == pytest.approx(lean(neck.points[-1]))
    # As far as a real neck tilts, the head still on top of it: at 45 degrees it "looks laid on the shoulder".
    assert 28 < lean((hx, hy)) < 38
    # The faint upright head shows whole over the tilted one (under it, only its far side showed, "off-centre").
    (outline,) = [s for s in drawing.shapes if isinstance(s, Circle) and s.layer == "start_over"]
    assert outline.centre == pytest.approx(start) and outline.fill == "none"


def test_the_neck_side_stretch_arrow_runs_down_beside_the_head_towards_the_shoulder_not_over_the_top():
    # An arc over the top of the head, from the upright head to the tilted one, read as the ring over the head of
    # neck turns (round 51): the arrow starts beside the top of the faint head, on the side the head tips to, clear
    # of the tilted head, and runs down to end level with the shoulders, pointing down.
    from msksite.drawing.head_view import ZOOM

    drawing = scene(exercise_pose("neck-side-stretch"))
    head = next(s for s in drawing.shapes if isinstance(s, Circle) and s.layer == "end" and s.r == HEAD_R * ZOOM)
    base = next(s for s in drawing.shapes if isinstance(s, Tube) and s.layer == "end").points[0]
    arc = max((s for s in drawing.shapes if isinstance(s, Line) and s.layer == "arrow"), key=lambda s: len(s.points))
    assert all(x > base[0] + 0.5 * HEAD_R * ZOOM for x, _ in arc.points)
    assert all(((x - head.centre[0]) ** 2 + (y - head.centre[1]) ** 2) ** 0.5 > head.r for x, y in arc.points)
    (x0, y0), (x1, y1) = arc.points[0], arc.points[-1]
    assert x1 > x0 and y0 > head.centre[1] + head.r and abs(y1 - base[1]) < 0.5 * HEAD_R * ZOOM
    assert arc.points[-1][1] < arc.points[-2][1]


def test_knee_to_chest_pulls_the_knee_close_to_the_chest_with_the_other_leg_still_on_the_floor_away_from_the_arrow():
    # "The knee stays far from the chest" and "the arrow sits by the grey other leg, so it looks as if that leg
    # should move" (round 31): the held knee ends over the trunk, over the chest side of the waist, the thigh leaning
    # in past upright (bent less than fully since round 41, so thigh and shin are two clear tubes); the other knee is
    # bent with its foot flat on the floor, as the starting position says (round 111; it lay straight before); the
    # arrow runs from above the held leg's start to above the chest, well clear of that other leg.
    pose = exercise_pose("knee-to-chest")
    placed = positions(pose)
    end = placed.end
    knee, chest, hip = end["near_knee"], end["chest"], end["near_hip"]
    assert chest[0] - 5 < knee[0] < end["waist"][0]
    assert end["neck"][0] < knee[0] < hip[0] - 10
    assert end["far_knee"][1] > end["far_hip"][1] + 10 and abs(end["far_ankle"][1] - end["far_hip"][1]) < 3
    assert end["far_ankle"][0] > end["far_knee"][0] > hip[0]  # bent up, the foot flat beyond the knee
    (line,) = [s for s in scene(pose).shapes if s.layer == "arrow" and len(s.points) > 3]
    # Clear of the other leg's bent knee by more than two leg widths (from the straight leg's knee on the floor it was
    # 20 units).
    assert min(p[1] for p in line.points) > end["far_knee"][1] + 12
    assert line.points[0][0] > placed.start["near_knee"][0] - 10 and line.points[-1][0] < hip[0] - 10


def test_the_shoulder_blade_squeeze_is_a_big_back_from_the_hips_up_with_arrows_in_at_the_blades():
    # Small and whole from behind, only the grey head said "back view" and the inward arrows read as "rounding the
    # shoulders forward". Big from the hips up: the pockets and the black hair (a line down the spine "looks like a
    # zip", and the blades by it "jacket lapels": test_drawing_towel_back); the blades faint apart at the
    # start, solid close to the spine at the end; an arrow each side in at the blade, clear of the arm.
    from msksite.drawing.blade_squeeze import ARM_TOP, ELBOW, UPPER_ARM

    pose = exercise_pose("shoulder-blade-squeeze")
    drawing = scene(pose)
    shapes = drawing.shapes
    assert drawing.frame[1] > -10  # cut off under the waistband: no legs, the back fills the picture
    assert len([s for s in shapes if isinstance(s, Loop) and s.fill == "white" and len(s.points) == 5]) == 2
    assert [s for s in shapes if isinstance(s, Loop) and s.fill == "black"]  # hair over the back of the head
    blades = {layer: sorted((s for s in shapes if isinstance(s, Loop) and s.fill == "grey" and s.layer == layer),
                            key=lambda s: s.points[0][0]) for layer in ("start", "end")}
    assert len(blades["start"]) == len(blades["end"]) == 2
    near = lambda s: min(abs(x) for x, _ in s.points)
    for start, end in zip(blades["start"], blades["end"]):
        assert near(end) < 5 < near(start)  # squeezed in close to the spine from further apart
    arrows = [s for s in shapes if s.layer == "arrow" and len(s.points) == 2]
    assert len(arrows) == 2
    for arrow in arrows:
        (x0, y0), (x1, y1) = arrow.points
        side = [b for b in blades["end"] if b.points[1][0] * x0 > 0][0]
        assert y0 == y1 and abs(x1) < abs(x0)  # level, pointing in
        assert min(y for _, y in side.points) < y0 < max(y for _, y in side.points)  # at the blade's height
        assert abs(x1) > max(abs(x) for x, y in side.points if abs(y - y0) < 4)  # stops at its outer edge
        t = (ARM_TOP[1] - y0) / (ARM_TOP[1] - ELBOW[1])
        arm_inside = ARM_TOP[0] + t * (ELBOW[0] - ARM_TOP[0]) - UPPER_ARM / 2
        assert abs(x0) + arrow.width / 2 < arm_inside  # between the blade and the arm, not across it
    # Moving, the blades alone slide in; the arms and the back stay put (nothing shrugs or rounds).
    moving = scene(pose, "moving")
    assert sorted(moving.moves.values(), key=lambda s: s.points[0][0]) == [
        replace(s, layer="end") for s in blades["start"]]

