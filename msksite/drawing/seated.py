"""The person sitting on a chair facing you with one foot across the other knee, one hand at its toes, for the foot
and toe stretch: beside the big round close-up of the hand bending the toes back, so the close-up has a
body to belong to (alone, reviewers could not tell what the foot rested on).

Side-on, the crossed leg runs towards you and the arms cross it: reviewers saw a tangle of legs. Facing you, the
crossed shin runs across the picture from its knee, out to one side, to the other knee, and the foot points on past
it, as the close-up shows it; the hand on that side comes down to the toes and the other rests on the crossed thigh.

Round 43: with both legs grey trousers and the shin straight on into the foot, the crossed leg was "a flat grey
bar", "a log", "a tangle of legs". Now it is white (the near leg) and bare from the knee, drawn by toes.leg_and_foot
(the lower leg and a side-on foot as one outline, the toes bent back): a shin narrowing to an ankle, the heel on the
grey knee below, the foot turned up beside the body and the grey hand over its toes. The arms and the shirt are grey,
as the close-up's hand, so the white leg and foot stand out from them (all white, limbs ran together); the leg on
the floor shows its thigh, knee, shin and foot. The ring marking the close-up goes round the whole foot and hand
(round the toes alone, its line ran through the hand).
The person is a fixed picture in figure units (y up, the floor at 0), the foot pointing right.
"""
from __future__ import annotations

from math import cos, radians, sin

from .figure import WIDTHS
from .shapes import Circle, Line, Loop, Pt, Shape, Tube, add, box, midpoint
from .skeleton import HEAD_R
from .svg import Drawing, Inset, bounds
from .toes import leg_and_foot, toe_ends

# The round close-up beside the person: its radius (a little taller than the person, as the prayer stretch's; half as
# big again, it left the person too small to read at phone size), the ring marking the foot and hand in the person, and
# the gap between them (the picture is as wide as it is tall: every unit of width saved makes the person bigger,
# "small and cluttered" at phone size).
CLOSE_UP_R, RING, GAP = 34.0, 11.0, 1.0

# The chair, seen from the front: the seat's top, its half width and thickness, and the top of its back, which shows
# above the shoulders (a seat on legs alone read as a box).
SEAT, SEAT_HALF, SEAT_T, CHAIR_TOP = 21.0, 15.0, 2.5, 60.0
# The body: hips, shoulders, neck and head, left (-) and right (+) of the middle.
HIPS, SHOULDERS, NECK, HEAD = ((-5.5, 25.0), (5.5, 25.0)), ((-10.0, 52.0), (10.0, 52.0)), (0.0, 55.0), (0.0, 65.5)
# The leg on the floor, on the right, grey (trousers), as the close-up draws the knee the foot rests on: its thigh
# comes towards you and a little out, so a short stretch of it shows, the round knee, the shin straight down and the
# foot on the floor turned out (hidden behind the shin, the leg ended in nothing).
KNEE, ANKLE, FLOOR_TOE = (14.5, 22.5), (14.5, 3.0), (19.0, 1.5)
# The crossed leg, white (the near leg), bare from the knee: its knee out to the left, the shin across to the
# ankle resting on the other knee, and the foot drawn side-on from its inner side as the close-up shows it: the
# heel on the knee, the foot turned up from the shin (in line with it, leg and foot were one bar), the toes bent back.
CROSSED_KNEE = (-16.0, 26.0)
CROSSED_ANKLE = (14.0, 29.5)  # the point of the sole under the ankle bone
FOOT_LENGTH, FOOT_TURN = 19.0, 50.0  # the foot's length and how far it turns up from level, degrees
# The arms, grey as the close-up's hand (white, they and the crossed leg were one jumble of white limbs): the right
# hand comes over the toes from beyond them and holds them, the left one rests on the crossed shin.
RIGHT_ARM = ((10.0, 52.0), (20.0, 50.5), (24.0, 47.0), (21.0, 45.0))
LEFT_ARM = ((-10.0, 52.0), (-16.5, 41.0), (-8.5, 32.5), (-5.0, 30.5))


