"""The lying back arch on the elbows: lying flat with the forearms on the floor (1) above pushed up on the elbows (2),
a short straight arrow up from the lying chest."""
from __future__ import annotations

from math import dist
from pathlib import Path

import yaml

from msksite.drawing.positions import positions
from msksite.drawing.press_up import ready_arms
from msksite.drawing.scene import scene
from msksite.drawing.shapes import Circle, Line, Tube
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
    numbers = sorted((s for s in drawing.shapes if isinstance(s, Circle) and s.layer == "number"),
                     key=lambda c: -c.centre[1])
    assert len(numbers) == 2 and all(n.centre[0] < h.centre[0] - 40 for n, h in zip(numbers, heads))
    assert floors[0].points[0][1] < numbers[0].centre[1] and numbers[1].centre[1] < floors[0].points[0][1]
    # One short bold arrow, straight up from the lying chest above (curling up and back from the upper back, it was
    # "vague" and "placed oddly over the head"): no long arrow down between the pictures.
    (shaft, head) = [s for s in drawing.shapes if s.layer == "arrow" and isinstance(s, Tube)]
    tail, tip = shaft.points
    assert head.points[1] == tip and 12 < tip[1] - tail[1] and abs(tip[0] - tail[0]) < 0.3 * (tip[1] - tail[1])
    # It starts on the back's outline over the chest (floating over the back, it "hovered oddly"), behind the head
    # and clear of it.
    lying = ready_arms(positions(_pose()).start)
    shift = heads[0].centre[0] - lying["head"][0], heads[0].centre[1] - lying["head"][1]
    hip, neck = ((lying[j][0] + shift[0], lying[j][1] + shift[1]) for j in ("hip", "neck"))
    assert hip[0] + 0.6 * (neck[0] - hip[0]) < tail[0] < neck[0] - 3
    assert 6.5 < tail[1] - neck[1] < 6.5 + 2  # just off the back's outline (the trunk is 13 thick)
    assert all(dist(p, heads[0].centre) > HEAD_R + 3 for p in shaft.points + head.points)
    assert numbers[0].centre[0] < tail[0] < heads[0].centre[0]


def test_lying_the_forearms_are_flat_on_the_floor_beside_the_head_ready_to_push_up():
    # With the elbows up behind the shoulders and the hands under them, the arms were "a tangle", "cramped under the
    # chest"; at full length along the floor the elbow lay under the head and the arm hid the face.
    placed = positions(_pose())
    lying = ready_arms(placed.start)
    shoulder, elbow, wrist, tip = (lying[f"near_{j}"] for j in ("shoulder", "elbow", "wrist", "tip"))
    head = lying["head"]
    assert 0 < elbow[0] - shoulder[0] < 6  # the elbow just in front of the shoulder
    assert all(0 <= p[1] - placed.floor < 5 for p in (elbow, wrist, tip))  # forearm and hand flat on the floor
    assert abs(elbow[1] - wrist[1]) < 1e-6 and abs(wrist[1] - tip[1]) < 1e-6 and wrist[0] > elbow[0] + 10
    assert tip[0] > head[0] and head[1] - HEAD_R > wrist[1]  # the hand by the face, the head above the forearm
    # The still draws these arms: in picture 1 a forearm lies flat along the floor under the head, not over the back.
    drawing = scene(_pose())
    floor = max((s for s in drawing.shapes if s.layer == "prop" and isinstance(s, Line)), key=lambda s: s.points[0][1])
    top_head = max((s for s in drawing.shapes if isinstance(s, Circle) and s.layer == "end"), key=lambda c: c.centre[1])
    low = floor.points[0][1] + 5
    forearms = [s for s in drawing.shapes if isinstance(s, Tube) and s.layer == "end" and s.width == 5.0
                and floor.points[0][1] < min(p[1] for p in s.points) and max(p[1] for p in s.points) < low]
    assert {f.fill for f in forearms} == {"white", "grey"}  # near and far (the neck is higher)
    assert all(abs(f.points[0][1] - f.points[1][1]) < 1e-3 for f in forearms)
    assert all(f.points[0][0] < top_head.centre[0] < f.points[1][0] for f in forearms)
    assert low < top_head.centre[1] - HEAD_R + 2  # the head above them, not hidden behind the near one


def test_the_moving_drawing_has_a_curved_arrow_round_the_hips_rising_in_front_of_the_person():
    pose = _pose()
    placed = positions(pose)
    moving = scene(pose, "moving")
    curves = [s for s in moving.shapes if s.layer == "arrow" and isinstance(s, Line) and len(s.points) > 3]
    (curve,) = curves
    radii = [dist(p, placed.end["hip"]) for p in curve.points]
    assert max(radii) - min(radii) < 1e-6 and curve.points[-1][1] - curve.points[0][1] > 15
    assert min(p[0] for p in curve.points) > placed.end["head"][0]  # in front of the raised head, not round it
