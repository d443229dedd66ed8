"""Two pictures of one movement, numbered 1 and 2 at their top left (where a reader starts) to say which comes first;
scene.py lays them one above the other or side by side, whichever draws them bigger.

A long arrow down between the pictures (still drawn for cat and camel and the sit back stretch) pointed at a person
lying down: for a pelvic tilt it read as "lie down". Numbers over the left end of someone lying take no width, which
the pictures need: they are as wide as the box. A pose asks for this with ``numbered: true`` (the bridge, the clam:
one solid person and an arrow, "there is no start position", round 44; the hamstring stretch, round 45).

Over the left end, a standing person's number sat at their back foot, at the bottom (the mini squat, the step up and
the standing leg back, numbered in round 70 as the sit to stand is): a reader starts top left. So when a number
would land in the lower half of an upright picture, the numbers of the upright pictures go up to their tops, at the
left edge or a little left of it, where that spot is clear of the shapes, the head too (else over them, as before;
at the left edge the standing mini squat's 1 touched its head). Both, so the pair read alike (the mini squat's 2 sat
above its arrow, half way up); the sit to stand and the hamstring stretch, whose numbers were already high, and
everyone lying or on all fours (wide and low), keep theirs.

A close-up (the towel scrunch's foot, round 70) is two pictures each cut to its own frame, wide and low, so one above
the other, each number inside its frame's top left: a faint start of the toes lifted was missed ("the ghost toes are
faint"), and with the towel flat in 1 and rucked up in 2 it reads as a cloth the toes pull, not "wavy ground".

The wrist stretches (round 75) are two big close-ups of a person from the head to the hips, each cut to its own
frame (picture 1, the hand bent alone since round 79, needs no more height than the hand does), one above the other or
side by side, whichever draws them bigger, each number inside its frame's top left: one picture, the other hand over
the bent one, was "hard to see who does what".
"""
from __future__ import annotations

from .arrows import on_body
from .shapes import Circle, Pt, Shape, Tube, add, mapped, moved
from .numerals import NUMBER_R, number, top_left
from .svg import ASPECT, MARGIN, OUTLINE, Drawing

GAP = 3.0  # how far the number's circle keeps above whatever lies under it, in figure units
SAMPLES = 8  # points along each stretch of a shape, to find what lies under the number
# A picture at least this tall for its width is upright: standing with a leg out behind and a chair in front is about
# square (0.98); lying or on all fours is at most two-thirds as tall as wide (cat and camel, 0.66).
UPRIGHT = 0.8
# How much further left a close-up's frame reaches, so its number keeps clear of a leg running up off the top there
# (the towel scrunch's, leaning back: the number touched it).
NUMBER_ROOM = 6.0
CLOSE_UP_GAP = 16.0  # between two close-ups' frames one above the other: more than their margins, which show


def numbered(first: list[Shape], then: list[Shape]) -> tuple[list[Shape], list[Shape]]:
    """The two pictures, each with its number (1, then 2) at its left end, over whatever lies there; up at their top
    left instead if upright and one of them had its number low (by the feet) or touching the head beside it."""
    corners = [_corner(first), _corner(then)]
    if any(_upright(p) and (_low(p, c) or _by_head(p, c)) for p, c in zip((first, then), corners)):
        corners = [_top_corner(p, c) if _upright(p) else c for p, c in zip((first, then), corners)]
    return first + number(corners[0], 1), then + number(corners[1], 2)


def numbered_close_ups(first: Drawing, then: Drawing) -> Drawing:
    """Two close-ups with the same frame, one above the other, each cut to its frame (and its margin) with its number
    (1, then 2) inside its top left corner."""
    pictures = []
    for n, drawing in enumerate((first, then), 1):
        left, bottom, right, top = drawing.frame
        left -= NUMBER_ROOM
        pictures.append((drawing.shapes + top_left(left, top, n), (left, bottom, right, top)))
    _, bottom, _, top = first.frame
    return _framed(pictures, (0.0, -(top - bottom + CLOSE_UP_GAP)))


