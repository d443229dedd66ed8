"""The wrist prayer stretch (``view: front`` with ``inset: near_hand``): the person facing you from the head to the
hips, big, both hands pressed palm to palm with the fingers up and the elbows out, lowered from the chest (faint) to
the waist (solid), with one bold arrow down beside them.

A small whole person with a round close-up of the hands beside it was read from the close-up alone: the person was
tiny and its hands at the chest a jumble. Seen from the front, each hand shows its thumb edge, so the two are mirror
images meeting along one line (the palms pressed together); lowered, the forearms make a flat line across, elbows
out, and the angle between each hand and its forearm is the wrist's bend: the stretch. The arms are placed from the
skeleton, so the picture follows the pose's angles; the body is drawn from its shoulders and head.
"""
from __future__ import annotations

from math import cos, dist, radians, sin

from msksite.schema.pose import Pose

from .arrows import chevron
from .figure import WIDTHS
from .head_view import head
from .shapes import Line, Loop, Pt, Shape, Tube, add, direction, relayered
from .skeleton import HEAD_R, Joints
from .svg import ASPECT, Box, Drawing

# The hands are drawn this many times the whole person's (mittens, small for the forearm), bigger than true size,
# so they read at phone size; bigger, the start's fingertips ran up over the chin.
HAND = 1.45
# The picture is drawn this many times the person's size, so its lines are about as thick for its size as the
# wrist stretches' big person's.
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
# The trunk, out from the shoulders, in at the waist and out at the hips (person's units), running off the bottom
# of the picture; the picture shows from this far above the hips (lower, the person was smaller) to this far over
# the head.
TRUNK_OUT, WAIST_IN, HIPS_OUT, ABOVE_HIPS, OVER = 3.0, 1.0, 6.5, 4.0, 3.0
# The upper arm is narrower than a whole person's (theirs, beside level forearms, made "huge tubes").
UPPER_ARM_W = 4.6
# The forearm's width at the elbow (person's units) and at the wrist (hand lengths).
ELBOW_W, WRIST_W = 3.6, 0.16
# The arrow beside the near hand, this far out from its back edge, from the start's fingertips down to this far
# below the end's, beside the solid hands (in the person's units).
ARROW_OUT, ARROW_BELOW = 2.5, 3.0
# Each arm is drawn as this many shapes, the last of them its hand (its outline, thumb and crease).
PER_ARM, PER_HAND = 5, 3


def prayer_drawing(end: Joints, start: Joints | None, variant: str) -> Drawing:
    """The still (the hands at the chest faint, at the waist solid, the arrow) or moving (the arms moving to the start
    and back) picture."""
    frame = _frame(end)
    body = _body(end)
    solid = _arms(end, "end")
    if start is None:
        return Drawing(body + solid, frame=frame)
    arrow = _arrow(start, end)
    if variant == "moving":
        moves = {len(body) + i: relayered(s, "end") for i, s in enumerate(_arms(start, "start"))}
        return Drawing(body + solid + arrow, moves, frame=frame)
    return Drawing(body + _hands(_arms(start, "start")) + solid + arrow, frame=frame)


def _view(p: Pt) -> Pt:
    return (p[0] * ZOOM, p[1] * ZOOM)


def _body(pts: Joints) -> list[Shape]:
    """The trunk from the shoulders in to the waist and out to the hips, running off the bottom, the neck and the
    head facing you; as props, behind the faint start's arms (a straight-sided trunk under level forearms read as
    a table)."""
    (sx, sy), (hx, hy), wy = pts["near_shoulder"], pts["near_hip"], pts["waist"][1]
    side = ((sx + TRUNK_OUT, sy + 2.0), (sx + TRUNK_OUT, sy - 4.0), (sx - WAIST_IN, wy), (hx + HIPS_OUT, hy),
            (hx + HIPS_OUT, hy - ABOVE_HIPS))
    outline = side + tuple((-x, y) for x, y in reversed(side))
    trunk = Loop("prop", tuple(_view(p) for p in outline), "white")
    neck = Tube("prop", (_view(pts["neck"]), _view(add(pts["head"], (0.0, -HEAD_R * 0.6)))), WIDTHS["neck"] * ZOOM)
    return [neck, trunk] + head(_view(pts["head"]), _view(pts["neck"]), 0.0, "prop", ZOOM)


