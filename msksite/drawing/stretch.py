"""The wrist stretches' picture (a hand pose with ``helping_hand``), built as the heel raise's and the foot stretch's
(which reviewers read at once): the whole person standing side-on (stretch_person.py), the near arm straight out at
shoulder height, its hand bent up or hanging, the other arm reaching forward below it to the hand, a small ring round
the two hands; and beside them a big circle magnifying those two hands FROM THE SAME SIDE (stretch_hands.py), with a
short curved arrow back towards the body. Still, the stretched hand straight out is faint in the circle; moving, the
hand bends in the circle (the other hand with it); the pair (print) is the circle twice, the hand straight, then bent
and helped, the person in a small round picture in the second.

History (reviewers' words): a small person in a corner box and a big close-up of two overlapping hands ("a pile of
white and grey hands"); one big person cut off at the hips with the hand drawn big and face-on at the end of the arm,
the other hand grey on it, one picture then two numbered pictures (rounds 25 to 98): "a front-facing hand on a
side-view body", "the grey helping hand comes from nowhere / overlaps", "tiny figure" (3.20 and 3.27 over 80
reviews). Round 99: this composition, both hands seen from the side the person is seen from.

Figure units, y up.
"""
from __future__ import annotations

from msksite.schema.pose import Pose

from .panels import side_by_side
from .shapes import Circle, Shape
from .stretch_hands import SIZE, arrow, forearm, helper, stretched
from .stretch_person import hands, other_forearm, person
from .svg import Box, Drawing, Inset, bounds

# The circle beside the person: its radius and gap (figure units of the person), and the ring round the hands.
CLOSE_UP_R, GAP, RING = 40.0, 4.0, 9.0
# What the circle shows: a square this many hand lengths wide about this point (hand lengths from the stretched
# wrist), for the hand bent up (1) or hanging (-1).
SQUARE = 2.5
MIDDLE = {1.0: (0.05, 0.45), -1.0: (0.05, -0.6)}
# The pair: the person in a round picture in the second close-up's bottom right (fingers up) or top right
# (hanging), clear of the arms, hands and arrow: its centre and radius, in hand lengths from the wrist.
PAIR_PERSON = {1.0: ((0.92, -0.42), 0.38), -1.0: ((0.92, 0.27), 0.38)}


def helped_stretch(pose: Pose) -> bool:
    """Whether the pose is a wrist stretch: a hand pose, palm up or down, helped by the other hand."""
    return pose.view == "hand" and pose.helping_hand is not None and pose.near.palm in ("up", "down")


def stretch_drawing(pose: Pose, variant: str) -> Drawing:
    """The stretch in one variant: still (the person and the circle, the hand faint where it starts), moving (the
    hand bending in the circle) or pair (the circle twice, straight then bent and helped)."""
    grip = pose.helping_hand
    end = pose.near.wrist if pose.near.wrist is not None else -90.0
    start = pose.start.near.wrist if pose.start and pose.start.near.wrist is not None else 0.0
    bend = 1.0 if end > start else -1.0
    helped = _helped(grip, end, bend) + arrow(end, bend)
    if variant == "pair":
        first = _square(bend, [forearm()] + stretched(start))
        second = _square(bend, helped)
        pair = side_by_side([first, second], arrows=True)
        return _person_in_second(pair, bend, grip)
    if variant == "moving":
        # Only the stretched hand moves, from straight out up (or down) against the other hand, which waits there:
        # turning with it, the other hand took the moving picture over its 10 kB.
        first = len(helper(grip, other_forearm(bend, grip)))
        return _beside_person(bend, grip, helped, {first + i: s for i, s in enumerate(stretched(start))})
    return _beside_person(bend, grip, helped)


def _helped(grip: str, angle: float, bend: float) -> list[Shape]:
    """The other forearm and hand (behind), the stretched forearm and hand over it."""
    return helper(grip, other_forearm(bend, grip)) + stretched(angle) + [forearm()]


def _square(bend: float, shapes: list[Shape], moves: dict[int, Shape] | None = None) -> Drawing:
    x, y = MIDDLE[bend]
    half = SQUARE / 2
    frame: Box = ((x - half) * SIZE, (y - half) * SIZE, (x + half) * SIZE, (y + half) * SIZE)
    return Drawing(shapes, moves or {}, frame=frame, aspect=1.0)


def _beside_person(bend: float, grip: str, shapes: list[Shape], moves: dict[int, Shape] | None = None) -> Drawing:
    """The person standing, and the close-up in a big circle to their right, level with their middle, a small ring
    on their hands."""
    body = person(bend, grip)
    _, bottom, right, top = bounds(body)
    centre = (right + CLOSE_UP_R + GAP, (bottom + top) / 2)
    close_up = _square(bend, shapes, moves)
    return Drawing(body, inset=Inset(hands(bend, grip), CLOSE_UP_R / RING, centre, CLOSE_UP_R, close_up))


def _person_in_second(pair: Drawing, bend: float, grip: str) -> Drawing:
    """The person standing, small in a round picture in the second close-up's corner, a ring on their hands."""
    second = pair.panels[1]
    (u, v), r = PAIR_PERSON[bend]
    x, y = MIDDLE[bend]
    left, bottom = second.frame[:2]
    centre = (left + (u - x + SQUARE / 2) * SIZE, bottom + (v - y + SQUARE / 2) * SIZE)
    body = person(bend, grip) + [Circle("arrow", hands(bend, grip), RING)]
    b_left, b_bottom, b_right, b_top = bounds(body)
    half = (b_top - b_bottom) / 2
    frame = ((b_left + b_right) / 2 - half, b_bottom, (b_left + b_right) / 2 + half, b_top)
    inset = Inset(None, 1.0, centre, r * SIZE, Drawing(body, frame=frame, aspect=1.0))
    pair.panels[1] = Drawing(second.shapes, second.moves, inset, second.frame, aspect=second.aspect)
    return pair
