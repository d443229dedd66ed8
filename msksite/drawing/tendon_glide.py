"""Tendon glides: a hand held up, seen exactly from the little-finger side, once for each finger shape (straight, hook,
fist), each in its own panel.

Drawn from the general close-up (hands.hand, seen a little from above) the four fingers stacked up and to the right,
so the straight hand read as one pointing finger, the hook and the fist were the same blob at phone size, and the
palm side of the forearm showed as an unexplained grey strip. Truly side-on the fingers are one outline, so what
tells the shapes apart is the outline itself: straight is tall; the hook keeps the knuckles straight, folds the
fingers over and down so the tips touch the top of the palm, leaving a hole under the fold; the fist is short, the
fingers rolled into the palm below a rounded knuckle.

Round 56 (3.46) heard that the four fingers, fanned back from the little finger's knuckle, "look like motion blur",
the grey thumb read as a ghost ("clutter"), the hook was "a blocky shape" ("a mitten") and the fist "a glyph" hard
to tell from the hook; one outline with only the index finger was rejected by eye (one pointing finger again). So
now (round 57): the four fingers are parallel, each set a little back and up from the one in front, so their
rounded tips and knuckles show as a stair of four; the fingers behind go behind the palm, so only their tops show;
the thumb is white; the joints are rounded off; the hook's middle bone is long, so the hole under the fold is open,
and the fingers behind line up with the little finger's fold instead of crossing the hole; the fist is a compact
rounded curl whose fingertips are pressed into the palm, under a stair of knuckles.

Round 91 (3.88) heard that "the hook and the full fist look almost alike at phone size" and "the hook is just a
curled blob": both were short domes, the hook's straight knuckle hidden in the curl. So now the hook stands tall on a
long straight first bone (the knuckle straight, as in the straight hand), has a square top (its corners cut once,
not twice), and its last bone slants back down so the tip rests on a pad at the base of the fingers, closing a wide
window under the fold; the fingers behind stop at their end joints, so nothing shows in the window. The three
outlines now step down: straight tallest, the hook still tall and square, the fist short and round.

Everything is in hand lengths from the wrist, x towards the palm, y up the hand; the forearm runs off the bottom.
"""
from __future__ import annotations

from math import cos, radians, sin

from .curves import smooth
from .shapes import Line, Loop, Pt, Tube, add
from .svg import Drawing

# Finger joint bends (knuckle, middle, end) towards the palm, in degrees. The hook keeps the knuckle straight, so the
# finger first goes straight up as in the straight hand, then folds over a right angle at the middle joint and a
# little more than one at the end joint, so the last bone slants back down onto the top of the palm; the fist rolls
# all three in.
BENDS = {"straight": (0.0, 0.0, 0.0), "hook": (0.0, 90.0, 105.0), "fist": (85.0, 110.0, 100.0)}
# Finger bones as drawn, knuckle to tip. The hook's bones are drawn long: the first, so the hook stands tall on a
# straight stem above the palm (as short as the others', the hook was "a curled blob", like the fist); the middle,
# so the window under the fold is wide open at phone size (shorter, it was a slit); the last, so its tip reaches the
# palm. In the fist only the start of the last bone shows, the rest pressed into the palm, so the fist is a compact,
# rounded curl (a curl with the whole fingertip lying on the palm, round a hole, read as "a glyph").
BONES = {"straight": (0.28, 0.2, 0.18), "hook": (0.42, 0.36, 0.38), "fist": (0.28, 0.2, 0.09)}
FINGER_W = 0.12
# Rounds of Chaikin's corner cutting at the joints: the hook's corners are cut once, so its top is square (rounded
# twice, it was a dome, like the fist's).
ROUNDS = {"straight": 2, "hook": 1, "fist": 2}
KNUCKLE = (-0.05, 0.5)  # where the fingers leave the palm, their backs in line with the back of the hand
# The four fingers, the little finger (nearest) first: how far each is set back towards the back of the hand and up
# from the one in front, as if seen a little from behind. Parallel, so each round fingertip and knuckle shows
# above and behind the one in front: fanned out from the knuckle they read as "motion blur".
FINGERS = ((0.0, 0.0), (0.03, 0.04), (0.06, 0.08), (0.09, 0.12))
# Palm from the side: the back of the hand (x < 0) up to the knuckle's bump, the pad at the base of the fingers (where
# the hook's fingertips rest), the palm's front with the thumb's pad.
PALM = ((-0.14, 0.0), (-0.13, 0.47), (-0.08, 0.56), (0.05, 0.56), (0.17, 0.53), (0.22, 0.46), (0.17, 0.14),
        (0.14, 0.0))
