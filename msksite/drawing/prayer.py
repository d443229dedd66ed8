"""The round close-up of the hands pressed together facing you (``view: front`` with ``inset: near_hand``), as in a
prayer stretch: both hands palm to palm, fingers up, the forearms out to the elbows, the start faint and higher.

The whole person facing you made the hands tiny mittens, and side-on one hand hid the other. Seen from the front,
each hand shows its thumb edge, so the two are mirror images meeting along one line (the palms pressed together),
and the angle between each hand and its forearm is the wrist's bend: the stretch is that angle growing as the hands
go down. The hands and forearms are placed from the skeleton, so the close-up follows the pose's angles; the arrow
runs down beside the near hand, not over the hands.
"""
from __future__ import annotations

from msksite.schema.pose import Pose

from .arrows import chevron
from .shapes import Line, Loop, Pt, Shape, Tube, add, direction, relayered
from .skeleton import Joints
from .svg import Box, Drawing, bounds

# The hands are drawn this many times the whole person's (mittens, small for the forearm), bigger than true size
# (the wrist stretches' close-up is 1.3), so they, not the forearms, fill the picture.
HAND = 1.7
# The close-up is drawn this many times the person's size, so its lines are about as thick for its size as the
# wrist stretches' close-up's.
ZOOM = 2.4
# A hand seen from its thumb edge, in hand lengths: x out from the palm (which is on the line x = 0, pressed on the
# other hand's), y from the wrist to the fingertips; the back of the hand is thickest at the knuckles and the fingers
# taper to round tips.
EDGE = ((0.0, -0.02), (0.0, 0.97), (0.05, 1.01), (0.11, 1.0), (0.16, 0.93), (0.2, 0.55), (0.26, 0.45),
        (0.28, 0.2), (0.27, -0.02))
# The thumb lies along the palm's edge towards you, from the ball of the thumb at the wrist; the index finger's
# crease at its middle joint says "fingers" on the flat edge.
THUMB, THUMB_W = ((0.18, 0.1), (0.11, 0.33), (0.07, 0.5)), 0.12
CREASE = ((0.05, 0.74), (0.17, 0.72))
# The forearm, in the person's units (the whole-person forearm is 5 wide), and how much of the upper arm shows
# from the elbow before it runs off the picture.
FOREARM_W, UPPER_ARM = 3.8, 3.0
# The arrow beside the near hand, this far out from its back edge, from above the start's fingertips to this far
# below the end's (in the person's units).
ARROW_OUT, ARROW_OVER = 2.5, 1.5


def prayer_close_up(end: Joints, start: Joints | None, moving: bool) -> Drawing:
    """The hands pressed palm to palm in the end position, the start faint (or, moving, the end moving to it) and an
    arrow down beside them from the start's height to the end's."""
    centre = ((end["near_wrist"][0] + end["far_wrist"][0]) / 2, end["near_wrist"][1])
    to_view = lambda p: ((p[0] - centre[0]) * ZOOM, (p[1] - centre[1]) * ZOOM)
    solid = _arms(end, centre, to_view, "end")
    if start is None:
        return Drawing(solid, frame=_frame(solid), aspect=1.0)
    faint = _arms(start, centre, to_view, "start")
    arrow = _arrow(start, end, centre, to_view)
    frame = _frame(solid + faint + arrow)
    if moving:
        return Drawing(solid + arrow, {i: relayered(s, "end") for i, s in enumerate(faint)}, frame=frame, aspect=1.0)
    return Drawing(faint + solid + arrow, frame=frame, aspect=1.0)


def _arms(pts: Joints, centre: Pt, to_view, layer) -> list[Shape]:
    """Both forearms and hands, the hands' palms on the middle line (the far side is the mirror image)."""
    shapes: list[Shape] = []
    for side, out in (("far", -1.0), ("near", 1.0)):
        wrist, tip, elbow, shoulder = (pts[f"{side}_{p}"] for p in ("wrist", "tip", "elbow", "shoulder"))
        size = _distance(wrist, tip) * HAND
        along = direction(wrist, tip)
        at = lambda x, y: to_view(add(add((centre[0], wrist[1]), along, y * size), (out, 0.0), x * size))
        # The forearm meets the hand at the middle of its edge, and keeps its length and direction from the pose.
        joint = at(0.14, 0.0)
        elbow_at = add(joint, direction(wrist, elbow), _distance(wrist, elbow) * ZOOM)
        upper = add(elbow_at, direction(elbow, shoulder), UPPER_ARM * ZOOM)
        shapes += [Tube(layer, (upper, elbow_at, joint), FOREARM_W * ZOOM),
                   Loop(layer, tuple(at(x, y) for x, y in EDGE), "white"),
                   Tube(layer, tuple(at(x, y) for x, y in THUMB), THUMB_W * size * ZOOM),
                   Line(layer, tuple(at(x, y) for x, y in CREASE))]
    return shapes


def _arrow(start: Joints, end: Joints, centre: Pt, to_view) -> list[Shape]:
    """Straight down beside the near hand, from above the start's fingertips to below the end's."""
    size = _distance(end["near_wrist"], end["near_tip"]) * HAND
    x = centre[0] + max(x for x, _ in EDGE) * size + ARROW_OUT
    top = start["near_wrist"][1] + size + ARROW_OVER
    bottom = end["near_wrist"][1] + size - ARROW_OVER
    tail, tip = to_view((x, top)), to_view((x, bottom))
    return [Line("arrow", (tail, tip))] + chevron(tip, tail)


def _frame(shapes: list[Shape]) -> Box:
    return bounds(shapes)


def _distance(a: Pt, b: Pt) -> float:
    return ((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2) ** 0.5


def hands_together(pose: Pose) -> bool:
    """Whether the pose's near-hand close-up is of both hands pressed together, seen facing you."""
    return pose.view == "front" and pose.inset == "near_hand"
