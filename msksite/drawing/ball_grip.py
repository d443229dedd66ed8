"""Grip squeeze: a hand held up, palm towards you, holding a soft ball in the palm, once for each finger shape (cupped,
then grip, squeezing), each in its own panel.

Drawn from the general close-up (hands.hand: the hand seen from its little-finger side and a little from above)
the ball sat beside the fingers and the four fingers stacked on top of it, so reviewers saw the ball "beside the
fingertips", the hand "clawing it from above", the squashed ball as "a flat plate" beside the hand, and the palm
side of the forearm as "a puzzling grey strip" (rounds to 49). Palm-on, as in a raised-fist sign, the grip needs no
depth: the ball is in front of the palm, which shows round it; the four fingers come over the top of it side by side
and down its front, their tips on it; the thumb comes round its other side, from the heel of the hand. Squeezed, the
fingers press further down, the ball is a little flatter and wider, bulging out between the fingers and either side
of the hand, with short strokes beside it.

Everything is in hand lengths from the wrist, x across the palm (the thumb on the right), y up the hand; the
forearm runs off the bottom.
"""
from __future__ import annotations

from math import cos, radians, sin

from .shapes import Line, Loop, Pt, Shape, Tube
from .svg import Drawing
from .tendon_glide import SIZE  # a hand's length: the same as the tendon glides', so the hands match

# For each finger shape: the ball's centre height and half sizes across and up; how far down the ball the
# fingertips reach and how high the bent fingers rise (the middle finger's; the others follow RISE).
GRIPS = {
    "cupped": {"ball": (0.44, 0.29, 0.29), "tips": 0.55, "top": 0.86},
    "grip": {"ball": (0.4, 0.35, 0.21), "tips": 0.41, "top": 0.76},
}
# Each finger across the hand (little finger on the left) and how much lower its bent top is than the middle
# finger's. A small gap between them, where the squeezed ball shows.
FINGERS = ((-0.24, 0.06), (-0.08, 0.0), (0.08, -0.01), (0.24, 0.04))
FINGER_W = 0.13
# The palm round the ball, wider than it so it shows either side: the heel of the hand at the wrist, up to the
# knuckles behind the fingers.
PALM = ((-0.2, 0.0), (-0.3, 0.2), (-0.31, 0.5), (-0.26, 0.6), (0.26, 0.6), (0.31, 0.5), (0.31, 0.2), (0.2, 0.0))
# The thumb from the heel of the hand, up the ball's right side and over its front, its tip towards the fingertips.
THUMB = ((0.17, 0.1), (0.33, 0.26), (0.3, 0.4), (0.18, 0.46))
THUMB_W = 0.15
NAIL = (0.035, 0.07)  # half its width and its length, from the fingertip's centre
FOREARM = ((-0.19, 0.02), (-0.24, -0.7), (0.24, -0.7), (0.19, 0.02))  # widening to the elbow, off the picture
# Strokes beside the squeezed ball, either side: how long and how far out, in its half widths, at these angles
# (degrees above level).
MARKS, MARK_ANGLES = (0.22, 1.1), (-25.0, 0.0, 25.0)
FRAME = (-0.46, -0.25, 0.46, 0.98)  # the same for each shape, so both hands are the same size


def grips_ball(fingers: tuple[str, ...], props: tuple[str, ...]) -> bool:
    """Grip squeeze: a sequence of finger shapes round a ball, all of them ones this module draws."""
    return tuple(props) == ("ball",) and len(fingers) > 1 and all(shape in GRIPS for shape in fingers)


def grip_panel(shape: str) -> Drawing:
    """One hand, palm towards you, holding the ball as shape says, cut to the shared frame."""
    at = lambda p: (p[0] * SIZE, p[1] * SIZE)
    grip = GRIPS[shape]
    squeezed = shape != "cupped"
    ball = _ball(*grip["ball"])
    shapes: list[Shape] = [Loop("end", tuple(map(at, FOREARM)), "white"), Loop("end", tuple(map(at, PALM)), "white"),
                           Loop("end", tuple(map(at, ball)), "grey")]
    for finger in _fingers(grip):
        shapes += [Tube("end", tuple(map(at, finger)), FINGER_W * SIZE, "white"),
                   Line("end", tuple(map(at, nail(finger))))]
    shapes += [Tube("end", tuple(map(at, THUMB)), THUMB_W * SIZE, "white")]
    shapes += [Line("arrow", tuple(map(at, mark))) for mark in _marks(*grip["ball"])] if squeezed else []
    left, bottom, right, top = FRAME
    return Drawing(shapes, frame=(left * SIZE, bottom * SIZE, right * SIZE, top * SIZE))


def _ball(y: float, half_w: float, half_h: float) -> tuple[Pt, ...]:
    # One smooth outline, no seam (a seam across the ball read as a crack).
    return tuple((half_w * cos(radians(a)), y + half_h * sin(radians(a))) for a in range(0, 360, 15))


def _fingers(grip: dict) -> list[tuple[Pt, ...]]:
    # Seen from the palm, a finger bent over the ball shows as a bar from its bent top down to its tip, on the ball.
    return [((x, grip["top"] - drop), (x, grip["tips"] + drop / 2)) for x, drop in FINGERS]


def nail(finger: tuple[Pt, ...]) -> tuple[Pt, ...]:
    """The nail at the bottom end of a finger bent down over something held (a ball, a tin), seen palm-on, as a
    U-shaped line: it says that end is its tip, bent down over the thing held, not held up in front of it."""
    (x, _), (_, tip) = finger
    w, h = NAIL
    return ((x - w, tip + h), (x - w, tip), (x + w, tip), (x + w, tip + h))


def _marks(y: float, half_w: float, half_h: float) -> list[tuple[Pt, Pt]]:
    # Short strokes standing out from the ball's sides, where it bulges past the hand: squeezed hard.
    out, length = MARKS[1], MARKS[1] + MARKS[0]
    point = lambda side, a, k: (side * half_w * k * cos(radians(a)), y + half_h * k * sin(radians(a)))
    return [(point(side, a, out), point(side, a, length)) for side in (-1, 1) for a in MARK_ANGLES]
