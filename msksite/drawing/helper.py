"""The other hand helping a stretch in a hand close-up (``helping_hand``): drawn from where the near hand is, so it
always holds it, whatever the arms' angles. Grey, like every far-side part seen from the side, so the two hands tell
apart."""
from __future__ import annotations

from math import cos, radians, sin
from typing import Callable

from .arrows import chevron
from .hands import Frame, forearm, hand, hand_depth
from .shapes import Layer, Line, Pt, Shape, add

# Where the helping hand goes, in the near hand's frame (x from the wrist to the fingertips, y towards its palm):
# (its wrist, which way its fingers point along the near hand, which side of the near hand its palm is on, finger
# shape). Holding the fingers (palm-up stretch) it comes from beyond the fingertips, its palm on theirs, and wraps
# round them to pull them back; pressing on the back of the hand (palm-down stretch) it comes from the near wrist's
# side and lies flat along the back of the hand and fingers.
GRIPS = {
    "fingers": ((1.45, 0.42), -1.0, 1.0, "grip"),
    "back": ((-0.05, -0.42), 1.0, -1.0, "straight"),
}
# How much of the helping forearm shows before it runs off the picture, in hand lengths.
FOREARM = 1.6


def helping_hand(near: Frame, grip: str, layer: Layer) -> list[Shape]:
    """The other hand's forearm and hand, holding the near hand as grip (fingers or back) says."""
    (x, y), along, palm_side, fingers = GRIPS[grip]
    wrist = near.at(x, y)
    direction = (near.along[0] * along, near.along[1] * along)
    # Its palm faces the near hand: across it, back towards the near hand's middle.
    towards = (-near.across[0] * palm_side, -near.across[1] * palm_side)
    frame = Frame(wrist, direction, towards, near.size)
    elbow = frame.at(-FOREARM, 0.0)
    return (forearm(elbow, wrist, 0, near.size / 1.3, (0.0, 0.0), layer, "grey")
            + hand(frame, fingers, True, None, layer, "grey", shade=False))


# The arrow: an arc round the near wrist through the fingertips, starting on their line and turning them the way the
# helping hand bends them (towards the back of the hand for fingers pulled back, towards the palm for the back of the
# hand pressed). Further out it floated below the hand and read as a twist.
ARROW_R, ARROW_SWEEP, ARROW_FROM = 1.2, 45.0, -5.0


def helping_arrow(near: Frame, grip: str, to_view: Callable[[Pt], Pt] = lambda p: p) -> list[Shape]:
    """A curved arrow showing which way the helping hand bends the near hand at the wrist (drawn at its size in
    the picture to_view maps it into)."""
    turn = -1.0 if grip == "fingers" else 1.0
    steps = [radians(turn * (ARROW_SWEEP * i / 8 + ARROW_FROM)) for i in range(9)]
    path = tuple(to_view(near.at(ARROW_R * cos(a), ARROW_R * sin(a))) for a in steps)
    return [Line("arrow", path)] + chevron(path[-1], path[-2])


def reach(near: Frame, grip: str) -> list[Pt]:
    """Points the close-up must show for the helping hand (its wrist, its hand and their width) and its arrow."""
    (x, y), along, palm_side, _ = GRIPS[grip]
    hand_pts = [near.at(x, y), near.at(x + along * 1.1, y), near.at(x + along * 0.6, y - palm_side * 0.35)]
    return hand_pts + [add(p, hand_depth(near.size)) for p in hand_pts] + [
        p for shape in helping_arrow(near, grip) for p in shape.points]
