"""The whole person doing a wrist stretch, small, in a picture in the corner of the stretch's close-up: standing
side-on facing right, the near arm straight out in front at shoulder height, the hand bent up or down, and the other
arm (grey, as every far-side part seen from the side) reaching round to hold it. Alone, the close-up had no body:
reviewers could not tell whose arm was whose, or that the arm is held straight out.

The person is a fixed picture in figure units (y up, the feet at 0), scaled into the corner picture.
"""
from __future__ import annotations

from .figure import WIDTHS
from .shapes import Circle, Line, Loop, Pt, Shape, Tube, add, mapped
from .skeleton import HEAD_R
from .svg import Box

# The body: ankle, knee, hip, shoulder and head; the near arm runs straight out from the shoulder to the wrist.
ANKLE, KNEE, HIP, SHOULDER, HEAD = (0.0, 3.0), (0.5, 22.0), (0.0, 40.0), (0.5, 63.0), (1.5, 74.5)
WRIST = (29.0, 63.0)
HAND = 9.0  # the bent hand's length, straight up or down from the wrist
# The other arm's elbow, wrist and fingertips, for the hand bent up (fingers up: it comes from below and its fingers hook over
# the fingertips) and bent down (fingers down: it comes from above and presses on the back of the hand), as the
# close-up draws it; its hand ends at the near fingertips or on the back of the hand.
OTHER_ARM = {1.0: ((13.0, 50.0), (34.0, 60.0), (31.5, 71.5)), -1.0: ((14.0, 73.0), (34.0, 67.0), (31.5, 57.0))}
# The picture in the corner: what it shows of the person (figure units), and its width and height and how far in it
# sits from the frame's left edge and its edge on the hand's side (the close-up's units), tall for a standing
# person (in a circle they were half the size). Drawn into the close-up, not a nested picture cut to a shape:
# that put the moving picture over 10 KB.
SHOWS: Box = (-8.0, -3.0, 40.0, 87.0)
BOX, MARGIN, CORNER = (40.0, 64.0), 1.5, 7.0


def person_in_corner(bend: float, frame: Box) -> list[Shape]:
    """The person, fingers up (bend 1) or down (-1), in a box in the frame's corner on the hand's side."""
    left, bottom, _, top = frame
    x0 = left + MARGIN
    y0 = top - MARGIN - BOX[1] if bend > 0 else bottom + MARGIN
    zoom = min(BOX[0] / (SHOWS[2] - SHOWS[0]), BOX[1] / (SHOWS[3] - SHOWS[1]))
    # The person stands in the middle of the box.
    dx = x0 + (BOX[0] - (SHOWS[2] - SHOWS[0]) * zoom) / 2 - SHOWS[0] * zoom
    dy = y0 + (BOX[1] - (SHOWS[3] - SHOWS[1]) * zoom) / 2 - SHOWS[1] * zoom
    to_view = lambda p: (dx + p[0] * zoom, dy + p[1] * zoom)
    return [_box(x0, y0)] + [mapped(s, to_view, zoom) for s in person(bend)]


def _box(x0: float, y0: float) -> Loop:
    """A white box with its corners cut well back, round enough at this size, its outline faint (the faint layer, as
    a start position's): with a bold outline and small corners, tall and narrow round a standing person, it read
    "a little like a door"."""
    (w, h), c = BOX, CORNER
    return Loop("start", ((x0 + c, y0), (x0 + w - c, y0), (x0 + w, y0 + c), (x0 + w, y0 + h - c), (x0 + w - c, y0 + h),
                         (x0 + c, y0 + h), (x0, y0 + h - c), (x0, y0 + c)), "white")


def person(bend: float) -> list[Shape]:
    """The person, the other arm behind. Each arm is one tube from the shoulder to the fingertips, and the trunk
    runs up under the head: a tube for each part, neck and floor put the moving picture over 10 KB."""
    return _other_arm(bend) + _body() + _near_arm(bend)


def _body() -> list[Shape]:
    foot = Tube("end", (ANKLE, (7.0, 1.5)), WIDTHS["foot"])
    leg = Tube("end", (HIP, KNEE, ANKLE), WIDTHS["thigh"])
    trunk = Tube("end", (HIP, add(HEAD, (0.0, -HEAD_R))), WIDTHS["trunk"])
    eye = Line("end", (add(HEAD, (3.0, 1.0)),), True)
    return [foot, leg, trunk, Circle("end", HEAD, HEAD_R, "white"), eye]


def _near_arm(bend: float) -> list[Shape]:
    return [Tube("end", (SHOULDER, WRIST, add(WRIST, (0.5, bend * HAND))), WIDTHS["forearm"])]


def _other_arm(bend: float) -> list[Shape]:
    elbow, wrist, tips = OTHER_ARM[bend]
    shoulder: Pt = add(SHOULDER, (-1.0, -1.0))
    return [Tube("end", (shoulder, elbow, wrist, tips), WIDTHS["forearm"], "grey")]
