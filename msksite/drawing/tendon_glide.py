"""Tendon glides: a hand held up, seen exactly from the little-finger side, once for each finger shape (straight, hook,
fist), each in its own panel.

Drawn from the general close-up (hands.hand, seen a little from above) the four fingers stacked up and to the right,
so the straight hand read as one pointing finger, the hook and the fist were the same blob at phone size, and the
palm side of the forearm showed as an unexplained grey strip. Truly side-on the fingers are one outline, so what
tells the shapes apart is the outline itself: straight is tall; the hook keeps the knuckles straight, folds the
fingers over and down so the tips touch the top of the palm, leaving a hole under the fold; the fist is short, the
fingers rolled into the palm below a rounded knuckle.

Everything is in hand lengths from the wrist, x towards the palm, y up the hand; the forearm runs off the bottom.
"""
from __future__ import annotations

from math import cos, radians, sin

from .shapes import Line, Loop, Pt, Shape, Tube, add
from .svg import Drawing

# Finger joint bends (knuckle, middle, end) towards the palm, in degrees. The hook's middle and end joints bend a
# right angle each, so the end of the finger points straight down at the palm; the fist rolls all three in.
BENDS = {"straight": (0.0, 0.0, 0.0), "hook": (0.0, 90.0, 90.0), "fist": (85.0, 105.0, 80.0)}
# Finger bones, knuckle to tip; the middle bone long, so the hole under the hook shows at phone size.
BONES = (0.26, 0.27, 0.17)
FINGER_W = 0.12
KNUCKLE = (-0.02, 0.5)  # where the fingers leave the palm, nearer its back than its front
# The other fingers fan out behind the little finger, turned back from it at the knuckle by these angles (degrees),
# so the hand reads as four fingers, not one pointing finger, and the hole under the hook stays open.
BEHIND = (-15.0, -10.0, -5.0)
# Palm from the side: the back of the hand (x < 0) up to the knuckle's bump, the palm's front with the thumb's pad.
PALM = ((-0.14, 0.0), (-0.13, 0.47), (-0.08, 0.56), (0.05, 0.56), (0.15, 0.46), (0.17, 0.14), (0.14, 0.0))
THUMB = ((0.06, 0.1), (0.22, 0.28), (0.3, 0.42))  # on the far side, along the palm, grey
THUMB_W = 0.14
FOREARM = ((-0.15, 0.02), (-0.2, -0.7), (0.19, -0.7), (0.14, 0.02))  # widening to the elbow, off the picture
FRAME = (-0.3, -0.18, 0.38, 1.25)  # the same for each shape, so the three hands are the same size
SIZE = 58.0  # a hand's length in figure units: the panels come out as tall as a close-up (closeup.WIDTH)


def is_glide(fingers: tuple[str, ...], props: bool) -> bool:
    """Tendon glides: a sequence of bare-hand finger shapes, all of them ones this module draws."""
    return not props and len(fingers) > 1 and all(shape in BENDS for shape in fingers)


def glide_panel(shape: str) -> Drawing:
    """One hand, side-on, its fingers in shape, cut to the shared frame."""
    at = lambda p: (p[0] * SIZE, p[1] * SIZE)
    bones = _bones(shape)
    shapes: list[Shape] = [Tube("end", tuple(map(at, THUMB)), THUMB_W * SIZE, "grey"),
                           Loop("end", tuple(map(at, FOREARM)), "white"), Loop("end", tuple(map(at, PALM)), "white")]
    shapes += [Tube("end", tuple(map(at, _bones(shape, turn))), FINGER_W * SIZE, "white") for turn in BEHIND]
    shapes += [Tube("end", tuple(map(at, bones)), FINGER_W * SIZE, "white"), Line("end", tuple(map(at, _nail(bones))))]
    left, bottom, right, top = FRAME
    return Drawing(shapes, frame=(left * SIZE, bottom * SIZE, right * SIZE, top * SIZE))


def _bones(shape: str, turn: float = 0.0) -> tuple[Pt, ...]:
    # Angles from straight up, turning towards the palm (+x); turn is the whole finger's, at the knuckle.
    points, angle = [KNUCKLE], turn
    for bend, length in zip(BENDS[shape], BONES):
        angle += bend
        last = points[-1]
        points.append((last[0] + length * sin(radians(angle)), last[1] + length * cos(radians(angle))))
    return tuple(points)


def _nail(bones: tuple[Pt, ...]) -> tuple[Pt, Pt]:
    # A short line along the back of the last bone, near the tip: it says which end is the fingertip.
    (ax, ay), (bx, by) = bones[-2], bones[-1]
    dx, dy = bx - ax, by - ay
    back = (-dy / BONES[-1] * 0.035, dx / BONES[-1] * 0.035)
    return (add((ax + 0.4 * dx, ay + 0.4 * dy), back), add((bx - 0.1 * dx, by - 0.1 * dy), back))
