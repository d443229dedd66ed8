"""The close-up of the head and neck seen side-on (``inset: head`` in a side view), as in chin tucks: the head
poking forward faint, the head drawn straight back solid, and a bold arrow back past the chin. With ``close_up`` it
is the whole picture, big (chin tucks now); without, a round close-up beside a small person sitting.

The picture magnified about the head showed a head moving by a tenth of its circle, small and without an arrow
(reviewers: "the movement is tiny and the inset is small"). Here the head fills a big circle beside the person, the
arrow is drawn in it, and the neck and shoulders run off its bottom edge so the head has a body to belong to. The
heads have the big side-on face of the head close-ups, level, and the faint one only its outline and nose: two whole
heads overlapping were a muddle, and could be read as tipping the head back.
That scored 4 from every reviewer, never 5: "the main figure is tiny", "the small main figure adds little", "the
arrow at the chin might suggest pushing with a finger". The two best neck drawings are each one big close-up of the
head and shoulders filling the picture, so (round 68) the close-up is drawn alone the same way: the shoulders still,
the head poking further forward faint so the glide is longer, and a longer level arrow from well in front of the faint
face to a gap in front of the solid chin, so it follows the head's path rather than ending on the chin like a finger.
Every reviewer of that then named the body under the head ("a stray arm across the chest", "the lump on the chest
(arm?) is confusing", "the body below is an odd shape"): the near upper arm, hanging down over the trunk's front,
showed only its round top, an odd arch. So (round 72) the close-up alone draws no arms: the shoulders and upper chest
are one plain outline, a rounded shoulder at the top of its back, running off the bottom edge, the neck rising out of
it, so the eye goes to the head and the arrow. The round inset beside a person is as it was.
Figure units, y up, the person facing right.
"""
from __future__ import annotations

from math import cos, radians, sin

from msksite.schema.pose import Pose

from .arrows import chevron
from .closeup import Lens
from .figure import WIDTHS, figure_shapes, head_shapes
from .head_view import head
from .positions import Positions, positions, start_pose
from .shapes import Circle, Layer, Line, Loop, Pt, Shape, Tube, add, direction, left_of, midpoint, relayered
from .skeleton import HEAD_R
from .svg import ASPECT, Box, Drawing, Inset

# What the close-up shows round the middle of the two heads, in figure units: the head's width and a half each side
# of it, and down to the shoulders.
HALF_WIDE, ABOVE, BELOW = 2.3 * HEAD_R, 1.8 * HEAD_R, 2.8 * HEAD_R
# Drawn this much bigger, so the frame is about as many units across as a whole picture and lines keep their weight.
ZOOM = 3.0
# The circle beside the person, and the small ring marking the head in the person.
CLOSE_UP_R, RING = 50.0, HEAD_R + 3
# The double chin: part of a circle round the head's middle this many head radii out, from and to these angles
# (degrees clockwise from the top), under the jaw.
DOUBLE_CHIN = (1.1, 140, 180)
# The arrow runs level at the chin's height, from this far in front of the start's face to this far in front of the
# end's (figure units, scaled by ZOOM as drawn), so it points at the chin that has moved back (to the neck, it read
# as pushing the neck), clear of the double chin.
ARROW = (-0.75 * HEAD_R, 1.6 * HEAD_R, 1.05 * HEAD_R)
# Alone (close_up), the close-up is a whole 4:3 picture round the middle of the two heads: the heads nearly half its
# height, down past the shoulders, and room in front of the faces for the arrow.
ALONE = (-2.5 * HEAD_R * ZOOM, -2.8 * HEAD_R * ZOOM, 3.2 * HEAD_R * ZOOM, 1.5 * HEAD_R * ZOOM)
# Alone, the arrow starts further out and stops further short of the solid chin: ending on it, it read as a finger
# pushing the chin.
ALONE_ARROW = (-0.75 * HEAD_R, 2.0 * HEAD_R, 1.2 * HEAD_R)
# Alone, the shoulders and upper chest: one outline round the neck's foot, each point (forward in half the trunk's
# width, so it is as deep as the trunk it stands for; up in figure units) from it: from far below the frame at the
# chest's front up to where the neck meets the chest, then from the back of the neck, higher (the slope to the
# shoulder), round the shoulder's top and down the back.
SHOULDERS = ((1.0, -20.0), (1.0, -4.0), (0.97, -2.4), (0.88, -1.3), (0.75, -0.6), (0.58, -0.15), (0.38, 0.0),
             (-0.38, 3.0), (-0.55, 2.9), (-0.72, 2.4), (-0.86, 1.6), (-0.96, 0.6), (-1.0, -0.5), (-1.0, -20.0))


def shows_head_close_up(pose: Pose) -> bool:
    """Whether the pose's inset is the head seen side-on, moving (a chin tuck)."""
    return pose.inset == "head" and pose.side_on and pose.start is not None


def head_inset(pose: Pose, placed: Positions, beside: Box, moving: bool) -> Inset:
    """The close-up in a big circle to the right of what is beside it, level with its top."""
    centre = (beside[2] + CLOSE_UP_R + 4, beside[3] - CLOSE_UP_R)
    return Inset(placed.end["head"], CLOSE_UP_R / RING, centre, CLOSE_UP_R, head_close_up(pose, placed, moving))


