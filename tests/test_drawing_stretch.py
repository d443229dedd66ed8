"""The wrist stretches' person and other hand (round 30): the head on a neck above the shoulder, clear of the arm,
and fingers up the other hand a grey mitten of its own over the fingertips."""
from __future__ import annotations

from msksite.drawing.scene import scene
from msksite.drawing.shapes import Circle, Line, Loop, Tube
from test_drawing_wrists import _fingers, _grey, _hand_length, _near_arm, _pose


def test_the_head_sits_on_a_neck_above_and_behind_the_shoulder_clear_of_the_arm():
    # Reviewers saw "the head fused with the arm": a neck shows between the trunk's top and the head, and the head's
    # bottom is well above the top of the arm.
    from msksite.drawing.figure import WIDTHS
    from msksite.drawing.stretch import ZOOM

    for stem in ("wrist-flexor-stretch", "wrist-extensor-stretch"):
        shapes = scene(_pose(stem)).shapes
        head = max((s for s in shapes if isinstance(s, Circle)), key=lambda c: c.r)
        arm = _near_arm(shapes)
        (necks,) = [[s for s in shapes if isinstance(s, Tube) and s.fill == "white"
                    and abs(s.width - WIDTHS["neck"] * ZOOM) < 0.01]]
        assert len(necks) == 1
        trunk = max((s for s in shapes if isinstance(s, Tube)), key=lambda t: t.width)
        trunk_top = max(y for _, y in trunk.points) + trunk.width / 2
        assert head.centre[1] - head.r > trunk_top
        assert head.centre[1] - head.r > arm.points[0][1] + arm.width / 2 + 0.5 * head.r
        assert head.centre[0] <= arm.points[0][0]


def test_fingers_up_the_other_hand_is_a_grey_mitten_over_the_fingertips_only():
    # Hooked behind, the other hand was "an unclear blob over the palm": now a grey mitten with its own outline and
    # thumb lies over the ends of the fingers, drawn over them, its wrist on the body's side; the roots of the
    # fingers and the palm show below it.
    shapes = scene(_pose("wrist-flexor-stretch")).shapes
    fingers = _fingers(shapes, "end")
    arm, grey = _grey(shapes)
    (mitten,) = [s for s in grey if isinstance(s, Loop)]
    assert [s for s in grey if isinstance(s, Tube)] and len([s for s in shapes if isinstance(s, Line)
                                                               and s.layer == "end"]) >= 3
    assert shapes.index(mitten) > max(shapes.index(f) for f in fingers)
    tips = max(f.points[-1][1] for f in fingers)
    roots = min(f.points[0][1] for f in fingers)
    low = min(y for _, y in mitten.points)
    assert roots < low < tips and max(y for _, y in mitten.points) > tips
    wrist = _near_arm(shapes).points[1]
    assert arm.points[-1][0] < wrist[0] - 0.3 * _hand_length()
