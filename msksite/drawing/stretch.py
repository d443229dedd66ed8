"""The wrist stretches' picture (a hand pose with ``helping_hand``): since round 94 one person FACING YOU, from the
head to the chest (stretch_person.py), the stretched arm held out towards you, a short stub from its shoulder, and
its hand drawn big in front of that shoulder (both hands: stretch_hands.py): fingers up (``wrist`` positive) the
plain palm towards you, a "stop" hand; fingers down (negative) the back of the hand with its nails, hanging.

- The still is two pictures numbered 1 and 2, side by side (order.numbered_frames): 1 the hand bent alone, the other
  arm hanging by the side, a short arrow round the wrist beside the hand (bend it up or down); 2 the other arm bent
  across the chest from its own shoulder, its grey hand over the fingertips (fingers up) or flat on the back of the
  hand (fingers down), and a short arrow round the fingertips, ending towards the body's middle.
- The shirt is dark and the other arm and hand light grey, so the white stretched hand and the grey helping one
  never merge, and the other arm shows whole from its shoulder (tried in round 94: with a white shirt the chest's
  edge under the hand looked like a stick holding it; with a grey one the other arm's sleeve was only an outline).
- The moving picture and the pair start with the hand straight out, pointing at you: a short stub hanging from the
  wrist (its back, nails, on top), the other hand holding it.

History. Until round 94 the person was side-on facing right and the hand cheated round to face you: "a face-on hand
on a side-on body mixes viewpoints"; the other arm, hidden behind the near one, was "a strange diagonal band" and
its hand "a blob" that "comes from nowhere"; "the figure is tiny". Before that: the small whole person in a corner
box was read, never the close-up of two overlapping hands ("a pile of white and grey hands"); a white helping hand
off the edge was "someone else's hand"; a white helping arm from the body "a tangle of overlapping outlines"; a
straight hand in picture 1 said little; the grey mitten was "a grey block".

Figure units, y up.
"""
from __future__ import annotations

from math import cos, radians, sin

from msksite.schema.pose import Pose

from .arrows import chevron
from .hands import Frame
from .order import numbered_frames
from .panels import side_by_side
from .shapes import Line, Pt, Shape, mapped
from .stretch_hands import helping, stretched
from .stretch_person import WRIST, body, hanging_arm, near_arm, other_arm
from .svg import Box, Drawing

# The hand's length, up (1) or down (-1): a grown-up's is about 9 beside a head 13 high; drawn far bigger, so its
# bend, its four fingers and the other hand on it read at phone size.
HAND = {1.0: 21.0, -1.0: 22.0}
# The picture: the person from the top of the head to the chest, the hand up or down, the arrow past it.
FRAMES: dict[float, Box] = {1.0: (-18.0, 36.0, 29.0, 92.0), -1.0: (-18.0, 27.0, 29.0, 92.0)}
# The picture is drawn this many times the figure's size: the outlines keep their width, so they are finer for it,
# fine enough for the hand's nails (at the figure's size the person was all thick outline).
ZOOM = 1.8
# Straight out at the start (the moving picture and the pair), the hand points at you: seen a little from above,
# only this share of its length shows, hanging from the wrist.
STRAIGHT = 0.35
# The arrow of picture 2: an arc round the fingertips (its centre along the hand, in hand lengths; its radius, in
# hand lengths; where it starts and ends, in degrees anticlockwise from the right), for each grip.
ARROWS = {"fingers": (0.8, 0.42, 5.0, 125.0), "back": (0.8, 0.42, 5.0, 125.0)}
# Picture 1's arrow: a short arc round the wrist beside the hand, on its little-finger side, from level towards the
# fingers: "bend the hand up" (or down).
BEND_ARROW = (0.0, 0.5, 0.0, 60.0)
# Numbered (the still): the pictures are this far apart.
NUMBERED_GAP = 4.0


def helped_stretch(pose: Pose) -> bool:
    """Whether the pose is a wrist stretch: a hand pose, palm up or down, helped by the other hand."""
    return pose.view == "hand" and pose.helping_hand is not None and pose.near.palm in ("up", "down")