def shows_head_alone(pose: Pose) -> bool:
    """Whether the head close-up is the whole picture, big, with no person beside it (``close_up`` too)."""
    return shows_head_close_up(pose) and pose.close_up


def head_alone(pose: Pose, variant: str) -> Drawing:
    """The close-up alone filling a whole picture: still (faint forward, solid back, the arrow) or moving."""
    return head_close_up(pose, positions(pose), variant == "moving", alone=True)


def head_close_up(pose: Pose, placed: Positions, moving: bool, alone: bool = False) -> Drawing:
    """The head and neck, start faint (moving: the head going between the two) and end solid, the arrow at the chin;
    square for the inset's circle, or alone a whole picture with the arrow clear of the chin."""
    middle = midpoint(placed.end["head"], placed.start["head"])
    view = Lens(middle, ZOOM, ALONE if alone else _frame())
    aspect = ASPECT if alone else 1.0
    before = start_pose(pose)
    body = _shoulders if alone else _body
    end = view.shapes(body(pose, placed.end, "end"))
    start = view.shapes(body(before, placed.start, "start"))
    shown = _shown(end)
    end = [end[i] for i in shown] + _face(view.point(placed.end["head"]), "end", moving)
    # Each position's own shapes: a start can draw fewer (a working muscle is shaded only at the end).
    start, face = [start[i] for i in _shown(start)], _face(view.point(placed.start["head"]), "start", moving)
    arrow = _arrow(view.point(placed.start["head"]), view.point(placed.end["head"]), ALONE_ARROW if alone else ARROW)
    if moving:
        moves = {i: relayered(a, "end") for i, (a, b) in enumerate(zip(start + face, end)) if type(a) is type(b)}
        return Drawing(end + arrow, moves, frame=view.frame, aspect=aspect)
    end.append(_double_chin(view, placed))
    # The faint head is only its nose and its outline: its eye, ear and hair beside the solid head's were a muddle.
    return Drawing(start + face[:2] + end + arrow, frame=view.frame, aspect=aspect)


def _body(pose: Pose, pts: dict[str, Pt], layer: Layer) -> list[Shape]:
    """The person without the small head's circle and face (the close-up draws a bigger face of its own)."""
    small = head_shapes(pose, pts, layer)[1:]
    return [s for s in figure_shapes(pose, pts, layer) if s not in small]


def _shoulders(pose: Pose, pts: dict[str, Pt], layer: Layer) -> list[Shape]:
    """Alone: the neck, then over its foot the shoulders and upper chest as one plain outline, with no arms (the near
    upper arm's round top on the chest read as "a stray arm across the chest")."""
    neck, up, half = pts["neck"], direction(pts["hip"], pts["neck"]), WIDTHS["trunk"] / 2
    # Facing right, forward is a quarter turn clockwise from up.
    outline = tuple(add(add(neck, left_of(up), -x * half), up, y) for x, y in SHOULDERS)
    return [head_shapes(pose, pts, layer)[0], Loop(layer, outline, "white")]


def _face(centre: Pt, layer: Layer, lean: bool = False) -> list[Shape]:
    """The head side-on, level (the eyes looking straight ahead, however the neck leans): its nose first, then its
    circle, then the rest, each once (side-on the far eye and ear lie on the near ones, and the nose down the face is
    a dot). Lean, only the nose's top edge, the circle and the eye: moving, the rest took the picture past the size
    a page can carry."""
    shapes: list[Shape] = []
    for shape in head(centre, add(centre, (0.0, -1.0)), 90.0, layer, ZOOM):
        flat = isinstance(shape, Line) and len(set(shape.points)) < 2
        if shape not in shapes and not flat:
            shapes.append(shape)
    nose = next(s for s in shapes if isinstance(s, Loop))
    return [Line(layer, nose.points[:2])] + [s for s in shapes if isinstance(s, Circle)] if lean else shapes


def _double_chin(view: Lens, placed: Positions) -> Line:
    """A short curve under the jaw of the head drawn back: the double chin the steps ask for."""
    centre, r = view.point(placed.end["head"]), HEAD_R * ZOOM
    return Line("end", tuple(add(centre, (DOUBLE_CHIN[0] * r * sin(radians(a)), DOUBLE_CHIN[0] * r * cos(radians(a))))
                             for a in range(DOUBLE_CHIN[1], DOUBLE_CHIN[2] + 1, 10)))


def _shown(shapes: list[Shape]) -> list[int]:
    """Which shapes show: not a far arm under a near one in just the same place (sitting, the arms are drawn as one
    pair; twice, the moving picture passed the size a page can carry)."""
    return [i for i, s in enumerate(shapes)
            if not any(type(t) is type(s) and t.points == s.points for t in shapes[i + 1:] if isinstance(t, Tube))]


def _frame() -> Box:
    return (-HALF_WIDE * ZOOM, -BELOW * ZOOM, HALF_WIDE * ZOOM, ABOVE * ZOOM)


def _arrow(start: Pt, end: Pt, at: tuple[float, float, float]) -> list[Shape]:
    """A level arrow back, at a height and from and to distances in front of the heads' centres (given)."""
    height, tail_out, tip_out = (k * ZOOM for k in at)
    y = end[1] + height
    tail, tip = (start[0] + tail_out, y), (end[0] + tip_out, y)
    return [Line("arrow", (tail, tip))] + chevron(tip, tail)
