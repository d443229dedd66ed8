"""A clinician editing a pose changes one word at a time: every pose one word away from a shipped one is either a
check error or a drawing, never a crash (before round 96, a nerve glide's steps without its start, and a close-up
with no props, validated and then raised a traceback while drawing)."""
from __future__ import annotations

import pytest
from pydantic import ValidationError

from exercise_poses import EXERCISE_IDS, exercise_pose
from msksite.drawing import render_svg
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
        for variant in ("still", "moving", "pair"):
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
    for variant in ("still", "moving", "pair"):
        assert "<svg" in render_svg(pose, "thigh-squeeze", variant)
