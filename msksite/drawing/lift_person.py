"""A wrist lift's main picture (round 101): the whole person sitting side-on at a table, the forearm lying on its
top and the hand just past its edge holding the tin, a small ring round the hand and tin, and beside them a big
circle magnifying that hand and tin from the same side (lift.py's side view: the table's edge, the forearm, the
hand and tin faint hanging down and solid lifted level, the curved arrow).

Why: the foot stretch rose from about 3 to 3.5 when it became the person side-on with a same-side magnifier beside
them (toe_stretch.py); the lifts' set-up seen from above beside the side view (round 94) was "not linked /
puzzling", two views with nothing joining them. The person is drawn as the other seated side views are (figure.py,
props.py's chair and floor); the table is drawn here, its edge just past the wrist, since props.py puts a level
hand's table edge well past the fingertips (the hand would lie on the table, not over its edge). The poses hold the
upper arm a little forward (shoulder 45, elbow 45): at 20 and 70 the hand was over the knee and the table, squeezed
onto the lap, was hidden.
Everything is in the person's figure units (y up, the floor at 0), facing right.
"""
from __future__ import annotations

from msksite.schema.pose import Pose

from .figure import figure_shapes
from .positions import positions
from .props import prop_shapes
from .shapes import Line, Loop, Pt, Shape, Tube, box
from .skeleton import Joints
from .svg import Drawing, Inset, bounds

# The table top's thickness, how far its edge is past the wrist (the hand is over the edge), how far back it runs
# behind the elbow, and its leg this far back from the edge.
TOP, EDGE_PAST, BACK, LEG = 2.5, 0.5, 10.0, 4.0
# The big circle beside the person, its radius in figure units and its gap from them; the small ring round the hand
# and tin on the person, its radius.
CIRCLE_R, GAP, RING = 34.0, 4.0, 6.0


def beside_person(pose: Pose, close_up: Drawing) -> Drawing:
    """The person sitting at the table, the close-up (a square picture) in the big circle to their right, level with
    their middle, a ring round their hand and tin."""
    person, hand = _seated_at_table(pose)
    _, bottom, right, top = bounds(person)
    centre = (right + CIRCLE_R + GAP, (bottom + top) / 2)
    return Drawing(person, inset=Inset(hand, CIRCLE_R / RING, centre, CIRCLE_R, close_up))


def _seated_at_table(pose: Pose) -> tuple[list[Shape], Pt]:
    """The chair, the floor, the table and the person, side-on at the lift's end (the hand level), and the middle of
    the hand and its tin."""
    whole = pose.model_copy(update={"view": "side", "start": None})
    placed = positions(whole)
    pts = placed.end
    others = whole.model_copy(update={"props": [p for p in whole.props if _name(p) != "table"]})
    props = prop_shapes(others, pts)
    wrist, tip = pts["near_wrist"], pts["near_tip"]
    hand = ((wrist[0] + tip[0]) / 2, (wrist[1] + tip[1]) / 2)
    body = figure_shapes(whole, pts, "end")
    # The far arm and leg lie exactly behind the near ones (the same angles): left out, so the moving SVG, with the
    # circle's hand and tin moving, stays under 10 kB.
    body = [s for i, s in enumerate(body) if not any(_hidden_by(s, t) for t in body[i + 1:])]
    return props[:1] + _table(pts, placed.floor) + props[1:] + body, hand


def _hidden_by(shape: Shape, later: Shape) -> bool:
    return isinstance(shape, Tube) and isinstance(later, Tube) and shape.points == later.points


def _name(prop: object) -> str:
    return prop if isinstance(prop, str) else prop.name


def _table(pts: Joints, floor: float) -> list[Shape]:
    """The table top under the forearm, grey as in the circle (the same table), its edge just past the wrist, and its
    front leg down to the floor."""
    wrist, elbow = pts["near_wrist"], pts["near_elbow"]
    top = min(wrist[1], elbow[1]) - 1.5
    edge, near = wrist[0] + EDGE_PAST, elbow[0] - BACK
    return [Loop("prop", box(near, top - TOP, edge, top), "grey"),
            Line("prop", ((edge - LEG, top - TOP), (edge - LEG, floor)))]
