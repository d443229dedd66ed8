"""The near hand seen from above (``from_above``), in a round picture beside a hand close-up.

Side-on, the fingers round a tin hid which way the palm faced, and palm up and palm down looked alike at phone size.
Shading the palm side did not help: reviewers read the grey palm as the back of the hand. From above the two share
no cue, and none of them is shading:

- palm up: the open palm with its creases, fingers with no nails, the thumb on the near side (the bottom of the
  picture, as a near arm turned palm up has it), and the tin lying on top of the hand, across the fingers;
- palm down: the back of the hand with its knuckle bumps, a nail on every fingertip and on the thumb, the thumb
  sticking out on the far side (the top), and the tin under the hand, only its ends showing either side.

Everything here is in hand lengths times SIZE, the hand pointing right from the wrist at (0, 0), y up (away from
you), the forearm coming in from the left edge.
"""
from __future__ import annotations

from math import cos, radians, sin

from .hands import TIN_R
from .shapes import Circle, Line, Loop, Pt, Shape, Tube, box
from .svg import Box, Drawing, Inset

# Big enough that the badge's lines are about as thick for its size as the close-up's, so creases and nails show.
SIZE = 40.0
FRAME: Box = (-0.16 * SIZE, -0.62 * SIZE, 1.08 * SIZE, 0.62 * SIZE)
FOREARM_W = 0.5  # in hand lengths
# A tin lies across the hand: its width along the hand, and its length across it (longer than the hand is wide, so
# its ends show either side of the hand).
TIN = (1.7 * TIN_R, 0.95)
# The tin's middle, along the hand: across the roots of the fingers, so the palm shows between it and the wrist.
TIN_X = 0.58
# The palm, wrist to knuckles, for a thumb at the bottom (y < 0): a little wider at the knuckles, round at the corners.
PALM = ((0.0, -0.23), (0.08, -0.29), (0.38, -0.33), (0.45, -0.3), (0.47, 0.0), (0.45, 0.29), (0.38, 0.32),
        (0.08, 0.27), (0.0, 0.22))
# Each finger, index (beside the thumb) to little finger: across the knuckles, then its length and how far it turns
# outwards, in hand lengths.
FINGERS = ((-0.235, 0.56, -0.05), (-0.08, 0.62, -0.01), (0.08, 0.59, 0.02), (0.225, 0.48, 0.06))
FINGER_W = 0.14
THUMB = ((0.08, -0.2), (0.22, -0.42), (0.36, -0.52))
# The three big lines across a palm: the heart line under the fingers, the head line, the life line round the ball
# of the thumb. Drawn bold, they say "the inside of the hand" where shading did not.
CREASES = (((0.38, 0.3), (0.33, 0.16), (0.33, 0.02), (0.38, -0.1)),
           ((0.34, -0.3), (0.25, -0.16), (0.2, 0.0), (0.17, 0.16)),
           ((0.3, -0.31), (0.17, -0.2), (0.1, -0.14), (0.04, -0.13)))
# Drawn as thin black tubes: a plain line was lost at phone size.
CREASE_W = 0.25
KNUCKLE_R = 0.07
NAIL = (0.12, 0.22)  # a nail's width and length, in hand lengths: long, so the back of the hand shows at phone size
# Filled grey, so the nails stand out from the white fingers at phone size as the palm's black creases do.
NAIL_FILL = "grey"
# The badge's radius, as a share of the close-up's height, and its gap from it: beside the close-up (in its corner it
# hid the arm) and bigger than it, as it is where palm up and palm down differ (smaller, reviewers matched the pair
# only by ruling others out); the close-up beside it shows only the end of the forearm (closeup.lens).
SHARE, GAP = 0.62, 3.0


def badge(frame: Box, palm: str, held: str | None) -> Inset:
    """The round picture of the hand seen from above, beside the right of a close-up's frame and bigger than it."""
    _, bottom, right, top = frame
    r = SHARE * (top - bottom)
    return from_above((right + r + GAP, (top + bottom) / 2), r, palm, held)


def from_above(centre: Pt, r: float, palm: str, held: str | None) -> Inset:
    """The round picture of the hand seen from above at centre, r across: the palm up or the back of the hand,
    holding what it holds, or empty and open if held is "nothing" (its whole palm or its nails in sight)."""
    if held == "nothing":
        shapes = [_forearm()] + (palm_face() if palm == "up" else back_face(knuckles=False))
    else:
        shapes = palm_up(held) if palm == "up" else palm_down(held)
    return Inset(None, 1.0, centre, r, Drawing(shapes, frame=FRAME, aspect=1.0))


def _at(x: float, y: float, flip: float = 1.0) -> Pt:
    return (x * SIZE, y * SIZE * flip)


def _all(points: tuple[Pt, ...], flip: float = 1.0) -> tuple[Pt, ...]:
    return tuple(_at(x, y, flip) for x, y in points)


def _forearm() -> Shape:
    return Tube("end", (_at(-1.2, 0.0), _at(-0.02, 0.0)), FOREARM_W * SIZE)


def _fingers(flip: float, length: float = 1.0) -> list[tuple[Pt, Pt]]:
    """Each finger's root and tip, index first (flip -1 puts the thumb and index at the top)."""
    return [(_at(0.4, y, flip), _at(0.4 + k * length, y + out, flip)) for y, k, out in FINGERS]


def _tin(over: bool) -> list[Shape]:
    """A tin lying across the hand, grey with the edges of its label; under the hand only its ends show."""
    w, half = TIN[0] / 2, TIN[1] / 2
    if over:
        label = [Line("end", (_at(TIN_X - w, y), _at(TIN_X + w, y))) for y in (-0.7 * half, 0.7 * half)]
        return [Loop("end", _all(box(TIN_X - w, -half, TIN_X + w, half)), "grey")] + label
    # Two visible ends, each from its end of the tin to under the hand's edge.
    return [Loop("end", _all(box(TIN_X - w, s * 0.25, TIN_X + w, s * half)), "grey") for s in (-1, 1)]


