"""The round close-up of a wrist stretch (``helping_hand`` with ``inset: near_hand``): the hand bent down at the
wrist, seen face-on, and the other hand bending it further.

Side-on, the two stretches drew the same hanging hand, only its edge showing, with the other hand tangled round it,
and reviewers matched them only by ruling others out. Bent down at the wrist, the hand shows its front to someone
standing in front of the person, and that is what this picture shows (the forearm still comes from the body on the
left, as in the whole picture): palm up, bent back, the hand shows its palm (its three lines, no nails, the thumb
out on the body's side); palm down, bent down, it shows its back (knuckles, a nail on each finger, the thumb out on
the far side). The hands are the ones seen from above beside the wrist lifts (badge), so the cues are the same.

The other hand is grey and plain (no lines, knuckles or nails of its own, which would blur the cues): palm up, it
is behind the near fingers and its fingers curl round their tips to pull them back; palm down, it lies flat across
the back of the fingers, below the knuckles, to press. The arrow turns the fingertips towards the body either way.
"""
from __future__ import annotations

from math import cos, radians, sin

from .arrows import chevron
from .badge import SIZE, back_face, palm_face
from .shapes import Line, Loop, Pt, Shape, Tube, mapped
from .svg import Box, Drawing

# The hand's angle from pointing along the forearm: a little past straight down, so it is bent back towards the body.
BEND = -95.0
# The whole picture, in hand lengths: the forearm from the left, the hand hanging below the wrist at (0, 0), the other
# hand and the arrow below and to the left of it. Square, to fill the round inset.
FRAME: Box = (-0.95 * SIZE, -1.4 * SIZE, 0.7 * SIZE, 0.25 * SIZE)
FOREARM_W = 0.44
# The other hand, in hand lengths in the picture: its forearm coming in from the left edge to its wrist; its four
# fingers lying across the near ones at these heights, reaching to this x, just past the near hand; their width.
HELPER_WRIST = {"fingers": (-0.5, -0.94), "back": (-0.5, -0.68)}
HELPER_FINGERS = {"fingers": (-0.85, -0.92, -0.99, -1.06), "back": (-0.6, -0.67, -0.74, -0.81)}
HELPER_REACH = 0.4
HELPER_W = 0.085
# The arrow: an arc round the wrist just past the fingertips, from below them round towards the body.
ARROW_R, ARROW_FROM, ARROW_TO = 1.27, -70.0, -112.0


def stretch_close_up(palm: str, grip: str) -> Drawing:
    """The round close-up of the near hand bent down at the wrist, showing its palm (palm up) or its back (palm
    down), with the other hand holding its fingers (grip fingers) or pressing on its back (grip back)."""
    face = palm_face() if palm == "up" else back_face()
    hand = [mapped(s, _bent, 1.0) for s in face]
    # Holding the fingers, the other hand is behind them, its fingertips curling round their edge, so the whole open
    # palm and its fingers show (in front, it hid the fingers and the palm read as a box); pressing on the back of
    # the hand, it lies across it, in front.
    helper = _helper(grip)
    shapes = [_forearm()] + (helper + hand if grip == "fingers" else hand + helper) + _arrow()
    return Drawing(shapes, frame=FRAME, aspect=1.0)


def _bent(p: Pt) -> Pt:
    """A point of a hand drawn pointing right from the wrist, turned to hang down from it."""
    c, s = cos(radians(BEND)), sin(radians(BEND))
    return (p[0] * c - p[1] * s, p[0] * s + p[1] * c)


def _at(x: float, y: float) -> Pt:
    return (x * SIZE, y * SIZE)


def _forearm() -> Shape:
    return Tube("end", (_at(-1.6, 0.0), _at(-0.1, 0.0)), FOREARM_W * SIZE)


def _helper(grip: str) -> list[Shape]:
    """The other hand, grey and plain: its forearm from the left, a palm and four fingers across the near ones, which
    curl round their far edge when they hold the fingers and lie straight when they press."""
    wx, wy = HELPER_WRIST[grip]
    rows = HELPER_FINGERS[grip]
    top, bottom = max(rows) + HELPER_W / 2, min(rows) - HELPER_W / 2
    arm = Tube("end", (_at(-1.1, wy - 0.3), _at(wx, wy)), 0.26 * SIZE, "grey")
    palm = Loop("end", (_at(wx - 0.05, top + 0.03), _at(wx + 0.25, top), _at(wx + 0.25, bottom),
                        _at(wx - 0.05, bottom - 0.03)), "grey")
    end = HELPER_REACH
    curl = grip == "fingers"
    fingers = [Tube("end", (_at(wx + 0.22, y), _at(end, y)) + ((_at(end + 0.05, y + 0.06),) if curl else ()),
                    HELPER_W * SIZE, "grey") for y in rows]
    thumb = Tube("end", (_at(wx + 0.1, top), _at(wx + 0.35, top + 0.1)), 0.15 * SIZE, "grey")
    return [arm, thumb] + fingers + [palm]


def _arrow() -> list[Shape]:
    steps = [radians(ARROW_FROM + (ARROW_TO - ARROW_FROM) * i / 8) for i in range(9)]
    path = tuple(_at(ARROW_R * cos(a), ARROW_R * sin(a)) for a in steps)
    return [Line("arrow", path)] + chevron(path[-1], path[-2])
