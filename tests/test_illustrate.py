"""Tests for the exercise line drawings and the exercise files that use them."""

import random
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from msksite.illustrate import render_svg
from msksite.schema.pose import PROP_PLACES, Pose

EXERCISES = Path(__file__).resolve().parent.parent / "content" / "exercises"
FILES = sorted(EXERCISES.glob("*.yaml"))
SVG = "{http://www.w3.org/2000/svg}"
BODY_AREAS = {"back", "neck", "shoulder", "elbow", "wrist-and-hand", "hip", "knee", "ankle-and-foot", "general"}
TOP_KEYS = {"title", "body_area", "summary", "starting_position", "steps", "dose", "avoid", "stop_if", "illustration"}


def _load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _drawing(path: Path) -> tuple[str, str]:
    data = _load(path)
    pose = Pose.model_validate(data["illustration"]["pose"])
    return render_svg(pose, data["title"]), data["title"]


def test_there_are_exercise_files():
    assert len(FILES) >= 46


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_exercise_file_shape(path):
    data = _load(path)
    assert set(data) <= TOP_KEYS and TOP_KEYS - {"avoid"} <= set(data)
    assert data["body_area"] in BODY_AREAS
    assert 2 <= len(data["steps"]) <= 6
    assert 1 <= len(data["stop_if"]) <= 3
    assert 1 <= len(data.get("avoid", ["x"])) <= 3
    assert set(data["dose"]) <= {"repetitions", "hold", "how_often"}
    assert {"repetitions", "how_often"} <= set(data["dose"])
    assert set(data["illustration"]) == {"alt", "pose"}
    assert not data["illustration"]["alt"].lower().startswith(("image of", "picture of", "a drawing of"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_drawing_is_safe_accessible_svg(path):
    svg, title = _drawing(path)
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert re.fullmatch(r"0 0 [\d.]+ [\d.]+", root.get("viewBox", ""))
    assert root.find(f"{SVG}title").text == title
    assert "<script" not in svg.lower()
    assert not re.search(r"href\s*=\s*[\"']?\s*https?:", svg, re.I)
    assert "<text" not in svg and "font" not in svg
    assert len(svg.encode("utf-8")) < 4096


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_drawing_is_deterministic(path):
    first, _ = _drawing(path)
    second, _ = _drawing(path)
    assert first == second


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_coordinates_have_at_most_one_decimal(path):
    svg, _ = _drawing(path)
    assert not re.search(r"\d\.\d\d", svg)


def test_title_is_escaped():
    svg = render_svg(Pose(), 'Knees & "toes" <bent>')
    assert ET.fromstring(svg).find(f"{SVG}title").text == 'Knees & "toes" <bent>'


def test_far_side_is_grey_and_joints_are_round():
    svg = render_svg(Pose.model_validate({"near": {"shoulder": 90}, "props": ["floor"]}), "Arm forward")
    assert 'stroke="#999"' in svg
    assert 'stroke-linecap="round"' in svg and 'stroke-linejoin="round"' in svg
    assert "<circle" in svg


def test_angles_change_the_drawing():
    assert render_svg(Pose(), "x") != render_svg(Pose.model_validate({"near": {"knee": 90}}), "x")


def test_far_side_copies_near_unless_given():
    both = Pose.model_validate({"near": {"hip": 90, "knee": 90}})
    same = Pose.model_validate({"near": {"hip": 90, "knee": 90}, "far": {"hip": 90, "knee": 90}})
    assert render_svg(both, "x") == render_svg(same, "x")


@pytest.mark.parametrize(
    "pose",
    [
        {"props": ["sofa"]},
        {"props": [{"name": "table", "at": "left_ear"}]},
        {"trunk": 181},
        {"near": {"knee": -200}},
        {"back": 90},
        {"head_turn": 30},
        {"elbows": 10},
        {"near": {"finger": 10}},
        {"arrows": [{"at": "near_knee", "towards": "sideways"}]},
        {"arrows": [{"at": "near_knee", "towards": "up", "size": 3}]},
        {"view": "top"},
        {"view": "hand"},
        {"fingers": ["fist"]},
        {"trunk": "forward"},
    ],
)
def test_invalid_poses_are_rejected(pose):
    with pytest.raises(ValidationError):
        Pose.model_validate(pose)


@pytest.mark.parametrize(
    "prop", [{"name": "floor", "at": "hip"}, {"name": "step", "at": "near_hand"}, {"name": "towel", "at": "hip"}]
)
def test_props_only_go_where_they_can(prop):
    with pytest.raises(ValidationError, match="cannot go at"):
        Pose.model_validate({"props": [prop]})


@pytest.mark.parametrize("name", sorted(PROP_PLACES))
def test_every_prop_renders_in_every_place(name):
    sitting = {"near": {"shoulder": 45, "elbow": 45, "hip": 90, "knee": 90}}
    for at in PROP_PLACES[name] or (None,):
        prop = {"name": name, "at": at} if at else name
        svg = render_svg(Pose.model_validate({**sitting, "props": [prop]}), name)
        assert ET.fromstring(svg).find(f"{SVG}title").text == name


def _random_pose(rng: random.Random) -> dict:
    joints = ("shoulder", "elbow", "wrist", "hip", "knee", "ankle")
    pose = {
        "view": rng.choice(["side", "front", "back"]),
        "trunk": rng.uniform(-180, 180),
        "back": rng.uniform(-60, 60),
        "neck": rng.uniform(-90, 90),
        "close_up": rng.random() < 0.2,
        "near": {j: rng.uniform(-180, 180) for j in joints if rng.random() < 0.7},
        "far": {j: rng.uniform(-180, 180) for j in joints if rng.random() < 0.3},
        "arrows": [{"at": "near_hand", "towards": rng.choice(["up", "clockwise"]), "pointing": "at"}],
    }
    pose["props"] = [{"name": n, "at": rng.choice(p)} if p else n for n, p in rng.sample(sorted(PROP_PLACES.items()), 3)]
    return pose


def test_random_poses_still_give_small_valid_svg():
    rng = random.Random(20261123)
    for _ in range(300):
        svg = render_svg(Pose.model_validate(_random_pose(rng)), "Random")
        assert ET.fromstring(svg).get("role") == "img"
        assert len(svg.encode("utf-8")) < 4096


def test_hand_view_draws_each_finger_shape():
    shapes = {s: render_svg(Pose(view="hand", fingers=(s,)), "Hand") for s in ("straight", "hook", "fist")}
    assert len(set(shapes.values())) == 3


def test_angle_error_message_is_helpful():
    with pytest.raises(ValidationError, match="between -180 and 180 degrees"):
        Pose.model_validate({"near": {"hip": 270}})


def test_pose_is_frozen():
    with pytest.raises(ValidationError):
        Pose().trunk = 10
