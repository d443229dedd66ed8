"""The wrist stretches' picture (a hand pose with ``helping_hand``): one big person from the head to the hips, seen
from the side (stretch_person.py), the near arm straight out at shoulder height and its hand drawn big at its end,
the other arm, grey, reaching across to that hand.

- The hand, HAND_ZOOM times life size, its face cheated round to face you: fingers up (``wrist`` positive) the palm
  and its creases, like a "stop" sign; fingers down (negative) the back of the hand with its nails, hanging. The two
  stretches differ in that big shape, up or down, not in a detail.
- The other hand, grey, flat: fingers up, across the fingertips from the body's side, to pull them back; fingers
  down, over the knuckles from above, to press the back of the hand, the nails showing past it.
- The start (where the moving picture starts, and faint in the still picture where the other arm keeps clear of
  it): the hand straight out along the arm.
- One short bold curved arrow just past the bent fingertips, pointing back towards the body: the stretch itself.

Reviewers read the small whole person in a box in the corner, never the big close-up of two overlapping hands
beside it (a "pile of white and grey hands", "the arm looks like a table edge").

Figure units, y up.
"""
from __future__ import annotations

from math import cos, radians, sin

from msksite.schema.pose import Pose

from .arrows import chevron
from .badge import SIZE as FACE_SIZE
from .badge import NAIL_FILL, back_face, palm_face, plain_back
from .hands import Frame
from .panels import side_by_side
from .shapes import Line, Loop, Pt, Shape, mapped, relayered
from .stretch_person import WRIST, body, near_arm, other_arm
from .svg import Box, Drawing

HAND = 17.0  # the hand's length: a standing person's is about 9, and smaller its bend was missed
# The picture: the person from the top of the head to the hips, the arm out and the hand bent up or down, the arrow
# past it; 4 wide by 3 high.
FRAMES: dict[float, Box] = {1.0: (-10.0, 43.5, 50.0, 88.5), -1.0: (-10.0, 38.0, 50.0, 83.0)}
# The picture is drawn this many times the figure's size: the outlines keep their width, so they are finer for it,
# fine enough for the hand's nails and creases (at the figure's size the person was all thick outline).
ZOOM = 1.8
# Straight out, the hand is seen a little from above, its top face foreshortened; bent, it is turned to face you.
FLAT, TURNED = 0.7, 1.0
# The other hand, in the near hand's frame (along it from the wrist, and out to the right, away from the body, in
# hand lengths): where its wrist and its fingertips are, whether its thumb shows, and its width for its length, as
# a share of the near hand's. Fingers up it lies across the tops of the fingers, pointing away from the body;
# fingers down it lies over the back of the hand on the side away from the body, pointing down, so the near hand's
# nails show past it (over the middle of the hand it hid them).
HELPERS = {"fingers": ((1.04, -0.5), (1.12, 0.42), True, 0.55), "back": ((0.0, 0.36), (0.72, 0.3), True, 0.8)}
# The still picture draws the straight hand faint only fingers up: fingers down, the other arm comes over the top of
# the near wrist, through where the straight hand was, and the two tangled.
FAINT_START = {"fingers"}
# The arrow: a short arc round the wrist (its radius in hand lengths, then where it starts and ends, in degrees
# before and past the bent hand's line), its head pointing back towards the body. Fingers up it runs beside the
# fingers, clear of the other hand over their tops (over them it ran off the top of the picture); fingers down,
# just past the fingertips.
ARROWS = {"fingers": (1.4, 65.0, -25.0), "back": (1.3, 30.0, 10.0)}


def helped_stretch(pose: Pose) -> bool:
    """Whether the pose is a wrist stretch: a hand pose, palm up or down, helped by the other hand."""
    return pose.view == "hand" and pose.helping_hand is not None and pose.near.palm in ("up", "down")


def stretch_drawing(pose: Pose, variant: str) -> Drawing:
    """The stretch in one variant: still (the hand straight faint, bent solid, the arrow), moving (the hand and the
    other hand moving to the start and back) or pair (start and end side by side)."""
    palm, grip = pose.near.palm, pose.helping_hand
    end_angle = pose.near.wrist if pose.near.wrist is not None else -90.0
    start_angle = pose.start.near.wrist if pose.start and pose.start.near.wrist is not None else 0.0
    bend = 1.0 if end_angle > start_angle else -1.0
    person = body() + [near_arm()]
    end = _hand(palm, end_angle, TURNED)
    start = _hand(palm, start_angle, FLAT)
    if variant == "pair":
        helped = _helped(person, end, end_angle, grip, bend)
        return side_by_side([_zoomed(bend, person + start), _zoomed(bend, helped)], arrows=True)
    arrow = _arrow(end_angle, bend, *ARROWS[grip])
    shapes = _helped(person, end, end_angle, grip, bend) + arrow
    if variant == "moving":
        # The other hand moves with the near one, holding it all the way; the hand keeps the end's face, as a
        # moving shape cannot turn from the back of the hand into the palm on the way.
        moving = _helped([], _hand(palm, start_angle, FLAT, _palm_shows(palm, end_angle)), start_angle, grip, bend)
        changed = [i for i, s in enumerate(shapes) if s.layer == "end" and s not in person]
        return _zoomed(bend, shapes, dict(zip(changed, moving)))
    # The faint straight hand says where the hand started, where it lies clear of the other arm.
    faint = [relayered(s, "start") for s in start] if grip in FAINT_START else []
    return _zoomed(bend, faint + shapes)


