"""The shoulder blade squeeze (``view: back`` with ``close_up``): the back seen from behind, big, from the hips up
(back_view.py), the arms relaxed by the sides, the two shoulder blades shaded, squeezed in towards the spine.

Small and whole, seen from behind, only the grey head said "back view", so inward arrows read as "rounding the
shoulders forward, the opposite of the exercise". Big, the spine, the pockets and the hair say "from behind"; the
blades are faint further out where they start and solid close to the spine where they end, and a short bold arrow
each side, between the blade and the arm (not across the arm), points in at the blade. The shoulders stay level
and down: nothing raised or rounded that could read as hunching.
"""
from __future__ import annotations

from msksite.schema.pose import Pose

from .arrows import bold_arrow
from .back_view import HEAD, HEAD_R, back_shapes
from .shapes import Circle, Layer, Loop, Shape, Tube, relayered
from .svg import ASPECT, Box, Drawing

# A shoulder blade, right of the spine: its corners (out from the spine, up), the inner edge near upright by the
# spine, the top edge out towards the shoulder, the point at the bottom. Squeezed, its inner edge is this far from
# the spine (``shoulders: back``); otherwise, this far.
BLADE = ((0.0, 63.0), (17.0, 65.0), (14.0, 52.0), (3.0, 33.0), (-1.0, 46.0))
SQUEEZED, APART = 3.0, 10.0
# The arms hang by the sides, the elbows a little bent: the top of the arm (at the shoulder's outer edge, so the
# arm hangs clear of the arrows), the elbow and the hand (out from the spine, up), and their widths.
ARM_TOP, ELBOW, HAND = (33.0, 64.0), (45.0, 30.0), (42.0, 2.0)
UPPER_ARM, FOREARM, HAND_R = 13.0, 11.0, 6.5
# The arrows: level with the blades' lower half, from beside the arm in to just short of the blade's outer edge.
ARROW_Y, ARROW_FROM, ARROW_TO, ARROW_W, ARROW_HEAD = 44.0, 31.0, 14.0, 2.8, 5.5
# The picture shows from just under the waistband to this far over the head.
BOTTOM, OVER = -5.0, 6.0


def squeezes_blades(pose: Pose) -> bool:
    """Whether the pose is the shoulder blades seen big from behind (the shoulder blade squeeze)."""
    return pose.view == "back" and pose.close_up


def blade_squeeze_drawing(pose: Pose, variant: str) -> Drawing:
    """The still (blades faint apart, solid together, arrows in) or moving picture."""
    body, arms, frame = back_shapes(), _arms(), _frame()
    end = _blades(pose, "end")
    start_pose = pose.at_start()
    if start_pose is None:
        return Drawing(body + end + arms, frame=frame)
    start = _blades(start_pose, "start")
    if variant == "moving":
        moves = {len(body) + i: relayered(s, "end") for i, s in enumerate(start)}
        return Drawing(body + end + arms + _arrows(), moves, frame=frame)
    return Drawing(body + start + end + arms + _arrows(), frame=frame)


def _blades(pose: Pose, layer: Layer) -> list[Shape]:
    """The two shoulder blades, shaded, close to the spine if squeezed back and together."""
    inner = SQUEEZED if pose.shoulders == "back" else APART
    return [Loop(layer, tuple((k * (inner + x), y) for x, y in BLADE), "grey") for k in (-1.0, 1.0)]


def _arms() -> list[Shape]:
    """Both arms relaxed by the sides, the elbows a little bent, a hand at each hip."""
    shapes: list[Shape] = []
    for k in (-1.0, 1.0):
        side = lambda p: (k * p[0], p[1])
        shapes += [Tube("prop", (side(ARM_TOP), side(ELBOW)), UPPER_ARM),
                   Tube("prop", (side(ELBOW), side(HAND)), FOREARM), Circle("prop", side(HAND), HAND_R, "white")]
    return shapes


def _arrows() -> list[Shape]:
    """A short bold arrow each side pointing in at the blade, between it and the arm."""
    return [s for k in (-1.0, 1.0)
            for s in bold_arrow((k * ARROW_FROM, ARROW_Y), (k * ARROW_TO, ARROW_Y), ARROW_W, ARROW_HEAD)]


def _frame() -> Box:
    """From just under the waistband to just over the head, as wide as the page's drawings are for that height."""
    top = HEAD[1] + HEAD_R + OVER
    half = (top - BOTTOM) * ASPECT / 2
    return (-half, BOTTOM, half, top)
