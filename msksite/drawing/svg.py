"""Shapes to SVG text: the view box, one group per layer, outlined body parts, the motion, the close-up inset.

Body parts are drawn twice from one polyline (a black stroke, then a narrower white or grey one on top through
<use>), so each part has volume and an outline without spelling its points twice; the parts of a limb joined end
to start are drawn edges first, then insides, as one outline. A moving drawing animates each end-position shape
between its end and start points with SMIL, which needs no script and no style sheet.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import count
from math import dist
from typing import Iterator
from xml.sax.saxutils import escape

from .shapes import LAYERS, Circle, Layer, Line, Loop, Pt, Shape, Tube, add, direction, nearest_on_segment

ASPECT = 4 / 3  # the pages show drawings 4 wide by 3 high
MARGIN = 4.0
OUTLINE = 1.3  # the black edge each side of a body part
# What the patient does (arrows, squeeze and stretch marks) is drawn in NHS blue, so it stands out from the body
# and the props; it has 5:1 contrast on white and prints as a dark grey. The numbers 1, 2 stay black: they order.
ARROW_INK = "#005eb8"
STYLE = 'fill="none" stroke="#000" stroke-linecap="round" stroke-linejoin="round"'
LAYER_ATTRS: dict[Layer, str] = {
    "prop": 'stroke-width="1.5"', "start": 'stroke-width="1.4" opacity=".35"', "end": 'stroke-width="1.4"',
    "start_over": 'stroke-width="1.4" opacity=".35"',
    "arrow": f'stroke-width="2.2" stroke="{ARROW_INK}"', "number": 'stroke-width="2.2"',
}
# Two parts of a limb bent further than this at their joint (the cosine of 130 degrees) are drawn each with its own
# outline: folded back along each other, one outline made them one wedge.
FOLD = -0.64
# A part passing through the last's end joins it only if it crosses it at more than 45 degrees (the cosine).
ACROSS = 0.71
FILLS = {"white": "#fff", "grey": "#bbb", "dark": "#888", "black": "#000"}
# The motion: hold the end, move to the start, hold it, move back; slow in and out, 6 seconds a round. Five values
# spread evenly over the round need no keyTimes (that is the default), which keeps the file small.
MOTION = ('dur="6s" repeatCount="indefinite" calcMode="spline" keySplines="0 0 1 1;.45 0 .55 1;0 0 1 1;.45 0 .55 1"')


def _paint(shape: Shape) -> str:
    """The colour that fills a shape: black in the arrow layer is the arrows' ink."""
    return ARROW_INK if shape.layer == "arrow" and shape.fill == "black" else FILLS[shape.fill]


@dataclass(frozen=True)
class Inset:
    """A round close-up: the picture around focus, magnified zoom times, in a circle of radius r at centre; with no
    focus it shows only its detail (a hand seen from above), marking nothing in the picture."""

    focus: Pt | None
    zoom: float
    centre: Pt
    r: float
    detail: "Drawing | None" = None  # a close-up to show instead of the picture magnified


Box = tuple[float, float, float, float]  # (left, bottom, right, top) in figure units


@dataclass(frozen=True)
class Turn:
    """A part that turns rigidly about a pivot from its end to its start, by degrees (anticlockwise): moving, it swings
    round the pivot. Moved point by point, a hand turned 90 degrees at the wrist shrank to a blob half way."""

    pivot: Pt
    degrees: float


@dataclass
class Drawing:
    """What svg_document draws: shapes, the start of each end shape that moves (by index), and how, if it turns
    rigidly (turns, by index: it swings round its pivot); an inset; a close-up's frame (what it shows: shapes outside
    are cut off); panels set side by side (each cut to its own frame)."""

    shapes: list[Shape]
    moves: dict[int, Shape] = field(default_factory=dict)
    inset: Inset | None = None
    frame: Box | None = None
    panels: list["Drawing"] = field(default_factory=list)
    aspect: float = ASPECT
    turns: dict[int, Turn] = field(default_factory=dict)


def number(value: float) -> str:
    """Return value with at most one decimal and no trailing .0 or minus zero, to keep the SVG small."""
    text = f"{value:.1f}"
    text = text[:-2] if text.endswith(".0") else text
    return "0" if text == "-0" else text


