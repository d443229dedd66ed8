"""A wrist lift's set-up: the hand holding its tin as the patient sees it, looking down at their own hand on the table,
drawn flat and palm-on in the style of the grip squeeze's hand (ball_grip.py, which reviewers read at once), beside
the lift's side view (lift.py), which shows the movement but not which way the palm faces (round 55: "nothing in
the hook-shaped hand shows that the palm faces up"; reviewers told the lifts apart only by comparing the two).
Earlier views from above (badge.py: the hand pointing sideways, open or round a tin, small or big) were matched only
by comparing the lifts; this one points up the picture, the fingers closed round the tin as in the grip squeeze.

Round 104: a fist from the finger side and one from the knuckle side still looked alike at phone size ("the palm-up
grip shows only as tiny nail marks", "knuckles vs fingernails", "the weight looks like a jar lid"), so the two now
differ in big things, not small marks:
- palm up: an open, upturned hand, its palm shaded grey (as the grip squeeze's ball) with two palm creases, much of it
  showing below the tin, which lies across it on top; the fingers only curl up round the tin's far side, their tips
  and nails just over its top; the thumb lies along its near side: a hand cupping a tin from underneath;
- palm down: the white back of the hand, big and flat on top of the tin, hiding all but its two ends, its far end a
  bumpy row of four knuckles, the fingers going down out of sight over the far side (only their backs show past the
  knuckles), the thumb's edge on the other side from palm up's: a hand on top of a tin, covering it.
The tin is a long can lying on its side, round-ended, a rim line just in from each end, white (no grey label, which
would sink into the grey palm). The forearm is cut shorter than before (its round elbow end still on the table) so
the hand is drawn bigger.

Round 94: the picture is the lift's set-up, big, on the left of its side view (lift.py): a grey table top, its front
edge across the picture just behind the wrist, the forearm lying on it from the bottom, its elbow end round, and the
hand past the edge. Drawn alone and big (the hand and the forearm running off the picture) it "looked like the grip
squeeze": the table and the forearm lying on it say "a forearm resting on a table, the hand over its edge".

Everything is in hand lengths from the wrist, x across the hand, y up the hand (away from the patient); the forearm
comes up from the bottom. The tin lies across the hand, as a hand grips a tin, so its ends show; side-on (tin.py) the
squat can stands on the palm or hangs under it, which reads there and is not drawn again here. The table is grey
(the side view's table top too: the same table), so the white forearm and hand stand out on it.
"""
from __future__ import annotations

from math import cos, radians, sin

from .ball_grip import FINGER_W, THUMB_W
from .ball_grip import nail  # the grip squeeze's nail on a bent finger's tip
from .curves import smooth
from .hands import capsule
from .shapes import Line, Loop, Pt, Shape, Tube, box, mapped
from .svg import Drawing

# The tin lying across the hand: its middle up the hand, half its thickness and half its length (a long cylinder on
# its side, its ends past the hand either side), how far each round end bulges, and how far in its rim lines are.
TIN_Y, TIN_HALF, TIN_LONG, TIN_BULGE, RIM = 0.72, 0.17, 0.5, 0.06, 0.08
# The open hand, wrist to the bases of the fingers, broader than the forearm; the heel of the thumb bulges on the
# thumb's side (the right palm up, the left palm down, as the hand turns over).
HAND = ((-0.19, 0.0), (-0.3, 0.14), (-0.33, 0.42), (-0.31, 0.9), (0.31, 0.9), (0.35, 0.42), (0.33, 0.18),
        (0.19, 0.0))
# Palm up: each finger across the hand (little finger on the left: the thumb is on the right), from where it bends
# up round the tin's far side to its tip, just over the tin's top: short, so the palm and the tin are the picture.
UP_FINGERS = ((-0.24, 1.0, 0.86), (-0.08, 1.04, 0.84), (0.08, 1.04, 0.84), (0.24, 1.0, 0.86))
# Palm up, the thumb from the heel of the hand lies along the tin's near side, its tip towards the fingers.
UP_THUMB = ((0.34, 0.38), (0.25, 0.53), (0.04, 0.56), (-0.06, 0.56))
# Two creases of the open palm, below the tin: the classic lines of an upturned palm.
CREASES = (((-0.32, 0.44), (-0.14, 0.4), (0.02, 0.46)), ((0.1, 0.5), (0.15, 0.28), (0.14, 0.08)))
# Palm down: the knuckles' row across the end of the back of the hand (the thumb now on the left), each bump this
# round; past them only the fingers' backs, short, as they bend down out of sight over the tin's far side.
KNUCKLE_Y, KNUCKLE_R = 0.9, 0.08
DOWN_FINGERS = ((-0.24, 1.0), (-0.08, 1.04), (0.08, 1.04), (0.24, 1.0))
# Palm down, the thumb goes under the tin's near side: only its edge shows, beside the heel of the hand.
THUMB_EDGE = ((-0.2, 0.1), (-0.36, 0.28), (-0.37, 0.46))
# The forearm lying on the table, from its round elbow end this far back from the wrist, this thick at the elbow and
# the wrist (the grip squeeze's forearm runs off the picture: a round elbow on a table says "lying on the table").
ELBOW_Y, FOREARM_HALF = -0.44, (0.25, 0.19)
# The table's front edge, across the picture just behind the wrist: the hand is past it, over the edge.
EDGE_Y = -0.08
# The same for both, so the hands match: the table either side of the forearm, the tin's ends, the fingers.
FRAME = (-0.64, -0.7, 0.64, 1.12)


