"""A hand holding a tin, drawn big with its face cheated round to face you (the wrist lifts), as the wrist
stretches draw theirs (stretch.py): the side view of a hand round a tin looked the same palm up and palm down, and
six reviews in a row told them apart only by a round picture of the hand from above, which they called "a small
inset". Turned to face you, the two hands share no cue:

- palm up: the open palm with its bold creases, and the tin lying across it at the roots of the fingers, in front
  of the palm, the fingertips curled over it, with no nails, and the thumb over its near end;
- palm down: the smooth back of the hand (a row of knuckle bumps read as "zig-zags"), the fingers closed over the
  tin with a grey nail on each, and on the thumb; the tin behind the hand, its end and label sticking out of the
  fist on the little finger's side.

The tin is a short wide can seen from its side, lying across the hand: white, with a rim across each end and a grey
label band round its middle (its flat ends seen end-on read as "a weight" or "a roll of tape").

Everything is in the hand's frame (hands.Frame): x along the hand from the wrist in hand lengths, y across it
towards the little finger (the thumb at y < 0), as badge.py draws the palm.
"""
from __future__ import annotations

from .badge import CREASES, PALM
from .badge import SIZE as FACE_SIZE
from .badge import back_face
from .hands import Frame
from .shapes import Layer, Line, Loop, Pt, Shape, Tube, mapped, relayered

# The can: its middle along the hand, half its width along the hand (its radius) and half its length across it
# (longer than the hand is wide, so its ends show either side of the hand).
TIN_X, TIN_R, TIN_HALF = 0.8, 0.2, 0.48
LABEL = 0.62  # the label band's half length, as a share of the can's
RIM = 0.08  # how far in from each end of the can its rim runs, in hand lengths
# Palm up, the fingers curl over the tin: each finger's tip (over the can's middle) and where it turns over the can's
# far side, across the hand.
CURL = (TIN_X + 0.06, TIN_X + TIN_R + 0.06)
FINGER_YS = (-0.235, -0.08, 0.08, 0.225)
FINGER_W, THUMB_W = 0.14, 0.16
# Palm up, the thumb leaves the side of the palm and wraps over the near end of the tin (standing out from the palm
# it read as "thumbs up").
THUMB = ((0.12, -0.24), (0.42, -0.42), (TIN_X, -0.4))
# Palm up, the palm is drawn this many times as long as badge.py's, so the open palm shows big between the wrist and
# the tin.
LONG = 1.3
CREASE_W = 0.8  # in picture units: black tubes, bolder than an outline, so they show at thumbnail size
# Palm down, the fingers reach over the tin (curling away behind it), this share of their full length.
OVER = 0.72
CLOSED = 0.78  # how far along the hand the closed fingers are white between them, short of their round tips
# Palm down, the tin's middle (along the hand, and across it): under the knuckles, so the fingers reach past it
# (under the fingertips its grey label showed between them and round the nails), and towards the little finger, so
# its end sticks out of the fist, label and all (in the middle the hand hid it).
UNDER = (0.55, 0.3)


def held_tin(f: Frame, layer: Layer, palm: str) -> list[Shape]:
    """The hand from its face, holding the tin: palm up the palm with the tin in front of it, palm down the back of
    the hand with the tin behind it."""
    return _palm_up(f, layer) if palm == "up" else _palm_down(f, layer)


def _palm_up(f: Frame, layer: Layer) -> list[Shape]:
    """The palm and its creases, the tin lying across it, the fingertips curled over the tin and the thumb over its
    near end."""
    long = lambda points: f.all(tuple((x * LONG, y) for x, y in points))
    palm = Loop(layer, long(PALM), "white")
    creases = [Tube(layer, long(c), CREASE_W, "black") for c in CREASES]
    fingers = [Tube(layer, (f.at(CURL[1], y), f.at(CURL[0], y)), FINGER_W * f.size) for y in FINGER_YS]
    thumb = Tube(layer, f.all(THUMB), THUMB_W * f.size)
    return [palm] + creases + _can(f, layer) + fingers + [thumb]


def _palm_down(f: Frame, layer: Layer) -> list[Shape]:
    """The tin, then the back of the hand over it: the fingers closed over the tin and the thumb, each with its
    nail."""
    to_hand = lambda p: f.at(p[0] / FACE_SIZE, -p[1] / FACE_SIZE)
    back = [relayered(mapped(s, to_hand, f.size / FACE_SIZE), layer) for s in back_face(OVER, knuckles=False)]
    # The fingers close together round the tin: white between them (the tin's grey label showing through the gaps
    # striped the back of the hand like its nails).
    closed = Loop(layer, f.all(((0.4, -0.28), (CLOSED, -0.28), (CLOSED, 0.28), (0.4, 0.28))), "white")
    return _can(f, layer, UNDER) + [closed] + back


def _can(f: Frame, layer: Layer, middle: Pt = (TIN_X, 0.0)) -> list[Shape]:
    """The can lying across the hand, its middle at middle: its white side, a rim across each end and the grey
    label band."""
    x0, x1, y = middle[0] - TIN_R, middle[0] + TIN_R, middle[1]
    side = Loop(layer, _rounded(f, x0, x1, y - TIN_HALF, y + TIN_HALF), "white")
    band = Loop(layer, f.all(tuple((x, y + k * TIN_HALF * LABEL) for x, k in ((x0, -1), (x1, -1), (x1, 1), (x0, 1)))),
                "grey")
    rims = [Line(layer, (f.at(x0, y + k), f.at(x1, y + k))) for k in (RIM - TIN_HALF, TIN_HALF - RIM)]
    return [side, band] + rims


def _rounded(f: Frame, x0: float, x1: float, y0: float, y1: float) -> tuple[Pt, ...]:
    """A box with its corners cut a little, as a can's ends look from its side."""
    c = 0.04
    return f.all(((x0 + c, y0), (x1 - c, y0), (x1, y0 + c), (x1, y1 - c), (x1 - c, y1), (x0 + c, y1), (x0, y1 - c),
                  (x0, y0 + c)))
