"""The arm seen from above, in a big round picture beside a person facing you (inset: near_elbow): the shoulders and
the top of the head with its ears, the elbow tucked in at the side under the shoulder, and the forearm held level,
swinging round the elbow like a door (an outward rotation), the fist at its end. From the front the forearm swings
towards you and is foreshortened, and the elbow staying at the side did not show; from above both do, so this is the
main picture and the person beside it is smaller, saying only "standing, elbow bent"."""
from __future__ import annotations

from math import cos, radians, sin

from msksite.schema.pose import Pose

from .arrows import chevron
from .figure import WIDTHS
from .shapes import Circle, Layer, Line, Loop, Pt, Shape, Tube, add, relayered
from .skeleton import ARM, SHOULDER_W
from .svg import Box, Drawing, extent

# Seen from above, in figure units, the person's near side to the right and their front down the picture (so it
# matches the person facing you beside it). The shoulders: half their width and depth.
SHOULDERS = (SHOULDER_W + 4.0, 6.0)
# The head: a little narrower than facing you, so the shoulders show round it, a little in front of them, with the
# nose sticking out at the front and dark hair over the back, to a hairline this far round from the back (degrees)
# and bowed back by this share of the head's radius. All dark, inside the shoulders' oval, the head read as an eye.
HEAD, HEAD_AT, NOSE = 5.5, -1.0, 2.2
HAIRLINE, HAIRLINE_BOW = 110, 0.15
EAR = 1.6  # an ear each side of the head, which says "a head from above" (alone, it read as a grey ball)
# The hand, a loose fist seen from above: its width and length, and the thumb lying along its top, from this far
# along it, this far in from its middle towards the body, this long (all in hand lengths).
FIST_W, FIST, THUMB = 7.0, 0.85, (0.15, 0.3, 0.55)
# The elbow, tucked in at the side, a little in front of the shoulder (so a forearm across the belly shows in front).
ELBOW = (SHOULDER_W, -6.0)
# The arrow runs round the elbow just outside the fingertips, the way the hand goes, from this many degrees inside one
# position of the forearm to as far inside the other.
ARROW_R, ARROW_INSIDE = ARM[1] + ARM[2] + 3.0, 6.0
MARGIN = 3.0
FILL = 0.9


def shows_arm_from_above(pose: Pose) -> bool:
    """Whether the pose has the round picture of the arm seen from above (facing you, inset: near_elbow)."""
    return pose.view == "front" and pose.inset == "near_elbow"


def arm_from_above(pose: Pose, start: Pose | None, moving: bool) -> Drawing:
    """The round picture: the body from above, the forearm at the start (faint, unless moving) and at the end, and a
    curved arrow round the elbow from one to the other."""
    end = _forearm(_swing(pose), "end")
    shapes = _body()
    moves: dict[int, Shape] = {}
    if start is not None:
        before = _forearm(_swing(start), "start")
        if moving:
            moves = {len(shapes) + i: relayered(s, "end") for i, s in enumerate(before)}
        else:
            shapes += before
    shapes += end + _upper_arm()
    if start is not None:
        shapes += _arrow(_swing(start), _swing(pose))
    return Drawing(shapes, moves, frame=_frame(shapes + list(moves.values())), aspect=1.0)


def _swing(pose: Pose) -> float:
    """The forearm's direction from above, in degrees from straight forwards, outwards positive: the elbow angle of
    a front view, whose 90 (pointing out to the side) and -90 (across the body) look the same from above."""
    return pose.near.elbow or 0.0


def _forearm(swing: float, layer: Layer) -> list[Shape]:
    way = _way(swing)
    wrist = add(ELBOW, way, ARM[1])
    size = ARM[2]
    # The thumb is on the side towards the body's middle (the palm faces in), a line along the top of the fist.
    inner = (-way[1], way[0])
    start, across, length = THUMB
    base = add(add(wrist, way, start * size), inner, across * FIST_W / 2 * 1.0)
    fist = Tube(layer, (add(wrist, way, FIST_W / 2 - 1.0), add(wrist, way, FIST * size)), FIST_W)
    thumb = Line(layer, (base, add(base, way, length * size)))
    return [Tube(layer, (ELBOW, wrist), WIDTHS["forearm"]), fist, thumb]


def _way(swing: float) -> Pt:
    # Forwards is down the picture and outwards (the near side) to the right.
    return (sin(radians(swing)), -cos(radians(swing)))


def _body() -> list[Shape]:
    """The shoulders and the top of the head, facing down the picture."""
    w, d = SHOULDERS
    outline = tuple((w * cos(radians(a)), d * sin(radians(a))) for a in range(0, 360, 20))
    head = (0.0, HEAD_AT)
    at = lambda a, r=HEAD: add(head, (sin(radians(a)), cos(radians(a))), r)  # a degrees round from the back
    nose = Loop("end", (at(172), add(at(180), (0.0, -NOSE), 1.0), at(188)), "white")
    back = [at(a) for a in range(-HAIRLINE, HAIRLINE + 1, 20)]
    width = 2 * sin(radians(HAIRLINE)) * HEAD
    hairline = [add(at(HAIRLINE), (-width * k, HAIRLINE_BOW * HEAD * sin(radians(180 * k))), 1.0)
                for k in (0.25, 0.5, 0.75)]
    ears = [Circle("end", add(head, (k * HEAD, 0.0)), EAR, "white") for k in (-1.0, 1.0)]
    return [Loop("end", outline, "white"), nose] + ears + [Circle("end", head, HEAD, "white"),
                                                           Loop("end", tuple(back + hairline), "dark")]


def _upper_arm() -> list[Shape]:
    """The near upper arm, from the shoulder down to the elbow just in front of it: short, seen from above."""
    return [Tube("end", ((SHOULDER_W, 0.0), ELBOW), WIDTHS["upper_arm"])]


def _arrow(start: float, end: float) -> list[Shape]:
    """An arc round the elbow from the hand at the start to the hand at the end, just beyond them."""
    step = ARROW_INSIDE if end > start else -ARROW_INSIDE
    a, b = start + step, end - step
    path = tuple(add(ELBOW, _way(a + (b - a) * i / 16), ARROW_R) for i in range(17))
    return [Line("arrow", path)] + chevron(path[-1], path[-2])


def _frame(shapes: list[Shape]) -> Box:
    """The square round the middle of the shapes whose inscribed circle holds them all but the corners of their box
    (so the picture is as big as it can be in the circle)."""
    points = [p for s in shapes for p in extent(s)]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    centre = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
    half = max(((x - centre[0]) ** 2 + (y - centre[1]) ** 2) ** 0.5 for x, y in points) * FILL + MARGIN
    return (centre[0] - half, centre[1] - half, centre[0] + half, centre[1] + half)
