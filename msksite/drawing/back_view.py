"""A person's back seen from behind, big, from the hips up (the towel stretch, the shoulder blade squeeze).

Drawn in its own units (y up, the hips at 0, the spine at x 0): the back's outline, the neck and the back of the
head with black hair and ears, the waistband and two back pockets. Small and whole, seen from behind, a back was
cramped and read as a front ("only the grey head marks this as a back view"). No line down the middle: running down
from the collar, the spine "looks like a zip", a front-of-body cue (round 55), and with it the shoulder blade
squeeze's blades read as "jacket lapels"; a grey head was "the only sign that we are seeing the back", so the hair is
black.
"""
from __future__ import annotations

from math import cos, radians, sin

from .shapes import Circle, Line, Loop, Shape, Tube, add

# The back, half its outline from the base of the neck out over the shoulder and down the side to below the hips
# (mirrored for the other half); the waistband of the trousers across the low back.
BACK = ((7.0, 82.0), (22.0, 77.0), (33.0, 73.0), (38.0, 64.0), (33.0, 50.0), (27.0, 26.0), (30.0, -6.0))
WAIST = 14.0
POCKET = ((4.0, 11.0), (20.0, 11.0), (19.0, 0.0), (12.0, -3.0), (5.0, 0.0))  # a back pocket's corners, right of the spine
SHOULDER = (29.0, 66.0)  # each shoulder joint, (out from the spine, up)
HEAD, HEAD_R, NECK_W = (0.0, 101.0), 14.0, 12.0
EAR_R = 4.0
HAIR_DOWN = 150  # the hair comes down the back of the head this many degrees either side of the crown, to the nape


def back_shapes() -> list[Shape]:
    """The back, the neck and the back of the head: black hair over all but the nape, an ear each side."""
    outline = BACK + tuple((-x, y) for x, y in reversed(BACK))
    neck = Tube("prop", ((0.0, 76.0), add(HEAD, (0.0, -4.0))), NECK_W)
    ears = [Circle("prop", add(HEAD, (k * HEAD_R, 0.0)), EAR_R, "white") for k in (-1.0, 1.0)]
    # The back pockets say "from behind" (with only the hair, a towel on the back "seems to lie across the chest").
    pockets = [Loop("prop", tuple((k * x, y) for x, y in POCKET), "white") for k in (-1.0, 1.0)]
    return ([Loop("prop", outline, "white"), Line("prop", ((-27.5, WAIST), (27.5, WAIST))), neck] + pockets
            + ears + [Circle("prop", HEAD, HEAD_R, "white")] + _hair())


def _hair() -> list[Shape]:
    """Hair over the whole back of the head down to the nape, the ears either side: over only the top, a grey cap
    above a white patch "looked like a face"."""
    at = lambda a, k=1.0: add(HEAD, (sin(radians(a)), cos(radians(a))), HEAD_R * k)
    rim = tuple(at(a) for a in range(-HAIR_DOWN, HAIR_DOWN + 1, 10))
    return [Loop("prop", rim + (at(180, 0.8),), "black")]