def _zoomed(bend: float, shapes: list[Shape], moves: dict[int, Shape] | None = None) -> Drawing:
    """The picture of the hand bent up (bend 1) or down (-1), ZOOM times the figure's size."""
    to_view = lambda p: (p[0] * ZOOM, p[1] * ZOOM)
    zoom = lambda s: mapped(s, to_view, ZOOM)
    return Drawing([zoom(s) for s in shapes], {i: zoom(s) for i, s in (moves or {}).items()},
                   frame=tuple(v * ZOOM for v in FRAMES[bend]))


def _helped(person: list[Shape], hand: list[Shape], angle: float, grip: str, bend: float) -> list[Shape]:
    """The other arm (behind the person), the person, the near hand and the other hand on it."""
    wrist, helper = _helper(angle, grip, bend)
    return [other_arm(bend, wrist)] + person + hand + helper


def _hand(palm: str, angle: float, squash: float, palm_shows: bool | None = None) -> list[Shape]:
    """The face of the hand turned angle degrees at the wrist, squash times as wide: the palm (creases, no nails)
    or the back of the hand (knuckles, nails), the one that shows unless palm_shows says."""
    f = _frame(angle, squash)
    palm_shows = _palm_shows(palm, angle) if palm_shows is None else palm_shows
    face = _lighter(palm_face(False) if palm_shows else back_face(knuckles=False))
    return [mapped(s, lambda p: f.at(p[0] / FACE_SIZE, p[1] / FACE_SIZE), HAND / FACE_SIZE) for s in face]


# Both hands and the other arm move in the moving picture, and every moving shape costs its path five times over:
# the faces leave out what does not show at phone size, to keep it under 10 KB.
def _lighter(face: list[Shape]) -> list[Shape]:
    """The face without the thin crease across each finger, and each nail a plain four-cornered plate, its rounded
    end too small to see."""
    return [Loop(s.layer, s.points[:2] + s.points[4:], s.fill) if isinstance(s, Loop) and s.fill == NAIL_FILL else s
            for s in face if not (isinstance(s, Line) and len(s.points) == 2)]


def _frame(angle: float, squash: float = 1.0) -> Frame:
    """The near hand's frame at the wrist, turned angle degrees from the arm's line."""
    along = (cos(radians(angle)), sin(radians(angle)))
    return Frame(WRIST, along, (-along[1] * squash, along[0] * squash), HAND)


def _palm_shows(palm: str, angle: float) -> bool:
    """Whether you see the palm of the hand turned angle degrees at the wrist: straight out, the face on top; bent
    up or down, the face that turns to face away from the body, cheated round to face you."""
    return (palm == "up") == (angle <= 0)


def _helper(angle: float, grip: str, bend: float) -> tuple[Pt, list[Shape]]:
    """The other hand's wrist, and the hand, grey, flat on the near hand as HELPERS says."""
    along = (cos(radians(angle)), sin(radians(angle)))
    near = Frame(WRIST, along, (along[1] * bend, -along[0] * bend), HAND)
    (x0, y0), (x1, y1), thumb_shows, width = HELPERS[grip]
    wrist, tips = near.at(x0, y0), near.at(x1, y1)
    length = ((tips[0] - wrist[0]) ** 2 + (tips[1] - wrist[1]) ** 2) ** 0.5
    way = ((tips[0] - wrist[0]) / length, (tips[1] - wrist[1]) / length)
    f = Frame(wrist, way, (-way[1] * width, way[0] * width), length)
    to_view = lambda p: f.at(p[0] / FACE_SIZE, p[1] / FACE_SIZE * (1.0 if thumb_shows else -1.0))
    return f.at(0.1, 0.0), [_grey(mapped(s, to_view, length / FACE_SIZE)) for s in plain_back()]


def _grey(shape: Shape) -> Shape:
    return type(shape)(**{**shape.__dict__, "fill": "grey"})


def _arrow(end: float, bend: float, radius: float, before: float, past: float) -> list[Shape]:
    """The short arc round the wrist from before degrees before the end's line to past degrees past it (radius in
    hand lengths), pointing back towards the body."""
    a, b = end - bend * before, end + bend * past
    path = tuple(_at(radius, a + (b - a) * i / 6) for i in range(7))
    return [Line("arrow", path)] + chevron(path[-1], path[-2])


def _at(r: float, degrees: float) -> Pt:
    return (WRIST[0] + r * HAND * cos(radians(degrees)), WRIST[1] + r * HAND * sin(radians(degrees)))
