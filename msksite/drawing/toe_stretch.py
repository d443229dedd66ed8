"""The foot and toe stretch: the person sitting side-on on a chair, one foot across the other knee and a hand at its
toes (seated.py), the main picture, with a big circle beside them magnifying that foot and hand from the same side
(as the heel raises' circle does their heel), a small ring on the person's foot: a hand bending the toes back
towards the shin.

What the circle shows: the towel scrunch's bare foot and lower leg, side-on (toes.leg_and_foot, which reviewers read
as a foot at once), pointing up from the ankle as the person's foot does, its shin running back as the person's
does, into its rolled-up trouser leg off the left; its heel resting on the other leg, one grey trouser outline, the
thigh coming in level from the left to a round knee cap standing out in front of the shin, and the shin going down
from there at a slight angle, a crease down its front; the grip squeeze's white hand (ball_grip.py), palm on, its
forearm coming down from the top left out of a grey sleeve (as the person's arm does), its palm behind the toes and
its fingers bent over their tips, its thumb under them; the toes faint where they start, lying flat; and a curved
arrow in front of the toes round the way they bend, up and back towards the shin.

History: a foot close-up alone had no body to belong to, so until round 52 a person sat beside it, facing you, one
leg crossed over the other knee, a ring at their toes, and the close-up in a big circle beside them. Every reviewer
gave that 3: the close-up "carries it", but the person's crossed leg was "a tangle of shapes", "a confusing grey bar
across the lap" (a bare white leg was no better), and the close-up's hand, one grey shape, was "tiny" and "hard to
make out". Side-on, the person's crossed leg ran towards you and their arms crossed it ("a tangle of legs"), and a
big white bare foot on the knee in the person read as "a crossed-leg hip stretch". So the close-up is the whole
picture now, drawn as big as a close-up is (closeup.WIDTH), the thigh under the heel saying where the foot rests (a
round grey knee seen from the front was a shape no one could place; an even grey bar looked like a table's edge).
Tried for the hand: a white mitten round the toes' tips with finger lines, and separate finger tubes along the
toes' top: both looked like more toes; the grip squeeze's hand, with nails and a thumb, reads as a hand.
That close-up alone (round 53) also scored 3: the hand and arrow "get the idea across", but "with no body shown the
patient cannot tell how to sit or what the grey block under the foot is". So (round 57) the person is back, the
other way round from before: small, in the corner under the hand, the close-up still the picture. That scored 3.1:
the close-up "fills the frame, so the foot resting on a thigh is hard to recognise", "the toes are hidden" (the
palm and fingers covered them) and the person's circle was "tiny on a phone". So (round 59) the close-up is zoomed
out (the foot about three quarters as big), so the whole foot shows, heel, arch, ankle, the shin rising into the
rolled-up trousers, on a thigh and knee that read as a sitting leg; the hand is a little smaller and holds the
toes' tips, its palm behind them, so the toes show bent back from the ball; and the person's circle is over half
the picture's height. (All of the hand but the thumb behind the toes showed them whole, but the hand lost its
fingers and read as a mitten.) The pair (print) is the close-up twice, the toes flat and then bent back, the
person in the second (in the first, the hand holding the flat toes reaches down over the corner).
That scored 3.2: "the foot rests on what looks like a table but is the other knee", "the grey knee reads as a
table" (a flat-topped thigh, a square corner at the knee and a straight, upright shin: a table top and its leg). So
(round 62) the other leg is drawn as a leg: the thigh sloped, narrowing to the knee, the knee a round bump (an arc)
standing out in front of the shin, the shin slanting down, with a trouser crease (a fold line behind the knee was
tried: it read as a hinge, a joint between two parts, so it is left out).
That scored 3.0 to 3.2: "fingers and toes merge into one bundle" (the fingers lay along the toes, round ends on
round ends). So (round 64) the hand is turned 30 degrees about the toe's tip, its forearm coming down more steeply
from above, its fingers crossing the toes' tips at an angle, and sits a little further out: the three toes show whole
from the ball up to the fingertips, a change of direction between the two. (Turned the other way, the forearm
coming in from the right, the hand read as a fist punching the toes.)
That scored 3.05 over 124 reviews: "the big cropped close-up is disorienting", "the grey knee looks like a table",
"the small inset is needed to understand the seated pose and it is tiny on a phone"; reviewers accept a round
close-up of the same view as the picture (the heel raise's) and mark down one that "switches viewpoint". So (round
98) the person, side-on, is the picture, and the close-up is their crossed foot in a big circle beside them, turned
to point as the person's foot does (up from the ankle, the shin behind it), the arrow in front of the toes
round the way they bend. Moving, only the circle's toes and hand move. The pair (print) is the close-up twice, the
person (side-on) in a small circle in the second.
Figure units, y up; the toes point up and right, the sole underneath them.
"""
from __future__ import annotations

