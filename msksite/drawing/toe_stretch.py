"""The foot and toe stretch: one big close-up of a bare foot resting across the other knee and a hand bending its
toes back towards the shin, with the whole person sitting so in a round picture in its bottom right corner
(seated.py), a ring round the toes they hold.

What it shows: the towel scrunch's bare foot and lower leg, side-on (toes.leg_and_foot, which reviewers read as a
foot at once), its rolled-up trouser leg rising to the crossed knee off the top left; its heel resting on the other
leg, one grey trouser outline, the thigh coming in from the left, a little sloped, to a round knee cap standing out
in front of the shin, and the shin going down from there at a slight angle, a crease down its front; the
grip squeeze's white hand (ball_grip.py), palm on, its forearm coming down from the top right out of a grey sleeve,
its palm behind the toes and its fingers bent over their tips, its thumb under them; the toes faint where they
start, lying flat; and a curved arrow from beside the hand round over the foot towards the shin.

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
Figure units, y up; the toes point right and the sole is underneath.
"""
from __future__ import annotations

from dataclasses import replace
from math import cos, dist, radians, sin
from typing import Callable

from .arrows import chevron
from .ball_grip import grip_panel
from .closeup import WIDTH
from .order import CLOSE_UP_GAP, numbered_frames
from .panels import side_by_side
from .seated import person_inset
from .shapes import (Layer, Line, Loop, Pt, Shape, Tube, add, direction, left_of, mapped, relayered,
                     unit)
from .svg import ASPECT, Box, Drawing
from .tendon_glide import SIZE
from .toes import SMALL_TOES, Toes, foot_frame, leg_and_foot, toe_ends

# The foot resting across the other knee: the ankle and the toe on the sole's line (toes.foot_frame), the crossed
# knee off the top left of the picture, so the shin rises steeply from the ankle (leg and foot an L: sloping down to
# the foot, they were one long abstract shape). The foot is about two thirds of the picture's width from heel to
# hand, so the whole of it shows (filling the picture, it was "hard to recognise").
ANKLE, TOE, CROSSED_KNEE = (-17.0, -8.5), (24.5, -8.5), (-52.0, 40.0)
# The other leg, grey (trousers), one outline: its thigh from off the left edge, a little sloped and narrowing to its
# knee, the heel resting on its top just behind the knee cap, a round bump (an arc), and the shin going down from it
# at a slight angle, off the bottom, a crease down its front (an even bar with a square corner read as a table).
THIGH = ((-68.0, -18.0), (-34.0, -11.0))
# The knee cap: its centre, radius and the arc round its front, in degrees anticlockwise from straight down, in
# KNEE_STEPS steps; it stands out in front of the shin below it, so it reads as a knee, not a corner.
KNEE_CAP, KNEE_R, KNEE_ARC, KNEE_STEPS = (-11.0, -17.0), 8.5, (172.0, 20.0), 8
# The shin's front below the knee cap and off the bottom, then its back from off the bottom up round the calf to
# behind the knee, and the thigh's underside off the left edge. Points placed by hand, not smoothed: smoothing put
# points along the straight edges that no one sees, and the moving SVG is near its 10 kB.
SHIN = ((-7.5, -32.0), (-3.0, -72.0), (-13.0, -72.0), (-19.5, -45.0), (-21.0, -32.0), (-24.0, -30.0),
        (-36.0, -30.5), (-68.0, -40.0))
CREASE = ((-11.5, -35.0), (-8.5, -72.0))
# The hand: the grip squeeze's (ball_grip.py, which reviewers read at once: white, outlined fingers with nails, a
# clear thumb) without its ball, palm on, laid along the big toe with its wrist beyond the toe's tip and its forearm
# going on up out of the picture in a grey sleeve, so it is plainly someone's arm. Its length and where its wrist is,
# in toe lengths along the toe from its base at the ball: the bent fingers lie over the toes, their tips short of the
# ball, so the roots of the toes show bent back; the thumb is on the sole side, under them. (A hand as long as two
# toes, its wrist short of twice the toe's length out, covered the toes whole: "the toes are hidden".)
GRIP_HAND, GRIP_WRIST = 1.8, 2.6
# The hand is then turned about the big toe's tip by this many degrees (anticlockwise), so its forearm comes down
# more steeply from above and its fingers cross the toes' tips at an angle, not lying along them: laid along the
# toes, fingers and toes were "one bundle". The toes show whole from the ball up to the fingertips.
HAND_TURN = 30.0
# Where the sleeve starts and ends, in hand lengths down the forearm from the wrist (where ball_grip's forearm
# stops), and its width, in hand lengths.
SLEEVE, SLEEVE_W = (0.65, 3.0), 0.5
# The sleeve, the forearm and the palm come first in _hand: the toes go in front of them, the fingers over them.
PALM_ENDS = 3
# leg_and_foot ends with the toes: the smaller ones, the big toe and its nail.
TOE_SHAPES = len(SMALL_TOES) + 2
# The arrow: an arc about the ball of the foot from just clear of the forearm round over the foot towards the shin,
# in degrees anticlockwise from pointing along the foot, and its radius in foot lengths.
ARROW, ARROW_R = (88.0, 145.0), 0.6
# What the picture shows: a close-up's width (so its outlines are as bold as the other close-ups'), 4:3, about here.
MIDDLE = (0.0, -13.0)
# The person sitting, showing how to sit: the centre and radius of their round picture, in the close-up's bottom
# right, under the hand, over half the picture's height (at under half, "tiny on a phone").
PERSON = ((34.0, -33.0), 24.0)


