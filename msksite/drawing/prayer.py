"""The wrist prayer stretch (``view: front`` with ``inset: near_hand``): two pictures side by side, numbered 1 and 2,
of the person facing you from the head to the waist, both hands pressed palm to palm with the fingers up: 1 at the
chest, below the neck, the elbows down at the sides; 2 lowered towards the waist, the elbows out and the forearms
level, with a bold arrow down beside the hands. Moving, one picture, the arms lowering; in print, the two side by side.

A small whole person with a round close-up of the hands beside it was read from the close-up alone: the person was
tiny and its hands at the chest a jumble. Seen from the front, each hand shows its thumb edge, so the two are mirror
images meeting along one line (the palms pressed together); lowered, the forearms make a flat line across, elbows
out, and the angle between each hand and its forearm is the wrist's bend: the stretch. The arms are placed from the
skeleton, so the picture follows the pose's angles; the body is drawn from its shoulders and head.

Until round 96 the still was one picture, the start's hands faint at the chest over the solid lowered ones: in 11 of
12 reviews the faint hands were named ("ghost hands over the neck", "clutter"). Now both are solid, numbered (as the
sit to stand and the mini squat, which rose so). Each forearm runs from the pose's elbow to the hand: pointing up at
the chest it comes towards you and looks shorter; kept as long as level, picture 1's elbows went out like 2's and
its fingertips up over the neck, and the two pictures looked alike. The hands are a little smaller than before, so
picture 1's fingertips stay below the neck.
"""
from __future__ import annotations

from math import cos, dist, radians, sin

from msksite.schema.pose import Pose

from .arrows import bold_arrow
from .figure import WIDTHS
from .head_view import head
from .numerals import CORNER, NUMBER_R
from .order import numbered_frames
from .panels import side_by_side
from .shapes import Line, Loop, Pt, Shape, Tube, add, direction, mapped, relayered
from .skeleton import HEAD_R, Joints
from .svg import ASPECT, Box, Drawing, bounds

# The hands are drawn this many times the whole person's (mittens, small for the forearm), bigger than true size,
# so they read at phone size; bigger (1.45 until round 96), picture 1's fingertips ran up over the neck.
HAND = 1.35
# The moving picture is drawn this many times the person's size, so its lines are about as thick for its size as
# the wrist stretches' big person's.
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
# The arrow beside the near hand in picture 2, this far out from its back edge, from where the hands were in
# picture 1 (their fingertips) down to this far below the end's fingertips (in the person's units); drawn bold, this
# thick inside its outline, its head's sides this long.
ARROW_OUT, ARROW_BELOW, ARROW_W, ARROW_HEAD = 3.0, 5.0, 1.2, 3.0
# The still is two pictures numbered 1 and 2, side by side, drawn this many times the person's size (two in the box
# the one picture had, so less than ZOOM: their lines keep as thick for their size), this far apart; each is cut
# this far beside its arms and this far below picture 2's elbows (the waist: the hips off the bottom).
NUMBERED_ZOOM, NUMBERED_GAP, BESIDE, BELOW = 1.8, 5.0, 1.0, 2.0


def prayer_drawing(end: Joints, start: Joints | None, variant: str) -> Drawing:
    """The still (two pictures numbered 1 and 2: the hands at the chest, then lowered to the waist with an arrow
    down), moving (one picture, the arms moving to the start and back) or pair (start and end side by side)."""
    body = _body(end)
    solid = _arms(end, "end")
    if start is None:
        return _zoomed(Drawing(body + solid, frame=_frame(end)), ZOOM)
    if variant == "moving":
        moves = {len(body) + i: relayered(s, "end") for i, s in enumerate(_arms(start, "start"))}
        return _zoomed(Drawing(body + solid + _arrow(start, end), moves, frame=_frame(end)), ZOOM)
    bottom = end["near_elbow"][1] - ELBOW_W / 2 - BELOW
    first = _picture(body + _arms(start, "end"), _arms(start, "end"), bottom)
    then = _picture(body + solid + _arrow(start, end), solid, bottom)
    if variant == "pair":
        return side_by_side([_zoomed(first, NUMBERED_ZOOM), _zoomed(then, NUMBERED_ZOOM)], arrows=True)
    return numbered_frames(first, then, NUMBERED_GAP, NUMBERED_ZOOM)


def _picture(shapes: list[Shape], arms: list[Shape], bottom: float) -> Drawing:
    """One numbered picture: from bottom to over the head, as wide as the arms reach (the head is narrower), with
    room over the head for the number in its top left corner (beside the head, it touched the hair; the two side by
    side are wide and low, so the room costs no size)."""
    top = bounds(shapes)[3] + 2 * (NUMBER_R + CORNER)
    half = max(-bounds(arms)[0], bounds(arms)[2]) + BESIDE
    return Drawing(shapes, frame=(-half, bottom, half, top))


