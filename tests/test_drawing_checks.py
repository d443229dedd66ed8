"""The pose checks `check` runs on every drawing: joint ranges, a start through the floor, a start that is the end."""
from pathlib import Path

import pytest
import yaml

from msksite.drawing.checks import pose_problems
from msksite.drawing.positions import positions
from msksite.schema.pose import JOINT_LIMITS, Pose

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted((ROOT / "content" / "exercises").glob("*.yaml"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_exercise_pose_passes_the_checks(path):
    pose = Pose.model_validate(yaml.safe_load(path.read_text(encoding="utf-8"))["illustration"]["pose"])
    assert pose_problems(pose) == []


def _limit_cases():
    for view, limits in JOINT_LIMITS.items():
        for joint, (low, high) in limits.items():
            yield view, joint, low, high


@pytest.mark.parametrize("view, joint, low, high", list(_limit_cases()))
def test_each_angle_is_allowed_up_to_its_limit_and_refused_past_it(view, joint, low, high):
    def problems(value: float, where: str) -> list:
        field = {"neck": value} if joint == "neck" else {where: {joint: value}}
        return pose_problems(Pose.model_validate({"view": view, **field}))

    where = "far" if joint != "neck" else ""
    assert problems(low, where or "near") == [] and problems(high, where or "near") == []
    # Past 180 the schema itself refuses the number, so the shoulder's top limit has nothing beyond it to test.
    for value in [v for v in (low - 1, high + 1) if abs(v) <= 180]:
        found = problems(value, where or "near")
        assert [loc for loc, _, _ in found] == [(joint,) if joint == "neck" else ("far", joint)]
        assert f"is {value:g} degrees" in found[0][1]


def test_a_start_angle_past_its_limit_is_reported_under_start():
    pose = Pose.model_validate({"near": {"knee": 10}, "start": {"near": {"knee": -30}}})
    assert [loc for loc, _, _ in pose_problems(pose)] == [("start", "near", "knee")]


def test_start_copies_the_end_and_far_copies_near():
    pose = Pose.model_validate({"trunk": 10, "near": {"hip": 20, "knee": 30}, "start": {"near": {"knee": 90}}})
    start = pose.at_start()
    assert (start.trunk, start.near.hip, start.near.knee) == (10, 20, 90)
    assert start.far.knee is None and pose.at_start().start is None
    assert Pose().at_start() is None


def test_start_and_end_rest_on_the_same_point():
    # A straight leg raise: the leg that lifts is not what the body rests on.
    pose = Pose.model_validate({"trunk": -90, "near": {"hip": 45}, "far": {"hip": 0}, "start": {"near": {"hip": 0}}})
    placed = positions(pose)
    assert placed.support and not placed.support.startswith("near_")
    assert placed.start[placed.support] == pytest.approx(placed.end[placed.support])
    assert placed.start["near_ankle"][1] < placed.end["near_ankle"][1] - 20


def test_a_start_through_the_floor_is_reported_and_one_above_it_is_not():
    lying = {"trunk": -90, "near": {"hip": 30}}
    assert pose_problems(Pose.model_validate({**lying, "start": {"near": {"hip": 0}}})) == []
    found = pose_problems(Pose.model_validate({**lying, "start": {"trunk": -130}}))
    assert [loc for loc, _, _ in found] == [("start",)] and "through the floor" in found[0][1]


def test_a_start_the_same_as_the_end_is_reported():
    found = pose_problems(Pose.model_validate({"near": {"knee": 20}, "start": {"near": {"knee": 20}}}))
    assert [loc for loc, _, _ in found] == [("start",)] and "same as the end" in found[0][1]


def test_the_worked_example_in_the_exercise_guide_passes_check(project):
    # The guide's example is what a clinician copies: it must be a whole, valid exercise that draws.
    guide = (ROOT / "docs/exercise-format.md").read_text(encoding="utf-8")
    example = guide.split("```yaml\n", 1)[1].split("```", 1)[0]
    project.write("content/exercises/seated-knee-lifts.yaml", example)
    problems = project.check()
    assert [str(p) for p in problems.errors] == []
    assert "seated-knee-lifts" not in " ".join(str(p) for p in problems.warnings)