def extent(shape: Shape) -> tuple[Pt, ...]:
    """Return points at the corners of the shape's reach, thickness included."""
    if isinstance(shape, Circle):
        return tuple(add(shape.centre, (1, 1), r) for r in (shape.r + 1, -shape.r - 1))
    pad = shape.width / 2 + OUTLINE if isinstance(shape, Tube) else 1.0
    return tuple(add(p, (sx, sy), pad) for p in shape.points for sx, sy in ((1, 1), (-1, -1)))


def bounds(shapes: list[Shape]) -> Box:
    """The box round what the shapes reach, thickness included."""
    points = [p for s in shapes for p in extent(s)]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return (min(xs), min(ys), max(xs), max(ys))


def view_box(drawing: Drawing) -> tuple[float, float, float, float]:
    """Return (left, top, width, height) in figure units: the shapes (or the frame), a margin, and the drawing's
    aspect, 4:3 unless told (figure y points up)."""
    points = [p for shape in drawing.shapes for p in extent(shape)]
    points += [p for shape in drawing.moves.values() for p in extent(shape)]
    if drawing.frame:
        points = [drawing.frame[:2], drawing.frame[2:]]
    for panel in drawing.panels:
        left, top, w, h = view_box(panel)
        points += [(left, top), (left + w, top - h)]
    if drawing.inset:
        inset = drawing.inset
        # The close-up circle, and the small circle that marks what it magnifies.
        rings = [(inset.centre, inset.r + 1)] + ([(inset.focus, inset.r / inset.zoom + 1)] if inset.focus else [])
        for c, r in rings:
            points += [add(c, (r, r)), add(c, (-r, -r))]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    w, h = max(xs) - min(xs) + 2 * MARGIN, max(ys) - min(ys) + 2 * MARGIN
    w, h = max(w, h * drawing.aspect), max(h, w / drawing.aspect)
    return (min(xs) + max(xs) - w) / 2, (min(ys) + max(ys) + h) / 2, w, h


class _Writer:
    """Turns shapes into elements in one coordinate frame, naming the polylines that are drawn twice (names count
    on from names, shared by the panels of one picture)."""

    def __init__(self, left: float, top: float, names: Iterator[int]) -> None:
        self.left, self.top, self.names = left, top, names

    def at(self, points: tuple[Pt, ...]) -> str:
        return " ".join(f"{number(x - self.left)},{number(self.top - y)}" for x, y in points)

    def element(self, shape: Shape, start: Shape | None) -> str:
        if isinstance(shape, Circle):
            return self._circle(shape, start)
        points = self.at(shape.points)
        moving = self._motion(start, points)
        if isinstance(shape, Tube):
            return self._tube(shape, points, moving)
        tag = "polygon" if isinstance(shape, Loop) else "polyline"
        fill = f' fill="{_paint(shape)}"' if isinstance(shape, Loop) and shape.fill != "none" else ""
        dots = ' stroke-dasharray="0 4.9" stroke-width="2"' if isinstance(shape, Line) and shape.dotted else ""
        return _tag(tag, f'points="{points}"{fill}{dots}', moving)

    def _motion(self, start: Shape | Turn | None, points: str) -> str:
        if isinstance(start, Turn):
            return self._turn(start)
        # A part that does not move (as written, to the tenth) needs no animation, and one that moves without
        # changing shape (the whole body rising onto the toes) only a shift: that keeps the file small.
        before = self.at(start.points) if start else points
        if before == points:
            return ""
        shift = _shift(before, points)
        return _animate_shift(shift) if shift else _animate("points", before, points)

    def _tube(self, tube: Tube, points: str, moving: str) -> str:
        edge, inside = self._tube_parts(tube, points, moving)
        return edge + inside

    def _tube_parts(self, tube: Tube, points: str, moving: str) -> tuple[str, str]:
        name = f"t{next(self.names)}"
        edge = _tag("polyline", f'id="{name}" points="{points}"', moving)
        return (f'<g stroke-width="{number(tube.width + 2 * OUTLINE)}">{edge}</g>',
                f'<use href="#{name}" stroke="{_paint(tube)}" stroke-width="{number(tube.width)}"/>')

    def limb(self, run: list[tuple[Shape, Shape | None]]) -> str:
        """A limb's joined tubes as one outline: every edge, then every inside over them, so no joint shows a line
        across the limb (a knee drawn as the shin's round end on the thigh read as "a tangle of tubes")."""
        parts = []
        for tube, start in run:
            points = self.at(tube.points)
            parts.append(self._tube_parts(tube, points, self._motion(start, points)))  # type: ignore[arg-type]
        return "".join(edge for edge, _ in parts) + "".join(inside for _, inside in parts)

    def _turn(self, turn: Turn) -> str:
        # The page's y runs down, so a turn anticlockwise in figure units is clockwise on it.
        centre = f"{number(turn.pivot[0] - self.left)} {number(self.top - turn.pivot[1])}"
        return (f'<animateTransform attributeName="transform" type="rotate" values="0 {centre};0 {centre};'
                f'{number(-turn.degrees)} {centre};{number(-turn.degrees)} {centre};0 {centre}" {MOTION}/>')

    def _circle(self, c: Circle, start: Shape | Turn | None) -> str:
        x, y = number(c.centre[0] - self.left), number(self.top - c.centre[1])
        moving = self._turn(start) if isinstance(start, Turn) else ""
        if isinstance(start, Circle) and (start.centre != c.centre):
            moving = (_animate("cx", number(start.centre[0] - self.left), x)
                      + _animate("cy", number(self.top - start.centre[1]), y))
        fill = f' fill="{_paint(c)}"' if c.fill != "none" else ""
        return _tag("circle", f'cx="{x}" cy="{y}" r="{number(c.r)}"{fill}', moving)