def _arms(pts: Joints, layer) -> list[Shape]:
    """Both arms from the shoulders, the hands' palms on the middle line (the far side is the mirror image)."""
    shapes: list[Shape] = []
    for side, out in (("far", -1.0), ("near", 1.0)):
        wrist, tip, elbow, shoulder = (pts[f"{side}_{p}"] for p in ("wrist", "tip", "elbow", "shoulder"))
        size = dist(wrist, tip) * HAND
        along = direction(wrist, tip)
        at = lambda x, y: _view(add(add((0.0, wrist[1]), along, y * size), (out, 0.0), x * size))
        # The forearm meets the hand at the middle of its edge, and keeps its length and direction from the pose.
        joint = at(0.14, 0.0)
        elbow_at = add(joint, direction(wrist, elbow), dist(wrist, elbow) * ZOOM)
        shapes += [Tube(layer, (_view(shoulder), elbow_at), UPPER_ARM_W * ZOOM),
                   _forearm(layer, elbow_at, joint, size * ZOOM),
                   Loop(layer, tuple(at(x, y) for x, y in EDGE), "white"),
                   Tube(layer, tuple(at(x, y) for x, y in THUMB), THUMB_W * size * ZOOM),
                   Line(layer, tuple(at(x, y) for x, y in CREASE))]
    return shapes


def _hands(arms: list[Shape]) -> list[Shape]:
    """Only the hands of both arms (each arm's last PER_HAND shapes): the faint start's whole arms, over the solid
    ones, made "the hands and the direction muddy"."""
    return [s for i, s in enumerate(arms) if i % PER_ARM >= PER_ARM - PER_HAND]


def _forearm(layer, elbow: Pt, wrist: Pt, hand: float) -> Shape:
    """The forearm, round and wide at the elbow, narrowing to the hand's width at the wrist: a straight tube as
    wide as the elbow read as "a bar or table edge"."""
    a, b = ELBOW_W * ZOOM / 2, WRIST_W * hand / 2
    ux, uy = direction(elbow, wrist)
    nx, ny = -uy, ux
    # The elbow's end is rounded (half an octagon), the wrist's square on the hand's edge.
    round_end = [(elbow[0] + (nx * cos(t) - ux * sin(t)) * a, elbow[1] + (ny * cos(t) - uy * sin(t)) * a)
                 for t in (radians(d) for d in range(0, 181, 45))]
    return Loop(layer, tuple(round_end) + ((wrist[0] - nx * b, wrist[1] - ny * b),
                                           (wrist[0] + nx * b, wrist[1] + ny * b)), "white")


def _arrow(start: Joints, end: Joints) -> list[Shape]:
    """Straight down beside the near hand, from the start's fingertips to the end's."""
    size = dist(end["near_wrist"], end["near_tip"]) * HAND
    x = max(x for x, _ in EDGE) * size + ARROW_OUT
    top = start["near_wrist"][1] + size
    bottom = end["near_wrist"][1] + size - ARROW_BELOW
    tail, tip = _view((x, top)), _view((x, bottom))
    return [Line("arrow", (tail, tip))] + chevron(tip, tail)


def _frame(pts: Joints) -> Box:
    """From just above the hips to just over the head, as wide as the page's drawings are for that height."""
    bottom, top = pts["hip"][1] + ABOVE_HIPS, pts["head"][1] + HEAD_R + OVER
    half = (top - bottom) * ASPECT / 2
    return tuple(v * ZOOM for v in (-half, bottom, half, top))



def hands_together(pose: Pose) -> bool:
    """Whether the pose is both hands pressed together, seen facing you (the wrist prayer stretch)."""
    return pose.view == "front" and pose.inset == "near_hand"
