"""The close-up of a hand bending the toes back (a foot and toe stretch): a bare foot drawn side-on from its inner
side as a fixed picture, so it reads as a foot whatever the pose's angles (drawn from the skeleton, the leg and the
foot were one long shape and reviewers took the picture for a hand bending at the wrist).

What says "foot": the shin rising to the knee, the ankle bone, the round heel resting on the other knee, the arch
under the sole, and five toes, the big toe biggest in front, the four smaller ones stepping back behind it. The toes
bend back about the ball of the foot; a grey hand grips the big toe's tip from in front (a fist, the thumb along its
top, the fingers under it, the forearm coming in from beyond) and bends them with it.
Figure units, y up; the toes point right and the sole is underneath.
"""
from __future__ import annotations

from math import cos, radians, sin

from .arrows import chevron
from .curves import smooth
from .shapes import Circle, Layer, Line, Loop, Pt, Shape, Tube, add
from .svg import Box, Drawing

# The leg and the foot, one outline, the shin rising steeply from the ankle so leg and foot make an L (sloping
# down to the foot, they were one long abstract shape): from high on the front of the shin down over the ankle and
# the top of the foot to the ball (where the toes join), under the ball and the arch, round the heel and up the
# back of the leg.
OUTLINE = ((-36.0, 62.0), (-16.0, 11.0), (-6.0, 7.0), (6.0, 2.0), (18.0, -2.0), (26.0, -4.0), (27.0, -10.0),
           (26.0, -16.0), (16.0, -18.0), (4.0, -15.0), (-8.0, -13.0), (-18.0, -16.0), (-24.0, -20.0),
           (-31.0, -18.0), (-34.0, -12.0), (-33.0, -5.0), (-36.0, 3.0), (-58.0, 58.0))
ANKLE_BONE, ANKLE_BONE_R = (-21.0, 4.0), 3.5
# The other knee, under the heel: a grey round (trousers) with the leg going down from it.
KNEE_R = 12.0
HEEL = (-25.0, -20.0)
# The toes, big enough to read beside the hand: the big toe's base (at the ball) and its length and width; each
# smaller toe's base steps back and up from it (hidden inside the foot, so only its rounded end shows, behind the
# big toe's) and is shorter and thinner.
BALL, TOE = (24.0, -10.0), (21.0, 12.0)
STEP, SHORTER, THINNER = (-4.0, 3.0), 2.0, 0.9
# How far the toes are bent from the line of the foot (degrees, up positive): lying flat, pulled back.
BENDS = {"flat": -6.0, "up": 55.0, "curled": -40.0}
# The hand gripping the toes from in front, in the toes' frame (along them from their base, and out to their sole
# side): the forearm comes in from beyond the tips, the hand is a fist round them, the thumb along the top of the
# big toe and the fingers along their underside, each tip pointing back to the ball. (Fingers alone under the toes,
# the forearm off past the sole, were grey sausages reviewers had to study.)
THUMB = ((30.0, -8.0), (19.0, -9.5))
FINGERS = (((30.0, 12.0), (20.0, 12.5)), ((30.0, 7.5), (18.0, 8.0)))
FIST = ((26.0, -12.0), (33.0, -13.0), (39.0, -7.0), (41.0, 8.0), (38.0, 16.0), (26.0, 15.5))
FOREARM = ((35.0, 2.0), (79.0, 36.0))
FINGER_W, THUMB_W, FOREARM_W = 5.5, 5.5, 14.0
# The arrow: an arc about the ball, from over the forearm round over the toes towards the shin (degrees; from in
# front of the flat toes, it ran across the forearm).
ARROW = (50.0, 120.0, 38.0)
# What the close-up shows: the heel on the knee to the hand, and the arrow over them.
FRAME: Box = (-38.0, -42.0, 56.0, 52.0)


def toe_stretch(start: str, end: str, moving: bool) -> Drawing:
    """The still (toes faint where they start, solid where the hand bends them, the arrow) or the moving close-up."""
    fixed = _knee()
    foot = [Loop("end", smooth(OUTLINE), "white"), Circle("end", ANKLE_BONE, ANKLE_BONE_R)]
    back = _lesser_toes(end, "end")
    front = _big_toe(end, "end") + _hand(end, "end")
    if moving:
        shapes = fixed + back + foot + front
        starts = _lesser_toes(start, "end") + [None, None] + _big_toe(start, "end") + _hand(start, "end")
        moves = {len(fixed) + i: s for i, s in enumerate(starts) if s is not None}
        return Drawing(shapes, moves, frame=FRAME, aspect=1.0)
    # The faint big toe over the foot, so it shows; the smaller toes behind it, as the solid ones. No faint hand: it
    # doubled the grey shapes round the toes.
    faint = _big_toe(start, "start")
    return Drawing(fixed + _lesser_toes(start, "start") + back + foot + faint + front + _arrow(), frame=FRAME,
                   aspect=1.0)


def _knee() -> list[Shape]:
    centre = add(HEEL, (0.0, -KNEE_R))
    return [Tube("prop", (centre, add(centre, (0.0, -60.0))), 2 * KNEE_R, "grey")]


def _toe_frame(toes: str, base: Pt = BALL):
    a = radians(BENDS[toes])
    along, sole = (cos(a), sin(a)), (sin(a), -cos(a))
    return lambda x, y: add(add(base, along, x), sole, y)


def _lesser_toes(toes: str, layer: Layer) -> list[Shape]:
    """The four smaller toes, the smallest first (furthest back), each behind the next."""
    shapes = []
    for k in (4, 3, 2, 1):
        base = add(BALL, (STEP[0] * k, STEP[1] * k))
        at = _toe_frame(toes, base)
        length, width = TOE[0] - SHORTER * k, TOE[1] * THINNER ** k
        shapes.append(Tube(layer, (at(0.0, 0.0), at(length, 0.0)), width))
    return shapes


def _big_toe(toes: str, layer: Layer) -> list[Shape]:
    """The big toe with its nail on top, near the tip."""
    at = _toe_frame(toes)
    length, width = TOE
    nail = (at(length - 6.0, -width / 2 + 2.0), at(length - 1.5, -width / 2 + 2.0))
    return [Tube(layer, (at(0.0, 0.0), at(length, 0.0)), width), Line(layer, nail)]


def _hand(toes: str, layer: Layer) -> list[Shape]:
    """The grey hand round the toes: the forearm, the fingers under them, the fist over the tips, the thumb on top."""
    at = _toe_frame(toes)
    tube = lambda line, w: Tube(layer, tuple(at(*p) for p in line), w, "grey")
    fingers = [tube(line, FINGER_W) for line in FINGERS]
    fist = Loop(layer, smooth(tuple(at(*p) for p in FIST + FIST[:1])), "grey")
    return [tube(FOREARM, FOREARM_W)] + fingers + [fist, tube(THUMB, THUMB_W)]


def _arrow() -> list[Shape]:
    first, last, r = ARROW
    path = tuple(add(BALL, (r * cos(radians(a)), r * sin(radians(a))))
                 for a in (first + (last - first) * i / 16 for i in range(17)))
    return [Line("arrow", path)] + chevron(path[-1], path[-2])
