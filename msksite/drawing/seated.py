"""The person sitting on a chair facing you with one foot across the other knee, one hand at its toes, for the foot
and toe stretch: in a round picture, over half its height, in the corner of the close-up of the hand bending the
toes back (toe_stretch.py), with a ring round the toes, so the close-up has a body to belong to (alone, reviewers
could not tell how to sit or what the foot rested on; small, in round 57, they were "tiny on a phone"). Until round
52 the person was the big picture and the close-up a circle beside them: reviewers found the person's crossed leg
"a tangle of shapes" and the close-up's hand "tiny".

Side-on, the crossed leg runs towards you and the arms cross it: reviewers saw a tangle of legs. Facing you, the
crossed shin runs across the picture from its knee, out to one side, to the other knee, and the foot points on past
it, as the close-up shows it; the hand on that side comes down to the toes and the other rests on the crossed thigh.
The person is a fixed picture in figure units (y up, the floor at 0), the foot pointing right.
"""
from __future__ import annotations

from .figure import WIDTHS
from .shapes import Circle, Line, Loop, Pt, Shape, Tube, add, box
from .skeleton import HEAD_R
from .svg import Box, Drawing, Inset

# The ring round the toes held back, marking which part the big close-up shows (figure units of the person).
RING = 7.0
# The person's picture: about the person and their chair, as wide as tall (it is round), cut close (the chair's feet
# and the floor go off the bottom of the circle) so the person is as big as it allows: with room round them and the
# floor, in a circle under half the close-up's height, they were "tiny on a phone".
PERSON_FRAME: Box = (-21.0, 6.0, 21.0, 71.0)

# The chair, seen from the front: the seat's top, its half width and thickness, and the top of its back, which shows
# above the shoulders (a seat on legs alone read as a box).
SEAT, SEAT_HALF, SEAT_T, CHAIR_TOP = 21.0, 15.0, 2.5, 60.0
# The body: hips, shoulders, neck and head, left (-) and right (+) of the middle.
HIPS, SHOULDERS, NECK, HEAD = ((-5.5, 25.0), (5.5, 25.0)), ((-10.0, 52.0), (10.0, 52.0)), (0.0, 55.0), (0.0, 65.5)
# The leg on the floor, on the right: its thigh comes towards you, so it shows only as the knee, over the shin; grey
# (trousers), as the close-up draws the knee the foot rests on.
KNEE, ANKLE = (8.0, 23.0), (8.0, 3.0)
# The crossed leg: its knee out to the left, the shin across to the ankle resting on the other knee, the foot on
# past it with the toes pulled up; the foot turns up from the shin and the heel shows below the ankle, so the foot
# reads apart from the shin.
CROSSED_KNEE, CROSSED_ANKLE, HEEL = (-19.5, 26.5), (5.0, 31.0), (4.0, 29.0)
BALL, TOES = (13.5, 34.0), (15.0, 38.5)
# The arms: the right hand comes down to the toes from above them, the left one rests on the crossed thigh, short
# of the knee (over the knee, it hid it).
RIGHT_ARM = ((10.0, 52.0), (18.5, 47.0), (20.0, 42.0), (17.0, 39.5))
LEFT_ARM = ((-10.0, 52.0), (-16.0, 41.0), (-14.0, 33.0), (-13.0, 29.5))


def person_inset(centre: Pt, r: float) -> Inset:
    """The person sitting, small in a circle of radius r at centre in a close-up, a ring round the toes they hold."""
    ring = Circle("arrow", add(BALL, (0.0, 1.0)), RING)
    return Inset(None, 1.0, centre, r, Drawing(seated_person() + [ring], frame=PERSON_FRAME, aspect=1.0))


def seated_person() -> list[Shape]:
    """The chair and the person on it, back to front: the hand at the toes goes behind the foot, so the foot's
    outline stays whole."""
    return _chair() + _standing_leg() + [_trunk()] + _arm(RIGHT_ARM) + _crossed_leg() + _head() + _arm(LEFT_ARM)


def _chair() -> list[Shape]:
    # The legs and the seat's underside one line (each its own, the picture was over the size an SVG may be).
    inset = SEAT_HALF - 1.5
    legs = Line("prop", ((-inset, 0.0), (-inset, SEAT - SEAT_T), (inset, SEAT - SEAT_T), (inset, 0.0)))
    floor = Line("prop", ((-SEAT_HALF - 8, 0.0), (SEAT_HALF + 4, 0.0)))
    back = Loop("prop", box(-SEAT_HALF + 2, SEAT, SEAT_HALF - 2, CHAIR_TOP), "grey")
    return [floor, back, legs, Loop("prop", box(-SEAT_HALF, SEAT - SEAT_T, SEAT_HALF, SEAT), "grey")]


def _standing_leg() -> list[Shape]:
    # The thigh comes towards you, so it shows only as the knee, over the shin: one grey tube; the foot hides behind
    # the chair's leg at this size.
    return [Tube("end", (HIPS[1], KNEE, ANKLE), WIDTHS["shin"], "grey")]


def _trunk() -> Loop:
    (left_hip, right_hip), (left, right) = HIPS, SHOULDERS
    return Loop("end", (add(left, (-3.0, 2.0)), add(right, (3.0, 2.0)), add(right_hip, (5.0, -1.0)),
                        add(left_hip, (-5.0, -1.0))), "white")


def _crossed_leg() -> list[Shape]:
    # Grey (trousers), as the other leg, with the bare foot white: white, the leg read as one more arm across the lap.
    return [Tube("end", (HIPS[0], CROSSED_KNEE), WIDTHS["thigh"], "grey"),
            Tube("end", (CROSSED_KNEE, CROSSED_ANKLE), WIDTHS["shin"], "grey"),
            Tube("end", (HEEL, BALL, TOES), WIDTHS["foot"])]


def _head() -> list[Shape]:
    neck = Tube("end", (NECK, add(HEAD, (0.0, -HEAD_R * 0.6))), WIDTHS["neck"])
    eyes = Line("end", (add(HEAD, (-2.5, 1.0)), add(HEAD, (2.5, 1.0))), True)
    nose = Line("end", (add(HEAD, (0.0, 0.3)), add(HEAD, (0.0, -2.5))))
    return [neck, Circle("end", HEAD, HEAD_R, "white"), eyes, nose]


def _arm(points: tuple[Pt, ...]) -> list[Shape]:
    # Shoulder, elbow, wrist and hand one tube: small, the widths of the parts did not show.
    return [Tube("end", points, WIDTHS["forearm"])]
