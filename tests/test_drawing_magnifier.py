"""Tests for the magnifier callouts of the heel raises, heel drops and ankle circles: the ring round the foot on the
person, joined by thin grey lines to the big round close-up beside them (round 96: "the linking circle is tiny",
"the link takes a second")."""
from math import dist

import pytest

from msksite.drawing import render_svg
from msksite.drawing.arrows import _touches
from msksite.drawing.positions import positions
from msksite.drawing.scene import scene
from msksite.drawing.shapes import add
from msksite.drawing.skeleton import landmarks
from exercise_poses import exercise_pose

# The lines each drawing has: below on the floor (above crossed the legs and the chair), none on the step (any line
# crossed the body, the wall or the step), both for the ankle circles.
LINKS = {"heel-raise": 1, "heel-drop": 0, "ankle-circles": 2}
# Near the ring the foot runs out of it (the toes): the line is clear of everything this far beyond the ring.
NEAR_RING = 6.0


def _ring(inset) -> float:
    return inset.r / inset.zoom


@pytest.mark.parametrize("name", sorted(LINKS))
def test_the_ring_on_the_person_is_big_enough_to_see_but_round_the_foot_only(name):
    inset = scene(exercise_pose(name)).inset
    end = positions(exercise_pose(name)).end
    # It was 7 or 8 across a person about 100 tall: half as big again, but short of the knee and the hips.
    assert 10 <= _ring(inset) <= 13
    assert dist(inset.focus, end["near_knee"]) > _ring(inset) + 5


@pytest.mark.parametrize("variant", ["still", "moving"])
@pytest.mark.parametrize("name", sorted(LINKS))
def test_thin_lines_join_the_ring_to_the_circle_through_empty_space(name, variant):
    drawing = scene(exercise_pose(name), variant)
    inset = drawing.inset
    ring = _ring(inset)
    assert len(inset.links) == LINKS[name]
    for a, b in inset.links:
        # Each touches both circles: it ends on each, square to its radius there.
        assert abs(dist(a, inset.focus) - ring) < 0.01 and abs(dist(b, inset.centre) - inset.r) < 0.01
        along = (b[0] - a[0], b[1] - a[1])
        for point, centre in ((a, inset.focus), (b, inset.centre)):
            radius = (point[0] - centre[0], point[1] - centre[1])
            assert abs(along[0] * radius[0] + along[1] * radius[1]) < 0.01 * dist(a, b) * dist(point, centre)
        # Clear of the body and the props (the start and the moving one too), beyond where the foot leaves the ring.
        shapes = drawing.shapes + list(drawing.moves.values())
        samples = [add(a, along, k / 100) for k in range(101)]
        beyond = [p for p in samples if dist(p, inset.focus) > ring + NEAR_RING]
        assert not [p for p in beyond for s in shapes if _touches(p, s, 1.5)]


@pytest.mark.parametrize("name", sorted(n for n, k in LINKS.items() if k))
def test_the_lines_are_drawn_grey_and_thin_behind_the_circle(name):
    svg = render_svg(exercise_pose(name), name)
    grey = '<g stroke-width="1.2" stroke="#555"><polyline'
    assert grey in svg and svg.index(grey) < svg.index("<clipPath")
    assert len(svg.encode()) < 10_000 and len(render_svg(exercise_pose(name), name, "moving").encode()) < 10_000