def with_person(close_up: Drawing) -> Drawing:
    """The person sitting, with the close-up of the toes held back in a big circle to their right."""
    person = seated_person()
    left, bottom, right, top = bounds(person)
    centre = (right + CLOSE_UP_R + GAP, (top + bottom) / 2)
    return Drawing(person, inset=Inset(ringed(), CLOSE_UP_R / RING, centre, CLOSE_UP_R, close_up))


def ringed() -> Pt:
    """The middle of the ring round the crossed foot and the hand at its toes: a little towards the hand, which
    reaches past the toes."""
    _, tip = toe_ends(CROSSED_ANKLE, crossed_toe(), "up")
    return add(midpoint(CROSSED_ANKLE, tip), (1.0, 0.0))


def crossed_toe() -> Pt:
    """The end of the crossed foot's line from the ankle (the skeleton's toe point), the foot turned up."""
    a = radians(FOOT_TURN)
    return add(CROSSED_ANKLE, (cos(a), sin(a)), FOOT_LENGTH)


def seated_person() -> list[Shape]:
    """The chair and the person on it, back to front: the hand at the toes goes in front of the foot, holding it."""
    return _chair() + _standing_leg() + [_trunk()] + _crossed_leg() + _head() + _arm(LEFT_ARM) + _arm(RIGHT_ARM)


def _chair() -> list[Shape]:
    legs = [Line("prop", ((x, 0.0), (x, SEAT - SEAT_T))) for x in (-SEAT_HALF + 1.5, SEAT_HALF - 1.5)]
    floor = Line("prop", ((-SEAT_HALF - 6, 0.0), (SEAT_HALF + 4, 0.0)))
    back = Loop("prop", box(-SEAT_HALF + 2, SEAT, SEAT_HALF - 2, CHAIR_TOP), "grey")
    return [floor, back] + legs + [Loop("prop", box(-SEAT_HALF, SEAT - SEAT_T, SEAT_HALF, SEAT), "grey")]


def _standing_leg() -> list[Shape]:
    foot = Tube("end", (add(ANKLE, (0.0, -1.0)), FLOOR_TOE), WIDTHS["foot"])
    shin = Tube("end", (KNEE, ANKLE), WIDTHS["shin"], "grey")
    return [foot, shin, Tube("end", (HIPS[1], KNEE), WIDTHS["thigh"], "grey")]


def _trunk() -> Loop:
    # Grey (a shirt): white, the white foot in front of it had no edge to stand out from.
    (left_hip, right_hip), (left, right) = HIPS, SHOULDERS
    return Loop("end", (add(left, (-3.0, 2.0)), add(right, (3.0, 2.0)), add(right_hip, (5.0, -1.0)),
                        add(left_hip, (-5.0, -1.0))), "grey")


def _crossed_leg() -> list[Shape]:
    # White, with the foot at the end of the shin, so it reads as a leg ending in a foot; grey and straight to the
    # foot, it was "a log", "a flat grey bar".
    thigh = Tube("end", (HIPS[0], CROSSED_KNEE), WIDTHS["thigh"])
    # Rounded off once: small in the picture, twice only made the SVG too big.
    return [thigh] + leg_and_foot(CROSSED_KNEE, CROSSED_ANKLE, crossed_toe(), "up", "end", "white", rounds=1,
                                  trousers=False)


def _head() -> list[Shape]:
    neck = Tube("end", (NECK, add(HEAD, (0.0, -HEAD_R * 0.6))), WIDTHS["neck"])
    eyes = Line("end", (add(HEAD, (-2.5, 1.0)), add(HEAD, (2.5, 1.0))), True)
    nose = Line("end", (add(HEAD, (0.0, 0.3)), add(HEAD, (0.0, -2.5))))
    return [neck, Circle("end", HEAD, HEAD_R, "white"), eyes, nose]


def _arm(points: tuple[Pt, ...]) -> list[Shape]:
    shoulder, elbow, wrist, tip = points
    return [Tube("end", (shoulder, elbow), WIDTHS["upper_arm"], "grey"),
            Tube("end", (elbow, wrist), WIDTHS["forearm"], "grey"), Tube("end", (wrist, tip), WIDTHS["palm"], "grey")]
