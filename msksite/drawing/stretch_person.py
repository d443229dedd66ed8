"""The person doing a wrist stretch, big, from the head to the hips: standing side-on facing right, the near arm
straight out in front at shoulder height, and the other arm reaching from its shoulder to the near hand, which
stretch.py draws big at the end of the arm.

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
# The other arm: white (grey, as far-side parts are on other drawings, it read as "the start position", a ghost),
# one straight tube from its shoulder, hidden in the trunk, to its hand on the near hand, so it plainly comes from
# the body: fingers up rising between the neck and the near arm, fingers down from the chest under the near arm.
# Until round 55 it reached forward under the near arm, a thin grey band, then up past or round the far side of the
# near hand: "from nowhere", "an odd angle", "an odd grey wedge"; an L below the near arm, a loop or over the
# shoulder, it was "confusing".
FAR_SHOULDER = (0.0, 56.0)
FAR_W = 6.0  # narrower than the near arm (ARM_W), which is nearer
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


def other_arm(wrist: Pt, layer: str = "end") -> Shape:
    """The other arm, straight from its shoulder to its wrist on the near hand (drawn behind the person)."""
    return Tube(layer, (FAR_SHOULDER, wrist), FAR_W, "white")
