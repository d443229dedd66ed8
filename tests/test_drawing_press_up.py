"""The lying back arch on the elbows: lying flat (1) above pushed up on the elbows (2), an arrow curving up from the
lying chest."""
from __future__ import annotations

from math import dist
from pathlib import Path

import yaml

from msksite.drawing.positions import positions
from msksite.drawing.scene import scene
from msksite.drawing.shapes import Circle, Line
from msksite.drawing.skeleton import HEAD_R
from msksite.schema.pose import Pose

POSE = Path(__file__).resolve().parent.parent / "content" / "exercises" / "back-extension-lying.yaml"


def _pose() -> Pose:
    return Pose.model_validate(yaml.safe_load(POSE.read_text(encoding="utf-8"))["illustration"]["pose"])


def test_the_hips_stay_where_they_are_while_the_chest_rises():
    # Resting on the hands, the faint lying start slid out in front of the raised person, its head beyond theirs.
    placed = positions(_pose())
    assert placed.support.endswith("hip") and dist(placed.start["hip"], placed.end["hip"]) < 0.5
    assert placed.end["near_shoulder"][1] - placed.start["near_shoulder"][1] > 8


def test_the_still_shows_lying_flat_numbered_1_above_pushed_up_numbered_2_with_one_arrow_up_from_the_chest():
    # Drawn over each other, the faint lying start was hidden under the raised trunk and the arrow curled round the
    # head ("neck extension"); one picture with an arrow up from the shoulders looked like a bridge.
    drawing = scene(_pose())
    heads = sorted((s for s in drawing.shapes if isinstance(s, Circle) and s.layer == "end"), key=lambda c: -c.centre[1])
    floors = sorted((s for s in drawing.shapes if s.layer == "prop" and isinstance(s, Line)),
                    key=lambda s: -s.points[0][1])
    assert len(heads) == 2 and len(floors) == 2
    lying, raised = (h.centre[1] - f.points[0][1] for h, f in zip(heads, floors))
    assert raised - lying > 10  # the head and chest well up off the floor below, lying on it above
    # Numbered 1 and 2 at the left end of each picture, the 1 higher.
    numbers = sorted((s for s in drawing.shapes if isinstance(s, Circle) and s.layer == "arrow"),
                     key=lambda c: -c.centre[1])
    assert len(numbers) == 2 and all(n.centre[0] < h.centre[0] - 40 for n, h in zip(numbers, heads))
    assert floors[0].points[0][1] < numbers[0].centre[1] and numbers[1].centre[1] < floors[0].points[0][1]
    # One arrow, curving up from the lying chest above, starting at the body (floating over the back, it "hovered
    # oddly"): no long arrow down between the pictures.
    (up,) = [s for s in drawing.shapes if s.layer == "arrow" and isinstance(s, Line) and len(s.points) > 8]
    tail, tip = up.points[0], up.points[-1]
    assert tip[1] - tail[1] > 14 and tail[1] > heads[0].centre[1] - HEAD_R
    # It starts on the upper back, not over the neck ("the step-1 arrow by the head is vague"), and rises up and back,
    # towards the hips, its whole length clear of the head.
    lying = positions(_pose()).start
    shift = heads[0].centre[0] - lying["head"][0], heads[0].centre[1] - lying["head"][1]
    hip, neck = ((lying[j][0] + shift[0], lying[j][1] + shift[1]) for j in ("hip", "neck"))
    assert hip[0] + 0.6 * (neck[0] - hip[0]) < tail[0] < neck[0] - 3
    assert tail[1] - neck[1] < 6.5 + 2  # on the back's outline (the trunk is 13 thick)
    assert tip[0] < tail[0] - 5
    assert all(dist(p, heads[0].centre) > HEAD_R + 6 for p in up.points)
    assert numbers[0].centre[0] < tail[0] < heads[0].centre[0] and tail[1] - floors[0].points[0][1] < 25
    bends = [(b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]) for a, b, c in zip(*(up.points[i:] for i in range(3)))]
    assert all(k > 0 for k in bends)  # one curve, turning one way (round the hips)


def test_the_lying_start_has_bent_elbows_and_the_hands_flat_on_the_floor_by_the_shoulders():
    # Its arms were "a jumble": the elbow up behind the shoulder, the forearm down to the hand on the floor.
    placed = positions(_pose())
    lying = placed.start
    assert lying["near_elbow"][1] > lying["near_shoulder"][1] + 3  # the elbow up behind the shoulder
    wrist, tip = lying["near_wrist"], lying["near_tip"]
    assert all(0 <= p[1] - placed.floor < 3 for p in (wrist, tip))  # the hand flat on the floor, not through it
    assert wrist[0] < tip[0] and abs(tip[0] - lying["near_shoulder"][0]) < 5  # fingers forward, to the shoulder


def test_the_moving_drawing_has_a_curved_arrow_round_the_hips_rising_in_front_of_the_person():
    pose = _pose()
    placed = positions(pose)
    moving = scene(pose, "moving")
    curves = [s for s in moving.shapes if s.layer == "arrow" and isinstance(s, Line) and len(s.points) > 3]
    (curve,) = curves
    radii = [dist(p, placed.end["hip"]) for p in curve.points]
    assert max(radii) - min(radii) < 1e-6 and curve.points[-1][1] - curve.points[0][1] > 15
    assert min(p[0] for p in curve.points) > placed.end["head"][0]  # in front of the raised head, not round it
