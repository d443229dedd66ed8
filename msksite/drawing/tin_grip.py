"""A wrist lift's set-up: the hand holding its tin as the patient sees it, looking down at their own hand on the table,
drawn flat and palm-on in the style of the grip squeeze's hand (ball_grip.py, which reviewers read at once), beside
the lift's side view (lift.py), which shows the movement but not which way the palm faces (round 55: "nothing in
the hook-shaped hand shows that the palm faces up"; reviewers told the lifts apart only by comparing the two).
Earlier views from above (badge.py: the hand pointing sideways, open or round a tin, small or big) were matched only
by comparing the lifts; this one points up the picture, the fingers closed round the tin as in the grip squeeze.

- palm up: the palm facing you, the tin lying across it, the four fingers curled over the tin's far side and down
  its front, a nail at each tip (as the grip squeeze's fingers over its ball), the thumb across its near side: a
  hand cupping a tin;
- palm down: the back of the hand facing you, a row of four knuckle bumps, the fingers going down over the tin's far
  side (short, seen end-on, no nails), the tin's two ends showing either side of the hand, the thumb's edge only, on
  the other side from palm up's: a hand on top of a tin, gripping it from above.

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

from .ball_grip import FINGER_W, PALM, THUMB, THUMB_W
from .ball_grip import nail  # the grip squeeze's nail on a bent finger's tip
from .curves import smooth
from .hands import capsule
from .shapes import Line, Loop, Pt, Shape, Tube, box, mapped
from .svg import Drawing

# The tin lying across the hand: its middle up the hand, half its thickness, half its length (longer than the hand
# is wide, so its ends show either side of the hand), and how far in from each end its grey label starts.
TIN_Y, TIN_HALF, TIN_LONG, RIM = 0.42, 0.19, 0.5, 0.12
# Palm up: each finger across the hand (little finger on the left: the thumb is on the right) from its bent top over
# the tin's far side down to its tip on the tin's front.
UP_FINGERS = ((-0.24, 0.72, 0.4), (-0.08, 0.78, 0.36), (0.08, 0.77, 0.36), (0.24, 0.7, 0.4))
# Palm down: the knuckles' row across the end of the back of the hand (the thumb now on the left), each bump this
# round; the fingers beyond them, short as they bend down away from you over the tin.
KNUCKLE_Y, KNUCKLE_R = 0.6, 0.075
DOWN_FINGERS = ((-0.24, 0.72), (-0.08, 0.78), (0.08, 0.77), (0.24, 0.7))
# Palm down, the thumb goes under the tin's near side: only its edge shows, beside the heel of the hand.
THUMB_EDGE = ((-0.17, 0.1), (-0.33, 0.24), (-0.33, 0.34))
# The forearm lying on the table, from its round elbow end this far back from the wrist, this thick at the elbow and
# the wrist (the grip squeeze's forearm runs off the picture: a round elbow on a table says "lying on the table").
ELBOW_Y, FOREARM_HALF = -1.0, (0.25, 0.19)
# The table's front edge, across the picture just behind the wrist: the hand is past it, over the edge.
EDGE_Y = -0.08
# The same for both, so the hands match: the table either side of the forearm, the tin's ends, the fingers.
FRAME = (-0.72, -1.32, 0.72, 0.88)


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


def _tin() -> list[Shape]:
    """The tin lying across the hand: its white side, round at the ends, and the grey label round its middle."""
    ends = [(TIN_LONG, TIN_Y - TIN_HALF), (TIN_LONG + 0.05, TIN_Y), (TIN_LONG, TIN_Y + TIN_HALF)]
    side = tuple(ends) + tuple((-x, y) for x, y in reversed(ends))
    label = box(-TIN_LONG + RIM, TIN_Y - TIN_HALF, TIN_LONG - RIM, TIN_Y + TIN_HALF)
    return [Loop("end", smooth(side, closed=True, rounds=1), "white"), Loop("end", label, "grey")]


def _palm_up() -> list[Shape]:
    """The palm, the tin across it, the fingers over the tin with their nails, the thumb across its near side."""
    fingers: list[Shape] = []
    for x, top, tip in UP_FINGERS:
        # As the grip squeeze's: the nail at the bottom end says that end is the tip, bent down over the tin.
        fingers += [Tube("end", ((x, top), (x, tip)), FINGER_W), Line("end", nail(((x, top), (x, tip))))]
    return ([_forearm(), Loop("end", PALM, "white")] + _tin() + fingers
            + [Tube("end", THUMB, THUMB_W)])


def _palm_down() -> list[Shape]:
    """The tin, the thumb's edge and the fingers under the back of the hand, which hides all but their ends."""
    thumb = Tube("end", THUMB_EDGE, THUMB_W)
    fingers = [Tube("end", ((x, KNUCKLE_Y), (x, top)), FINGER_W) for x, top in DOWN_FINGERS]
    return [_forearm()] + _tin() + [thumb] + fingers + [Loop("end", _back(), "white")]


def _back() -> tuple[Pt, ...]:
    """The back of the hand, wrist to knuckles, its far end a row of four round knuckle bumps."""
    bumps = [(x + KNUCKLE_R * cos(radians(a)), KNUCKLE_Y + KNUCKLE_R * sin(radians(a)))
             for x, _ in DOWN_FINGERS for a in (190, 140, 90, 40, -10)]
    right = [p for p in PALM if p[0] > 0 and p[1] < KNUCKLE_Y]
    left = [p for p in PALM if p[0] < 0 and p[1] < KNUCKLE_Y]
    return tuple(left + bumps + right)