from dataclasses import replace
from math import atan2, cos, degrees, dist, radians, sin
from typing import Callable

from .arrows import chevron
from .ball_grip import grip_panel
from .order import CLOSE_UP_GAP, numbered_frames
from .seated import crossed_foot, person_inset, seated_pose, seated_person
from .shapes import (Layer, Line, Loop, Pt, Shape, Tube, add, direction, left_of, mapped, relayered,
                     unit)
from .svg import Box, Drawing, Inset, bounds
from .tendon_glide import SIZE
from .toes import SMALL_TOES, Toes, foot_frame, leg_and_foot, toe_ends

# The close-up is the person's crossed foot seen from the same side, drawn big: the foot points up from the ankle as
# the person's does, and the shin runs back from the ankle as theirs does (rising a little, across the other thigh),
# its trouser leg off the left of the circle. Its size: this long from the ankle to the toe's tip, in figure units.
FOOT = 40.0
ANKLE = (0.0, 0.0)
_PERSON = seated_pose()
TOE = add(ANKLE, direction(_PERSON["near_ankle"], _PERSON["near_toe"]), FOOT)
CROSSED_KNEE = add(ANKLE, direction(_PERSON["near_ankle"], _PERSON["near_knee"]), 2.2 * FOOT)
# The other leg, grey (trousers), one outline: its thigh level from off the left, the heel resting on its top just
# behind the knee cap, a round bump (an arc), and the shin going down from it, off the bottom, a crease down its
# front (an even bar with a square corner read as a table).
THIGH = ((-90.0, -8.0), (-2.0, -7.0))
# The knee cap: its centre, radius and the arc round its front, in degrees anticlockwise from straight down, in
# KNEE_STEPS steps; it stands out in front of the shin below it, so it reads as a knee, not a corner.
KNEE_CAP, KNEE_R, KNEE_ARC, KNEE_STEPS = (8.0, -16.5), 9.5, (172.0, 20.0), 8
SHIN = ((12.0, -32.0), (3.0, -90.0), (-13.0, -90.0), (-8.0, -41.0), (-10.0, -32.0), (-22.0, -31.0),
        (-90.0, -32.0))
