"""The wrist stretches' two hands (stretch.py), drawn flat in the picture as the open hand of wrist bends is
(open_hand.py): four long fingers spread apart and a thumb standing out, which only a hand has.

- The stretched hand: bent up, its palm with two bold creases, a "stop" hand; hanging down, the back of the hand
  with a nail on every finger. Reviewers read the short block of a palm with its fingers side by side as "a cup".
- The other hand, grey, a mitten with its own outline and thumb, touching only where it helps: fingers up, laid
  over the fingertips; fingers down, a mitten flat on the back of the hand, above the roots of the
  fingers, so the long fingers and their nails show below it. Laid over half the hand, the two "merged into a tangle".

Everything is in the hand's frame (hands.Frame): x along the hand from the wrist in hand lengths, y across it
towards the thumb.
"""
from __future__ import annotations

from math import cos, radians, sin

from .badge import NAIL_FILL
from .hands import Frame
from .open_hand import open_hand
from .shapes import Line, Loop, Pt, Shape, Tube, add

# Two big lines on a palm, under the fingers and round the ball of the thumb: a third, as bold, made a scribble.
CREASES = (((0.43, -0.16), (0.4, -0.04), (0.42, 0.06)),
           ((0.32, 0.19), (0.2, 0.1), (0.08, 0.1)))
CREASE_W = 0.012  # drawn as thin black tubes: a plain line was lost at phone size
NAIL = (0.65, 0.17)  # a nail's width, as a share of the finger's, and its length in hand lengths
# Fingers up, the other hand is a mitten laid over the fingertips, its wrist on the body's side just below the tips
# (where its forearm rises, clear of the thumb and the face) and pointing across the fingers and a little down, so
# only their ends are under it: its wrist (along, across the stretched hand), its length as a share of the
# stretched one's and how far it turns down from square across. Hooked behind, only grey fingertips showed, "an
# unclear blob over the palm".
OVER_TIPS = ((1.08, 0.42), 0.85, 20.0)
# The other hand flat on the back of the hand: its length as a share of the stretched one's, and its wrist.
PRESSING = (0.85, (-0.04, 0.0))
# It is a mitten, its fingers together (fanned out and small, it looked like a claw), its end four fingertips with
# a short line between each two (square, it was a grey box), its thumb out on the body's side, away from the
# stretched hand's.
MITTEN = ((0.0, -0.19), (0.5, -0.19), (0.55, -0.16), (0.55, -0.12), (0.51, -0.095), (0.6, -0.07), (0.6, -0.025),
          (0.55, 0.0), (0.58, 0.025), (0.58, 0.07), (0.52, 0.095), (0.52, 0.13), (0.48, 0.19), (0.0, 0.19))
GAPS = (-0.095, 0.0, 0.095)
MITTEN_THUMB = ((0.1, -0.12), (0.25, -0.27), (0.38, -0.3))


def helping(f: Frame, grip: str) -> tuple[Pt, list[Shape], list[Shape]]:
    """The other hand on the stretched hand in frame f, as grip says (the fingertips or the back of the hand): its
    wrist, where the other arm ends, and what of it is drawn behind the stretched hand and what in front."""
    if grip == "fingers":
        (x, y), share, turn = OVER_TIPS
        down = radians(turn)
        # Across the fingers: the stretched hand's across turned back (towards the little finger), tilted down.
        along = add((0.0, 0.0), f.across, -cos(down) / _length(f.across))
        along = add(along, f.along, -sin(down))
        side = (-along[1], along[0])
        return f.at(x, y), [], mitten(Frame(f.at(x, y), along, side, f.size * share))
    x, y = PRESSING[1]
    small = Frame(f.at(x, y), f.along, tuple(c * PRESSING[0] for c in f.across), f.size * PRESSING[0])
    return f.at(x, y), [], mitten(small)


def stretched(f: Frame, palm_shows: bool, layer: str = "end") -> list[Shape]:
    """The stretched hand: its palm and creases, or the back of the hand and its nails."""
    hand = open_hand(f, layer, "white")
    if palm_shows:
        return hand + [Tube(layer, f.all(c), CREASE_W * f.size, "black") for c in CREASES]
    return hand + [_nail(t, f.size, layer) for t in hand if isinstance(t, Tube)]


def mitten(f: Frame, layer: str = "end") -> list[Shape]:
    """The other hand, grey, in its own frame f: a mitten with its thumb out and a line between each two fingers."""
    gaps = [Line(layer, (f.at(0.4, y), f.at(0.5, y))) for y in GAPS]
    return [Tube(layer, f.all(MITTEN_THUMB), 0.12 * f.size, "grey"), Loop(layer, f.all(MITTEN), "grey")] + gaps


def _length(v: Pt) -> float:
    return (v[0] ** 2 + v[1] ** 2) ** 0.5


def _past(a: Pt, b: Pt, d: float) -> Pt:
    """The point d past b on the line from a to b (before it, if d is negative)."""
    length = ((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2) ** 0.5
    return (b[0] + (b[0] - a[0]) / length * d, b[1] + (b[1] - a[1]) / length * d)


def _nail(finger: Tube, size: float, layer: str) -> Shape:
    """A nail, a plain four-cornered plate, at the end of a finger (or the thumb)."""
    a, b = finger.points[-2:]
    tip = _past(a, b, 0.3 * finger.width)
    base = _past(a, tip, -NAIL[1] * size)
    length = ((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2) ** 0.5
    w = NAIL[0] * finger.width / 2
    across = (-(b[1] - a[1]) / length * w, (b[0] - a[0]) / length * w)
    return Loop(layer, ((base[0] - across[0], base[1] - across[1]), (tip[0] - across[0], tip[1] - across[1]),
                        (tip[0] + across[0], tip[1] + across[1]), (base[0] + across[0], base[1] + across[1])),
                NAIL_FILL)
