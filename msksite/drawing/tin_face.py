"""A hand holding a tin, drawn big with its face towards you: the wrist lifts' view from above (lift_top.py). Palm up and palm down are two different shapes of hand, not one fist with small
cues: both fists round a tin, ten reviews in a row told them apart only by palm creases against nails.

- palm up: an open hand, the palm with its bold creases, the fingers together (spread, they read as "a box stuck to an
  open palm"), the tin lying across the palm by the roots of the fingers, its ends out either side, and the thumb
  over it (beside it, the tin "looks like it would fall out");
- palm down: a fist, the back of the hand with its knuckles and the bent fingers closed over the tin, which is held
  behind it, its ends sticking out either side of the fist; only the thumb's nail shows, over the tin's near end.

The tin is a short wide can seen from its side, lying across the hand: white, a rim round each end, a plain label
band with a round mark on it (a grey label band read as "a grey striped weight").

Everything is in the hand's frame (hands.Frame): x along the hand from the wrist in hand lengths, y across it
towards the little finger (the thumb at y < 0), as badge.py draws the palm.
"""
from __future__ import annotations

from .badge import CREASES, PALM
from .hands import Frame
from .shapes import Circle, Layer, Line, Loop, Pt, Shape, Tube
from .tin import nail

# The can: how far in from each end its rim runs, the label's half length as a share of the can's, the radius of the
# round mark on the label, and how far its round ends and bands bow, seen a little from its end.
RIM, LABEL, MARK, BOW = 0.07, 0.55, 0.09, 0.07
# Palm up, the palm is drawn this many times as long as badge.py's, so it is big round the tin; the tin (its middle
# along and across the hand, half its length and its radius) lies across the palm by the fingers' roots, inside its
# width; the fingers (index first: across the knuckles, length, how far the tip turns out), together, reach past it.
LONG = 1.55
UP_TIN = (0.62, 0.0, 0.42, 0.17)
KNUCKLES = 0.45
FINGERS = ((-0.2, 0.68, -0.02), (-0.07, 0.74, 0.0), (0.07, 0.72, 0.01), (0.2, 0.62, 0.02))
FINGER_W, THUMB_W = 0.14, 0.16
THUMB_UP = ((0.16, -0.26), (0.4, -0.4), (0.62, -0.24))
CREASE_W = 0.8  # in picture units: black tubes, bolder than an outline, so they show at thumbnail size
# Palm down, the fist: the back of the hand, wrist to knuckles, and the bent fingers coming over the tin from their
# knuckles (across the hand); the tin behind them, its far half showing below them, its ends out either side.
BACK = ((0.0, -0.24), (0.2, -0.29), (0.48, -0.3), (0.54, -0.22), (0.56, 0.0), (0.54, 0.22), (0.48, 0.3),
        (0.2, 0.29), (0.0, 0.24))
KNUCKLE_YS = (-0.21, -0.07, 0.07, 0.21)
BENT = (0.5, 0.76)  # each bent finger from its knuckle to its middle joint, over the tin
BENT_W = 0.15
DOWN_TIN = (0.8, 0.0, 0.52, 0.2)  # as UP_TIN
THUMB_DOWN = ((0.16, -0.26), (0.4, -0.37), (0.62, -0.3))
NAIL = (0.1, 0.13)  # the thumb's nail: its width and length


def held_tin(f: Frame, layer: Layer, palm: str) -> list[Shape]:
    """The hand from its face, holding the tin: palm up an open hand with the tin in its palm, palm down a fist
    with the tin behind it."""
    return _palm_up(f, layer) if palm == "up" else _palm_down(f, layer)


def _palm_up(f: Frame, layer: Layer) -> list[Shape]:
    """The open hand: the fingers, the palm and its creases over their roots, the tin lying across the palm by the
    fingers' roots, and the thumb over the tin, holding it."""
    ends = [((KNUCKLES, y), (KNUCKLES + length, y + out)) for y, length, out in FINGERS]
    fingers = [Tube(layer, f.all(e), FINGER_W * f.size) for e in ends]
    thumb = Tube(layer, f.all(THUMB_UP), THUMB_W * f.size)
    long = lambda points: f.all(tuple((x * LONG, y) for x, y in points))
    palm = Loop(layer, long(PALM), "white")
    # The heart line would lie under the tin.
    creases = [Tube(layer, long(c), CREASE_W, "black") for c in CREASES[1:]]
    return fingers + [palm] + creases + _can(f, layer, UP_TIN) + [thumb]


def _palm_down(f: Frame, layer: Layer) -> list[Shape]:
    """The fist: the tin behind it, the back of the hand, the bent fingers over the tin, and the
    thumb over the tin's near end with its nail."""
    bent = [Tube(layer, (f.at(BENT[0], y), f.at(BENT[1], y)), BENT_W * f.size) for y in KNUCKLE_YS]
    thumb = Tube(layer, f.all(THUMB_DOWN), THUMB_W * f.size)
    return (_can(f, layer, DOWN_TIN) + [Loop(layer, f.all(BACK), "white")] + bent + [thumb]
            + [nail(f, layer, THUMB_DOWN[-2], THUMB_DOWN[-1], NAIL)])


def _can(f: Frame, layer: Layer, place: tuple[float, float, float, float]) -> list[Shape]:
    """The can lying across the hand at place (as UP_TIN), seen a little from its end at +y, as a tin is drawn: its
    white side with round ends, the lid's edge, a rim by each end, the label's two edges and the round mark on it."""
    x, y, half, r = place
    side = Loop(layer, _arc(f, x, y - half, -BOW, r)[::-1] + _arc(f, x, y + half, BOW, r), "white")
    lid = Line(layer, _arc(f, x, y + half, -BOW, r))
    bands = [Line(layer, _arc(f, x, y + k, BOW, r)) for k in (RIM - half, half - RIM, -LABEL * half, LABEL * half)]
    return [side, lid] + bands + [Circle(layer, f.at(x, y), MARK * f.size, "grey")]


def _arc(f: Frame, x: float, y: float, bow: float, r: float) -> tuple[Pt, ...]:
    """Half an ellipse round the can at y across the hand, from its near side to its far one, bowing bow across."""
    return f.all(((x - r, y), (x - 0.7 * r, y + 0.7 * bow), (x, y + bow), (x + 0.7 * r, y + 0.7 * bow), (x + r, y)))