def numbered_frames(first: Drawing, then: Drawing, gap: float, zoom: float = 1.0) -> Drawing:
    """Two pictures, each cut to its own frame, numbered 1 and 2 inside their frames' top left corners, one above the
    other (left edges level) or side by side (tops level), gap apart, whichever a 4:3 box draws bigger; all drawn
    zoom times their size, the numbers too (a close-up drawn big keeps its outlines fine, not its numbers small)."""
    to_view = lambda p: (p[0] * zoom, p[1] * zoom)
    pictures = []
    for n, drawing in enumerate((first, then), 1):
        left, _, _, top = drawing.frame
        shapes = [mapped(s, to_view, zoom) for s in drawing.shapes + top_left(left, top, n)]
        pictures.append((shapes, tuple(v * zoom for v in drawing.frame)))
    (_, one), (_, two) = pictures
    below = (one[0] - two[0], one[1] - gap * zoom - two[3])
    beside = (one[2] + gap * zoom - two[0], one[3] - two[3])
    return max((_framed(pictures, below), _framed(pictures, beside)), key=_size_in_box)


def _framed(pictures: list[tuple[list[Shape], tuple[float, ...]]], shift: Pt) -> Drawing:
    """The first picture where it is and the second moved by shift, each a panel cut to its frame."""
    panels = []
    for (shapes, (left, bottom, right, top)), move in zip(pictures, ((0.0, 0.0), shift)):
        # The panel's aspect is its frame's with the margin round it, so the frame fills it.
        aspect = (right - left + 2 * MARGIN) / (top - bottom + 2 * MARGIN)
        frame = (left + move[0], bottom + move[1], right + move[0], top + move[1])
        panels.append(Drawing([moved(s, move) for s in shapes], frame=frame, aspect=aspect))
    return Drawing([], panels=panels)


def _size_in_box(drawing: Drawing) -> float:
    """How big the panels are drawn in a 4:3 box: its width over theirs, or its height over theirs, whichever is
    less (on a tie, the first: one above the other)."""
    lefts, bottoms, rights, tops = zip(*(p.frame for p in drawing.panels))
    return min(ASPECT / (max(rights) - min(lefts) + 2 * MARGIN), 1.0 / (max(tops) - min(bottoms) + 2 * MARGIN))


def _corner(shapes: list[Shape]) -> Pt:
    """Where a picture's number goes: a circle from its left edge, just over the shapes below it."""
    reach = _reach(shapes)
    left = min(x for x, _ in reach)
    under = [y for x, y in reach if x <= left + 2 * NUMBER_R + GAP]
    return (left + NUMBER_R, max(under) + NUMBER_R + GAP)


def _top_corner(shapes: list[Shape], corner: Pt) -> Pt:
    """The number as high as the picture's top, from its left edge or as little further left as keeps it GAP clear of
    every shape (the head beside it: a standing person is near the left edge), at most a number's width; else where
    corner is (the lowest clear spot at the left edge)."""
    y = max(y for _, y in _reach(shapes)) - NUMBER_R
    spots = ((corner[0] - step, y) for step in range(int(2 * NUMBER_R) + 1))
    return next((spot for spot in spots if not on_body(spot, shapes, NUMBER_R + GAP)), corner)


def _by_head(shapes: list[Shape], corner: Pt) -> bool:
    """Whether a number at corner would touch a head (a round shape) beside it: a standing person's number placed
    just over their upper back sat against the back of their head."""
    return on_body(corner, [s for s in shapes if isinstance(s, Circle)], NUMBER_R + GAP)


def _upright(shapes: list[Shape]) -> bool:
    """Whether a picture is at least UPRIGHT times as tall as it is wide (someone standing or sitting)."""
    xs, ys = zip(*_reach(shapes))
    return max(ys) - min(ys) >= UPRIGHT * (max(xs) - min(xs))


def _low(shapes: list[Shape], corner: Pt) -> bool:
    """Whether the number's centre is in the lower half of the picture's height."""
    ys = [y for _, y in _reach(shapes)]
    return corner[1] < (min(ys) + max(ys)) / 2


def _reach(shapes: list[Shape]) -> list[Pt]:
    """Points on the outline of every shape in a picture."""
    return [p for s in shapes for p in _outline(s)]


def _outline(shape: Shape) -> list[Pt]:
    """Points on the top and bottom edge of the shape all along it, thickness included."""
    if isinstance(shape, Circle):
        return [add(shape.centre, (0.0, k), shape.r + OUTLINE) for k in (1, -1)]
    pad = shape.width / 2 + OUTLINE if isinstance(shape, Tube) else OUTLINE
    along = [add(a, (b[0] - a[0], b[1] - a[1]), i / SAMPLES)
             for a, b in zip(shape.points, shape.points[1:]) for i in range(SAMPLES + 1)] or list(shape.points)
    return [add(p, (0.0, k), pad) for p in along for k in (1, -1)]