def _tag(name: str, attrs: str, inner: str) -> str:
    return f"<{name} {attrs}>{inner}</{name}>" if inner else f"<{name} {attrs}/>"


def _animate(attribute: str, start: str, end: str) -> str:
    return f'<animate attributeName="{attribute}" values="{end};{end};{start};{start};{end}" {MOTION}/>'


def _shift(start: str, end: str) -> str | None:
    """The one shift that takes every point of end to start's (as "dx dy"), or None if the shape changes. Each point
    is written to the tenth, so the shifts of one rigid move differ by up to a tenth."""
    pairs = [tuple(map(float, point.split(","))) for point in (start + " " + end).split()]
    half = len(pairs) // 2
    shifts = [(a[0] - b[0], a[1] - b[1]) for a, b in zip(pairs[:half], pairs[half:])]
    xs, ys = sorted(x for x, _ in shifts), sorted(y for _, y in shifts)
    if xs[-1] - xs[0] > 0.11 or ys[-1] - ys[0] > 0.11:
        return None
    return f"{number(xs[half // 2])} {number(ys[half // 2])}"


def _animate_shift(shift: str) -> str:
    return (f'<animateTransform attributeName="transform" type="translate" values="0 0;0 0;{shift};{shift};0 0" '
            f"{MOTION}/>")


def svg_document(drawing: Drawing | list[Shape], title: str) -> str:
    """Return a standalone SVG of the drawing, layer by layer, with its motion, inset and panels if it has them."""
    if isinstance(drawing, list):
        drawing = Drawing(drawing)
    left, top, w, h = view_box(drawing)
    names = count(1)
    body = _layers(drawing, _Writer(left, top, names)) + _panels(drawing, left, top, names)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {number(w)} {number(h)}" role="img">'
            f"<title>{escape(title)}</title><g {STYLE}>{body}</g></svg>")


def _layers(drawing: Drawing, writer: _Writer) -> str:
    """The drawing's shapes, one group per layer; a close-up leaves out what falls outside its frame."""
    box = view_box(drawing) if drawing.frame else None
    magnify = drawing.inset is not None and drawing.inset.detail is None
    parts = ['<g id="z">' if magnify else ""]
    for layer in LAYERS:
        if layer == "arrow" and drawing.inset:
            # Arrows stay out of the close-up: magnified, they would cover the hand or head it shows.
            parts.append(("</g>" if magnify else "") + _inset(drawing.inset, writer))
        shown = [(s, drawing.turns.get(i) or drawing.moves.get(i)) for i, s in enumerate(drawing.shapes)
                 if s.layer == layer and (box is None or _shows(box, s, drawing.moves.get(i)))]
        body = "".join(writer.limb(run) if len(run) > 1 else writer.element(*run[0]) for run in _limbs(shown))
        if body:
            parts.append(f"<g {LAYER_ATTRS[layer]}>{body}</g>")
    return "".join(parts)


