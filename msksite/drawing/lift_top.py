"""The wrist lifts' main picture: looking straight down on a table top, the forearm lying on it pointing away from
you and the hand past the table's far edge, holding a tin. From above, palm up shows the palm with its lines and the
tin lying in it; palm down shows the back of the hand, a fist with the tin's two ends sticking out either side.

Six reviews in a row matched the lifts only by comparing them: side-on, and in a round picture they called "a small
inset", the two hands looked alike. Here the view from above is the big picture and the side view of the lift
(lift.py) the small one beside it.

Everything is in the lift's units (lift.SIZE a hand length); the wrist is at (0, 0), the forearm coming up from the
bottom of the picture, the fingers pointing up the page.
"""
from __future__ import annotations

from .hands import Frame, capsule
from .shapes import Line, Loop, Pt, Shape
from .svg import Box
from .tin_face import held_tin

# The table top: its far edge this far behind the wrist, half its width, and where it is cut off by the bottom of the
# picture; the grain lines run along it at these distances from its middle, clear of the forearm.
EDGE, HALF_W, BOTTOM = 0.12, 1.3, -2.2
GRAIN = ((-1.05, -2.0, -0.5), (-0.65, -1.3, -0.3), (0.6, -2.0, -0.9), (1.0, -1.5, -0.35))
# The forearm, from the elbow (off the bottom of the picture) to the wrist, and its half widths there.
ELBOW, FOREARM_W = -2.6, (0.36, 0.26)
# The hand is drawn this many hand lengths big, so its face fills the picture.
ZOOM = 1.6
FRAME: tuple[float, float, float, float] = (-1.5, -1.45, 1.5, 2.05)  # in hand lengths


def top_view(palm: str, size: float) -> tuple[list[Shape], Box]:
    """The table, forearm and hand holding the tin seen from straight above, and the picture's frame."""
    at = lambda x, y: (x * size, y * size)
    far = -EDGE
    table = [Loop("prop", (at(-HALF_W, BOTTOM), at(HALF_W, BOTTOM), at(HALF_W, far), at(-HALF_W, far)), "white")]
    grain = [Line("prop", (at(x, y0), at(x + 0.04, (y0 + y1) / 2), at(x, y1))) for x, y0, y1 in GRAIN]
    arm = Loop("end", capsule(at(0, ELBOW), (0.0, 0.0), (FOREARM_W[0] * size, FOREARM_W[1] * size)), "white")
    # A right forearm pointing away from you: palm up, its thumb is on the right; palm down, on the left.
    across: Pt = (-1.0, 0.0) if palm == "up" else (1.0, 0.0)
    hand = held_tin(Frame((0.0, 0.0), (0.0, 1.0), across, ZOOM * size), "end", palm)
    left, bottom, right, top = FRAME
    return table + grain + [arm] + hand, (left * size, bottom * size, right * size, top * size)
