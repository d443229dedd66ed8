"""The wrist stretches' two hands (stretch.py), both seen edge-on, in profile (side_hand.py), as a wrist bent up or
down truly looks from the side, so the whole picture is one side view.

- The stretched hand: fingers up, its palm facing forward, away from the body (the "stop" hand seen from the side);
  hanging down, the back of the hand facing forward; the thumb stands out from the palm side either way.
- The other hand, grey, about as big as the stretched one, a whole hand in profile, fingers and thumb, drawn over
  the stretched hand and mostly beside it, in front of it (away from the body), so it shows whole: fingers up, upright
  in front of the stretched fingers, its palm facing them, its thumb against their front and its cupped fingers
  curled over their tips, to pull them back; fingers down, hanging along the back of the hand, its palm and thumb
  against it, to press it. Its arm, grey, comes from under the near arm, its forearm straight to its wrist
  (stretch_person.py), so the hand is always held by an arm.

History. Until round 116 both hands were drawn flat, cheated round to face you (open_hand.py): fingers up the plain
palm, a "stop" hand; hanging, the back of the hand with a nail on every finger; the grey hand a whole open hand
across the fingertips or the knuckles. Reviewers read the short block of a palm with its fingers side by side as "a
cup", two bold creases on the palm were "odd black marks", a grey mitten "a grey block", the grey hand laid over half
the white one "a tangle", "a grey-on-white clump", hidden behind the hand it "appeared from nowhere". Then, in almost
every review of rounds 112 to 116, "the body is drawn side-on while the hand faces the viewer" (a physiotherapist:
strictly a different wrist movement), and the grey hand was "a blob", "floats without an arm", "overlaps the
fingers": so both hands are now in profile, side by side, and the grey arm runs on to the grey hand. In round 117
the grey hand, a little smaller, fingers up in a tight grip low among the stretched fingers (its thumb hidden
behind them), fingers down smaller still, its fingers among the white ones, was "mostly hidden behind the white
fingers", "a shapeless clump", "a grey tangle": so (round 118) it is about as big as the stretched hand and stands
beside it, touching it, only its fingertips (fingers up) over the stretched hand; its fingers curl loosely (cupped),
so each shows, and its thumb lies in front.

Everything is in the stretched hand's frame (hands.Frame): x along the hand from the wrist in hand lengths, y across
it towards the palm.
"""
from __future__ import annotations

from math import cos, radians, sin

from .hands import Frame
from .shapes import Shape
from .side_hand import side_hand

# The other hand, for each grip: its wrist (along, across the stretched hand, in its lengths: on the palm side or
# the back), how far its line turns from the stretched hand's (degrees, towards the stretched hand's palm side), its
# length as a share of the stretched hand's, and its fingers' shape (hands.FINGER_BENDS). Its palm faces the
# stretched hand. Fingers up, upright with its palm just clear of the stretched fingers' front and its knuckles a
# little below their tips, so its cupped fingers curl over the tips and no further; fingers down, its palm along the
# back of the hand from the knuckles, turned out a little, as the stretched fingers curl in, so the two hands'
# fingers lie side by side, not lapped.
HELPING = {"fingers": ((0.32, 0.56), 0.0, 1.0, "cupped"), "back": ((0.18, -0.3), -10.0, 0.9, "straight")}


def helping(f: Frame, grip: str) -> tuple[Frame, list[Shape]]:
    """The other hand on the stretched hand in frame f, as grip says (the fingers or the back of the hand): its frame
    (at its wrist) and its shapes, all drawn over the stretched hand (its thumb too: behind, only its root showed)."""
    g = helping_frame(f, grip)
    return g, side_hand(g, HELPING[grip][3], "end", "grey")


def helping_frame(f: Frame, grip: str) -> Frame:
    """The other hand's frame: at its wrist, along its line, across towards the stretched hand."""
    (x, y), turn, share, _ = HELPING[grip]
    c, s = cos(radians(turn)), sin(radians(turn))
    along = (c * f.along[0] + s * f.across[0], c * f.along[1] + s * f.across[1])
    # Its palm turned back across to the stretched hand: on the palm side it faces the other way.
    towards = -1.0 if y > 0 else 1.0
    across = (towards * (c * f.across[0] - s * f.along[0]), towards * (c * f.across[1] - s * f.along[1]))
    return Frame(f.at(x, y), along, across, f.size * share)


def stretched(f: Frame) -> list[Shape]:
    """The stretched hand, straight, in profile."""
    return side_hand(f, "straight", "end", "white")