def toe_stretch(start: Toes, end: Toes, variant: str, numbered: bool = False) -> Drawing:
    """The still (toes faint where they start, solid where the hand bends them, the arrow; or, numbered, the two
    solid close-ups numbered 1 and 2), the moving picture (the toes and hand bend back and forth) or the pair (the
    toes flat, then bent back, side by side); each with the person sitting in its corner (the pair and the numbered
    still: in the second picture, where the hand is clear of it)."""
    if variant == "pair":
        return _person_in_second(side_by_side([_framed(_solid(start)), _framed(_solid(end))], arrows=True))
    if variant == "moving":
        # The held toes (the hand and the toes) end the picture: they move from where they start.
        solid = _solid(end)
        starts = _held_toes(start)
        first = len(solid) - len(starts)
        return _framed(solid, {first + i: s for i, s in enumerate(starts)}, person=True)
    if numbered:
        pictures = numbered_frames(_framed(_solid(start)), _framed(_solid(end) + _arrow()), CLOSE_UP_GAP)
        return _person_in_second(pictures)
    # The faint toes first, so the foot covers their roots; no faint hand (it doubled the shapes round the toes).
    return _framed(_other_leg() + _toes(start, "start") + _foot_and_hand(end) + _arrow(), person=True)


def _person_in_second(pictures: Drawing) -> Drawing:
    """The person sitting in the second picture's corner: its panel has been moved to its place, so the circle
    moves with it."""
    second = pictures.panels[1]
    shift = (second.frame[0] - _frame()[0], second.frame[1] - _frame()[1])
    pictures.panels[1] = replace(second, inset=person_inset(add(PERSON[0], shift), PERSON[1]))
    return pictures


def _solid(toes: Toes) -> list[Shape]:
    """The other leg, the leg and foot with its toes as toes says, and the hand holding them."""
    return _other_leg() + _foot_and_hand(toes)


def _foot_and_hand(toes: Toes) -> list[Shape]:
    return leg_and_foot(CROSSED_KNEE, ANKLE, TOE, toes, "end", "white")[:-TOE_SHAPES] + _held_toes(toes)


def _held_toes(toes: Toes) -> list[Shape]:
    """The hand's sleeve, forearm and palm, the toes in front of the palm, and the fingers and thumb wrapped round
    their tips: the palm faces you, so what it holds is in front of it (the palm over the toes hid them)."""
    hand = _hand(toes, "end")
    return hand[:PALM_ENDS] + _toes(toes, "end") + hand[PALM_ENDS:]


def _frame() -> Box:
    half_w, half_h = WIDTH / 2, WIDTH / ASPECT / 2
    (x, y) = MIDDLE
    return (x - half_w, y - half_h, x + half_w, y + half_h)


def _framed(shapes: list[Shape], moves: dict[int, Shape] | None = None, person: bool = False) -> Drawing:
    inset = person_inset(*PERSON) if person else None
    return Drawing(shapes, moves or {}, inset, _frame())


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
    """An arc about the ball of the foot from beside the hand round over the foot towards the shin."""
    ball, _ = toe_ends(ANKLE, TOE, "flat")
    f = foot_frame(ANKLE, TOE)
    first, last = ARROW
    r = ARROW_R * f.size
    path = tuple(add(ball, (cos(radians(a)), sin(radians(a))), r)
                 for a in (first + (last - first) * i / 12 for i in range(13)))
    return [Line("arrow", path)] + chevron(path[-1], path[-2])
