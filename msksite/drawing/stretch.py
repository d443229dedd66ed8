"""The wrist stretches' picture (a hand pose with ``helping_hand``): one big person from the head to the hips, seen
from the side (stretch_person.py), the near arm straight out at shoulder height and its hand drawn big at its end,
the other hand, grey, on it (both hands: stretch_hands.py).

- The hand, HAND long (far bigger than life), its face cheated round to face you: fingers up (``wrist`` positive)
  the plain palm, like a "stop" sign; fingers down (negative) the back of the hand with its nails,
  hanging. The two stretches differ in that big shape, up or down, not in a detail.
- The other hand, grey, a whole hand like the stretched one (stretch_hands.py), in front of it, its fingers
  pointing back towards the body: fingers up its wrist beside the fingertips, its fingers across their tips;
  fingers down beside the hanging hand, on the side away from the body, only its fingers across the back of the
  hand at the knuckles (laid over the hand, the two were "a clump"). Its arm reaches forward just under the near
  arm, a thin grey band below it, then up past the far side of the hand to its wrist (fingers up: hidden behind the
  hand, the grey hand "appeared from nowhere") or round the far side of the hanging hand (fingers down).
- Hanging, the hand's thumb stands out on the body's side, clear of the other hand.
- The start, the hand straight out along the arm: faint beside the bent hand it was "cluttered", so for seven
  rounds only the moving picture and the pair showed it, and the still, one picture, scored 3 ("hard to see who
  does what", "the helping arm comes from nowhere"). Written ``numbered`` (round 75), the still is two pictures
  numbered 1 and 2, one above the other (order.numbered_frames): 1 the arm held out, the hand straight along it,
  alone, cut just below the arm; 2 the hand bent, the other hand on it, the arrow. Both still scored 3: the grey
  hand on the white one was "a clump", the stretched hand "a shapeless block with its fingers hidden", and a
  straight hand said little (the fingers-up stretch starts with the hand already up, "stop"). So (round 79)
  picture 1 is the hand already bent, alone, in full view, with a short arrow round the wrist inside the bend
  (BEND_ARROW: straight to bent), cut just past the hand; 2 is unchanged, the same hand with the other hand on it.
  They follow the steps: bend the hand, then the other hand presses or pulls. The moving picture and the pair
  still go from the hand straight out to bent and helped.
- One short bold curved arrow just past the bent fingertips, pointing back towards the body: the stretch itself
  (fingers down, from under the other hand, which pushes them).

Reviewers read the small whole person in a box in the corner, never the big close-up of two overlapping hands
beside it (a "pile of white and grey hands", "the arm looks like a table edge"); then, with one big person, the
hands still "overlapped into a tangle", the grey arm "zigzagged", came "over the shoulder" or, an L below the near
arm, was "confusing" and "from the hip", and the grey mitten was "a grey block".

Figure units, y up.
"""
from __future__ import annotations

from math import cos, radians, sin

from msksite.schema.pose import Pose

from .arrows import chevron
from .hands import Frame
from .order import numbered_frames
from .shapes import Line, Pt, Shape, mapped
from .stretch_hands import helping, stretched
from .stretch_person import WRIST, body, near_arm, other_arm
from .svg import Box, Drawing, bounds

# The hand's length, bent up (1) or down (-1): a standing person's is about 9, and smaller its bend was missed.
# Hanging, it has the room below the arm to be bigger still, for its thumb and its four nailed fingers to read.
HAND = {1.0: 24.0, -1.0: 29.0}
# The picture: the person from the top of the head to the hips, the arm out and the hand bent up or down, the arrow
# past it; 4 wide by 3 high. Fingers up, close round the head, arm and hand, so they are bigger.
FRAMES: dict[float, Box] = {1.0: (-6.0, 46.0, 54.0, 91.0), -1.0: (-12.0, 26.0, 64.0, 84.0)}
# The picture is drawn this many times the figure's size: the outlines keep their width, so they are finer for it,
# fine enough for the hand's nails (at the figure's size the person was all thick outline).
ZOOM = 1.8
# Straight out, the hand is seen a little from above, its top face foreshortened; bent, it is turned to face you.
FLAT, TURNED = 0.7, 1.0
# The arrow: an arc round the wrist (its radius in hand lengths, then where it starts and ends, in degrees
# before and past the bent hand's line), its head pointing back towards the body. Fingers up, a short arc over the
# fingertips from above the other hand, ending well short of the head (running on back to the head, it read as "a
# head movement"); fingers down, a longer arc hugging the fingertips' path, from below the other hand (the one
# pressing them) round under the fingertips towards the body (short, just under the fingertips, it was "vague").
ARROWS = {"fingers": (1.22, 20.0, 18.0), "back": (1.07, 50.0, 25.0)}
# Picture 1's arrow: a short arc round the wrist inside the bend, in front of the bent hand, from near the arm's
# line (straight out) towards the bent hand, stopping short of it: "bend the hand" (as for ARROWS, its radius in
# hand lengths, then where it starts before the bent hand's line and, negative, how far short of it it ends).
BEND_ARROW = (0.72, 85.0, -33.0)
# Numbered (the still): each picture reaches left to here, so its number, in the top left corner, keeps clear of the
# head; picture 1 stops this far below its arm, hand and arrow (if above picture 2's bottom); the pictures are this
# far apart.
NUMBERED_LEFT, BELOW_ARM, NUMBERED_GAP = -25.0, 3.0, 6.0


