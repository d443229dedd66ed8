"""The person sitting on a chair facing you with one foot across the other knee, one hand at its toes, for the foot
and toe stretch: beside the big round close-up of the hand bending the toes back, so the close-up has a
body to belong to (alone, reviewers could not tell what the foot rested on).

Side-on, the crossed leg runs towards you and the arms cross it: reviewers saw a tangle of legs. Facing you, the
crossed shin runs across the picture from its knee, out to one side, to the other knee, and the foot points on past
it, as the close-up shows it; the hand on that side comes down to the toes and the other rests on the crossed thigh.
The person is a fixed picture in figure units (y up, the floor at 0), the foot pointing right.
"""
from __future__ import annotations

from .figure import WIDTHS
from .shapes import Circle, Line, Loop, Pt, Shape, Tube, add, box
from .skeleton import HEAD_R
from .svg import Drawing, Inset, bounds

# The round close-up beside the person: its radius (a little taller than the person, as the prayer stretch's; half as
# big again, it left the person too small to read at phone size), the small ring marking the toes in the person, and
# the gap between them (the picture is as wide as it is tall: every unit of width saved makes the person bigger,
# "small and cluttered" at phone size).
CLOSE_UP_R, RING, GAP = 34.0, 7.0, 1.0

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


def with_person(close_up: Drawing) -> Drawing:
    """The person sitting, with the close-up of the toes held back in a big circle to their right."""
    person = seated_person()
    left, bottom, right, top = bounds(person)
    centre = (right + CLOSE_UP_R + GAP, (top + bottom) / 2)
    return Drawing(person, inset=Inset(add(BALL, (0.0, 1.0)), CLOSE_UP_R / RING, centre, CLOSE_UP_R, close_up))


def seated_person() -> list[Shape]:
    """The chair and the person on it, back to front: the hand at the toes goes behind the foot, so the foot's
    outline stays whole."""
    return _chair() + _standing_leg() + [_trunk()] + _arm(RIGHT_ARM) + _crossed_leg() + _head() + _arm(LEFT_ARM)


def _chair() -> list[Shape]:
    legs = [Line("prop", ((x, 0.0), (x, SEAT - SEAT_T))) for x in (-SEAT_HALF + 1.5, SEAT_HALF - 1.5)]
    floor = Line("prop", ((-SEAT_HALF - 8, 0.0), (SEAT_HALF + 4, 0.0)))
    back = Loop("prop", box(-SEAT_HALF + 2, SEAT, SEAT_HALF - 2, CHAIR_TOP), "grey")
    return [floor, back] + legs + [Loop("prop", box(-SEAT_HALF, SEAT - SEAT_T, SEAT_HALF, SEAT), "grey")]


def _standing_leg() -> list[Shape]:
    foot = Tube("end", (add(ANKLE, (-1.0, -1.5)), add(ANKLE, (2.0, -2.0))), WIDTHS["foot"])
    shin = Tube("end", (KNEE, ANKLE), WIDTHS["shin"], "grey")
    return [foot, shin, Tube("end", (HIPS[1], KNEE), WIDTHS["thigh"], "grey")]


def _trunk() -> Loop:
    (left_hip, right_hip), (left, right) = HIPS, SHOULDERS
    return Loop("end", (add(left, (-3.0, 2.0)), add(right, (3.0, 2.0)), add(right_hip, (5.0, -1.0)),
                        add(left_hip, (-5.0, -1.0))), "white")


def _crossed_leg() -> list[Shape]:
    # Grey (trousers), as the other leg, with the bare foot white: white, the leg read as one more arm across the lap.
    return [Tube("end", (HIPS[0], CROSSED_KNEE), WIDTHS["thigh"], "grey"),
            Tube("end", (CROSSED_KNEE, CROSSED_ANKLE), WIDTHS["shin"], "grey"),
            Tube("end", (HEEL, BALL), WIDTHS["foot"]),
            Tube("end", (BALL, TOES), WIDTHS["foot"] * 0.8)]


def _head() -> list[Shape]:
    neck = Tube("end", (NECK, add(HEAD, (0.0, -HEAD_R * 0.6))), WIDTHS["neck"])
    eyes = Line("end", (add(HEAD, (-2.5, 1.0)), add(HEAD, (2.5, 1.0))), True)
    nose = Line("end", (add(HEAD, (0.0, 0.3)), add(HEAD, (0.0, -2.5))))
    return [neck, Circle("end", HEAD, HEAD_R, "white"), eyes, nose]


def _arm(points: tuple[Pt, ...]) -> list[Shape]:
    shoulder, elbow, wrist, tip = points
    return [Tube("end", (shoulder, elbow), WIDTHS["upper_arm"]), Tube("end", (elbow, wrist), WIDTHS["forearm"]),
            Tube("end", (wrist, tip), WIDTHS["palm"])]
