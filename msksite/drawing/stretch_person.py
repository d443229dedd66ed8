"""The person doing a wrist stretch, big, from the head to the hips: standing side-on facing right, the near arm
straight out in front at shoulder height, and the other arm (grey, as every far-side part seen from the side)
reaching across to the near hand, which stretch.py draws big at the end of the arm.

Reviewers always read the small whole person (in a box in the corner until round 25) and never the big close-up of
two overlapping hands: one big person, its hand drawn big, is the whole picture.

Figure units, y up, the hips at (0, 25), below the bottom of the picture (the trunk runs off it), the shoulder at
the height of a standing person's.
"""
from __future__ import annotations

from .figure import WIDTHS
from .head_view import head
from .shapes import Pt, Shape, Tube

# The trunk ends at the top of the shoulders, NECK, above the arm: a neck, then the head above and behind the
# shoulder. With the head on the trunk's end and the arm level with the chin, reviewers saw "the head fused with
# the arm".
HIP, NECK, SHOULDER, HEAD = (0.0, 25.0), (0.0, 60.0), (0.5, 58.5), (-1.5, 77.0)
WRIST = (26.0, 58.5)  # the near arm, straight out and level
ARM_W = 8.0  # the near arm is wider than a whole person's forearm: thinner, under its big hand, it looked "awkward"
# The other arm reaches straight forward too, just below and behind the near arm, so from the side only a thin band
# of it peeks out under the near arm, from its shoulder to under the near wrist (UNDER); from there it runs
# up past the far side of the near hand (or round its far side, when it hangs) to its own wrist, where its hand
# shows on the near hand (stretch_hands.py). Every big grey arm apart from the near one (an L below it, a loop, over
# the shoulder) was "confusing" or "from nowhere".
FAR_SHOULDER, UNDER = (0.0, 54.5), (26.0, 54.5)
FAR_W = 4.0  # under the near arm, it shows 2 wide: a band, not a second arm
# The trunk seen from the side, chest to back, is thinner than a whole person's seen from the front: as wide, it
# read as "a front-facing body" under the side-on head.
DEPTH = 10.0


def body(layer: str = "end") -> list[Shape]:
    """The neck, the trunk up to the shoulders over it and the head, side-on with its face, hair and ear."""
    neck = Tube(layer, (NECK, HEAD), WIDTHS["neck"])
    trunk = Tube(layer, (HIP, NECK), DEPTH)
    # Side-on, the head draws both ears and both eyes in one place: each once keeps the moving picture small.
    face = head(HEAD, NECK, 90.0, layer, 1.0)
    return [neck, trunk] + [s for i, s in enumerate(face) if s not in face[:i]]


def near_arm(layer: str = "end") -> Shape:
    """The near arm, one tube straight out from the shoulder to the wrist."""
    return Tube(layer, (SHOULDER, WRIST), ARM_W)


def other_arm(way: tuple[Pt, ...], layer: str = "end") -> Shape:
    """The other arm, grey, from its shoulder under the near arm, then on its way to its wrist on the near hand."""
    return Tube(layer, (FAR_SHOULDER, UNDER) + way, FAR_W, "grey")
