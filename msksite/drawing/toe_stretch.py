"""The foot and toe stretch: the person sitting on a chair facing you, big, filling the picture (seated.py), one
bare foot across the other knee, the hand on that side holding its toes and bending them back, with a bold curved
arrow round the toes towards the shin.

What it shows: seated.py's person, zoomed to a close-up's width; on them, all white, the crossed thigh and the
close-up's bare lower leg and foot (toes.leg_and_foot, which reviewers read as a foot at once), its rolled-up trouser
leg going on to the crossed knee, the heel on the other knee and the foot going on past it, up at an angle; the grip squeeze's white hand (ball_grip.py,
with nails and a thumb), palm on, at the end of the person's arm, its palm behind the toes and its fingers bent over
their tips, its thumb under them, so the toes show bent up from the ball of the foot; the toes faint where they
start, lying flat; and a bold arc from beyond the flat toes round over them towards the shin.

History: until round 52 a person sat beside a foot close-up in a big circle, facing you: every reviewer gave it 3
(the person's crossed leg "a tangle of shapes", "a confusing grey bar across the lap", the close-up's hand, one grey
shape, "tiny"; side-on the crossed leg was "a tangle of legs" and a big bare foot on the knee read as "a crossed-leg
hip stretch"). The close-up alone (round 53) scored 3: "with no body shown the patient cannot tell how to sit". From
round 57 to 73 the close-up was the picture (the foot on a grey thigh and knee drawn as a sitting leg, not a table;
the hand turned so its fingers cross the toes' tips, not "one bundle" with them) and the person sat small in a circle
in its corner: 3.0 to 3.2, "the cropped close-up is hard to orient", "the huge cropped leg shapes are disorienting",
"the hand floats above the toes", "the inset showing the sitting pose is tiny", "you need the small picture to see
you sit with your ankle on your other knee". So (round 74) the person is the picture, big, with no close-up: their
foot, hand and toes are drawn in the close-up's detail, the hand at the end of their own arm. It scored 3, 3, 3, 3:
"the crossed leg is an unreadable grey blob" (a grey thigh as wide as the grey trouser leg over the shin, the arm
lying over them). So (round 79) the crossed leg, the nearest thing to you, is white with bold outlines, drawn over the
other (grey) knee: the shin level across the lap, the ankle on that knee and the foot out past it and the chair's
back into clear space, far enough from the shoulder for the arm to reach down to it; the other hand rests on the
crossed knee, not over the shin.
Figure units of seated.py, y up; the toes point up to the right and the sole is underneath.
"""
from __future__ import annotations

from dataclasses import replace
from math import atan2, cos, dist, radians, sin
from typing import Callable

from .arrows import bold_arrow
from .ball_grip import grip_panel
from .closeup import WIDTH
from .figure import WIDTHS
from .panels import side_by_side
from .seated import (CROSSED_ANKLE, CROSSED_KNEE, HIPS, PERSON_FRAME, SHOULDER, TOE, behind_foot,
                     in_front_of_foot)
from .shapes import Layer, Loop, Pt, Shape, Tube, add, direction, left_of, mapped, relayered
from .svg import Drawing
from .tendon_glide import SIZE
from .toes import LEG_HALVES, LOOSE, SMALL_TOES, Toes, foot_frame, leg_and_foot, toe_ends

# The hand: the grip squeeze's (ball_grip.py, which reviewers read at once: white, outlined fingers with nails, a
# clear thumb) without its ball, palm on, its fingers bent over the tips of the toes and its thumb under them. Its
# length and where its wrist is, in toe lengths along the toe from its base at the ball: the fingers' tips are short
# of the ball, so the roots of the toes show bent back.
GRIP_HAND, GRIP_WRIST = 1.8, 2.6
# The hand is then turned about the big toe's tip by this many degrees (anticlockwise), so its forearm comes down
# from the person's shoulder and its fingers cross the toes' tips at an angle, not lying along them: laid along the
# toes, fingers and toes were "one bundle".
HAND_TURN = 50.0
# The forearm's end (where ball_grip's forearm stops) and the elbow, in hand lengths down it from the wrist: the
# arm from the shoulder comes to the elbow and goes on straight down the forearm to its end.
ARM_END, ELBOW = 0.65, 1.3
# The sleeve, the forearm and the palm come first in the held toes: the toes go in front of them, the fingers over.
PALM_ENDS = 3
# leg_and_foot ends with the toes: the smaller ones, the big toe and its nail.
TOE_SHAPES = len(SMALL_TOES) + 2
# The arrow: an arc about the ball of the foot from beyond the toes lying flat round over the top of the foot
# towards the shin, in degrees anticlockwise from pointing along the foot, its radius in foot lengths, and its width
# and head in figure units of the person.
ARROW, ARROW_R, ARROW_W, ARROW_HEAD = (-30.0, 32.0), 0.85, 1.0, 2.2
# The person is drawn this many times their figure units, so the picture is a close-up's width (closeup.WIDTH) and
# its outlines are as bold as the other big pictures'.
ZOOM = WIDTH / ((PERSON_FRAME[2] - PERSON_FRAME[0]))


