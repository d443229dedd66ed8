"""The lying leg exercises (round 30): the straight leg raise's arms are folded on the chest, clear of the legs, and
the bridge lifts the hips high with the arms down on the floor below the body."""
from pathlib import Path

import yaml

from msksite.drawing.positions import positions
from msksite.schema.pose import Pose

EXERCISES = Path(__file__).resolve().parent.parent / "content" / "exercises"


def _pose(name: str) -> Pose:
    return Pose.model_validate(yaml.safe_load((EXERCISES / f"{name}.yaml").read_text())["illustration"]["pose"])


def _height_of_line(a, b, x: float) -> float:
    """The height of the line through a and b where it passes x."""
    return a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0])


def test_the_straight_leg_raise_keeps_the_hands_on_the_chest_away_from_the_legs():
    # By the sides, the hand met both legs at the hip in a knot ("overlaps the bent one and the arm").
    pose = _pose("straight-leg-raise")
    pts = positions(pose).end
    assert pose.near.hand == "crossed"
    for side in ("near", "far"):
        assert pts["hip"][0] - max(pts[f"{side}_elbow"][0], pts[f"{side}_wrist"][0]) > 8


def test_the_bridge_lifts_the_hips_high_from_the_floor():
    # "The lift is shallow ... the movement is easy to miss": the hips rise well over a thigh's width, and higher
    # than the lowered hips by more than half the lowered knee's height.
    both = positions(_pose("bridge"))
    end, start = both.end, both.start
    assert end["hip"][1] - start["hip"][1] > 12
    assert end["hip"][1] > 0.7 * end["near_knee"][1]
    assert abs(end["near_ankle"][1] - start["near_ankle"][1]) < 3  # the feet stay down on the floor


def test_the_bridge_arms_lie_on_the_floor_below_the_body_with_a_gap():
    # Level with the shoulder, the arm ran along the body's underside and the two merged: it slopes down onto the
    # floor, so at the hand the body is well above it.
    pts = positions(_pose("bridge")).end
    wrist = pts["near_wrist"]
    assert wrist[1] < 5  # on the floor
    assert _height_of_line(pts["near_shoulder"], pts["hip"], wrist[0]) - wrist[1] > 12