# On the far side, along the palm; white with the hand's outline (grey on this site means a start position, and a
# grey thumb read as a ghost, "clutter").
THUMB = ((0.06, 0.1), (0.22, 0.28), (0.3, 0.42))
THUMB_W = 0.14
FOREARM = ((-0.15, 0.02), (-0.2, -0.7), (0.19, -0.7), (0.14, 0.02))  # widening to the elbow, off the picture
FRAME = (-0.3, -0.18, 0.38, 1.25)  # the same for each shape, so the three hands are the same size
SIZE = 58.0  # a hand's length in figure units: the panels come out as tall as a close-up (closeup.WIDTH)


def is_glide(fingers: tuple[str, ...], props: bool) -> bool:
    """Tendon glides: a sequence of bare-hand finger shapes, all of them ones this module draws."""
    return not props and len(fingers) > 1 and all(shape in BENDS for shape in fingers)


def glide_panel(shape: str) -> Drawing:
    """One hand, side-on, its fingers in shape, cut to the shared frame."""
    at = lambda points: tuple((x * SIZE, y * SIZE) for x, y in points)
    tube = lambda points: Tube("end", at(points), FINGER_W * SIZE, "white")
    # Each finger's outline rounded at the joints, so the folds read as fingers, not a block. The fingers behind the
    # little finger go behind the palm, so only their tops show above it (and, in the fist, nothing of their tips).
    behind = [tube(smooth(_behind(shape, finger), rounds=ROUNDS[shape])) for finger in reversed(FINGERS[1:])]
    bones = _bones(shape)
    # In the fist the fingertip is pressed into the palm: no nail shows.
    nail = [] if shape == "fist" else [Line("end", at(_nail(bones)))]
    return Drawing([Tube("end", at(THUMB), THUMB_W * SIZE, "white"), Loop("end", at(FOREARM), "white"), *behind,
                    Loop("end", at(PALM), "white"), tube(smooth(bones, rounds=ROUNDS[shape])), *nail],
                   frame=tuple(v * SIZE for v in FRAME))


def _behind(shape: str, finger: tuple[float, float]) -> tuple[Pt, ...]:
    # In the hook a finger behind stops at its end joint, hidden behind the little finger's last bone: set up and
    # back from it, its slanting last bone showed as a sliver in the window under the fold.
    bones = _bones(shape, *finger)
    return bones[:-1] if shape == "hook" else bones


def _bones(shape: str, back: float = 0.0, up: float = 0.0) -> tuple[Pt, ...]:
    # Angles from straight up, turning towards the palm (+x). A finger set back by back has a middle bone longer by
    # as much, so in the hook its end joint lines up with the little finger's, above it, instead of in the window.
    points, angle = [(KNUCKLE[0] - back, KNUCKLE[1] + up)], 0.0
    first, middle, end = BONES[shape]
    for bend, length in zip(BENDS[shape], (first, middle + back, end)):
        angle += bend
        last = points[-1]
        points.append((last[0] + length * sin(radians(angle)), last[1] + length * cos(radians(angle))))
    return tuple(points)


def _nail(bones: tuple[Pt, ...]) -> tuple[Pt, Pt]:
    # A short line along the back of the last bone, near the tip: it says which end is the fingertip.
    (ax, ay), (bx, by) = bones[-2], bones[-1]
    dx, dy = bx - ax, by - ay
    size = (dx * dx + dy * dy) ** 0.5
    back = (-dy / size * 0.035, dx / size * 0.035)
    return (add((ax + 0.4 * dx, ay + 0.4 * dy), back), add((bx - 0.1 * dx, by - 0.1 * dy), back))