def palm_up(held: str | None) -> list[Shape]:
    """The open hand palm up: the palm and its creases, fingers with no nails, the thumb at the bottom (near you),
    and what it holds lying on top of it."""
    return [_forearm()] + palm_face() + _held(held, over=True)


def palm_down(held: str | None) -> list[Shape]:
    """The back of the hand palm down: knuckle bumps along its end, fingers curled over the tin with a nail on each
    fingertip, the thumb at the top (away from you), and the tin under the hand."""
    # Curled down over the tin, the fingers look shorter from above.
    return _held(held, over=False) + [_forearm()] + back_face(0.8)


def palm_face(wrist_creases: bool = True) -> list[Shape]:
    """The inside of the hand without its forearm, pointing right from the wrist at (0, 0): the palm and its three
    creases, a crease across each finger and no nails, the thumb at the bottom; and the two creases across the inside
    of the wrist if asked (they cross the forearm's end, which is in the way when the forearm runs across the
    hand's line)."""
    wrist = [Line("end", (_at(-0.06 - k, -0.16), _at(-0.06 - k, 0.16))) for k in (0.0, 0.07) if wrist_creases]
    thumb = Tube("end", _all(THUMB), 0.16 * SIZE)
    ends = _fingers(1.0)
    fingers = [Tube("end", (root, tip), FINGER_W * SIZE) for root, tip in ends]
    # A crease across each finger past the tin, at its last joint: the inside of a finger, where a nail is not.
    fingers += [_across(root, tip, 0.72) for root, tip in ends]
    palm = Loop("end", _all(PALM), "white")
    creases = [Tube("end", _all(c), CREASE_W, "black") for c in CREASES]
    return wrist + [thumb] + fingers + [palm] + creases


def back_face(length: float = 1.0, knuckles: bool = True) -> list[Shape]:
    """The back of the hand without its forearm, pointing right from the wrist at (0, 0): knuckle bumps (or a smooth
    end if not knuckles: beside a big side view, the bumps read as "a jumble of knuckles"), fingers length times
    their full length (shorter when they curl away from you) with a nail on each, and on the thumb, which sticks out
    at the top: tucked along the hand it was lost, and the thumb on the other side from palm up's is a cue that shows
    at a glance."""
    flip = -1.0
    thumb = Tube("end", _all(THUMB, flip), 0.16 * SIZE)
    ends = _fingers(flip, length)
    fingers = [Tube("end", (root, tip), FINGER_W * SIZE) for root, tip in ends]
    nails = [_nail(root, tip) for root, tip in ends]
    nails.append(_nail(_at(*THUMB[1], flip), _at(*THUMB[2], flip)))
    back = _back() if knuckles else _all(PALM, flip)
    return [thumb] + fingers + [Loop("end", back, "white")] + nails


def _back() -> tuple[Pt, ...]:
    """The back of the hand, thumb side at the top, its end a row of four knuckle bumps where the fingers start."""
    near_side = [p for p in _all(PALM, -1.0) if p[0] < 0.4 * SIZE]
    bumps: list[Pt] = []
    for y, _, _ in reversed(FINGERS):
        # A bump bulging past the knuckles, from the little finger's (bottom) to the index finger's (top), in three
        # points: more put the stretch's moving picture, with the other hand moving too, over 10 KB.
        bumps += [_at(0.45 + KNUCKLE_R * cos(radians(a)), -y + KNUCKLE_R * sin(radians(a)))
                  for a in (-105, 0, 105)]
    top, bottom = [p for p in near_side if p[1] > 0], [p for p in near_side if p[1] <= 0]
    return tuple(bottom[::-1] + bumps + top[::-1])


def _across(root: Pt, tip: Pt, k: float) -> Shape:
    """A line across the finger from root to tip, k of the way along it."""
    (x0, y0), (x1, y1) = root, tip
    size = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
    mid, half = (x0 + k * (x1 - x0), y0 + k * (y1 - y0)), FINGER_W * SIZE * 0.4
    across = (-(y1 - y0) / size * half, (x1 - x0) / size * half)
    return Line("end", ((mid[0] - across[0], mid[1] - across[1]), (mid[0] + across[0], mid[1] + across[1])))


def _nail(root: Pt, tip: Pt) -> Shape:
    """A fingernail at the tip of the finger from root to tip: a rounded plate, square at its base."""
    dx, dy = tip[0] - root[0], tip[1] - root[1]
    size = (dx * dx + dy * dy) ** 0.5
    along, across = (dx / size, dy / size), (-dy / size, dx / size)
    w, length = NAIL[0] * SIZE / 2, NAIL[1] * SIZE
    # Its end is just inside the round end of the finger.
    end = (tip[0] + along[0] * FINGER_W * SIZE * 0.35, tip[1] + along[1] * FINGER_W * SIZE * 0.35)
    point = lambda a, c: (end[0] + along[0] * a + across[0] * c, end[1] + along[1] * a + across[1] * c)
    return Loop("end", (point(-length, -w), point(-0.1 * length, -w), point(0.0, -0.5 * w), point(0.0, 0.5 * w),
                        point(-0.1 * length, w), point(-length, w)), NAIL_FILL)


def _held(held: str | None, over: bool) -> list[Shape]:
    if held == "tin":
        return _tin(over)
    return [Circle("end", _at(TIN_X, 0.0), TIN[1] * SIZE / 3, "grey")] if held == "ball" else []