def toe_stretch(start: Toes, end: Toes, variant: str) -> Drawing:
    """The still (toes faint where they start, solid where the hand bends them, the arrow), the moving picture (the
    toes, hand and arm bend back and forth) or the pair (the toes flat, then bent back, side by side)."""
    if variant == "pair":
        return side_by_side([_framed(_solid(start)), _framed(_solid(end))], arrows=True)
    if variant == "moving":
        # The held toes (the arm, the hand and the toes) end the picture: they move from where they start.
        solid = _solid(end)
        starts = _held_toes(start)
        first = len(solid) - len(starts)
        return _framed(solid, {first + i: s for i, s in enumerate(starts)})
    # The faint toes first, so the foot covers their roots; no faint hand (it doubled the shapes round the toes).
    return _framed(behind_foot() + _toes(start, "start") + _foot(end) + _held_toes(end) + _arrow())


def _solid(toes: Toes) -> list[Shape]:
    """The person, their foot across the other knee with its toes as toes says, and the hand holding them."""
    return behind_foot() + _foot(toes) + _held_toes(toes)


def _foot(toes: Toes) -> list[Shape]:
    """The crossed leg, all white: its thigh, rolled-up trouser leg, bare shin and foot, without its toes, and the
    arm resting on it."""
    shapes = [_white(s) for s in leg_and_foot(CROSSED_KNEE, CROSSED_ANKLE, TOE, toes, "end", "white")]
    # The crossed thigh, as wide as the trouser leg over the shin at the knee, so the two are one leg.
    width = 2 * (LEG_HALVES[1] + LOOSE) * dist(CROSSED_ANKLE, TOE)
    return [Tube("end", (HIPS[0], CROSSED_KNEE), width)] + shapes[:-TOE_SHAPES] + in_front_of_foot()


def _white(shape: Shape) -> Shape:
    """The shape, white if it was grey: the crossed leg is the nearest thing to you, white with bold outlines (grey,
    its trouser leg and thigh were "an unreadable grey blob")."""
    return replace(shape, fill="white") if getattr(shape, "fill", None) == "grey" else shape


def _held_toes(toes: Toes) -> list[Shape]:
    """The arm, forearm and palm, the toes in front of the palm, and the fingers and thumb wrapped round their tips:
    the palm faces you, so what it holds is in front of it (the palm over the toes hid them)."""
    hand = _hand(toes, "end")
    return hand[:PALM_ENDS] + _toes(toes, "end") + hand[PALM_ENDS:]


def _framed(shapes: list[Shape], moves: dict[int, Shape] | None = None) -> Drawing:
    """The person zoomed to a close-up's width, cut to PERSON_FRAME."""
    big = lambda s: mapped(s, lambda p: (p[0] * ZOOM, p[1] * ZOOM), ZOOM)
    frame = tuple(v * ZOOM for v in PERSON_FRAME)
    return Drawing([big(s) for s in shapes], {i: big(s) for i, s in (moves or {}).items()}, None, frame)


def _toes(toes: Toes, layer: Layer) -> list[Shape]:
    """The toes as leg_and_foot draws them (the smaller ones, the big toe and its nail), bent as toes says."""
    return leg_and_foot(CROSSED_KNEE, CROSSED_ANKLE, TOE, toes, layer, "white")[-TOE_SHAPES:]


def _toe_frame(toes: Toes) -> tuple[Callable[[float, float], Pt], float]:
    """Points in the big toe's frame (toe lengths along it from its base and across towards its top), and its
    length."""
    base, tip = toe_ends(CROSSED_ANKLE, TOE, toes)
    along, size = direction(base, tip), dist(base, tip)
    return lambda u, v: add(add(base, along, u * size), left_of(along), v * size), size


def _hand(toes: Toes, layer: Layer) -> list[Shape]:
    """The person's arm from the shoulder, and the grip squeeze's hand (ball_grip.py) without its ball, palm on,
    wrist beyond the toe's tip, turned so its fingers come down across the toes' tips."""
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
    elbow, end = (to_toe((0.0, -d * SIZE)) for d in (ELBOW, ARM_END))
    arm = Tube(layer, (SHOULDER, elbow, end), WIDTHS["forearm"])
    return [arm] + [relayered(mapped(s, to_toe, k * size), layer) for s in hand]


def _arrow() -> list[Shape]:
    """A bold arc about the ball of the foot from beyond the toes lying flat, round over them, towards the shin."""
    ball, _ = toe_ends(CROSSED_ANKLE, TOE, "flat")
    f = foot_frame(CROSSED_ANKLE, TOE)
    first, last = ARROW
    heading = atan2(f.along[1], f.along[0])
    r = ARROW_R * f.size
    angles = (heading + radians(first + (last - first) * i / 10) for i in range(11))
    path = tuple(add(ball, (cos(a), sin(a)), r) for a in angles)
    return [Tube("arrow", path[:-1], ARROW_W, "black")] + bold_arrow(path[-2], path[-1], ARROW_W, ARROW_HEAD)