def _zoomed(drawing: Drawing, zoom: float) -> Drawing:
    """The drawing zoom times the person's size, its frame and moves too."""
    to_view = lambda p: (p[0] * zoom, p[1] * zoom)
    zoom_all = lambda s: mapped(s, to_view, zoom)
    return Drawing([zoom_all(s) for s in drawing.shapes], {i: zoom_all(s) for i, s in drawing.moves.items()},
                   frame=tuple(v * zoom for v in drawing.frame))


def _body(pts: Joints) -> list[Shape]:
    """The trunk from the shoulders in to the waist and out to the hips, running off the bottom, the neck and the
    head facing you; as props, behind the moving start's arms (a straight-sided trunk under level forearms read as
    a table)."""
    (sx, sy), (hx, hy), wy = pts["near_shoulder"], pts["near_hip"], pts["waist"][1]
    side = ((sx + TRUNK_OUT, sy + 2.0), (sx + TRUNK_OUT, sy - 4.0), (sx - WAIST_IN, wy), (hx + HIPS_OUT, hy),
            (hx + HIPS_OUT, hy - ABOVE_HIPS))
    outline = side + tuple((-x, y) for x, y in reversed(side))
    trunk = Loop("prop", outline, "white")
    neck = Tube("prop", (pts["neck"], add(pts["head"], (0.0, -HEAD_R * 0.6))), WIDTHS["neck"])
    return [neck, trunk] + head(pts["head"], pts["neck"], 0.0, "prop", 1.0)


def _arms(pts: Joints, layer) -> list[Shape]:
    """Both arms from the shoulders, the hands' palms on the middle line (the far side is the mirror image)."""
    shapes: list[Shape] = []
    for side, out in (("far", -1.0), ("near", 1.0)):
        wrist, tip, elbow, shoulder = (pts[f"{side}_{p}"] for p in ("wrist", "tip", "elbow", "shoulder"))
        size = dist(wrist, tip) * HAND
        along = direction(wrist, tip)
        at = lambda x, y: add(add((0.0, wrist[1]), along, y * size), (out, 0.0), x * size)
        # The forearm runs from the pose's elbow to the middle of the hand's edge: pointing up at the chest it comes
        # towards you, so it looks shorter than level (kept as long, the elbows went out and the hands up over the
        # neck).
        joint = at(0.14, 0.0)
        shapes += [Tube(layer, (shoulder, elbow), UPPER_ARM_W),
                   _forearm(layer, elbow, joint, size),
                   Loop(layer, tuple(at(x, y) for x, y in EDGE), "white"),
                   Tube(layer, tuple(at(x, y) for x, y in THUMB), THUMB_W * size),
                   Line(layer, tuple(at(x, y) for x, y in CREASE))]
    return shapes


def _forearm(layer, elbow: Pt, wrist: Pt, hand: float) -> Shape:
    """The forearm, round and wide at the elbow, narrowing to the hand's width at the wrist: a straight tube as
    wide as the elbow read as "a bar or table edge"."""
    a, b = ELBOW_W / 2, WRIST_W * hand / 2
    ux, uy = direction(elbow, wrist)
    nx, ny = -uy, ux
    # The elbow's end is rounded (half an octagon), the wrist's square on the hand's edge.
    round_end = [(elbow[0] + (nx * cos(t) - ux * sin(t)) * a, elbow[1] + (ny * cos(t) - uy * sin(t)) * a)
                 for t in (radians(d) for d in range(0, 181, 45))]
    return Loop(layer, tuple(round_end) + ((wrist[0] - nx * b, wrist[1] - ny * b),
                                           (wrist[0] + nx * b, wrist[1] + ny * b)), "white")


def _arrow(start: Joints, end: Joints) -> list[Shape]:
    """Bold, straight down beside the near hand, from the start's fingertips to the end's."""
    size = dist(end["near_wrist"], end["near_tip"]) * HAND
    x = max(x for x, _ in EDGE) * size + ARROW_OUT
    top = start["near_wrist"][1] + size
    bottom = end["near_wrist"][1] + size - ARROW_BELOW
    return bold_arrow((x, top), (x, bottom), ARROW_W, ARROW_HEAD)


def _frame(pts: Joints) -> Box:
    """From just above the hips to just over the head, as wide as the page's drawings are for that height."""
    bottom, top = pts["hip"][1] + ABOVE_HIPS, pts["head"][1] + HEAD_R + OVER
    half = (top - bottom) * ASPECT / 2
    return (-half, bottom, half, top)


def hands_together(pose: Pose) -> bool:
    """Whether the pose is both hands pressed together, seen facing you (the wrist prayer stretch)."""
    return pose.view == "front" and pose.inset == "near_hand"
