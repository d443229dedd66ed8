"""The person sitting on a chair facing you with one foot across the other knee, for the foot and toe stretch
(toe_stretch.py draws them big, as the whole picture, with the bare foot, the hand bending its toes back and the
arrow): the chair, the body and head, the standing leg and the arm resting on the crossed knee.

Side-on, the crossed leg runs towards you and the arms cross it: reviewers saw a tangle of legs. Facing you, the
crossed leg's knee is out to one side and its shin runs across the lap to rest on the other knee, and the bare foot
goes on past it, up at an angle, its toes at the top where the hand on that side comes down to them; the other hand
rests on the crossed knee.
History: until round 52 this person was the big picture, with a foot close-up in a circle beside (the crossed leg
was "a tangle of shapes", the hand one grey tube, "tiny"); from round 57 to 73 the person was small, in a circle in
the corner of the close-up ("tiny on a phone", "you need the small picture to see you sit with your ankle on your
other knee"). From round 74 the person is the picture again, big, with the close-up's foot and hand drawn on them;
from round 79 the crossed leg is white (grey, it was "an unreadable grey blob"), the knees wider apart so the foot sticks out
past the other knee and the chair's back, and the other hand rests on the crossed knee (lying along the leg, it was
part of the blob).
The person is a fixed picture in figure units (y up, the floor at 0), the foot pointing right.
"""
from __future__ import annotations

from .figure import WIDTHS
from .shapes import Circle, Line, Loop, Shape, Tube, add, box
from .skeleton import HEAD_R
from .svg import Box

# What the picture shows: from the head down to the chair's seat and the shin under the other knee (the chair's
# feet and the floor go off the bottom, so the person is as big as the picture allows), 4:3.
PERSON_FRAME: Box = (-34.0, 13.0, 46.0, 73.0)

# The chair, seen from the front: the seat's top, its half width and thickness, and the top of its back, which shows
# above the shoulders (a seat on legs alone read as a box).
SEAT, SEAT_HALF, SEAT_T, CHAIR_TOP = 21.0, 15.0, 2.5, 60.0
# The body: hips, shoulders, neck and head, left (-) and right (+) of the middle.
HIPS, SHOULDERS, NECK, HEAD = ((-5.5, 25.0), (5.5, 25.0)), ((-10.0, 52.0), (10.0, 52.0)), (0.0, 55.0), (0.0, 65.5)
# The leg on the floor, on the right: its thigh comes towards you, so it shows only as the knee, over the shin; grey
# (trousers), the only grey of the person, so the white crossed leg over it stands out.
KNEE, ANKLE = (12.0, 23.0), (12.0, 3.0)
# The crossed leg: its knee out to the left, the shin across the lap to the ankle, on the line of the sole, resting
# on the other knee, and the bare foot on past it and the chair's back, up at an angle towards the toe's tip, far
# enough from the shoulder for the arm to reach down to it (toes.leg_and_foot draws the shin, rolled-up trouser leg
# and foot from these).
CROSSED_KNEE, CROSSED_ANKLE, TOE = (-20.0, 29.0), (14.0, 28.5), (27.5, 39.5)
# The arm on the right: from the shoulder down to the hand holding the toes (toe_stretch.py places its elbow).
SHOULDER = SHOULDERS[1]
# The left arm comes down to rest its hand on top of the crossed knee (lying along the leg, it made it a blob).
LEFT_ARM = ((-10.0, 52.0), (-17.0, 42.0), (-17.0, 36.0))


def behind_foot() -> list[Shape]:
    """The chair, the standing leg, the body and head, back to front (toe_stretch.py draws the crossed leg, as wide
    as the trouser leg over its shin)."""
    return _chair() + _standing_leg() + [_trunk()] + _head()


def in_front_of_foot() -> list[Shape]:
    """The left arm, resting on the crossed knee."""
    return [Tube("end", LEFT_ARM, WIDTHS["forearm"])]


def _chair() -> list[Shape]:
    inset = SEAT_HALF - 1.5
    legs = Line("prop", ((-inset, 0.0), (-inset, SEAT - SEAT_T), (inset, SEAT - SEAT_T), (inset, 0.0)))
    back = Loop("prop", box(-SEAT_HALF + 2, SEAT, SEAT_HALF - 2, CHAIR_TOP), "grey")
    return [back, legs, Loop("prop", box(-SEAT_HALF, SEAT - SEAT_T, SEAT_HALF, SEAT), "grey")]


def _standing_leg() -> list[Shape]:
    # The thigh comes towards you, so it shows only as the knee, over the shin: one grey tube.
    return [Tube("end", (HIPS[1], KNEE, ANKLE), WIDTHS["shin"], "grey")]


def _trunk() -> Loop:
    (left_hip, right_hip), (left, right) = HIPS, SHOULDERS
    return Loop("end", (add(left, (-3.0, 2.0)), add(right, (3.0, 2.0)), add(right_hip, (5.0, -1.0)),
                        add(left_hip, (-5.0, -1.0))), "white")


def _head() -> list[Shape]:
    neck = Tube("end", (NECK, add(HEAD, (0.0, -HEAD_R * 0.6))), WIDTHS["neck"])
    eyes = Line("end", (add(HEAD, (-2.5, 1.0)), add(HEAD, (2.5, 1.0))), True)
    nose = Line("end", (add(HEAD, (0.0, 0.3)), add(HEAD, (0.0, -2.5))))
    return [neck, Circle("end", HEAD, HEAD_R, "white"), eyes, nose]
