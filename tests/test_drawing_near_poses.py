"""A clinician editing a pose changes one word at a time: every pose one word away from a shipped one is either a
check error or a drawing, never a crash (before round 96, a nerve glide's steps without its start, and a close-up
with no props, validated and then raised a traceback while drawing). And the example poses, which clinicians copy,
hold no switch that changes nothing."""
from __future__ import annotations

import pytest
from pydantic import ValidationError

from exercise_poses import EXERCISE_IDS, exercise_pose
from msksite.drawing import render_svg
from msksite.drawing.scene import VARIANTS, scene
from msksite.schema.pose import Pose

# Words a clinician might add, each with a value it takes somewhere.
ADDED = {"both_ways": True, "bold_arrows": True, "stacked": True, "numbered": True, "hold": True,
         "faint_start": False, "close_up": True, "from_above": True, "working_muscle": "near_thigh",
         "stretch_felt": "near_calf", "helping_hand": "fingers", "toes": "up", "fingers": ["fist"], "inset": "head",
         "back": -30, "neck": 20, "head_turn": 30, "props": ["floor"],
         "arrows": [{"at": "near_knee", "towards": "up"}]}
VIEWS = ("side", "front", "back", "hand", "foot", "head", "feet")


def _one_word_away(written: dict) -> list[tuple[str, dict]]:
    """The pose without each word it has, with each word above added, and in each other view."""
    near = [(f"without {k}", {a: b for a, b in written.items() if a != k}) for k in written]
    near += [(f"with {k}", {**written, k: v}) for k, v in ADDED.items() if k not in written]
    return near + [(f"view: {v}", {**written, "view": v}) for v in VIEWS if v != written.get("view", "side")]


@pytest.mark.parametrize("exercise_id", EXERCISE_IDS)
def test_every_pose_one_word_away_is_an_error_or_a_drawing(exercise_id):
    crashed = []
    for change, data in _one_word_away(exercise_pose(exercise_id).model_dump(exclude_defaults=True)):
        try:
            pose = Pose.model_validate(data)
        except ValidationError:
            continue  # reported by check at path:line
        for variant in VARIANTS:
            try:
                render_svg(pose, exercise_id, variant)
            except Exception as error:  # noqa: BLE001 - any crash is the defect this test looks for
                crashed.append(f"{change} ({variant}): {type(error).__name__}: {error}")
                break
    assert not crashed, crashed


def test_a_head_close_up_beside_a_person_whose_end_shades_a_muscle_draws():
    # Two words from the thigh squeeze (found by a random search of such poses): its end shades the working thigh,
    # which its start does not, and the head close-up took the start's shapes by the end's positions (IndexError).
    written = exercise_pose("thigh-squeeze").model_dump(exclude_defaults=True)
    written.pop("numbered")
    pose = Pose.model_validate({**written, "inset": "head"})
    for variant in VARIANTS:
        assert "<svg" in render_svg(pose, "thigh-squeeze", variant)


# Words that switch part of a drawing on or off; the angles are left out (a close-up's seated legs say how to sit).
SWITCHES = ("both_ways", "bold_arrows", "stacked", "numbered", "hold", "faint_start", "close_up", "from_above",
            "working_muscle", "stretch_felt", "helping_hand", "inset", "toes", "fingers", "arrows", "props", "steps")


@pytest.mark.parametrize("exercise_id", EXERCISE_IDS)
def test_every_switch_written_in_an_example_pose_changes_its_drawing(exercise_id):
    # Clinicians copy the example poses: a word that changes nothing teaches them it does something (a side-lying
    # clam's `props: [floor]`, a heel drop's arrow that its close-up draws anyway, until round 96).
    pose = exercise_pose(exercise_id)
    written = pose.model_dump(exclude_defaults=True)
    drawn = [render_svg(pose, exercise_id, variant) for variant in VARIANTS]
    dead = []
    for word in (w for w in SWITCHES if w in written):
        try:
            without = Pose.model_validate({k: v for k, v in written.items() if k != word})
        except ValidationError:
            continue  # needed by another word
        if [render_svg(without, exercise_id, variant) for variant in VARIANTS] == drawn:
            dead.append(word)
    assert not dead, f"{exercise_id}: {dead} change nothing in its drawings; leave them out"


def _all_shapes(drawing):
    yield from drawing.shapes
    for panel in drawing.panels:
        yield from _all_shapes(panel)


@pytest.mark.parametrize("name", EXERCISE_IDS)
def test_every_foot_drawn_is_on_the_end_of_a_shin(name):
    # A picture cut from a list of the body's shapes by position lost the other leg but its foot when the leg's parts
    # were reordered (round 103): "a stray rolled towel on the floor". Every foot drawn is on a shin's end.
    from math import dist

    from msksite.drawing.figure import WIDTHS
    from msksite.drawing.shapes import Tube, nearest_on_segment

    shapes = [s for s in _all_shapes(scene(exercise_pose(name))) if isinstance(s, Tube)]
    for foot in (s for s in shapes if s.width == WIDTHS["foot"]):
        ankles = [s.points[-1] for s in shapes if s.width == WIDTHS["shin"] and s.layer == foot.layer]
        assert any(dist(a, nearest_on_segment(a, *foot.points[:2])) < 1.0 for a in ankles), name
