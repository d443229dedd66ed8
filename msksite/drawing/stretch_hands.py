"""The wrist stretches' two hands (stretch.py), both seen edge-on, in profile (side_hand.py), as a wrist bent up or
down truly looks from the side, so the whole picture is one side view.

- The stretched hand: fingers up, its palm facing forward, away from the body (the "stop" hand seen from the side);
  hanging down, the back of the hand facing forward; the thumb stands out from the palm side either way.
- The other hand, grey, beside it, a whole hand in profile: fingers up, on the palm side, its palm on the front of
  the stretched fingers and its fingers hooked over their tips, to pull them back; fingers down, on the back of the
  hand, its palm pressing on it. Its arm, grey, reaches forward under the near arm and on to its wrist, so the hand is
  always held by an arm.

History. Until round 116 both hands were drawn flat, cheated round to face you (open_hand.py): fingers up the plain
palm, a "stop" hand; hanging, the back of the hand with a nail on every finger; the grey hand a whole open hand
across the fingertips or the knuckles. Reviewers read the short block of a palm with its fingers side by side as "a
cup", two bold creases on the palm were "odd black marks", a grey mitten "a grey block", the grey hand laid over half
the white one "a tangle", "a grey-on-white clump", hidden behind the hand it "appeared from nowhere". Then, in almost
every review of rounds 112 to 116, "the body is drawn side-on while the hand faces the viewer" (a physiotherapist:
strictly a different wrist movement), and the grey hand was "a blob", "floats without an arm", "overlaps the
fingers": so both hands are now in profile, side by side, and the grey arm runs on to the grey hand.

Everything is in the stretched hand's frame (hands.Frame): x along the hand from the wrist in hand lengths, y across
it towards the palm.
"""
from __future__ import annotations

from .hands import Frame
from .shapes import Pt, Shape
from .side_hand import side_hand

# The other hand, for each grip: its wrist (along, across the stretched hand, in its lengths: on the palm side or
# the back), its length as a share of the stretched hand's, and its fingers' shape (hands.FINGER_BENDS). It points
# the way the stretched hand does, its palm towards it.
HELPING = {"fingers": ((0.42, 0.44), 0.9, "grip"), "back": ((0.22, -0.31), 0.72, "straight")}


def helping(f: Frame, grip: str) -> tuple[tuple[Pt, ...], list[Shape], list[Shape]]:
    """The other hand on the stretched hand in frame f, as grip says (the fingers or the back of the hand): the
    other arm's way past the near wrist to its own wrist, and what of the hand is drawn behind the stretched hand
    and what in front."""
    (x, y), share, fingers = HELPING[grip]
    wrist = f.at(x, y)
    # Pointing the way the stretched hand does, its palm turned towards it (back across to the stretched hand).
    towards = -1.0 if y > 0 else 1.0
    hand = Frame(wrist, f.along, (f.across[0] * towards, f.across[1] * towards), f.size * share)
    thumb, *rest = side_hand(hand, fingers, "end", "grey")
    # Its thumb reaches round behind the stretched hand, so only its root shows: the hand holds, not lies beside.
    # Its arm runs straight on from under the near wrist to its wrist: bent on the way, it "zigzagged".
    return (wrist,), [thumb], rest


def stretched(f: Frame) -> list[Shape]:
    """The stretched hand, straight, in profile."""
    return side_hand(f, "straight", "end", "white")
