"""Tests for the exercise line drawings (msksite/drawing) and the exercise files that use them."""

import json
from math import dist
import os
import random
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from msksite.drawing import VARIANTS, render_svg
from msksite.drawing.scene import scene
from msksite.drawing.shapes import LAYERS, Circle, Line, Loop, Tube
from msksite.drawing.svg import ARROW_INK, ASPECT, LAYER_ATTRS, MARGIN, Drawing, extent, number, svg_document, view_box
from msksite.render.files import drawing_svg
from msksite.schema.exercise import ExerciseMeta
from msksite.schema.pose import PROP_PLACES, Arrow, Pose
from exercise_poses import EXERCISES, exercise_pose

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted(EXERCISES.glob("*.yaml"))
FIXTURE_FILES = sorted((ROOT / "tests" / "fixtures" / "site-basic" / "content" / "exercises").glob("*.yaml"))
SVG = "{http://www.w3.org/2000/svg}"


def _load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


# "A few KB" each (about 4.5 KB on average): a page shows one, and the moving one replaces the still one.
MAX_BYTES = 10_000


def _drawing(path: Path, variant: str = "still") -> tuple[str, str]:
    """The SVG the site serves (titled with its alt text, so its size is the size served), and that title."""
    data = _load(path)
    pose, alt = Pose.model_validate(data["illustration"]["pose"]), data["illustration"]["alt"]
    return drawing_svg((pose, alt, variant)), alt


def test_there_are_exercise_files():
    assert len(FILES) >= 46