CREASE = ((7.0, -35.0), (-2.0, -90.0))
# The hand: the grip squeeze's (ball_grip.py, which reviewers read at once: white, outlined fingers with nails, a
# clear thumb) without its ball, palm on, laid along the big toe with its wrist beyond the toe's tip and its forearm
# going on up out of the picture in a grey sleeve, so it is plainly someone's arm. Its length and where its wrist is,
# in toe lengths along the toe from its base at the ball: the bent fingers lie over the toes, their tips short of the
# ball, so the roots of the toes show bent back; the thumb is on the sole side, under them. (A hand as long as two
# toes, its wrist short of twice the toe's length out, covered the toes whole: "the toes are hidden".)
GRIP_HAND, GRIP_WRIST = 1.8, 2.6
# The hand is then turned about the big toe's tip by this many degrees (anticlockwise), so its forearm comes down
# from above as the person's does and its fingers cross the toes' tips at an angle, not lying along them: laid along
# the toes, fingers and toes were "one bundle". The toes show whole from the ball up to the fingertips.
HAND_TURN = 30.0
# Where the sleeve starts and ends, in hand lengths down the forearm from the wrist (where ball_grip's forearm
# stops), and its width, in hand lengths.
SLEEVE, SLEEVE_W = (0.65, 3.0), 0.5
# The sleeve, the forearm and the palm come first in _hand: the toes go in front of them, the fingers over them.
PALM_ENDS = 3
# leg_and_foot ends with the toes: the smaller ones, the big toe and its nail.
TOE_SHAPES = len(SMALL_TOES) + 2
# The arrow: an arc about the ball of the foot, in front of the toes and clear of the hand and forearm, from where
# the flat toes point round the way they bend back (towards the shin), in degrees anticlockwise from pointing along
# the foot, and its radius in foot lengths.
ARROW, ARROW_R = (-12.0, 28.0), 0.68
# What the circle shows: a square this wide (a close-up's width, so its outlines are as bold as the other
# close-ups'), about here.
MIDDLE, SQUARE = (-2.0, 17.0), 100.0
# The circle beside the person, its radius in the person's figure units, a gap from them; the small ring marking
# the crossed foot in the person.
CLOSE_UP_R, GAP, RING = 38.0, 4.0, 7.0
# Numbered: the close-up twice, each in this frame, a little taller than wide (the forearm, the heel on the
# thigh), the person sitting in a round picture in the second's bottom right, under the toes and in front of the
# knee: its centre and radius.
PAIR_FRAME: Box = (-57.0, -50.0, 53.0, 72.0)
PERSON = ((33.0, -28.0), 19.0)


def toe_stretch(start: Toes, end: Toes, variant: str, numbered: bool = False) -> Drawing:
    """The person sitting side-on with the big circle beside them: still, the toes faint where they start, solid
    where the hand bends them, and the arrow; moving, the toes and hand bend back and forth. Numbered, the close-up
    twice (the toes flat, then bent back) with the person in a round picture in the second."""
    if numbered:
        pictures = numbered_frames(_framed(_solid(start)), _framed(_solid(end) + _arrow()), CLOSE_UP_GAP)
        return _person_in_second(pictures)
    if variant == "moving":
        # The held toes (the hand and the toes) end the picture: they move from where they start.
        solid = _solid(end)
        starts = _held_toes(start)
        first = len(solid) - len(starts)
        return _beside_person(solid, {first + i: s for i, s in enumerate(starts)})
    # The faint toes first, so the foot covers their roots; no faint hand (it doubled the shapes round the toes).
    return _beside_person(_other_leg() + _toes(start, "start") + _foot_and_hand(end) + _arrow())


def _beside_person(shapes: list[Shape], moves: dict[int, Shape] | None = None) -> Drawing:
    """The person sitting, and the close-up in a big circle to their right, level with their middle, a small ring
    on their crossed foot."""
    person = seated_person()
    _, bottom, right, top = bounds(person)
    centre = (right + CLOSE_UP_R + GAP, (bottom + top) / 2)
    (x, y), half = MIDDLE, SQUARE / 2
    close_up = Drawing(shapes, moves or {}, frame=(x - half, y - half, x + half, y + half), aspect=1.0)
    return Drawing(person, inset=Inset(crossed_foot(), CLOSE_UP_R / RING, centre, CLOSE_UP_R, close_up))


def _person_in_second(pictures: Drawing) -> Drawing:
    """The person sitting in the second picture's corner: its panel has been moved to its place, so the circle
    moves with it."""
    second = pictures.panels[1]
    shift = (second.frame[0] - PAIR_FRAME[0], second.frame[1] - PAIR_FRAME[1])
    pictures.panels[1] = replace(second, inset=person_inset(add(PERSON[0], shift), PERSON[1]))
    return pictures


def _framed(shapes: list[Shape]) -> Drawing:
    return Drawing(shapes, frame=PAIR_FRAME)