def grip_picture(palm: str, size: float) -> Drawing:
    """The forearm lying on the table and the hand past its edge holding the tin, seen from above: palm up cupping
    it, or palm down on top of it, size units a hand's length, the wrist at (0, 0), cut to a frame round it."""
    shapes = _table() + (_palm_up() if palm == "up" else _palm_down())
    left, bottom, right, top = FRAME
    at = lambda p: (p[0] * size, p[1] * size)
    return Drawing([mapped(s, at, size) for s in shapes], frame=(left * size, bottom * size, right * size, top * size),
                   aspect=(right - left) / (top - bottom))


def grip_height() -> float:
    """The picture's height in hand lengths."""
    return FRAME[3] - FRAME[1]


def _table() -> list[Shape]:
    """The grey table top, from the bottom of the picture to its front edge, wider than the picture."""
    left, bottom, right, _ = FRAME
    return [Loop("prop", box(left - 0.3, bottom - 0.3, right + 0.3, EDGE_Y), "grey")]


def _forearm() -> Shape:
    """The forearm lying on the table, round at the elbow (its wrist end is under the hand)."""
    return Loop("end", capsule((0.0, ELBOW_Y), (0.0, 0.0), FOREARM_HALF), "white")


def _hand(mirror: float, top: list[Pt]) -> tuple[Pt, ...]:
    """The open hand's outline up its left side, along top (the bases of the fingers, or the knuckles) and down its
    right side, the thumb's heel on the right (mirror 1) or the left (mirror -1)."""
    sides = [(x * mirror, y) for x, y in HAND if y < top[0][1]]
    left = sorted((p for p in sides if p[0] < 0), key=lambda p: p[1])
    right = sorted((p for p in sides if p[0] > 0), key=lambda p: -p[1])
    return smooth(tuple(left), rounds=2) + tuple(top) + smooth(tuple(right), rounds=2)


def _tin() -> list[Shape]:
    """The tin lying on its side: a long white body with round ends and a rim line just in from each end, which
    read as a can of food lying down (a short box with a grey label read as "a jar lid")."""
    body = tuple(_tin_end(TIN_LONG, 1)) + tuple(reversed(_tin_end(-TIN_LONG, -1)))
    rims = [Line("end", tuple(_tin_end(side * (TIN_LONG - RIM), side))) for side in (-1, 1)]
    return [Loop("end", body, "white")] + rims


def _tin_end(x: float, side: float) -> list[Pt]:
    # A shallow half ellipse bulging out on the given side (1 right, -1 left): the round end of a can lying down.
    return [(x + side * TIN_BULGE * cos(radians(a)), TIN_Y + TIN_HALF * sin(radians(a))) for a in range(-90, 91, 45)]


def _palm_up() -> list[Shape]:
    """The grey palm, open and upturned, the tin across it, the fingers' tips just over the tin's far side with
    their nails, and the thumb along its near side: a hand cupping a tin from underneath."""
    fingers: list[Shape] = []
    for x, top, tip in UP_FINGERS:
        # As the grip squeeze's: the nail at the bottom end says that end is the tip, bent over the tin.
        fingers += [Tube("end", ((x, top), (x, tip)), FINGER_W), Line("end", nail(((x, top), (x, tip))))]
    creases = [Line("end", smooth(c, rounds=2)) for c in CREASES]
    return ([_forearm(), Loop("end", _hand(1, [(-0.31, 0.9), (0.31, 0.9)]), "grey")] + creases + _tin() + fingers
            + [Tube("end", UP_THUMB, THUMB_W)])


def _palm_down() -> list[Shape]:
    """The tin, the thumb's edge and the fingers under the back of the hand, which hides all but the tin's ends."""
    thumb = Tube("end", THUMB_EDGE, THUMB_W)
    fingers = [Tube("end", ((x, KNUCKLE_Y), (x, top)), FINGER_W) for x, top in DOWN_FINGERS]
    return [_forearm()] + _tin() + [thumb] + fingers + [Loop("end", _back(), "white")]


def _back() -> tuple[Pt, ...]:
    """The back of the hand, wrist to knuckles, its far end a row of four round knuckle bumps."""
    bumps = [(x + KNUCKLE_R * cos(radians(a)), KNUCKLE_Y + KNUCKLE_R * sin(radians(a)))
             for x, _ in DOWN_FINGERS for a in (190, 140, 90, 40, -10)]
    return _hand(-1, bumps)
