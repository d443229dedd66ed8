"""The near hand seen from above (``from_above``), in a round picture beside a hand close-up.

Side-on, the fingers round a tin hid which way the palm faced, and palm up and palm down looked alike at phone size.
From above they cannot: palm up is an open hand, its palm shaded, with what it holds lying in the palm; palm down is
the back of the hand, big knuckles on top and the fingers curled under what it holds, which sticks out either side.
"""
from __future__ import annotations

from .hands import OPEN_PALM, TIN_R, open_hand
from .shapes import Circle, Line, Loop, Shape, Tube, box
from .svg import Box, Drawing, Inset

# The badge's own drawing, in hand lengths times SIZE: the hand points right from the wrist at (0, 0), the forearm
# comes in from the left edge.
SIZE = 20.0
FRAME: Box = (-0.3 * SIZE, -0.68 * SIZE, 1.06 * SIZE, 0.68 * SIZE)
FOREARM_W = 0.55  # in hand lengths
# A tin lies across the hand: its width along the hand, and its length across it (longer than the hand is wide, so
# its ends show either side of a hand closed over it).
TIN = (2 * TIN_R, 0.95)
# The badge's radius, as a share of the close-up's height, and its gap from it. Big, beside the close-up rather than
# in its corner: in the corner it hid the arm, and smaller it was lost at phone size.
SHARE, GAP = 0.36, 3.0


def badge(frame: Box, palm: str, held: str | None) -> Inset:
    """The round picture of the hand seen from above, beside the top right corner of a close-up's frame."""
    _, _, right, top = frame
    r = SHARE * (frame[3] - frame[1])
    shapes = _palm_up(held) if palm == "up" else _palm_down(held)
    drawing = Drawing(shapes, frame=FRAME, aspect=1.0)
    return Inset(None, 1.0, (right + r + GAP, top - r), r, drawing)


def _forearm(fill: str) -> Shape:
    return Tube("end", ((-1.2 * SIZE, 0.0), (0.0, 0.0)), FOREARM_W * SIZE, fill)


def _tin(centre_x: float) -> list[Shape]:
    # Seen from above, a tin is a grey band across the hand with a line at each end of its label.
    w, length = TIN[0] * SIZE / 2, TIN[1] * SIZE / 2
    label = [Line("end", ((centre_x - w, y), (centre_x + w, y))) for y in (-0.7 * length, 0.7 * length)]
    return [Loop("end", box(centre_x - w, -length, centre_x + w, length), "grey")] + label


def _palm_up(held: str | None) -> list[Shape]:
    """The open hand, palm shaded, with a tin lying in the middle of the palm (a ball is a circle there)."""
    # Across the fingers next to the palm, so the whole shaded palm shows between it and the wrist.
    middle = (OPEN_PALM[2] + TIN_R) * SIZE
    hand = open_hand((0.0, 0.0), (1.0, 0.0), SIZE, 1.0, "end", "white")
    return [_forearm("dark")] + hand + _held(held, middle)


def _palm_down(held: str | None) -> list[Shape]:
    """The back of the hand with its knuckles, the fingers curled under it showing only as short stubs."""
    low, high, length = (k * SIZE for k in OPEN_PALM)
    knuckles = [(length, y * high * 0.8) for y in (-1.0, -0.33, 0.33, 1.0)]
    # Curled under, only the first bone of each finger shows past the knuckles, pointing down towards the palm.
    stubs = [Tube("end", (k, (k[0] + 0.14 * SIZE, k[1])), 0.11 * SIZE) for k in knuckles]
    thumb = Tube("end", ((0.15 * SIZE, low), (0.3 * SIZE, low + 0.12 * SIZE)), 0.13 * SIZE)
    back = Loop("end", ((0.0, -low), (length, -high), (length, high), (0.0, low)), "white")
    bumps = [Circle("end", k, 0.07 * SIZE, "white") for k in knuckles]
    return [_forearm("white")] + _held(held, 0.55 * length) + stubs + [thumb, back] + bumps


def _held(held: str | None, x: float) -> list[Shape]:
    if held == "tin":
        return _tin(x)
    return [Circle("end", (x, 0.0), TIN[1] * SIZE / 3, "grey")] if held == "ball" else []