def stretch_drawing(pose: Pose, variant: str) -> Drawing:
    """The stretch in one variant: still (numbered: 1 the hand bent alone, 2 the other hand helping, the arrow),
    moving (the hand and the other hand moving to the start and back) or pair (start and end side by side)."""
    palm, grip = pose.near.palm, pose.helping_hand
    end_angle = pose.near.wrist if pose.near.wrist is not None else -90.0
    start_angle = pose.start.near.wrist if pose.start and pose.start.near.wrist is not None else 0.0
    bend = 1.0 if end_angle > start_angle else -1.0
    person = body() + [near_arm()]
    end = stretched(_frame(bend, True), _palm_shows(palm, end_angle))
    helped = _helped(person, end, _frame(bend, True), grip) + _arrow(bend, *ARROWS[grip])
    alone = body() + [hanging_arm(), near_arm()]
    if variant == "pair":
        start = stretched(_frame(bend, False), _palm_shows(palm, start_angle))
        return side_by_side([_zoomed(bend, alone + start), _zoomed(bend, helped)], arrows=True)
    if variant == "moving":
        # The other hand moves with the near one, holding it all the way; the hand keeps the end's face, as a
        # moving shape cannot turn from the back of the hand into the palm on the way.
        start = stretched(_frame(bend, False), _palm_shows(palm, end_angle))
        moving = _helped([], start, _frame(bend, False), grip)
        first = len(person)
        return _zoomed(bend, helped, {first + i: s for i, s in enumerate(moving)})
    if pose.numbered:
        one = Drawing(alone + end + _arrow(bend, *BEND_ARROW), frame=FRAMES[bend])
        return numbered_frames(one, Drawing(helped, frame=FRAMES[bend]), NUMBERED_GAP, ZOOM)
    return _zoomed(bend, helped)


def _zoomed(bend: float, shapes: list[Shape], moves: dict[int, Shape] | None = None) -> Drawing:
    """The picture of the hand bent up (bend 1) or down (-1), ZOOM times the figure's size."""
    to_view = lambda p: (p[0] * ZOOM, p[1] * ZOOM)
    zoom = lambda s: mapped(s, to_view, ZOOM)
    return Drawing([zoom(s) for s in shapes], {i: zoom(s) for i, s in (moves or {}).items()},
                   frame=tuple(v * ZOOM for v in FRAMES[bend]))


def _helped(person: list[Shape], hand: list[Shape], f: Frame, grip: str) -> list[Shape]:
    """The person, the stretched hand, then the other arm from its shoulder across the body and its hand on the
    stretched one, in front of it."""
    elbow, wrist, other = helping(f, grip)
    return person + hand + [other_arm(elbow, wrist)] + other


def _frame(bend: float, bent: bool) -> Frame:
    """The stretched hand's frame at the wrist, its palm or back facing you, its thumb towards the body's middle
    (the left): bent, standing up (bend 1) or hanging down (-1) its whole length; straight, pointing at you, a short
    stub hanging from the wrist."""
    along = (0.0, bend) if bent else (0.0, -STRAIGHT)
    return Frame(WRIST, along, (-1.0, 0.0), HAND[bend])


def _palm_shows(palm: str, angle: float) -> bool:
    """Whether you see the palm of the hand turned angle degrees at the wrist: straight out, the face on top; bent
    up or down, the face that turns to face away from the body, towards you."""
    return (palm == "up") == (angle <= 0)


def _arrow(bend: float, along: float, radius: float, start: float, end: float) -> list[Shape]:
    """An arc round a point along the stretched hand (radius in hand lengths) from start to end degrees (mirrored
    top to bottom for a hanging hand)."""
    size = HAND[bend]
    centre = (WRIST[0], WRIST[1] + bend * along * size)
    angles = [bend * (start + (end - start) * i / 10) for i in range(11)]
    path = tuple(_at(centre, radius * size, a) for a in angles)
    return [Line("arrow", path)] + chevron(path[-1], path[-2])


def _at(centre: Pt, r: float, degrees: float) -> Pt:
    return (centre[0] + r * cos(radians(degrees)), centre[1] + r * sin(radians(degrees)))