def _limbs(shown: list[tuple[Shape, Shape | None]]) -> list[list[tuple[Shape, Shape | None]]]:
    """Split the shapes into runs, each a limb's tubes joined end to start (a thigh and its shin) or one shape."""
    runs: list[list[tuple[Shape, Shape | None]]] = []
    for shape, start in shown:
        last = runs[-1][-1][0] if runs else None
        if isinstance(shape, Tube) and isinstance(last, Tube) and last.fill == shape.fill \
                and _joins(last, shape):
            runs[-1].append((shape, start))
        else:
            runs.append([(shape, start)])
    return runs


def _joins(last: Tube, part: Tube) -> bool:
    """Whether a part runs on from the last as one limb: it starts at the last's end (a shin at the knee), unless it
    folds back along it (an elbow bent right up, which joined read as "a stiff inverted V"); or it passes through
    that end across it (a foot, from the heel to the toes, through the ankle), unless it points on the same way (a
    foot pointed along its shin, which joined was lost in it: "the feet staying together is not shown")."""
    end, a, b = last.points[-1], part.points[0], part.points[min(1, len(part.points) - 1)]
    before = direction(last.points[-2], end) if len(last.points) > 1 else (0.0, 0.0)
    turn = before[0] * (b[0] - a[0]) + before[1] * (b[1] - a[1])
    cos = turn / max(dist(a, b), 1e-9)
    if end == a:
        return cos > FOLD
    return dist(end, nearest_on_segment(end, a, b)) < 0.01 and abs(cos) < ACROSS


def _shows(box: tuple[float, float, float, float], shape: Shape, start: Shape | None) -> bool:
    left, top, w, h = box
    points = extent(shape) + (extent(start) if start else ())
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return max(xs) >= left and min(xs) <= left + w and max(ys) >= top - h and min(ys) <= top


def _panels(drawing: Drawing, left: float, top: float, names: Iterator[int]) -> str:
    """Each panel as a nested <svg>, which cuts it to its own view box, at its frame's place in the picture."""
    out = []
    for panel in drawing.panels:
        p_left, p_top, w, h = view_box(panel)
        x, y = number(p_left - left), number(top - p_top)
        out.append(f'<svg x="{x}" y="{y}" width="{number(w)}" height="{number(h)}" viewBox="0 0 {number(w)} '
                   f'{number(h)}">{_layers(panel, _Writer(p_left, p_top, names))}</svg>')
    return "".join(out)


def _inset(inset: Inset, writer: _Writer) -> str:
    cx, cy = inset.centre[0] - writer.left, writer.top - inset.centre[1]
    fx, fy = (inset.focus[0] - writer.left, writer.top - inset.focus[1]) if inset.focus else (cx, cy)
    z, r = inset.zoom, inset.r
    circle = f'cx="{number(cx)}" cy="{number(cy)}" r="{number(r)}"'
    if inset.detail:
        # The close-up fills the circle (cut to it): a nested <svg> fits its view box into the circle's square.
        left, top, w, h = view_box(inset.detail)
        content = (f'<svg x="{number(cx - r)}" y="{number(cy - r)}" width="{number(2 * r)}" height="{number(2 * r)}" '
                   f'viewBox="0 0 {number(w)} {number(h)}" preserveAspectRatio="xMidYMid slice">'
                   f'{_layers(inset.detail, _Writer(left, top, writer.names))}</svg>')
    else:
        # The whole picture again, magnified about the focus and moved to the circle.
        matrix = f"matrix({number(z)} 0 0 {number(z)} {number(cx - z * fx)} {number(cy - z * fy)})"
        content = f'<use href="#z" transform="{matrix}"/>'
    mark = f'<circle cx="{number(fx)}" cy="{number(fy)}" r="{number(r / z)}"/>' if inset.focus else ""
    return (f'<clipPath id="c"><circle {circle}/></clipPath><circle {circle} fill="#fff" stroke="none"/>'
            f'<g clip-path="url(#c)">{content}</g>'
            f'<g stroke-width="1.2" stroke="#555"><circle {circle}/>{mark}</g>')
