"""The four wrist drawings (wrist lifts and wrist stretches, palm up and palm down): each pair must differ in one big
shape that says which way the palm faces, as reviewers could not tell them apart by small cues at phone size."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from msksite.drawing import render_svg
from msksite.drawing.scene import scene
from msksite.drawing.shapes import Circle, Line, Loop, Tube
from msksite.drawing.svg import Drawing
from msksite.schema.pose import Pose

EXERCISES = Path(__file__).resolve().parent.parent / "content" / "exercises"


def _pose(stem: str) -> Pose:
    return Pose.model_validate(yaml.safe_load((EXERCISES / f"{stem}.yaml").read_text())["illustration"]["pose"])


def _lift(palm: str) -> Drawing:
    return scene(_pose(f"wrist-lift-palm-{palm}"))


def _hand_frame(palm: str, angle: float):
    """The lift's hand frame at a wrist angle: (along the hand, towards its palm), the wrist at (0, 0)."""
    from math import cos, radians, sin

    along = (cos(radians(angle)), sin(radians(angle)))
    up = (-along[1], along[0])
    return along, up if palm == "up" else (-up[0], -up[1])


@pytest.mark.parametrize("palm", ["up", "down"])
def test_a_wrist_lift_is_a_big_hand_over_a_table_edge_with_the_tin_on_its_palm_side(palm):
    # Palm up the hand is a cup under the tin, palm down a cap over it: the tin above the hand or hanging below it,
    # in the faint start and the solid end, its far half clear of the fingers and thumb (wrapped right round it,
    # both read as a fist round a ring).
    from msksite.drawing.lift import SIZE

    pose = _pose(f"wrist-lift-palm-{palm}")
    drawing = scene(pose)
    assert drawing.inset is None and drawing.frame is not None
    for layer, angle in (("end", pose.near.wrist), ("start", pose.start.near.wrist)):
        shapes = [s for s in drawing.shapes if s.layer == layer]
        tin = max((s for s in shapes if isinstance(s, Circle) and s.fill == "grey"), key=lambda s: s.r)
        along, towards_palm = _hand_frame(palm, angle)
        across = lambda p: p[0] * towards_palm[0] + p[1] * towards_palm[1]
        # Above the hand palm up (the tin's middle is up the page from the wrist's line), below it palm down.
        assert (along[0] * tin.centre[1] - along[1] * tin.centre[0] > 0) == (palm == "up")
        digits = [s for s in shapes if isinstance(s, Tube) and s.fill == "white"]
        assert len(digits) >= 3  # two fingers and a thumb
        reach = max(across(p) + s.width / 2 for s in digits for p in s.points)
        assert reach < across(tin.centre) + tin.r
        # Big: the tin is more than half as wide as the hand is long.
        assert 2 * tin.r > 0.5 * SIZE


def test_the_two_wrist_lifts_differ_by_where_the_tin_is_in_the_end_position():
    # The whole shape differs, not a detail: palm up the tin is above the forearm's line, palm down below it.
    up, down = (max((s for s in _lift(p).shapes if s.layer == "end" and isinstance(s, Circle)), key=lambda s: s.r)
                for p in ("up", "down"))
    assert up.centre[1] - up.r > 0 > down.centre[1]


def test_a_wrist_lift_rests_the_forearm_on_the_table_with_the_wrist_past_its_edge():
    drawing = _lift("down")
    table = next(s for s in drawing.shapes if s.layer == "prop" and isinstance(s, Loop))
    forearm = next(s for s in drawing.shapes if s.layer == "end" and isinstance(s, Loop) and len(s.points) > 8)
    top, edge = max(y for _, y in table.points), max(x for x, _ in table.points)
    # The forearm lies on the table top (its underside just above it, not floating or sunk), the wrist over the edge.
    assert 0 <= min(y for _, y in forearm.points) - top < 2.0
    assert max(x for x, _ in forearm.points) > edge > min(x for x, _ in forearm.points)


@pytest.mark.parametrize("palm", ["up", "down"])
def test_a_wrist_lift_moves_from_the_start_to_the_end_and_prints_both(palm):
    pose = _pose(f"wrist-lift-palm-{palm}")
    still, moving, pair = (scene(pose, v) for v in ("still", "moving", "pair"))
    # One curved arrow and its head; the start faint in the still, the moving one moves every hand shape.
    assert len([s for s in still.shapes if s.layer == "arrow"]) == 2
    assert [s for s in still.shapes if s.layer == "start"]
    hand = [i for i, s in enumerate(moving.shapes) if s.layer == "end"]
    assert hand and set(moving.moves) == set(hand)
    assert len(pair.panels) == 2
    for variant in ("still", "moving", "pair"):
        assert "<svg" in render_svg(pose, "x", variant)


