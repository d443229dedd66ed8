"""The close-up of a hand bending the toes back (a foot and toe stretch): a bare foot drawn side-on from its inner
side as a fixed picture, so it reads as a foot whatever the pose's angles (drawn from the skeleton, the leg and the
foot were one long shape and reviewers took the picture for a hand bending at the wrist).

What says "foot": the shin rising to the knee, the round heel resting on the other knee, the arch under the sole,
and the toes, the big toe in front and the smaller ones as one behind it. The toes bend back about the ball of the
foot; a grey hand, one shape with one outline, holds the outer half of the toes (the fingers over their top, the
thumb under them, the forearm coming in from beyond) and bends them with it. Drawn a little small for its frame
(SCALE), so its outlines are as bold as the person's.
Figure units, y up; the toes point right and the sole is underneath.
"""
from __future__ import annotations

from math import cos, radians, sin

from .arrows import chevron
from .curves import smooth
from .shapes import Layer, Line, Loop, Pt, Shape, Tube, add, mapped
from .svg import Box, Drawing

# The leg and the foot, one outline, the shin rising steeply from the ankle so leg and foot make an L (sloping
# down to the foot, they were one long abstract shape): from high on the front of the shin down over the ankle and
# the top of the foot to the ball (where the toes join), under the ball and the arch, round the heel and up the
# back of the leg.
OUTLINE = ((-36.0, 62.0), (-16.0, 11.0), (-6.0, 7.0), (6.0, 2.0), (18.0, -2.0), (26.0, -4.0), (27.0, -10.0),
           (26.0, -16.0), (16.0, -18.0), (4.0, -15.0), (-8.0, -13.0), (-18.0, -16.0), (-24.0, -20.0),
           (-31.0, -18.0), (-34.0, -12.0), (-33.0, -5.0), (-36.0, 3.0), (-58.0, 58.0))
# The other knee, under the heel: a grey round (trousers) with the leg going down from it.
KNEE_R = 12.0
HEEL = (-25.0, -20.0)
# The toes, big enough to read beside the hand: the big toe's base (at the ball) and its length and width, and the
# smaller toes behind it as one, its base back and up from it, shorter and thinner (four of them, each peeking out
# behind the next, read as "striped toes").
BALL, TOE = (24.0, -10.0), (21.0, 12.0)
SMALL_TOES = ((-6.5, 4.5), 15.0, 10.0)
# How far the toes are bent from the line of the foot (degrees, up positive): lying flat, pulled back.
BENDS = {"flat": -6.0, "up": 55.0, "curled": -40.0}
# The hand round the outer half of the toes, in the toes' frame (along them from their base, and out to their sole
# side), one grey shape with one outline (a fist, a thumb and fingers as separate grey tubes were shapes reviewers
# had to decode): the palm under the toes, the fingers wrapped over their top, their tips towards the ball, with a
# line between each two, and the thumb along their underside; the forearm comes in from beyond the tips.
HAND = ((11.0, -6.0), (13.0, -10.5), (21.0, -12.0), (29.0, -10.0), (33.0, -3.0), (33.0, 7.0), (28.0, 12.5),
        (19.0, 14.0), (11.0, 13.0), (6.5, 11.0), (7.5, 8.0), (13.0, 7.5), (11.0, 1.0))
FINGER_LINES = (((17.0, -11.3), (17.5, -5.5)), ((23.0, -11.6), (23.5, -5.5)))
FOREARM, FOREARM_W = ((30.0, 4.0), (79.0, 36.0)), 14.0
# The arrow: an arc about the ball, from over the forearm round over the toes towards the shin (degrees; from in
# front of the flat toes, it ran across the forearm).
ARROW = (50.0, 120.0, 38.0)
# What the close-up shows: the heel on the knee to the hand, and the arrow over them.
FRAME: Box = (-40.0, -43.0, 54.0, 51.0)
# The close-up is drawn this much smaller than its figure units, so its outlines are bolder for its size.
SCALE = 0.8


def toe_stretch(start: str, end: str, moving: bool) -> Drawing:
    """The still (toes faint where they start, solid where the hand bends them, the arrow) or the moving close-up."""
    fixed = _knee()
    foot = [Loop("end", smooth(OUTLINE), "white")]
    back = _small_toes(end, "end")
    front = _big_toe(end, "end") + _hand(end, "end")
    if moving:
        shapes = fixed + back + foot + front
        starts = _small_toes(start, "end") + [None] + _big_toe(start, "end") + _hand(start, "end")
        moves = {len(fixed) + i: s for i, s in enumerate(starts) if s is not None}
        return _scaled(Drawing(shapes, moves, frame=FRAME, aspect=1.0))
    # The faint big toe over the foot, so it shows; the smaller toes behind it, as the solid ones. No faint hand: it
    # doubled the grey shapes round the toes.
    faint = _big_toe(start, "start")
    return _scaled(Drawing(fixed + _small_toes(start, "start") + back + foot + faint + front + _arrow(), frame=FRAME,
                           aspect=1.0))


def _scaled(drawing: Drawing) -> Drawing:
    at = lambda p: (p[0] * SCALE, p[1] * SCALE)
    left, bottom, right, top = drawing.frame
    return Drawing([mapped(s, at, SCALE) for s in drawing.shapes],
                   {i: mapped(s, at, SCALE) for i, s in drawing.moves.items()},
                   frame=(left * SCALE, bottom * SCALE, right * SCALE, top * SCALE), aspect=1.0)


def _knee() -> list[Shape]:
    centre = add(HEEL, (0.0, -KNEE_R))
    return [Tube("prop", (centre, add(centre, (0.0, -60.0))), 2 * KNEE_R, "grey")]


def _toe_frame(toes: str, base: Pt = BALL):
    a = radians(BENDS[toes])
    along, sole = (cos(a), sin(a)), (sin(a), -cos(a))
    return lambda x, y: add(add(base, along, x), sole, y)


def _small_toes(toes: str, layer: Layer) -> list[Shape]:
    """The four smaller toes, as one, behind the big toe."""
    step, length, width = SMALL_TOES
    at = _toe_frame(toes, add(BALL, step))
    return [Tube(layer, (at(0.0, 0.0), at(length, 0.0)), width)]


def _big_toe(toes: str, layer: Layer) -> list[Shape]:
    """The big toe with its nail on top, near the tip."""
    at = _toe_frame(toes)
    length, width = TOE
    nail = (at(length - 6.0, -width / 2 + 2.0), at(length - 1.5, -width / 2 + 2.0))
    return [Tube(layer, (at(0.0, 0.0), at(length, 0.0)), width), Line(layer, nail)]


def _hand(toes: str, layer: Layer) -> list[Shape]:
    """The grey hand round the toes: the forearm, then the hand over its end, with the lines between the fingers."""
    at = _toe_frame(toes)
    hand = Loop(layer, smooth(tuple(at(*p) for p in HAND + HAND[:1])), "grey")
    lines = [Line(layer, tuple(at(*p) for p in line)) for line in FINGER_LINES]
    return [Tube(layer, tuple(at(*p) for p in FOREARM), FOREARM_W, "grey"), hand] + lines


def _arrow() -> list[Shape]:
    first, last, r = ARROW
    path = tuple(add(BALL, (r * cos(radians(a)), r * sin(radians(a))))
                 for a in (first + (last - first) * i / 16 for i in range(17)))
    return [Line("arrow", path)] + chevron(path[-1], path[-2])
