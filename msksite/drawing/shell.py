"""The clam's arrow: the top knee opening like a shell, hinged at the feet.

A straight arrow up above the top knee sat in the gap between the two numbered pictures ("the arrow sits between the
panels instead of on the knee", round 55). Then a thin one followed the knee's own path in picture 2, inside the
opening between the legs, from the bottom knee up to the lifted one; it was "squeezed between the knees", "easy to
miss" (round 95). Now the opening is left empty and a bold curved arrow swings round the outside of the lifted knee:
round where the knee rested (picture 1's knee), from just above the shin, on the feet's side, up past the knee into
the white space above it, its head pointing up, the way the knee opens. (An arc round the feet, through the same
opening, was too short to show its curve at phone size.)
"""
from __future__ import annotations

from math import atan2, cos, degrees, dist, radians, sin

from msksite.schema.pose import Pose

from .arrow_sizes import BOLD_GAP
from .arrows import bold_path, on_body
from .lying import clam
from .positions import Positions
from .shapes import Shape, add

STEPS = 24  # points along the arc
# The arc runs round where the knee rested this far outside the lifted knee's joint (figure units: past the knee's
# outline, and the bold arrow's clearance), from this far before the knee's way from there to this far past it
# (degrees): it stops short of over the knee, so its head points up rather than back towards the head. The part that
# would run over the shin is left off.
OUTSIDE, BEFORE, PAST = 8.0 + BOLD_GAP, 70.0, -12.0


def opens_knee(pose: Pose) -> bool:
    """Whether the pose is a clam whose top knee opens from a start position."""
    return clam(pose) and pose.start is not None


def knee_opening(pose: Pose, placed: Positions, body: list[Shape]) -> list[Shape]:
    """A bold arc round where the top knee rested, just outside the lifted knee, from above the shin up beside the
    knee: the knee swinging up and open, drawn where there is room rather than in the opening between the legs."""
    rested, knee = placed.start["near_knee"], placed.end["near_knee"]
    radius = dist(rested, knee) + OUTSIDE
    way = degrees(atan2(knee[1] - rested[1], knee[0] - rested[0]))
    arc = [add(rested, (cos(radians(a)), sin(radians(a))), radius)
           for a in (way - BEFORE + (BEFORE + PAST) * i / STEPS for i in range(STEPS + 1))]
    # Its start is cut back to where it clears the shin.
    first = next((i for i, p in enumerate(arc) if not on_body(p, body, BOLD_GAP)), len(arc))
    shown = tuple(arc[first:])
    if len(shown) < 3:
        return []
    return bold_path(shown, False)