# The editorial limits (steps, stop_if, alt text) live in the schema; test_broken_inputs.py checks their messages.
@pytest.mark.parametrize("path", FILES + FIXTURE_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_exercise_file_validates(path):
    ExerciseMeta.model_validate(_load(path))


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_drawing_is_safe_accessible_svg(path, variant):
    svg, title = _drawing(path, variant)
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert re.fullmatch(r"0 0 [\d.]+ [\d.]+", root.get("viewBox", ""))
    assert root.find(f"{SVG}title").text == title
    assert "<script" not in svg.lower()
    assert not re.search(r"href\s*=\s*[\"']?\s*https?:", svg, re.I)
    assert "<text" not in svg and "font" not in svg and "<style" not in svg and "style=" not in svg
    assert len(svg.encode("utf-8")) < MAX_BYTES


# Renders every exercise in a fresh interpreter with its own hash seed: iterating a set of strings, or any other
# per-process state, would change the drawing from one build to the next and churn the golden files and caches.
_RENDER_ALL = """
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import yaml
from msksite.drawing import render_svg
from msksite.schema.pose import Pose
out = {}
for path in sys.argv[2:]:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    out[path] = render_svg(Pose.model_validate(data["illustration"]["pose"]), data["illustration"]["alt"])
print(json.dumps(out))
"""


def test_drawing_is_the_same_in_a_fresh_process_with_another_hash_seed():
    seed = "4321" if os.environ.get("PYTHONHASHSEED") == "1234" else "1234"
    env = {**os.environ, "PYTHONHASHSEED": seed}
    paths = FILES + FIXTURE_FILES
    args = [sys.executable, "-c", _RENDER_ALL, str(ROOT)] + [str(p) for p in paths]
    result = subprocess.run(args, env=env, capture_output=True, text=True, check=True, timeout=120)
    assert json.loads(result.stdout) == {str(p): _drawing(p)[0] for p in paths}


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_coordinates_have_at_most_one_decimal(path):
    svg, _ = _drawing(path)
    assert not re.search(r"\d\.\d\d", svg)


def test_title_is_escaped():
    svg = render_svg(Pose(), 'Knees & "toes" <bent>')
    assert ET.fromstring(svg).find(f"{SVG}title").text == 'Knees & "toes" <bent>'


def test_far_side_is_grey_and_joints_are_round():
    svg = render_svg(Pose.model_validate({"near": {"shoulder": 90}, "props": ["floor"]}), "Arm forward")
    assert 'stroke="#bbb"' in svg
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
        {"view": "hand", "inset": "head"},
        {"view": "foot", "close_up": True},
        {"fingers": ["fist"]},
        {"toes": "up"},
        {"view": "hand", "fingers": ["straight", "hook", "fist", "straight"]},
        {"view": "hand", "fingers": ["straight", "fist"], "start": {"near": {"wrist": 20}}},
        {"start": {"fingers": "fist"}},
        {"trunk": "forward"},
        {"shoulders": "up"},
        {"start": {"shoulders": "forward"}},
        {"arrows": [{"at": "near_toe", "towards": "up"}]},
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


def test_faint_start_false_needs_a_start():
    with pytest.raises(ValidationError, match="faint_start: false leaves the faint start out .* give start"):
        Pose.model_validate({"faint_start": False})


@pytest.mark.parametrize("stem", ["hip-flexor-stretch"])
def test_faint_start_false_leaves_the_start_out_of_the_still_but_the_moving_picture_shows_it(stem):
    pose = exercise_pose(stem)
    assert not pose.faint_start and pose.start
    assert not [s for s in scene(pose).shapes if s.layer in ("start", "start_over")]
    assert scene(pose, "moving").moves  # the person still moves from the start to the end
    shown = pose.model_copy(update={"faint_start": True})
    assert [s for s in scene(shown).shapes if s.layer in ("start", "start_over")]


def test_a_towel_at_the_elbow_is_refused_outside_the_outward_rotation_picture():
    with pytest.raises(ValidationError, match="towel at near_elbow .* use it with view: front and inset: near_elbow"):
        Pose.model_validate({"view": "side", "props": [{"name": "towel", "at": "near_elbow"}]})


@pytest.mark.parametrize("name", sorted(PROP_PLACES))
def test_every_prop_renders_in_every_place(name):
    sitting = {"near": {"shoulder": 45, "elbow": 45, "hip": 90, "knee": 90}}
    # A towel squeezed between the elbow and the side is only drawn in the outward rotation picture.
    rotation = {"view": "front", "inset": "near_elbow", "near": {"elbow": 90}}
    for at in PROP_PLACES[name] or (None,):
        prop = {"name": name, "at": at} if at else name
        pose = rotation if at == "near_elbow" else sitting
        svg = render_svg(Pose.model_validate({**pose, "props": [prop]}), name)
        assert ET.fromstring(svg).find(f"{SVG}title").text == name


def _random_pose(rng: random.Random) -> dict:
    joints = ("shoulder", "elbow", "wrist", "hip", "knee", "ankle")
    pose = {
        "view": rng.choice(["side", "front", "back", "hand", "foot"]),
        "trunk": rng.uniform(-135, 135),  # the whole range the schema allows
        "back": rng.uniform(-60, 60),
        "neck": rng.uniform(-90, 90),
        "close_up": rng.random() < 0.2,
        "near": {j: rng.uniform(-180, 180) for j in joints if rng.random() < 0.7},
        "far": {j: rng.uniform(-180, 180) for j in joints if rng.random() < 0.3},
        "arrows": [{"at": "near_hand", "towards": rng.choice(["up", "clockwise"]), "pointing": "at"}],
    }
    pose["close_up"] = pose["close_up"] and pose["view"] not in ("hand", "foot")
    places = {n: tuple(a for a in p if a != "near_elbow") for n, p in PROP_PLACES.items()}  # from above only
    pose["props"] = [{"name": n, "at": rng.choice(p)} if p else n for n, p in rng.sample(sorted(places.items()), 3)]
    if pose["view"] == "back" and pose["close_up"]:
        # The shoulder blades seen big from behind draw their own arrows and take no props.
        pose["arrows"], pose["props"] = [], []
    return pose


def test_random_poses_still_give_small_valid_svg():
    rng = random.Random(20261123)
    for _ in range(300):
        svg = render_svg(Pose.model_validate(_random_pose(rng)), "Random")
        assert ET.fromstring(svg).get("role") == "img"
        assert len(svg.encode("utf-8")) < MAX_BYTES


def test_hand_view_draws_each_finger_shape():
    shapes = {s: render_svg(Pose(view="hand", fingers=(s,)), "Hand") for s in ("straight", "hook", "fist")}
    assert len(set(shapes.values())) == 3


def test_angle_error_message_is_helpful():
    with pytest.raises(ValidationError, match="between -180 and 180 degrees"):
        Pose.model_validate({"near": {"hip": 270}})


def _outer_elements(el: ET.Element):
    """The element and its descendants, leaving out nested <svg>s (close-ups, which are cut to their own box)."""
    yield el
    for child in el:
        if child.tag != f"{SVG}svg":
            yield from _outer_elements(child)


def _coordinates(svg: str) -> tuple[float, float, list[tuple[float, float]]]:
    """Return the view box size and every point the drawing reaches (circles by their bounding box), close-ups
    nested in it left out."""
    root = ET.fromstring(svg)
    w, h = (float(v) for v in root.get("viewBox").split()[2:])
    points = []
    for el in _outer_elements(root):
        if el.tag in (f"{SVG}polyline", f"{SVG}polygon"):
            points += [tuple(float(v) for v in pair.split(",")) for pair in el.get("points").split()]
        elif el.tag == f"{SVG}circle":
            x, y, r = (float(el.get(k)) for k in ("cx", "cy", "r"))
            points += [(x - r, y - r), (x + r, y + r)]
    return w, h, points


def _poses_to_check() -> list[Pose]:
    rng = random.Random(7)
    poses = [Pose.model_validate(_load(p)["illustration"]["pose"]) for p in FILES]
    poses += [Pose.model_validate(_random_pose(rng)) for _ in range(100)]
    return poses + [Pose(view="hand", fingers=("straight", "hook", "fist"))]


def test_view_box_covers_every_shape():
    # A close-up, and the person from above (above.py), with palms pressed together (prayer.py) or a towel down the
    # back (towel_back.py) with the hips running out of the bottom, are cut to their frames on purpose (the rest of the body runs off the edge), so
    # they are left out, as is the head close-up alone (head_inset.py, its trunk running off the bottom); so are
    # numbered pictures of steps (steps.py), each a panel cut to its frame, with nothing outside them.
    from msksite.drawing.above import shows_arm_from_above
    from msksite.drawing.head_inset import shows_head_alone
    from msksite.drawing.prayer import hands_together
    from msksite.drawing.towel_back import towel_behind_back

    cut = lambda p: (p.view in ("hand", "foot") or shows_arm_from_above(p) or hands_together(p) or towel_behind_back(p)
                     or shows_head_alone(p) or bool(p.steps))
    for pose in [p for p in _poses_to_check() if not cut(p)]:
        w, h, points = _coordinates(render_svg(pose, "x"))
        assert points
        assert all(0 <= x <= w and 0 <= y <= h for x, y in points), pose


def test_view_box_is_four_by_three_centred_on_the_shapes_and_the_figure_fills_it():
    drawing = scene(Pose.model_validate({"near": {"shoulder": 90}, "props": ["chair"]}))
    left, top, w, h = view_box(drawing)
    xs = [p[0] for s in drawing.shapes for p in extent(s)]
    ys = [p[1] for s in drawing.shapes for p in extent(s)]
    assert w / h == pytest.approx(ASPECT)
    assert min(xs) - left == pytest.approx(left + w - max(xs))
    assert top - max(ys) == pytest.approx(max(ys) - top + h - (max(ys) - min(ys)) - (min(ys) - (top - h)) + top - max(ys))
    # A standing person is taller than wide, so they fill the height, less the margin: no empty canvas around them.
    assert top - max(ys) == pytest.approx(MARGIN) and min(ys) - (top - h) == pytest.approx(MARGIN)


def test_layers_are_drawn_prop_start_end_arrow_whatever_order_the_shapes_come_in():
    assert LAYERS == ("prop", "start", "end", "start_over", "arrow", "number") and set(LAYER_ATTRS) == set(LAYERS)
    shapes = [
        Line("arrow", ((0, 0), (1, 1))), Circle("end", (5, 5), 2), Line("start", ((0, 1), (2, 3))),
        Loop("prop", ((0, 0), (3, 0), (3, 3))), Line("end", ((9, 9), (8, 8))),
    ]
    groups = ET.fromstring(svg_document(shapes, "Layers")).find(f"{SVG}g").findall(f"{SVG}g")
    assert [[el.tag.removeprefix(SVG) for el in g] for g in groups] == [
        ["polygon"], ["polyline"], ["circle", "polyline"], ["polyline"],
    ]
    assert groups[1].get("opacity") and not groups[2].get("opacity")


def test_what_the_patient_does_is_drawn_in_blue_and_the_numbers_that_order_the_pictures_in_black():
    svg = ET.fromstring(render_svg(exercise_pose("step-up"), "Step up"))
    groups = svg.find(f"{SVG}g").findall(f".//{SVG}g")
    arrows = [g for g in groups if g.get("stroke") == ARROW_INK]
    # The arrow's line and its solid head (a black-filled tube inside) are both blue; no black is left in it.
    assert arrows and all("#000" not in ET.tostring(g, encoding="unicode") for g in arrows)
    numbers = [g for g in groups if g.get("stroke") is None and g.find(f"{SVG}circle[@fill='#fff']") is not None]
    assert numbers and all(g.find(f"{SVG}polyline") is not None for g in numbers)


def test_facing_you_a_faint_start_arm_across_the_body_is_drawn_over_the_trunk():
    # The forearm swings out from across the belly (an outward rotation without its two numbered pictures).
    pose = exercise_pose("outward-rotation").model_copy(update={"inset": None})
    drawing = scene(pose)
    # Both arms of the start, upper arm, forearm and hand: the moving one crosses the belly.
    assert len([s for s in drawing.shapes if s.layer == "start_over"]) >= 6
    groups = ET.fromstring(render_svg(pose, "Outward")).find(f"{SVG}g").findall(f"{SVG}g")
    # prop, start (legs, trunk and head: they do not move), end, the start's arms faint over it, arrow.
    assert [g.get("opacity") for g in groups][-2:] == [".35", None]
    # Side-on the far arm is behind the body and the start stays behind the end.
    assert not [s for s in scene(exercise_pose("heel-slide")).shapes if s.layer == "start_over"]


def test_pelvic_tilt_shows_an_arrow_down_at_a_small_empty_gap_under_the_low_back_above_the_back_pressed_flat():
    # Drawn over the flat end, a faint arch was missed: the start goes above the end. Arched as a tube, the whole trunk
    # rose in a hump (a belly) over a small gap; now the underside lifts well clear of the floor and the front little.
    # The gap is white, empty space: black, it read as "an object placed under the spine" (a patient might put
    # something there); shaded grey, it read as a "grey wedge" nobody understood. No dark shape lies in it.
    from msksite.drawing.figure import WIDTHS
    from msksite.drawing.skeleton import skeleton

    drawing = scene(exercise_pose("pelvic-tilt"))
    loops = [s for s in drawing.shapes if isinstance(s, Loop) and len(s.points) > 12]
    gaps, trunks = loops[::2], loops[1::2]  # each gap is drawn just before the trunk over it
    assert len(trunks) == 2 and len(gaps) == 2
    assert {s.fill for s in gaps} == {"white"} and {s.fill for s in trunks} == {"white"}
    assert all(len(t.points) > len(g.points) for g, t in zip(gaps, trunks))
    height = lambda s: max(p[1] for p in s.points) - min(p[1] for p in s.points)
    top, bottom = sorted(gaps, key=lambda s: -min(p[1] for p in s.points))
    assert height(top) > WIDTHS["trunk"] * 0.3 and height(bottom) < 0.5  # still there to see
    # CLINICAL SAFETY: patients copy the start, so the arch is the small natural hollow of the low back: the gap is at
    # most half as high as the trunk is thick (a big arch read as a "tent", then an "exaggerated tunnel"), and only
    # the low back lifts: the bottom and the shoulder blades stay on the floor.
    assert height(top) <= WIDTHS["trunk"] * 0.5
    lifted = [p for p in top.points if p[1] > min(q[1] for q in top.points) + 0.5]
    span = (min(x for x, _ in lifted), max(x for x, _ in lifted))
    start_pts = skeleton(exercise_pose("pelvic-tilt").at_start())
    hip_x, neck_x = start_pts["hip"][0], start_pts["neck"][0]
    assert neck_x + 0.15 * abs(hip_x - neck_x) < span[0] and span[1] < hip_x - 0.1 * abs(hip_x - neck_x)
    over = drawing.shapes[drawing.shapes.index(top):]  # what is drawn over the gap (the far arm lies hidden behind it)
    dark = [s for s in over if getattr(s, "fill", "none") in ("grey", "dark", "black")
            and any(span[0] < p[0] < span[1] and min(q[1] for q in top.points) <= p[1] <= max(q[1] for q in top.points)
                    for p in extent(s))]
    assert not dark
    arched, flat = sorted(trunks, key=lambda s: -min(p[1] for p in s.points))
    assert height(arched) - height(flat) < height(top) * 0.7  # the front rises well short of the underside
    # The arm lies beyond the body, not over the low back: every arm tube is drawn before the trunk over it.
    for trunk in trunks:
        first = drawing.shapes.index(trunk)
        near = [s for s in drawing.shapes if isinstance(s, Tube) and s.width == WIDTHS["upper_arm"]]
        assert near and all(drawing.shapes.index(s) < first for s in near
                            if abs(s.points[0][1] - min(p[1] for p in trunk.points)) < 15)
    # One bold arrow, straight down at the front of the arched low back, over the black gap, clear of the body (in the
    # gap it was "hard to see"). No long arrow down between the two pictures (it read as "lie down"): a
    # number at each picture's left end, over the head, 1 over the arched start above, 2 over the flat end below.
    lines = [s for s in _arrows(drawing) if isinstance(s, Line)]
    (press,) = [s for s in lines if len(s.points) == 2]
    (press_head,) = [s for s in lines if len(s.points) == 3 and dist(s.points[1], press.points[1]) < 1e-6]
    (x, tail), (_, tip) = press.points
    floor = min(p[1] for p in top.points)
    front = max(p[1] for p in arched.points if abs(p[0] - x) < 3)
    assert abs(press.points[0][0] - press.points[1][0]) < 1e-6 and front < tip < tail
    assert tail - tip > WIDTHS["trunk"]
    lifted_x = [p[0] for p in lifted]
    assert min(lifted_x) < x < max(lifted_x)  # over the gap
    numbers = sorted((s for s in drawing.shapes if isinstance(s, Circle) and s.layer == "number"),
                     key=lambda c: -c.centre[1])
    heads = sorted((s for s in drawing.shapes if isinstance(s, Circle) and s.layer == "end"), key=lambda c: -c.centre[1])
    assert len(numbers) == 2 and len(heads) == 2
    for number, head in zip(numbers, heads):
        assert abs(number.centre[0] - head.centre[0]) < number.r + head.r  # over the head, not beside it
        assert number.centre[1] - number.r > head.centre[1] + head.r
    assert numbers[1].centre[1] + numbers[1].r < floor  # the 2 is under the arched picture's floor
    assert [s for s in lines if s is not press_head and len(s.points) > 2] == []  # nothing else among the arrows
    digits = [s for s in drawing.shapes if isinstance(s, Line) and s.layer == "number"]
    assert sorted(len(d.points) for d in digits) == [3, 8]  # a 1 and a 2 (numerals.DIGITS)
    # Flat on the floor from the start (a lying pose with no start), the back is a tube and has no gap.
    flat_pose = Pose.model_validate({"trunk": -90, "near": {"hip": 45, "knee": 90}, "props": ["floor"]})
    assert not [s for s in scene(flat_pose).shapes if isinstance(s, Loop) and len(s.points) > 12]
    assert skeleton(flat_pose)["hip"][1] == skeleton(exercise_pose("pelvic-tilt"))["hip"][1]


def test_a_body_part_is_one_polyline_drawn_as_an_outline_and_a_fill():
    svg = svg_document([Tube("end", ((0, 0), (10, 10)), 6.0, "grey")], "Tube")
    root = ET.fromstring(svg)
    (line,) = root.iter(f"{SVG}polyline")
    (use,) = root.iter(f"{SVG}use")
    assert use.get("href") == f"#{line.get('id')}" and use.get("stroke") == "#bbb" and use.get("stroke-width") == "6"


def _outline_order(shapes: list) -> list[str]:
    """The order edges (polyline) and insides (use) are drawn in: a limb joined as one outline draws its edges
    first."""
    root = ET.fromstring(svg_document(shapes, "Limb"))
    return [e.tag.removeprefix(SVG) for e in root.iter() if e.tag in (f"{SVG}polyline", f"{SVG}use")]


JOINED, APART = ["polyline", "polyline", "use", "use"], ["polyline", "use", "polyline", "use"]


def test_a_limbs_joined_parts_draw_one_outline_with_no_line_across_the_joint():
    thigh, shin = Tube("end", ((0, 0), (10, 10)), 9.0), Tube("end", ((10, 10), (20, 0)), 6.5)
    foot = Tube("end", ((18, 0), (28, 0)), 4.6)  # from the heel to the toes, through the ankle
    apart = Tube("end", ((30, 0), (40, 10)), 6.5)
    grey = Tube("end", ((40, 10), (50, 0)), 6.5, "grey")
    # Thigh, shin and foot meet at the knee and the ankle: every edge, then every inside, so the shin's round end is
    # not drawn on the thigh, nor on the foot. A part not joined to the last, or of another fill, is drawn alone.
    assert _outline_order([thigh, shin, foot, apart, grey]) == ["polyline"] * 3 + ["use"] * 3 + APART


def test_a_limb_folded_back_on_itself_keeps_a_line_at_the_joint():
    upper = Tube("end", ((0, 0), (0, 20)), 6.0)
    bent, folded = Tube("end", ((0, 20), (14, 34)), 5.0), Tube("end", ((0, 20), (4, 4)), 5.0)
    # Bent 45 degrees the arm is one outline; bent back along itself (an elbow bent right up) each part keeps its
    # own, so the forearm shows in front of the upper arm instead of making one wedge.
    assert _outline_order([upper, bent]) == JOINED and _outline_order([upper, folded]) == APART


def test_a_foot_pointed_along_its_shin_keeps_its_own_outline():
    shin = Tube("end", ((0, 20), (0, 4)), 6.5)
    flat, pointed = Tube("end", ((-2, 4), (10, 4)), 4.6), Tube("end", ((0, 6), (0, -6)), 4.6)
    # Across the shin, the foot joins it (a leg and its foot, one outline); pointed on along it, joined, the foot was
    # lost in the shin, so it is drawn on its own.
    assert _outline_order([shin, flat]) == JOINED and _outline_order([shin, pointed]) == APART


def test_a_part_moved_without_changing_shape_moves_by_a_shift_and_a_reshaped_one_by_its_points():
    end = [Tube("end", ((0, 0), (10, 10)), 6.0), Tube("end", ((20, 0), (30, 10)), 6.0)]
    starts = {0: Tube("end", ((0, 5), (10, 15)), 6.0), 1: Tube("end", ((20, 0), (20, 14)), 6.0)}
    root = ET.fromstring(svg_document(Drawing(end, moves=starts), "Rise"))
    rigid, bent = root.iter(f"{SVG}polyline")
    (shift,) = rigid.findall(f"{SVG}animateTransform")
    # Up 5 in figure units is up the screen (y down): the shift there and back, the hold as the points' motion holds.
    assert shift.get("type") == "translate" and shift.get("values") == "0 0;0 0;0 -5;0 -5;0 0"
    assert rigid.find(f"{SVG}animate") is None and bent.find(f"{SVG}animate").get("attributeName") == "points"


def test_an_upright_trunk_seen_side_on_has_a_chest_and_a_lying_one_is_a_tube():
    from msksite.drawing.torso import PROFILE as PROFILE_, depth, torso

    up = tuple((0.0, y) for y in (0.0, 10.0, 20.0, 30.0, 40.0))
    outline = torso(up, "end").points
    chest, waist = depth(0.65), depth(0.3)
    # Facing right (the face looks the back's line turned clockwise): the front bulges more at the chest than at the
    # waist, and the whole outline stays within the deepest point of each side.
    assert chest[0] > waist[0] + 1 and max(x for x, _ in outline) <= max(f for _, f, _ in PROFILE_) + 1e-9
    assert min(x for x, _ in outline) >= -max(b for _, _, b in PROFILE_) - 1e-9
    # The shoulders' round end stays low (it rose behind the head and pushed a picture's number away).
    assert max(y for _, y in outline) < 40 + 0.5 * max(depth(1.0))
    standing = [s for s in scene(exercise_pose("mini-squat")).shapes if isinstance(s, Loop) and s.layer == "end"]
    lying = [s for s in scene(exercise_pose("heel-slide")).shapes if isinstance(s, Tube) and s.width == 13.0]
    assert standing and lying


def test_joined_parts_still_move_each_with_its_own_start():
    thigh, shin = Tube("end", ((0, 0), (10, 10)), 9.0), Tube("end", ((10, 10), (20, 0)), 6.5)
    starts = {0: Tube("end", ((0, 0), (0, 14)), 9.0), 1: Tube("end", ((0, 14), (0, 28)), 6.5)}
    root = ET.fromstring(svg_document(Drawing([thigh, shin], moves=starts), "Leg"))
    lines = list(root.iter(f"{SVG}polyline"))
    values = [line.find(f"{SVG}animate").get("values").split(";") for line in lines]
    # Each part goes from its own end to its own start and back.
    assert [(v[0], v[2]) for v in values] == [(line.get("points"), v[2]) for line, v in zip(lines, values)]
    assert values[0][2] != values[1][2] and all(v[0] != v[2] for v in values)


def test_a_moving_pose_draws_a_faint_start_an_arrow_and_moves_only_in_its_moving_variant():
    pose = Pose.model_validate({"near": {"knee": 90, "hip": 90}, "start": {"near": {"knee": 0, "hip": 0}}})
    still, moving = (render_svg(pose, "x", v) for v in VARIANTS)
    assert 'opacity=".35"' in still and "<animate" not in still
    assert moving.count("<animate") >= 10 and 'repeatCount="indefinite"' in moving
    held = Pose.model_validate({"near": {"knee": 90}})
    assert "opacity" not in render_svg(held, "x") and "<animate" not in render_svg(held, "x", "moving")


def test_palm_up_and_palm_down_are_drawn_differently():
    up, down = (render_svg(Pose.model_validate({"near": {"shoulder": 90, "palm": p}}), "x") for p in ("up", "down"))
    assert up != down


def test_an_inset_shows_the_picture_again_magnified_in_a_circle():
    pose = Pose.model_validate({"view": "front", "neck": 30, "start": {"neck": 0}, "inset": "head"})
    svg = render_svg(pose, "x")
    assert "<clipPath" in svg and 'href="#z"' in svg and "matrix(2 0 0 2" in svg


def test_a_misspelt_layer_is_refused():
    with pytest.raises(ValueError, match="unknown layer 'bdy'"):
        Line("bdy", ((0, 0), (1, 1)))


@pytest.mark.parametrize(
    "value, text", [(3.0, "3"), (-0.04, "0"), (12.34, "12.3"), (-1.96, "-2"), (0.05, "0.1"), (100.0, "100")]
)
def test_numbers_are_short(value, text):
    assert number(value) == text


def test_shoulders_back_draw_the_shoulder_blades_in_towards_the_spine_seen_from_behind():
    from msksite.drawing.skeleton import skeleton

    gap = {s: skeleton(Pose(view="back", shoulders=s))["near_blade"][0] for s in ("level", "back")}
    assert 0 < gap["back"] < gap["level"]
    raised, level = (skeleton(Pose(shoulders=s))["near_shoulder"][1] for s in ("raised", "level"))
    assert raised > level + 3


def test_a_straight_arrow_is_moved_off_the_body():
    from msksite.drawing.arrows import _touches

    # Straight down from the waist of someone standing side-on runs down the legs.
    drawing = scene(Pose.model_validate({"arrows": [{"at": "waist", "towards": "down"}]}))
    body = [s for s in drawing.shapes if s.layer == "end"]
    (line,) = [s for s in drawing.shapes if s.layer == "arrow" and len(s.points) == 2]
    assert not any(_touches(p, shape) for p in line.points for shape in body)


def test_an_arrow_along_the_floor_keeps_its_head_above_the_floor_line_and_a_heel_s_runs_long_under_it():
    from msksite.drawing.arrows import FLOOR_GAP, LENGTH
    from msksite.drawing.skeleton import landmarks, skeleton

    # Lying down, a foot on the floor: an arrow pointing at it along the floor would merge with the floor line.
    lying = {"trunk": -90, "near": {"hip": 45, "knee": 110, "ankle": 20}}
    pose = Pose.model_validate({**lying, "arrows": [{"at": "near_foot", "towards": "left", "pointing": "at"}]})
    arrows = [s for s in scene(pose).shapes if s.layer == "arrow"]
    (line,) = [s for s in arrows if len(s.points) == 2]
    assert min(p[1] for p in line.points) >= FLOOR_GAP - 0.01
    assert min(p[1] for s in arrows for p in s.points) > 1.0
    # A heel sliding along the floor: above it, among the foot and the faint start leg, the arrow was missed. It runs
    # under the floor line, twice as long, from beyond the heel to just short of it.
    pose = Pose.model_validate({**lying, "arrows": [{"at": "near_heel", "towards": "left", "pointing": "at"}]})
    heel = landmarks(skeleton(pose))["near_heel"]
    arrows = [s for s in scene(pose).shapes if s.layer == "arrow"]
    (line,) = [s for s in arrows if len(s.points) == 2]
    assert max(p[1] for s in arrows for p in s.points) < -1.0
    (tail, tip) = line.points
    assert tail[0] - tip[0] >= 2 * LENGTH and heel[0] < tip[0] < heel[0] + 5


def test_an_open_hand_is_a_white_palm_with_four_spread_fingers_and_a_thumb():
    base = {"view": "front", "near": {"shoulder": 90, "wrist": 80, "palm": "down"}}
    mitten = scene(Pose.model_validate(base)).shapes
    opened = scene(Pose.model_validate({**base, "near": {**base["near"], "hand": "open"}})).shapes
    assert len(opened) == len(mitten) + 4
    # The palm is drawn and not shaded: a grey palm on the hand bent back hid which way it faced.
    loops = lambda shapes: [s for s in shapes if isinstance(s, Loop)]
    assert len(loops(opened)) == len(loops(mitten)) + 1 and loops(opened)[-1].fill == "white"
    # The fingers fan out: the outer ones end further apart than they start.
    # (the near hand is on the right of the picture; the far forearm is drawn after it)
    fingers = [s for s in opened if isinstance(s, Tube) and len(s.points) == 2 and s.points[0][0] > 0][-4:]
    starts, ends = [f.points[0] for f in fingers], [f.points[1] for f in fingers]
    spread = lambda pts: ((pts[0][0] - pts[-1][0]) ** 2 + (pts[0][1] - pts[-1][1]) ** 2) ** 0.5
    assert spread(ends) > spread(starts) * 1.5
    # The far hand does not copy it (the other arm hangs relaxed), and side-on it is refused.
    far = scene(Pose.model_validate({**base, "near": {**base["near"], "hand": "open"}, "far": {"shoulder": 8}}))
    assert len(loops(far.shapes)) == len(loops(opened))
    with pytest.raises(ValidationError, match="hand: open"):
        Pose.model_validate({"near": {"hand": "open"}})


def test_a_foot_inset_shows_the_foot_alone_not_the_hand_holding_it():
    # A seated person holding the toes of the foot across the other knee, with the foot in a round close-up.
    pose = Pose.model_validate({
        "trunk": 30, "near": {"shoulder": 45, "elbow": 40, "wrist": -20, "hip": 145, "knee": 100},
        "far": {"shoulder": 40, "elbow": 60, "hip": 100, "knee": 90}, "props": ["floor", "chair"],
        "inset": "near_foot", "toes": "up"})
    hanging = pose.model_copy(update={"near": pose.near.model_copy(update={"shoulder": 0, "elbow": 0, "wrist": 0})})
    holding = scene(pose).inset.detail
    assert holding.shapes == scene(hanging).inset.detail.shapes
    # The hand does reach the toes in the whole picture.
    assert scene(pose).shapes != scene(hanging).shapes


def test_arrows_written_in_the_pose_replace_the_path_arrow():
    moving = {"near": {"knee": 90, "hip": 90}, "start": {"near": {"knee": 0, "hip": 0}}}
    path_only = scene(Pose.model_validate(moving))
    written = scene(Pose.model_validate({**moving, "arrows": [{"at": "near_heel", "towards": "up"}]}))
    arrows = lambda d: [s for s in d.shapes if s.layer == "arrow"]
    assert len(arrows(path_only)) == 2 and len(arrows(written)) == 2
    assert arrows(path_only) != arrows(written)


def test_a_curved_arrow_at_a_head_facing_you_is_an_arc_over_the_top_of_it():
    # A straight arrow beside the head read as a shift or a tilt: a short arc over the top of it says "turn".
    from msksite.drawing.skeleton import HEAD_R, skeleton

    pose = Pose.model_validate({"view": "front", "head_turn": 75, "start": {"head_turn": 0},
                                "arrows": [{"at": "head", "towards": "clockwise"}]})
    head = skeleton(pose)["head"]
    arc = max(_arrows(scene(pose)), key=lambda s: len(s.points))
    assert len(arc.points) > 8 and all(y > head[1] + HEAD_R for _, y in arc.points)
    assert arc.points[-1][0] > head[0] > arc.points[0][0]


def _props(pose: dict) -> list:
    return [s for s in scene(Pose.model_validate(pose)).shapes if s.layer == "prop"]


def test_a_weight_is_a_dumbbell_in_the_hand():
    shapes = _props({"near": {"shoulder": 20, "elbow": 90}, "props": [{"name": "weight", "at": "near_hand"}]})
    bar = next(s for s in shapes if isinstance(s, Line))
    plates = [s for s in shapes if isinstance(s, Tube) and s.fill == "dark"]
    assert len(plates) == 2
    # A weight sits on each end of the bar, across it.
    middles = sorted(tuple(round((a + b) / 2, 6) for a, b in zip(*s.points)) for s in plates)
    assert middles == sorted(tuple(round(c, 6) for c in e) for e in bar.points)


def test_a_band_stretches_between_the_hands_or_loops_under_the_foot():
    arms = {"near": {"shoulder": 90}, "far": {"shoulder": 90, "elbow": 30}}
    (between,) = _props({**arms, "props": ["band"]})
    assert isinstance(between, Tube) and between.fill == "dark" and len(between.points) == 2
    (looped,) = _props({"near": {"shoulder": 30}, "props": [{"name": "band", "at": "near_foot"}]})
    # From the hand down under the sole of the standing foot (at y = 0) and back up to the hand.
    assert looped.points[0] == looped.points[-1] and looped.points[0][1] > 30
    assert min(p[1] for p in looped.points) < 0


def test_the_floor_stops_at_a_wall():
    shapes = _props({"near": {"shoulder": 90}, "props": ["floor", "wall"]})
    floor, wall = shapes
    assert isinstance(wall, Loop) and max(p[0] for p in floor.points) == max(p[0] for p in wall.points)


def test_a_band_held_in_front_of_you_is_drawn_over_the_trunk():
    arms = {"view": "front", "near": {"shoulder": 30, "elbow": 60}, "far": {"shoulder": 30, "elbow": 60}}
    drawing = scene(Pose.model_validate({**arms, "props": ["band"]}))
    end = [s for s in drawing.shapes if s.layer == "end"]
    trunk = next(i for i, s in enumerate(end) if isinstance(s, Loop) and len(s.points) == 4)
    band = next(i for i, s in enumerate(end) if isinstance(s, Tube) and s.fill == "dark")
    assert not [s for s in drawing.shapes if s.layer == "prop"] and trunk < band


def test_a_close_up_foot_stands_on_the_floor_not_through_it():
    drawing = scene(Pose.model_validate({"view": "foot", "props": ["floor"]}))
    floor = next(s for s in drawing.shapes if s.layer == "prop")
    # The foot is one outline with its leg (toes.leg_and_foot), the biggest shape.
    foot = max((s for s in drawing.shapes if s.layer == "end" and isinstance(s, Loop)), key=lambda s: len(s.points))
    assert min(p[1] for p in foot.points) == pytest.approx(floor.points[0][1], abs=0.01)


def test_curled_toes_bend_at_two_joints_and_a_toe_arrow_is_a_short_arc():
    from msksite.drawing.hands import TOE_BENDS
    from msksite.drawing.arrows import arrow_shapes
    from msksite.schema.pose import Arrow

    assert all(len(bends) == 2 for bends in TOE_BENDS.values()) and TOE_BENDS["curled"][1] > 45
    line = arrow_shapes((Arrow(at="near_toes", towards="clockwise"),), {"near_toes": (0.0, 0.0)})[0]
    # From above the toes over and down in front of them (the person faces right), above them all the way (lower,
    # it ran into the towel's folds), running down for a curl.
    assert line.points[-1][0] > 10 and line.points[-1][1] < line.points[0][1]
    assert all(p[1] > 0 for p in line.points)


@pytest.mark.parametrize("at", ["hip", "near_hand"])
def test_a_chair_has_a_seat_a_back_and_two_legs_down_to_the_floor(at):
    pose = {"near": {"hip": 90, "knee": 90}} if at == "hip" else {"near": {"shoulder": 45, "elbow": 30}}
    shapes = _props({**pose, "props": ["floor", {"name": "chair", "at": at}]})
    floor = shapes[0].points[0][1]
    legs = [s for s in shapes[1:] if isinstance(s, Line) and min(p[1] for p in s.points) == floor]
    seat, back = sorted((s for s in shapes if isinstance(s, Loop)), key=lambda s: max(p[1] for p in s.points))
    assert len(legs) == 2 and max(p[1] for p in back.points) > max(p[1] for p in seat.points) + 10


def test_a_step_has_a_tread_over_its_box_and_the_heel_hangs_off_its_edge():
    pose = exercise_pose("heel-drop")
    shapes = _props(pose.model_dump(exclude_defaults=True))
    box_, tread = [s for s in shapes if isinstance(s, Loop)][:2]
    assert min(p[1] for p in tread.points) == max(p[1] for p in box_.points)
    assert min(p[0] for p in tread.points) < min(p[0] for p in box_.points)
    from msksite.drawing.positions import positions
    from msksite.drawing.skeleton import landmarks

    heel = landmarks(positions(pose).end)["near_heel"]
    assert heel[0] < min(p[0] for p in tread.points) and heel[1] < max(p[1] for p in tread.points)


def _arrows(drawing: Drawing) -> list:
    return [s for s in drawing.shapes if s.layer == "arrow"]


def test_both_ways_puts_a_head_on_each_end_of_the_arrow():
    moving = {"near": {"knee": 90, "hip": 90}, "start": {"near": {"knee": 0, "hip": 0}}}
    one, both = (_arrows(scene(Pose.model_validate({**moving, "both_ways": b}))) for b in (False, True))
    assert len(one) == 2 and len(both) == 3
    line, *heads = both
    # One head at each end of the line.
    assert {h.points[1] for h in heads} == {line.points[0], line.points[-1]}
    with pytest.raises(ValidationError, match="both_ways"):
        Pose.model_validate({"both_ways": True})


def _grey_hands(drawing: Drawing) -> list[int]:
    # The helping hand's fingers: grey tubes in the end position.
    end = [s for s in drawing.shapes if s.layer == "end"]
    return [i for i, s in enumerate(end) if isinstance(s, Tube) and s.fill == "grey"]


@pytest.mark.parametrize("grip", ["fingers", "back"])
def test_a_helping_hand_holds_the_near_hand_in_a_close_up_with_an_arrow(grip):
    # Palm in: palm up or down, a helped hand close-up is the wrist stretches' two steps (test_drawing_wrists.py).
    pose = {"view": "hand", "near": {"shoulder": 90, "wrist": -75, "palm": "in"}}
    alone, helped = scene(Pose.model_validate(pose)), scene(Pose.model_validate({**pose, "helping_hand": grip}))
    assert not _grey_hands(alone) and len(_grey_hands(helped)) >= 5  # four fingers and a thumb
    assert len(_arrows(helped)) == 2 and not _arrows(alone)
    end = [s for s in helped.shapes if s.layer == "end"]
    near_fingers = [i for i, s in enumerate(end) if isinstance(s, Tube) and s.fill == "white"]
    # Holding the fingers it wraps round them, in front; pressing on the back of the hand it is behind it.
    in_front = min(_grey_hands(helped)) > max(near_fingers)
    assert in_front == (grip == "fingers")
    # The whole helping hand is in the picture.
    left, top, w, h = view_box(helped)
    assert all(left <= p[0] <= left + w and top - h <= p[1] <= top
               for i in _grey_hands(helped) for p in end[i].points if isinstance(end[i], Tube) and end[i].width < 5)


@pytest.mark.parametrize("grip", ["fingers", "back"])
def test_a_helping_hand_arrow_starts_at_the_fingertips(grip):
    from msksite.drawing.figure import hand_frame
    from msksite.drawing.helper import helping_arrow
    from msksite.drawing.positions import positions

    pose = Pose.model_validate({"view": "hand", "near": {"shoulder": 90, "wrist": -75, "palm": "up"},
                                "helping_hand": grip})
    # In the near hand's own frame the arc starts on the line of the fingers, just past their tips, rather than
    # floating below the hand.
    frame = hand_frame(pose, positions(pose).end, "near")
    first = helping_arrow(frame, grip)[0].points[0]
    x = (first[0] - frame.origin[0]) * frame.along[0] + (first[1] - frame.origin[1]) * frame.along[1]
    y = (first[0] - frame.origin[0]) * frame.across[0] + (first[1] - frame.origin[1]) * frame.across[1]
    assert 1.0 * frame.size < x < 1.3 * frame.size and abs(y) < 0.2 * frame.size


def test_the_movement_arrow_in_a_close_up_runs_clear_of_the_hand():
    from msksite.drawing.arrows import _touches

    pose = exercise_pose("wrist-lift-palm-down")
    drawing = scene(pose).panels[1]  # the lift's level hand, with the arrow (lift.py)
    hand = [s for s in drawing.shapes if s.layer == "end"]
    line = max((s for s in _arrows(drawing) if isinstance(s, Line)), key=lambda s: len(s.points))
    assert not any(_touches(p, shape) for p in line.points for shape in hand)


def test_a_helping_hand_is_only_for_a_hand_close_up():
    with pytest.raises(ValidationError, match="helping_hand is only used with view: hand"):
        Pose.model_validate({"helping_hand": "fingers"})


def test_the_two_wrist_stretches_are_drawn_differently():
    flexor, extensor = (render_svg(exercise_pose(n), "x") for n in ("wrist-flexor-stretch", "wrist-extensor-stretch"))
    assert flexor != extensor


def test_a_close_up_forearm_is_round_at_the_elbow_and_a_tin_sticks_out_of_the_hand():
    pose = exercise_pose("wrist-lift-palm-down")
    drawing = scene(pose).panels[1]  # the lift's level hand seen from the side (lift.py)
    end = [s for s in drawing.shapes if s.layer == "end"]
    # A rounded outline, not the four corners of a box.
    forearm = next(s for s in end if isinstance(s, Loop) and s.fill == "white")
    assert len(forearm.points) > 8
    # The tin seen from its side, a can (tin.py): its white side, then its grey label band round its middle.
    label = next(i for i, s in enumerate(end) if isinstance(s, Loop) and s.fill == "grey")
    side = end[label - 1]
    assert side is not forearm and isinstance(side, Loop) and side.fill == "white"


@pytest.mark.parametrize("palm", ["up", "down"])
def test_from_above_shows_the_hand_seen_from_above_beside_the_close_up(palm):
    pose = Pose.model_validate({"view": "hand", "near": {"shoulder": 20, "elbow": 70, "wrist": 45, "palm": palm},
                                "props": ["table", "tin"], "from_above": True})
    drawing = scene(pose)
    badge = drawing.inset
    # Beside the close-up, marking no point in it (a ring round the hand would say "magnified here").
    assert badge is not None and badge.focus is None and badge.centre[0] > drawing.frame[2]
    shapes = badge.detail.shapes
    assert any(s.fill == "grey" for s in shapes if isinstance(s, Loop))  # the tin
    svg = render_svg(pose, "x")
    assert svg.count("<circle") == sum(isinstance(s, Circle) for s in drawing.shapes + shapes) + 3


def _from_above_cues(shapes: list) -> dict:
    """What tells palm up from palm down in a hand seen from above, read off its shapes (hand pointing right)."""
    from msksite.drawing.badge import NAIL_FILL, SIZE

    palm = next(s for s in shapes if isinstance(s, Loop) and s.fill == "white" and len(s.points) > 8)
    tin = next(s for s in shapes if isinstance(s, Loop) and s.fill == "grey")
    thumb = next(s for s in shapes if isinstance(s, Tube) and len(s.points) == 3 and s.fill == "white")
    nails = [s for s in shapes if isinstance(s, Loop) and s.fill == NAIL_FILL and s is not tin
             and max(abs(x) for x, _ in s.points) > 0.3 * SIZE and len(s.points) == 6]
    in_palm = lambda s: all(0 <= x <= 0.5 * SIZE and abs(y) < 0.4 * SIZE for x, y in s.points)
    creases = [s for s in shapes if isinstance(s, Tube) and s.fill == "black" and in_palm(s)]
    shaded = any(getattr(s, "fill", "") == "dark" for s in shapes)
    # The thumb sticks out past the side of the hand (tucked along it, it was lost at phone size).
    thumb_out = abs(thumb.points[-1][1]) > max(abs(y) for _, y in palm.points) + 0.1 * SIZE
    return {"thumb_away": thumb.points[-1][1] > 0, "thumb_out": thumb_out,
            "tin_over": shapes.index(tin) > shapes.index(palm),
            "nails": len(nails), "creases": len(creases), "shaded": shaded}


def _lift_from_above(palm: str) -> Pose:
    """A wrist lift with the hand seen from above beside it (the wrist lifts drew this up to round 12)."""
    return Pose.model_validate({"view": "hand", "near": {"shoulder": 20, "elbow": 70, "wrist": 45, "palm": palm},
                                "start": {"near": {"wrist": -40}}, "props": ["table", "tin"], "from_above": True})


def test_palm_up_and_palm_down_share_no_cue_seen_from_above():
    # A reviewer swapped them when shading alone said which way the palm faced (they read the grey palm as the back
    # of the hand). Now palm up is the open palm with its creases, no nails, the thumb near you and the tin on top;
    # palm down the back of the hand, a nail on each finger and the thumb, the thumb away from you, the tin under it.
    up, down = (_from_above_cues(scene(_lift_from_above(p)).inset.detail.shapes) for p in ("up", "down"))
    assert up == {"thumb_away": False, "thumb_out": True, "tin_over": True, "nails": 0, "creases": 3, "shaded": False}
    assert down == {"thumb_away": True, "thumb_out": True, "tin_over": False, "nails": 5, "creases": 0, "shaded": False}


@pytest.mark.parametrize("palm", ["up", "down"])
def test_the_hand_seen_from_above_is_the_bigger_picture(palm):
    # Beside a bigger side-on close-up, the round picture (where palm up and down differ) was small at phone size
    # and the pair were matched only by ruling others out: now it is taller and wider than the close-up.
    drawing = scene(_lift_from_above(palm))
    left, bottom, right, top = drawing.frame
    assert 2 * drawing.inset.r > 1.1 * (top - bottom) and 2 * drawing.inset.r > right - left


@pytest.mark.parametrize("pose", [{"from_above": True, "near": {"palm": "up"}},
                                  {"view": "hand", "from_above": True}])
def test_from_above_needs_a_hand_close_up_palm_up_or_down(pose):
    with pytest.raises(ValidationError, match="from_above"):
        Pose.model_validate(pose)


@pytest.mark.parametrize("grip", ["fingers", "back"])
def test_a_helping_hand_shows_in_a_big_hand_inset_beside_the_whole_person(grip):
    from msksite.drawing.scene import HAND_INSET_R, HAND_RING

    pose = Pose.model_validate({"near": {"shoulder": 90, "wrist": -75, "palm": "up"},
                                "far": {"shoulder": 60, "elbow": 45}, "helping_hand": grip, "inset": "near_hand"})
    drawing = scene(pose)
    inset = drawing.inset
    assert inset.r == HAND_INSET_R and inset.r / inset.zoom == HAND_RING
    # The two hands and the helping arrow are in the close-up; the whole person has legs and no helping arrow.
    assert len(_grey_hands(inset.detail)) >= 3 and len(_arrows(inset.detail)) == 2
    assert not _arrows(drawing)
    # The close-up is the main picture: taller than the person beside it (smaller, the two stretches looked alike).
    ys = [p[1] for s in drawing.shapes for p in extent(s)]
    assert 2 * inset.r > max(ys) - min(ys)
    # The whole frame of the close-up fits inside its circle, so the helping hand at its corner is not cut off.
    left, bottom, right, top = inset.detail.frame
    assert right - left == pytest.approx(top - bottom)


def test_a_mat_under_someone_lying_seen_from_the_front_is_seen_from_above_round_them():
    from msksite.drawing.arrows import _inside
    from msksite.drawing.skeleton import skeleton

    pose = Pose.model_validate({"view": "front", "trunk": -90, "near": {"shoulder": 60, "hip": -45, "knee": -85},
                                "far": {"hip": 60, "knee": 85}, "props": ["mat"]})
    mat = next(s for s in scene(pose).shapes if s.layer == "prop" and isinstance(s, Loop))
    assert mat.fill == "grey" and all(_inside(p, mat.points) for p in skeleton(pose).values())
    # Side-on a mat is still a strip under them; on the floor seen from the front (lying on your side) it is a mat
    # under them seen a little from above, not round them (test_lying_on_your_side_...).
    side = Pose.model_validate({"trunk": -90, "props": ["mat"]})
    assert all(s.fill == "none" for s in scene(side).shapes if s.layer == "prop")
    on_side = Pose.model_validate({"view": "front", "trunk": -90, "props": ["floor"]})
    assert not any(isinstance(s, Loop) and all(_inside(p, s.points) for p in skeleton(on_side).values())
                   for s in scene(on_side).shapes if s.layer == "prop")


def test_the_foot_in_a_towel_scrunch_is_one_smooth_outline_with_its_leg():
    # Drawn as a box with a toe, it read as "a boxy foot": now it is the foot stretch's foot, one outline from the
    # shin round the heel and under the arch to the toes, with its ankle bone.
    from msksite.drawing.positions import positions
    from msksite.drawing.figure import figure_shapes

    pose = exercise_pose("towel-scrunch")
    end = figure_shapes(pose, positions(pose).end, "end")
    outline = max((s for s in end if isinstance(s, Loop)), key=lambda s: len(s.points))
    assert len(outline.points) > 30
    assert [s for s in end if isinstance(s, Line) and len(s.points) > 4]  # the ankle bone


def _thigh_squeeze_tight():
    """The thigh squeeze's end (picture 2, the thigh tight) as a picture alone, where positions() places it: the still
    draws it numbered, below the relaxed start (picture 1)."""
    return exercise_pose("thigh-squeeze").model_copy(update={"numbered": False, "start": None})


def test_a_towel_rolled_under_the_near_knee_shows_its_spiral_end_in_front_of_the_leg():
    pose = _thigh_squeeze_tight()
    end = [s for s in scene(pose).shapes if s.layer == "end"]
    roll = next(i for i, s in enumerate(end) if isinstance(s, Circle) and s.fill == "grey")
    shin = max(i for i, s in enumerate(end) if isinstance(s, Tube) and s.width == 6.5)
    assert roll > shin and isinstance(end[roll + 1], Line) and len(end[roll + 1].points) > 8
    # It fills the gap from the floor up to the knee.
    from msksite.drawing.props import ROLL_R
    from msksite.drawing.skeleton import skeleton
    assert end[roll].centre[1] + end[roll].r == pytest.approx(skeleton(pose)["near_knee"][1])
    # Big: a roll the size of the knee was missed ("the towel roll is tiny"), so the knee rests high on it.
    assert end[roll].r > 1.5 * ROLL_R
    assert not any(isinstance(s, Circle) and s.fill == "grey" for s in scene(pose).shapes if s.layer == "prop")


def test_the_thigh_squeeze_person_leans_back_on_the_forearms_with_the_other_leg_flat():
    # Sitting up on both hands behind the hips, the arms and trunk were "a confusing tangle" (round 38): the person
    # leans well back on the forearms, which lie on the floor, and the other leg lies flat behind the working one.
    from msksite.drawing.positions import positions

    pose = _thigh_squeeze_tight()
    placed = positions(pose)
    pts, floor = placed.end, placed.floor
    lean = (pts["hip"][0] - pts["neck"][0]) / dist(pts["neck"], pts["hip"])
    assert lean > 0.75
    assert pts["neck"][1] - floor > 20  # still propped up, the head well off the floor, looking along the leg
    for side in ("near", "far"):
        elbow, wrist = pts[f"{side}_elbow"], pts[f"{side}_wrist"]
        assert elbow[1] - floor < 5 and wrist[1] - floor < 5 and wrist[0] > elbow[0] + 8  # forearm down, forwards
    # The near upper arm stands about upright under the shoulder (slanting forwards it hid the back of the trunk)
    # and the hand rests on the floor clear behind the hips (under them it knotted with the seat).
    elbow, shoulder = pts["near_elbow"], pts["near_shoulder"]
    assert abs(elbow[0] - shoulder[0]) < 0.25 * (shoulder[1] - elbow[1])
    assert pts["near_tip"][0] < pts["hip"][0] - 3
    # The other leg lies straight and flat; the working one rises over the towel to its knee, the heel down past it.
    assert max(pts[f"far_{p}"][1] for p in ("knee", "ankle")) - floor < 8
    assert pts["near_knee"][1] - pts["far_knee"][1] > 4
    # Tight, the knee pressed down straighter, the heel lifts a little (relaxed, in picture 1, it is on the floor).
    assert pts["near_ankle"][0] > pts["near_knee"][0] + 15 and 3 < pts["near_ankle"][1] - floor < 9
    # The effort lines over the thigh stand clear in front of the trunk, which leans back away from them.
    marks = [s for s in scene(pose).shapes if isinstance(s, Line) and s.layer == "arrow" and len(s.points) == 2]
    (hx, hy), (nx, ny) = pts["hip"], pts["neck"]
    trunk_front = lambda y: hx + (y - hy) * (nx - hx) / (ny - hy) + 6.5 / ((ny - hy) / dist(pts["hip"], pts["neck"]))
    assert len(marks) == 4  # three lines and the arrow's shaft
    assert all(x > trunk_front(y) + 2 for m in marks for x, y in m.points)


def test_the_working_muscle_shades_the_front_of_the_thigh():
    from msksite.drawing.skeleton import skeleton

    pose = _thigh_squeeze_tight()
    plain = pose.model_copy(update={"working_muscle": None})
    shaded = [s for s in scene(pose).shapes if isinstance(s, Loop) and s.fill == "dark" and s.layer == "end"]
    assert len(shaded) == 1 and not any(isinstance(s, Loop) and s.fill == "dark" for s in scene(plain).shapes)
    # The front of the thigh: above the line from hip to knee of someone sitting with their legs out.
    pts = skeleton(pose)
    middle = sum(p[1] for p in shaded[0].points) / len(shaded[0].points)
    assert middle > (pts["hip"][1] + pts["near_knee"][1]) / 2
    with pytest.raises(ValidationError, match="working_muscle"):
        Pose.model_validate({"view": "front", "working_muscle": "near_thigh"})


def test_a_curved_arrow_at_the_hip_is_a_short_rocking_arc_over_the_pelvis():
    from msksite.drawing.skeleton import skeleton

    # The pelvic tilt drew one up to round 17 (reviewers missed it; it now has a bold arrow pressing the back down).
    pose = exercise_pose("pelvic-tilt").model_copy(update={"arrows": (Arrow(at="hip", towards="anticlockwise"),)})
    hip = skeleton(pose)["hip"]
    # The still shows the two positions one above the other; moving, the person rocks under the arc.
    line = max(_arrows(scene(pose, "moving")), key=lambda s: len(s.points))
    # Over the pelvis (above the hip, clear of the trunk lying beside it), a quarter turn or so, not a circle.
    assert all(p[1] > hip[1] + 4 for p in line.points)
    first, last = line.points[0], line.points[-1]
    assert first[0] > hip[0] > last[0]  # anticlockwise: over the top from the thighs towards the head


def test_cat_and_camel_shows_the_back_rounded_and_dipped_one_above_the_other_with_an_arrow_on_each_back():
    # Drawn over each other, the dipped back hid behind the rounded one and reviewers saw only one phase; a long
    # two-headed arrow beside the two pictures did not point at the back (round 25).
    from msksite.drawing.skeleton import HEAD_R
    from msksite.drawing.numerals import NUMBER_R

    drawing = scene(exercise_pose("cat-and-camel"))
    heads = sorted((s.centre for s in drawing.shapes if isinstance(s, Circle) and s.r == HEAD_R), key=lambda c: -c[1])
    assert len(heads) == 2 and not any(s.layer == "start" for s in drawing.shapes)
    # Numbered 1 (above) and 2 (below).
    numbers = [s for s in drawing.shapes if isinstance(s, Circle) and s.r == NUMBER_R]
    assert len(numbers) == 2 and numbers[0].centre[1] > numbers[1].centre[1]
    # The top one rounds its back and drops its head below its shoulders; the bottom one lifts it.
    trunks = [s for s in drawing.shapes if isinstance(s, Tube) and len(s.points) == 5]
    top, bottom = sorted(trunks, key=lambda s: -s.points[0][1])
    bulge = lambda t: t.points[2][1] - (t.points[0][1] + t.points[-1][1]) / 2
    assert bulge(top) > 6 > -6 > bulge(bottom)  # as strong one way as the other
    assert heads[0][1] < top.points[-1][1] and heads[1][1] > bottom.points[-1][1]
    # An upright arrow over the middle of each back: up from the rounded one, down onto the hollow one.
    upright = [s for s in _arrows(drawing) if isinstance(s, Line) and len(s.points) == 2
               and s.points[0][0] == s.points[1][0]]
    assert len(upright) == 2
    up, down = sorted(upright, key=lambda s: -s.points[0][1])
    for arrow, trunk in ((up, top), (down, bottom)):
        assert abs(arrow.points[0][0] - trunk.points[2][0]) < 1 and min(p[1] for p in arrow.points) > trunk.points[2][1]
    assert up.points[1][1] > up.points[0][1] and down.points[1][1] < down.points[0][1]
    # Moving, it is one person whose back curves from one to the other.
    assert scene(exercise_pose("cat-and-camel"), "moving").moves


def test_a_finger_sequence_shows_the_end_of_the_forearm_so_the_hands_are_big():
    # With all the forearm in each narrow panel, the hook and the fist were too small to tell apart.
    from msksite.drawing.tendon_glide import FINGER_W, SIZE

    drawing = scene(exercise_pose("tendon-glides"))
    first = drawing.panels[0]
    left, bottom, right, top = first.frame
    fingers = [s for s in first.shapes if isinstance(s, Tube) and s.width == FINGER_W * SIZE]
    ys = [p[1] for s in fingers for p in s.points]
    assert len(fingers) == 4 and max(ys) - min(ys) > 0.3 * (top - bottom)


def test_facing_you_a_circle_at_each_shoulder_is_above_and_outside_it_mirrored():
    from msksite.drawing.skeleton import skeleton

    pose = exercise_pose("shoulder-rolls")
    pts = skeleton(pose)
    circles = sorted((s for s in _arrows(scene(pose)) if len(s.points) > 8), key=lambda s: s.points[0][0])
    assert len(circles) == 2
    for circle, side, out in zip(circles, ("far", "near"), (-1, 1)):
        x = sum(p[0] for p in circle.points) / len(circle.points)
        y = sum(p[1] for p in circle.points) / len(circle.points)
        assert (x - pts[f"{side}_shoulder"][0]) * out > 0 and y > pts[f"{side}_shoulder"][1]
    # Clockwise on the right and anticlockwise on the left are mirror images.
    far, near = circles
    mid = (pts["near_shoulder"][0] + pts["far_shoulder"][0]) / 2
    assert [round(2 * mid - x, 1) for x, _ in near.points] == [round(x, 1) for x, _ in far.points]


def test_a_ball_is_round_in_an_open_hand_and_squashed_in_a_closed_one():
    def ball(fingers: str) -> tuple[float, float]:
        pose = Pose.model_validate({"view": "hand", "near": {"shoulder": 45, "elbow": 135, "palm": "down"},
                                    "fingers": [fingers], "props": ["ball"]})
        loop = next(s for s in scene(pose).shapes if isinstance(s, Loop) and s.fill == "grey")
        xs, ys = [p[0] for p in loop.points], [p[1] for p in loop.points]
        return max(xs) - min(xs), max(ys) - min(ys)

    # The forearm is upright, so across the hand is x and along it is y: squeezed, the ball is pressed flat under
    # the fingers (along the hand) and bulges out across it, past their tips.
    (open_w, open_h), (closed_w, closed_h) = ball("straight"), ball("grip")
    assert open_w == pytest.approx(open_h, rel=0.05)
    assert closed_h < 0.7 * open_h and closed_w > 1.15 * open_w


def test_fingers_written_straight_stay_straight_round_a_ball_and_default_to_a_grip():
    base = {"view": "hand", "near": {"shoulder": 45, "elbow": 135, "palm": "down"}, "props": ["ball"]}
    fingers = lambda pose: [s for s in scene(Pose.model_validate(pose)).shapes if isinstance(s, Tube)]
    straight, default = fingers({**base, "fingers": ["straight"]}), fingers(base)
    assert straight != default and default == fingers({**base, "fingers": ["grip"]})


def test_the_prayer_stretch_is_one_big_person_with_the_hands_palm_to_palm_lowered_and_an_arrow_beside_them():
    # A tiny whole person beside a round close-up of the hands was read from the close-up alone: now one picture,
    # no inset, of the person from the head to the hips; both hands mirror images meeting along one line (palms
    # pressed), lower at the end with the forearms level (elbows out), the start higher, and one arrow down beside
    # the hands, not over them.
    drawing = scene(exercise_pose("prayer-stretch"))
    assert drawing.inset is None and drawing.frame is not None
    from msksite.drawing.prayer import EDGE, ELBOW_W, ZOOM

    hands = {layer: sorted((s for s in drawing.shapes if s.layer == layer and isinstance(s, Loop) and s.fill == "white"
                            and len(s.points) == len(EDGE)), key=lambda s: min(p[0] for p in s.points))
             for layer in ("start", "end")}
    far, near = hands["end"]
    assert max(p[0] for p in far.points) == pytest.approx(min(p[0] for p in near.points), abs=0.01)
    assert min(p[1] for p in hands["start"][1].points) > max(p[1] for p in near.points) - 5
    # The faint start is the two hands only: its whole arms over the solid ones made "the hands and the direction
    # muddy".
    assert len(hands["start"]) == 2 and not [s for s in drawing.shapes if s.layer == "start" and (
        isinstance(s, Loop) and len(s.points) != len(EDGE) or isinstance(s, Tube) and s.width > ELBOW_W)]
    # The forearm tapers from a round elbow to the hand's edge: a straight tube as wide as the elbow was read as "a
    # bar or table edge".
    forearm = next(s for s in drawing.shapes if s.layer == "end" and isinstance(s, Loop) and s.fill == "white"
                   and len(s.points) == 7 and s.points[0][0] > 0)
    (wx, wy), (wx2, wy2) = forearm.points[-2:]
    ex, ey = forearm.points[2]
    assert abs(wy2 - wy) < 0.6 * ELBOW_W * ZOOM and max(p[1] for p in forearm.points) - min(
        p[1] for p in forearm.points) > 0.9 * ELBOW_W * ZOOM
    assert abs(ey - wy) < 0.3 * abs(ex - wx) and abs(ex - wx) > 2 * (max(p[0] for p in near.points) - wx)
    # Big: the head and the hands fill the picture's height, the hands a good part of it.
    left, bottom, right, top = drawing.frame
    head = next(s for s in drawing.shapes if isinstance(s, Circle) and s.fill == "white")
    assert head.centre[1] + head.r > top - 0.15 * (top - bottom)
    assert max(p[1] for p in near.points) - min(p[1] for p in near.points) > 0.2 * (top - bottom)
    (line,) = [s for s in _arrows(drawing) if len(s.points) == 2]
    assert line.points[0][1] > line.points[1][1] and min(p[0] for p in line.points) > max(p[0] for p in near.points)
    # Moving, the arms move between the two.
    assert scene(exercise_pose("prayer-stretch"), "moving").moves


def test_heel_drops_show_the_heel_below_the_solid_step():
    # The heel was hidden behind the shin: the step is solid and the foot is drawn over the shin with its heel below
    # the step's top.
    from msksite.drawing.positions import positions
    from msksite.drawing.skeleton import landmarks

    pose = exercise_pose("heel-drop")
    drawing = scene(pose)
    step = [s for s in drawing.shapes if s.layer == "prop" and isinstance(s, Loop)][:2]
    assert [s.fill for s in step] == ["grey", "dark"]
    heel = landmarks(positions(pose).end)["near_heel"]
    # A little below (the close-up beside shows it big: a steeper foot made a hook there).
    assert heel[1] < max(p[1] for p in step[1].points) - 2
    end = [s for s in drawing.shapes if s.layer == "end" and isinstance(s, Tube)]
    # The near leg is the last one drawn (the far one copies it, behind).
    foot = max(i for i, s in enumerate(end) if s.width == 4.6 and s.points[0] == heel)
    shin = max(i for i, s in enumerate(end) if s.width == 6.5)
    assert foot > shin
    # Moving, the start is drawn in the same order, so each part moves to its own (the foot to the foot).
    moving = scene(pose, "moving")
    assert all(getattr(s, "width", 0) == getattr(moving.moves[i], "width", 0) for i, s in enumerate(moving.shapes)
               if i in moving.moves)


def _heel_close_up(pose: Pose) -> list:
    """The shapes in the big round close-up of the heel (step_edge.py): it is centred on the heel, and the whole
    picture has no arrow, since the close-up carries it."""
    from msksite.drawing.positions import positions
    from msksite.drawing.skeleton import landmarks

    drawing = scene(pose)
    assert not _arrows(drawing)
    inset = drawing.inset
    heel = landmarks(positions(pose).end)["near_heel"]
    assert inset.r >= 50 and inset.detail is not None and _distance(inset.focus, heel) < 1
    return inset.detail.shapes


def test_heel_drops_have_a_big_close_up_of_a_bare_foot_with_the_heel_below_the_step_edge_and_the_arrow_in_it():
    # At phone size the heel over the edge and the arrow behind it were a few pixels ("the tiny down arrow and small
    # step"), and the outline foot in the circle was "crude", "a thin abstract outline": the towel scrunch's bare foot
    # and leg (toes.leg_and_foot, as in the heel raises) has the ball on the step's edge, the toes flat on the tread
    # and the heel below its top, with the arrow down behind the heel; the whole picture has no arrow. The step is a
    # stair: its riser stands on the floor below, which the heel hangs well above.
    pose = exercise_pose("heel-drop")
    detail = _heel_close_up(pose)
    ground, block, tread = [s for s in detail if s.layer == "prop"]
    assert (ground.fill, block.fill, tread.fill) == ("grey", "grey", "dark")
    top, edge = max(p[1] for p in tread.points), min(p[0] for p in tread.points)
    floor = max(p[1] for p in ground.points)
    assert min(p[1] for p in block.points) == floor and min(p[0] for p in ground.points) < edge - 30
    leg = next(s for s in detail if s.layer == "end" and isinstance(s, Loop) and s.fill == "white")
    # The big toe (the last toe drawn, over the others) lies level on the tread's top, on the step.
    (x0, y0), (x1, y1) = [s for s in detail if s.layer == "end" and isinstance(s, Tube)][-1].points
    width = [s for s in detail if s.layer == "end" and isinstance(s, Tube)][-1].width
    assert y0 == pytest.approx(y1, abs=0.5) and y0 - width / 2 == pytest.approx(top, abs=0.5) and x1 > x0 > edge
    # The sole meets the tread at its edge (the ball on it), and the heel hangs off it, a little below its top (at
    # 35 degrees the steep foot and its toes bent flat made a hook, "a finger", "a boot"), well above the floor.
    low = min(leg.points, key=lambda p: p[1])
    assert top - 12 < low[1] < top - 5 and low[0] < edge and low[1] > floor + 10
    # Down the front of the shin and over the instep to the toes, the outline only falls: no notch at the ankle.
    front = leg.points[:max(range(len(leg.points)), key=lambda i: leg.points[i][0]) + 1]
    assert all(b[1] <= a[1] + 0.01 for a, b in zip(front, front[1:]))
    assert min(p[1] for p in leg.points if p[0] > edge) == pytest.approx(top, abs=1.5)
    line = next(s for s in detail if s.layer == "arrow" and len(s.points) == 2)
    (x0, y0), (x1, y1) = line.points
    assert x0 == x1 < min(p[0] for p in leg.points if p[1] < top) and y0 > top > y1
    assert y1 == pytest.approx(low[1], abs=2)
    # No faint start foot: it lay right behind the solid leg, a stray grey line over the foot.
    assert not [s for s in detail if s.layer == "start"]
    # Moving, the person beside rises and falls; the close-up stays with the heel down and its arrow (moving the
    # foot's many points would make the SVG too big).
    moving = scene(pose, "moving").inset.detail
    assert not moving.moves and [s for s in moving.shapes if s.layer == "arrow"]
    assert len(render_svg(pose, "x", "moving")) < MAX_BYTES


def test_heel_raises_have_a_big_close_up_of_a_bare_foot_on_tiptoe_over_a_faint_flat_one_with_an_arrow_up():
    # The heel off the floor was a few pixels; in the circle an outline-only foot read as "abstract line work" and a
    # grey shoe as "an abstract wedge": the towel scrunch's bare foot and leg (toes.leg_and_foot) stand up on the toes,
    # the toes flat on the floor and the heel well above it, over a faint flat foot, with an arrow up behind the heel.
    pose = exercise_pose("heel-raise")
    detail = _heel_close_up(pose)
    floor = next(s for s in detail if s.layer == "prop")
    top = max(p[1] for p in floor.points)
    leg = next(s for s in detail if s.layer == "end" and isinstance(s, Loop) and s.fill == "white")
    (flat,) = [s for s in detail if s.layer == "start" and isinstance(s, Loop) and s.fill == "white"]
    # The big toe (the last toe drawn, over the others) lies level on the floor, in front of the leg.
    (x0, y0), (x1, y1) = [s for s in detail if s.layer == "end" and isinstance(s, Tube)][-1].points
    assert y0 == pytest.approx(y1, abs=0.5) and x1 > x0 > max(p[0] for p in leg.points if p[1] > 30)
    assert min(p[1] for p in leg.points) == pytest.approx(top, abs=0.5)
    # The back of the raised heel (the leftmost part of the leg) is well above the floor; the faint foot's is on it.
    def heel_low(outline: Loop) -> float:
        back = min(p[0] for p in outline.points)
        return min(p[1] for p in outline.points if p[0] < back + 8)
    assert heel_low(leg) > top + 12 and heel_low(flat) == pytest.approx(top, abs=1)
    line = next(s for s in detail if s.layer == "arrow" and len(s.points) == 2)
    (x0, y0), (x1, y1) = line.points
    assert x0 == x1 < min(p[0] for p in leg.points) and y0 < top + 3 and y1 == pytest.approx(heel_low(leg), abs=2)
    # Moving, the person beside rises and falls; the close-up stays on tiptoe with its arrow, without the faint foot
    # (moving its many points would make the SVG too big).
    moving = scene(pose, "moving").inset.detail
    assert not moving.moves and not [s for s in moving.shapes if s.layer == "start"]
    assert [s for s in moving.shapes if s.layer == "arrow"] and len(render_svg(pose, "x", "moving")) < MAX_BYTES


def test_the_wall_walk_has_fingertip_prints_up_the_wall_and_a_straight_arrow_beside_it():
    # Reviewers saw "reach up the wall" but not the fingers walking: a trail of fingertip dots runs up the wall's
    # face between the start and end hands, both hands touch the wall, and a straight arrow beside it points up.
    from msksite.drawing.positions import positions
    from msksite.drawing.props import wall_x

    pose = exercise_pose("wall-walk")
    placed = positions(pose)
    face = wall_x(placed.end, "near_hand")
    low, high = placed.start["near_tip"][1], placed.end["near_tip"][1]
    assert high - low > 30 and abs(placed.start["near_tip"][0] - face) < 2
    shapes = scene(pose).shapes
    # Solid dark dots: drawn faint, "the dots are small and faint" (round 81).
    prints = [s for s in shapes if isinstance(s, Circle) and s.layer == "end" and s.fill == "dark"
              and abs(s.centre[0] + s.r - face) < 0.5]
    assert len(prints) >= 3 and all(low < s.centre[1] < high for s in prints)
    line, head = _arrows(scene(pose))
    (x0, y0), (x1, y1) = line.points
    assert x0 == x1 > face and y1 - y0 > 25
    # The head, tipped back to look up, sits clear beside the raised upper arm ("tucked under the arm" at 8.7).
    head, shoulder, elbow = (placed.end[k] for k in ("head", "near_shoulder", "near_elbow"))
    along = ((head[0] - shoulder[0]) * (elbow[0] - shoulder[0]) + (head[1] - shoulder[1]) * (elbow[1] - shoulder[1]))
    t = min(1.0, max(0.0, along / _distance(shoulder, elbow) ** 2))
    nearest = (shoulder[0] + t * (elbow[0] - shoulder[0]), shoulder[1] + t * (elbow[1] - shoulder[1]))
    assert _distance(head, nearest) > 10


def _distance(a, b) -> float:
    return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5


def test_the_pendulum_swing_has_a_two_headed_arc_under_the_hanging_hand():
    # A small one-headed arrow read as a push: the arc under the hand has a head at each end, so it says swing. "The
    # small double arrow is easy to miss" (round 52): it spans the whole swing, from straight down to forwards.
    from msksite.drawing.skeleton import skeleton

    pose = exercise_pose("pendulum")
    line, *heads = _arrows(scene(pose))
    assert len(heads) == 2 and len(line.points) > 4
    hand = skeleton(pose)["near_tip"]
    assert max(y for _, y in line.points) < hand[1]
    assert abs(line.points[-1][0] - line.points[0][0]) > 13


def test_bold_arrows_draws_the_arrow_following_the_movement_bold_with_a_head_at_each_end_both_ways():
    # bold_arrows also reaches a pose with no written arrows (round 82 tried it on the pendulum's swing): a thick
    # black curve, longer than the thin one, its heads bold too.
    from msksite.drawing.skeleton import skeleton

    pose = exercise_pose("pendulum").model_copy(update={"bold_arrows": True})
    arrows = [s for s in scene(pose).shapes if s.layer == "arrow"]
    assert arrows and all(isinstance(s, Tube) and s.fill == "black" for s in arrows)
    line, *heads = arrows
    assert len(heads) == 2 and len(line.points) > 4 and abs(line.points[-1][0] - line.points[0][0]) > 18
    assert max(y for _, y in line.points) < skeleton(pose)["near_tip"][1]


def test_the_pendulum_swing_arrow_is_at_the_hanging_hand_in_front_of_the_legs():
    # With the feet under the hips and the arm swinging back past them, the arc sat by the legs and read as a leg
    # swing: the feet stand back, so the whole swing is in front of the legs, and the arc runs just under the hand.
    from msksite.drawing.positions import positions

    pose = exercise_pose("pendulum")
    placed = positions(pose)
    line, *_ = _arrows(scene(pose))
    legs = max(placed.end[f"{side}_{p}"][0] for side in ("near", "far") for p in ("knee", "ankle", "toe"))
    tips = (placed.start["near_tip"], placed.end["near_tip"])
    assert min(tip[0] for tip in tips) > legs + 5 and min(x for x, _ in line.points) > legs + 5
    assert min(tip[1] for tip in tips) - max(y for _, y in line.points) < 12


def test_the_pendulum_stands_on_two_legs_one_foot_in_front_of_the_other():
    # With both legs drawn as one, stretched back from the hips, the body looked "one-legged and awkward": the legs
    # stand under the hips, near upright, the feet apart with one in front.
    from msksite.drawing.positions import positions

    end = positions(exercise_pose("pendulum")).end
    near, far = end["near_ankle"], end["far_ankle"]
    assert abs(near[0] - far[0]) > 8
    for ankle in (near, far):
        assert abs(ankle[0] - end["hip"][0]) < end["hip"][1] * 0.45


def test_the_pendulum_hanging_hand_is_clear_of_the_table():
    # In front of the table's side, the hanging arm was lost against its edge: the table starts past the hand, and
    # past the faint start's hand, swung forwards, with the arrow between them; it is still a table, not a stool.
    from msksite.drawing.positions import positions
    from msksite.drawing.props import TABLE_W

    pose = exercise_pose("pendulum")
    placed = positions(pose)
    shapes = scene(pose).shapes
    top = next(s for s in shapes if s.layer == "prop" and isinstance(s, Loop) and s.fill == "white")
    near = min(x for x, _ in top.points)
    assert near > placed.end["near_tip"][0] + 4 and near > placed.start["near_tip"][0] + 4
    assert max(x for x, _ in top.points) - near >= TABLE_W
    line, *_ = _arrows(scene(pose))
    assert max(x for x, _ in line.points) < near


def test_a_head_seen_from_behind_has_ears_and_dark_hair_and_no_eyes():
    # Grey hair alone read as a face: from behind the head has dark hair, an ear each side and no eyes. (The
    # shoulder blade squeeze is drawn big, blade_squeeze.py; here its pose drawn whole and small.)
    from msksite.drawing.skeleton import HEAD_R, skeleton

    pose = exercise_pose("shoulder-blade-squeeze").model_copy(update={"close_up": False})
    head = skeleton(pose)["head"]
    end = [s for s in scene(pose).shapes if s.layer == "end"]
    ears = [i for i, s in enumerate(end) if isinstance(s, Circle) and s.r < HEAD_R / 2
            and abs(s.centre[1] - head[1]) < 1 and abs(abs(s.centre[0] - head[0]) - HEAD_R) < 1]
    hair = next(i for i, s in enumerate(end) if isinstance(s, Loop) and s.fill == "dark")
    assert len(ears) == 2 and hair > max(ears)
    assert not [s for s in end if isinstance(s, Line) and s.dotted]


def test_the_thigh_squeeze_muscle_bulges_out_of_the_front_of_the_thigh_with_bold_effort_lines():
    # A dome over the knee read as an object sitting on it, and a band just past the thigh's edge with thin lines
    # read as "tick marks": the muscle is a dark bulge rising from the thigh's edge near the hip, well above it in
    # the middle, back to it near the knee, with three long lines as bold as the arrows fanning out above it.
    drawing = scene(_thigh_squeeze_tight())
    end = [s for s in drawing.shapes if s.layer == "end"]
    # The working (near) thigh: the other leg, behind it, is shaded grey.
    thigh = next(s for s in end if isinstance(s, Tube) and s.width == 9.0 and s.fill != "grey")
    (muscle,) = [s for s in end if isinstance(s, Loop) and s.fill == "dark"]
    (hip, knee) = thigh.points
    along = ((knee[0] - hip[0]) / dist(hip, knee), (knee[1] - hip[1]) / dist(hip, knee))
    out = lambda p: -(p[0] - hip[0]) * along[1] + (p[1] - hip[1]) * along[0]
    at = lambda p: ((p[0] - hip[0]) * along[0] + (p[1] - hip[1]) * along[1]) / dist(hip, knee)
    top = max(muscle.points, key=out)
    # Well above the thigh's edge, but not so tall that it reads as "a floating grey dome" on the leg.
    assert 0.65 * thigh.width < out(top) < 0.85 * thigh.width and 0.3 < at(top) < 0.7
    front = [p for p in muscle.points if out(p) > 0]
    for end_point in (min(front, key=at), max(front, key=at)):
        assert out(end_point) < 0.6 * thigh.width
    assert min(map(at, muscle.points)) < 0.25 and max(map(at, muscle.points)) > 0.8
    marks = [s for s in drawing.shapes if s.layer == "arrow" and isinstance(s, Line) and len(s.points) == 2
             and all(0 < at(p) < 1 and out(p) > out(top) for p in s.points)]
    assert len(marks) == 3 and all(dist(*s.points) > 0.8 * thigh.width for s in marks)
    # A faint start leg under it read as a second leg: the relaxed leg is a picture of its own (numbered 1).
    assert not [s for s in scene(exercise_pose("thigh-squeeze")).shapes if s.layer == "start"]


def test_the_thigh_squeeze_is_relaxed_in_picture_1_and_tight_in_picture_2():
    # One picture of the thigh tight was "abstract", "the change can only be hinted at" (round 68): two numbered
    # pictures, one above the other, relaxed then tight, the muscle, its effort lines and the down arrow only in 2.
    from msksite.drawing.positions import positions

    pose = exercise_pose("thigh-squeeze")
    shapes = scene(pose).shapes
    floors = sorted({s.points[0][1] for s in shapes if isinstance(s, Line) and s.layer == "prop"
                     and len(s.points) == 2 and s.points[0][1] == s.points[1][1]})
    assert len(floors) == 2  # one floor each, picture 2 below picture 1
    lower, upper = floors
    (muscle,) = [s for s in shapes if isinstance(s, Loop) and s.fill == "dark" and s.layer == "end"]
    assert max(y for _, y in muscle.points) < upper
    # The bold lines over the leg (the numbers, drawn as boldly, are at the left, past the hips at x = 0).
    bold = [s for s in shapes if isinstance(s, Line) and s.layer == "arrow" and min(x for x, _ in s.points) > 0]
    assert len(bold) >= 4 and all(y < upper for s in bold for _, y in s.points)
    # Relaxed, the knee is bent over the roll, the heel on the floor; tight, the leg is straighter, the heel lifted.
    placed = positions(pose)
    reach = lambda pts: dist(pts["hip"], pts["near_ankle"])
    assert reach(placed.end) > reach(placed.start)
    assert placed.start["near_ankle"][1] - placed.floor < 2 < placed.end["near_ankle"][1] - placed.floor