def _steps(stem: str) -> tuple[Drawing, Drawing, Drawing]:
    drawing = scene(_pose(stem))
    held_out, bent = drawing.panels
    return drawing, held_out, bent


def _middle_x(shapes) -> float:
    xs = [p[0] for s in shapes for p in (s.points if not isinstance(s, Circle) else (s.centre,))]
    return (min(xs) + max(xs)) / 2


def test_a_wrist_stretch_is_two_steps_with_an_arrow_between():
    for stem in ("wrist-flexor-stretch", "wrist-extensor-stretch"):
        drawing, held_out, bent = _steps(stem)
        assert drawing.inset is None and [s for s in drawing.shapes if s.layer == "arrow"]
        # The held-out arm is left of the bent hand, and both are drawn as tall.
        assert held_out.frame[2] < bent.frame[0]
        assert held_out.frame[3] - held_out.frame[1] == pytest.approx(bent.frame[3] - bent.frame[1])


def test_the_first_step_shows_the_palm_or_the_back_of_the_hand_whole():
    # Palm up: the palm's creases (black), no nails, the thumb out on the right (a right arm held out, as you see it).
    # Palm down: the back of the hand, a grey nail on every finger and the thumb, no creases, the thumb on the left.
    def cues(stem: str) -> dict:
        _, held_out, _ = _steps(stem)
        shapes = held_out.shapes
        creases = [s for s in shapes if isinstance(s, Tube) and s.fill == "black"]
        nails = [s for s in shapes if isinstance(s, Loop) and s.fill == "grey"]
        thumb = next(s for s in shapes if isinstance(s, Tube) and len(s.points) == 3 and s.fill == "white")
        middle = _middle_x([s for s in shapes if isinstance(s, Tube) and s.fill == "white"])
        return {"creases": len(creases), "nails": len(nails), "thumb_right": thumb.points[-1][0] > middle}

    assert cues("wrist-flexor-stretch") == {"creases": 3, "nails": 0, "thumb_right": True}
    assert cues("wrist-extensor-stretch") == {"creases": 0, "nails": 5, "thumb_right": False}


def test_the_second_step_hangs_the_hand_down_with_the_other_hand_in_front():
    from msksite.drawing.stretch import HELPER_ARM_W, SIZE

    def cues(stem: str) -> dict:
        _, _, bent = _steps(stem)
        white = [s for s in bent.shapes if isinstance(s, Loop) and s.fill == "white" and len(s.points) > 8]
        # The forearm runs off the left; the hand hangs lower.
        forearm, hand = sorted(white, key=lambda s: -min(y for _, y in s.points))
        grey = [s for s in bent.shapes if getattr(s, "fill", "") == "grey" and s not in white]
        # The other hand: not the near hand's nail, nor the other forearm running off the picture.
        helper = [s for s in grey if not (isinstance(s, Loop) and len(s.points) == 4)
                  and not (isinstance(s, Tube) and s.width == HELPER_ARM_W * SIZE)]
        arrow = next(s for s in bent.shapes if s.layer == "arrow" and len(s.points) > 3)
        hand_xs, hand_ys = [x for x, _ in hand.points], (min(y for _, y in hand.points), max(y for _, y in hand.points))
        return {
            # Fingers to the floor: the hand is taller than wide, below the forearm.
            "hangs_down": max(y for _, y in hand.points) - min(y for _, y in hand.points) > 2 * (
                max(hand_xs) - min(hand_xs)),
            "helper_in_front": _middle_x(helper) > _middle_x([hand]),
            # Holding the fingers, its fingers wrap right round them, from in front to behind the near hand.
            "wraps_round": any(isinstance(s, Tube) and min(x for x, _ in s.points) < min(hand_xs) + 4
                               and max(x for x, _ in s.points) > max(hand_xs) for s in helper),
            # Only on the fingers (the lower half of the hand), or up the back of the hand too.
            "on_back_of_hand": max(p[1] for s in helper for p in s.points) > sum(hand_ys) / 2,
            # The arrow turns the fingertips towards the body (left).
            "arrow_back": arrow.points[-1][0] < arrow.points[0][0],
        }

    assert cues("wrist-flexor-stretch") == {"hangs_down": True, "helper_in_front": True, "wraps_round": True,
                                            "on_back_of_hand": False, "arrow_back": True}
    assert cues("wrist-extensor-stretch") == {"hangs_down": True, "helper_in_front": True, "wraps_round": False,
                                              "on_back_of_hand": True, "arrow_back": True}


def test_the_two_wrist_stretches_share_no_first_step():
    flexor, extensor = (render_svg(_pose(n), "x") for n in ("wrist-flexor-stretch", "wrist-extensor-stretch"))
    assert flexor != extensor
    assert all(isinstance(s, (Line, Loop, Tube, Circle)) for s in _steps("wrist-flexor-stretch")[1].shapes)