def _solid(toes: Toes) -> list[Shape]:
    """The other leg, the leg and foot with its toes as toes says, and the hand holding them."""
    return _other_leg() + _foot_and_hand(toes)


def _foot_and_hand(toes: Toes) -> list[Shape]:
    return leg_and_foot(CROSSED_KNEE, ANKLE, TOE, toes, "end", "white", rounds=1)[:-TOE_SHAPES] + _held_toes(toes)


def _held_toes(toes: Toes) -> list[Shape]:
    """The hand's sleeve, forearm and palm, the toes in front of the palm, and the fingers and thumb wrapped round
    their tips: the palm faces you, so what it holds is in front of it (the palm over the toes hid them)."""
    hand = _hand(toes, "end")
    return hand[:PALM_ENDS] + _toes(toes, "end") + hand[PALM_ENDS:]


def _other_leg() -> list[Shape]:
    """The other leg's thigh under the heel, its round knee cap and the shin going down from it, all one grey trouser
    leg, with a crease down the shin."""
    first, last = KNEE_ARC
    knee = tuple(add(KNEE_CAP, unit(first + (last - first) * i / KNEE_STEPS), KNEE_R) for i in range(KNEE_STEPS + 1))
    # The crease down the shin's front says trousers, so the grey is a leg.
    return [Loop("prop", THIGH + knee + SHIN, "grey"), Line("prop", CREASE)]


def _toes(toes: Toes, layer: Layer) -> list[Shape]:
    """The toes as leg_and_foot draws them (the smaller ones, the big toe and its nail), bent as toes says."""
    return leg_and_foot(CROSSED_KNEE, ANKLE, TOE, toes, layer, "white")[-TOE_SHAPES:]


def _toe_frame(toes: Toes) -> tuple[Callable[[float, float], Pt], float]:
    """Points in the big toe's frame (toe lengths along it from its base and across towards its top), and its
    length."""
    base, tip = toe_ends(ANKLE, TOE, toes)
    along, size = direction(base, tip), dist(base, tip)
    return lambda u, v: add(add(base, along, u * size), left_of(along), v * size), size


def _hand(toes: Toes, layer: Layer) -> list[Shape]:
    """The grip squeeze's hand (ball_grip.py) without its ball, palm on, wrist beyond the toe's tip and forearm up,
    turned so its fingers come down across the toes' tips."""
    at, size = _toe_frame(toes)
    k = GRIP_HAND / SIZE  # toe lengths to ball_grip's figure unit
    # ball_grip's hand points up its y axis with the thumb on the right (+x): here its fingers point back along the
    # toe, towards the ball, and the thumb is on the sole side.
    turn = (cos(radians(HAND_TURN)), sin(radians(HAND_TURN)))

    def to_toe(p: Pt) -> Pt:
        # Along and across the toe from its tip, turned by HAND_TURN about it.
        u, v = GRIP_WRIST - p[1] * k - 1.0, -p[0] * k
        return at(1.0 + turn[0] * u - turn[1] * v, turn[1] * u + turn[0] * v)

    hand = [s for s in grip_panel("cupped").shapes if not (isinstance(s, Loop) and s.fill == "grey")]  # no ball
    sleeve = Tube(layer, tuple(to_toe((0.0, -d * SIZE)) for d in SLEEVE), SLEEVE_W * SIZE * k * size, "grey")
    return [sleeve] + [relayered(mapped(s, to_toe, k * size), layer) for s in hand]


def _arrow() -> list[Shape]:
    """An arc about the ball of the foot, in front of the toes, round the way they bend back."""
    ball, _ = toe_ends(ANKLE, TOE, "flat")
    f = foot_frame(ANKLE, TOE)
    first, last = ARROW
    r = ARROW_R * f.size
    along = degrees(atan2(f.along[1], f.along[0]))
    path = tuple(add(ball, (cos(radians(along + a)), sin(radians(along + a))), r)
                 for a in (first + (last - first) * i / 12 for i in range(13)))
    return [Line("arrow", path)] + chevron(path[-1], path[-2])
