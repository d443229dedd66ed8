"""The face on a big head (neck side stretch, neck turns, nerve glide): two eyes, a nose and a smile where a real
face has them, turning and tilting with the head, and hair as a cap over its top. A grey band round the head's edge
read as headphones, and a tilted face without a mouth as a scramble."""

from math import hypot


from msksite.drawing.scene import scene
from msksite.drawing.shapes import Circle, Line, Loop
from exercise_poses import exercise_pose


def _shapes(name: str) -> list:
    drawing = scene(exercise_pose(name))
    return drawing.shapes + [s for panel in drawing.panels for s in panel.shapes]


def _face(shapes: list, layer: str = "end") -> tuple:
    """The big head's circle (the rightmost, if two are as big), its eyes, its mouth and its hair, in the layer."""
    own = [s for s in shapes if s.layer == layer]
    head = max((s for s in own if isinstance(s, Circle)), key=lambda s: (s.r, s.centre[0]))
    inside = lambda p: hypot(p[0] - head.centre[0], p[1] - head.centre[1]) < head.r + 0.5
    eyes = [s for s in own if isinstance(s, Circle) and s.fill == "black" and inside(s.centre)]
    mouths = [s for s in own if isinstance(s, Line) and len(s.points) in (3, 5) and all(inside(p) for p in s.points)]
    hair = next(s for s in own if isinstance(s, Loop) and s.fill == "dark" and all(inside(p) for p in s.points))
    return head, eyes, mouths, hair


def test_a_tilted_face_keeps_its_eyes_above_its_smile_and_its_hair_on_top_of_the_head():
    for name in ("neck-side-stretch", "nerve-glide"):
        head, eyes, mouths, hair = _face(_shapes(name))
        (mouth,) = mouths
        assert len(eyes) == 2
        # The head's up, tilted: from its middle to the middle of the hair cap.
        hx = sum(x for x, _ in hair.points) / len(hair.points) - head.centre[0]
        hy = sum(y for _, y in hair.points) / len(hair.points) - head.centre[1]
        up = lambda p: ((p[0] - head.centre[0]) * hx + (p[1] - head.centre[1]) * hy) / hypot(hx, hy)
        assert abs(hx) > 0.3 * hypot(hx, hy)  # tilted well over
        assert all(up(e.centre) > 0 for e in eyes) and all(up(p) < -0.3 * head.r for p in mouth.points)
        # A smile: its middle further down the face than its ends.
        middle = mouth.points[len(mouth.points) // 2]
        assert up(middle) < min(up(mouth.points[0]), up(mouth.points[-1])) - 0.05 * head.r


def test_a_tilted_big_face_smiles_round_not_in_a_v():
    # Three points, tilted with the head, made a V that read as a tick: "the face is distorted" (the nerve glide's
    # too, round 58).
    for name in ("neck-side-stretch", "nerve-glide"):
        _, _, (mouth,), _ = _face(_shapes(name))
        assert len(mouth.points) == 5


def test_hair_is_a_cap_on_the_head_not_a_band_round_its_edge():
    for name in ("neck-side-stretch", "neck-turns", "nerve-glide"):
        head, _, _, hair = _face(_shapes(name))
        inner = [p for p in hair.points if hypot(p[0] - head.centre[0], p[1] - head.centre[1]) < 0.85 * head.r]
        # Round the head's edge, and back across it by one point, the middle of the hairline.
        assert len(inner) == 1 and len(hair.points) >= 8


def test_a_face_turned_side_on_shows_one_eye_and_its_mouth_on_the_side_the_nose_points():
    head, eyes, mouths, _ = _face(_shapes("neck-turns"))
    (mouth,) = mouths
    assert len([e for e in eyes if e.centre[0] > head.centre[0] + 0.5 * head.r]) >= 1
    assert all(p[0] > head.centre[0] + 0.6 * head.r for p in mouth.points)


def test_the_nerve_glide_arrows_keep_clear_of_the_tilted_head_and_near_the_fingers():
    # The hand's arrow was a long loop from below the hand; the head's ran close over the faint head. The hand's now
    # starts just above the arm, where the fingers pointed.
    first, second = scene(exercise_pose("nerve-glide")).panels
    (hand,), (tilt,) = ([s for s in p.shapes if isinstance(s, Line) and s.layer == "arrow" and len(s.points) > 8]
                        for p in (first, second))
    head = max((s for s in second.shapes if isinstance(s, Circle) and s.layer == "end"), key=lambda s: s.r)
    assert all(hypot(x - head.centre[0], y - head.centre[1]) > head.r + 3 for x, y in tilt.points)
    forearm_y = max(p[1] for s in first.shapes if s.layer == "end" and isinstance(s, Line) is False
                    and getattr(s, "width", 0) == 5.0 for p in s.points)
    assert min(y for _, y in hand.points) > forearm_y  # all of it above the arm, round the fingers