def helped_stretch(pose: Pose) -> bool:
    """Whether the pose is a wrist stretch: a hand pose, palm up or down, helped by the other hand."""
    return pose.view == "hand" and pose.helping_hand is not None and pose.near.palm in ("up", "down")


def stretch_drawing(pose: Pose, variant: str) -> Drawing:
    """The stretch in one variant: still (the hand bent, the other hand on it, the arrow; numbered, the hand bent
    alone first) or moving (the hand and the other hand moving to the start and back)."""
    palm, grip = pose.near.palm, pose.helping_hand
    end_angle = pose.near.wrist if pose.near.wrist is not None else -90.0
    start_angle = pose.start.near.wrist if pose.start and pose.start.near.wrist is not None else 0.0
    bend = 1.0 if end_angle > start_angle else -1.0
    person = body() + [near_arm()]
    end = _hand(palm, end_angle, TURNED, bend)
    start = _hand(palm, start_angle, FLAT, bend)
    arrow = _arrow(end_angle, bend, *ARROWS[grip])
    shapes = _helped(person, end, end_angle, grip, bend) + arrow
    if variant == "still" and pose.numbered:
        return _numbered(bend, person, end + _arrow(end_angle, bend, *BEND_ARROW), shapes)
    if variant == "moving":
        # The other hand moves with the near one, holding it all the way; the hand keeps the end's face, as a
        # moving shape cannot turn from the back of the hand into the palm on the way.
        moving = _helped([], _hand(palm, start_angle, FLAT, bend, _palm_shows(palm, end_angle)), start_angle, grip,
                         bend)
        changed = [i for i, s in enumerate(shapes) if s.layer == "end" and s not in person]
        return _zoomed(bend, shapes, dict(zip(changed, moving)))
    return _zoomed(bend, shapes)


def _numbered(bend: float, person: list[Shape], bent: list[Shape], helped: list[Shape]) -> Drawing:
    """Picture 1, the person (its near arm last) and the hand bent alone (bent: the hand and its bend arrow), cut
    just below the arm, hand and arrow; picture 2, the other hand on it and the arrow; numbered 1 and 2, each
    reaching left to NUMBERED_LEFT."""
    _, bottom, right, top = FRAMES[bend]
    low = max(bottom, bounds(person[-1:] + bent)[1] - BELOW_ARM)
    return numbered_frames(Drawing(person + bent, frame=(NUMBERED_LEFT, low, right, top)),
                           Drawing(helped, frame=(NUMBERED_LEFT, bottom, right, top)), NUMBERED_GAP, ZOOM)


def _zoomed(bend: float, shapes: list[Shape], moves: dict[int, Shape] | None = None) -> Drawing:
    """The picture of the hand bent up (bend 1) or down (-1), ZOOM times the figure's size."""
    to_view = lambda p: (p[0] * ZOOM, p[1] * ZOOM)
    zoom = lambda s: mapped(s, to_view, ZOOM)
    return Drawing([zoom(s) for s in shapes], {i: zoom(s) for i, s in (moves or {}).items()},
                   frame=tuple(v * ZOOM for v in FRAMES[bend]))


def _helped(person: list[Shape], hand: list[Shape], angle: float, grip: str, bend: float) -> list[Shape]:
    """The other arm (behind the person), the person, the near hand and the other hand on it: behind the near hand
    what it hides, in front what shows over it."""
    way, behind, front = helping(_frame(angle, bend), grip)
    return [other_arm(way)] + person + behind + hand + front


def _hand(palm: str, angle: float, squash: float, bend: float, palm_shows: bool | None = None) -> list[Shape]:
    """The hand turned angle degrees at the wrist, squash times as wide: the plain palm or the back of the hand
    (nails), the one that shows unless palm_shows says."""
    palm_shows = _palm_shows(palm, angle) if palm_shows is None else palm_shows
    return stretched(_frame(angle, bend, squash), palm_shows)


def _frame(angle: float, bend: float, squash: float = 1.0) -> Frame:
    """The near hand's frame at the wrist, turned angle degrees from the arm's line, bent up (bend 1) or down (-1),
    the thumb on the body's side once bent: hanging, the thumb out on the side away from the body hid under the
    other hand, which comes from that side."""
    along = (cos(radians(angle)), sin(radians(angle)))
    return Frame(WRIST, along, (-along[1] * squash * bend, along[0] * squash * bend), HAND[bend])


def _palm_shows(palm: str, angle: float) -> bool:
    """Whether you see the palm of the hand turned angle degrees at the wrist: straight out, the face on top; bent
    up or down, the face that turns to face away from the body, cheated round to face you."""
    return (palm == "up") == (angle <= 0)


def _arrow(end: float, bend: float, radius: float, before: float, past: float) -> list[Shape]:
    """The short arc round the wrist from before degrees before the end's line to past degrees past it (radius in
    hand lengths), pointing back towards the body."""
    a, b = end - bend * before, end + bend * past
    path = tuple(_at(radius * HAND[bend], a + (b - a) * i / 10) for i in range(11))
    return [Line("arrow", path)] + chevron(path[-1], path[-2])


def _at(r: float, degrees: float) -> Pt:
    return (WRIST[0] + r * cos(radians(degrees)), WRIST[1] + r * sin(radians(degrees)))
