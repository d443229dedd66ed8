"""Shapes to SVG text: the view box, one group per layer, short numbers and an escaped title."""
from __future__ import annotations

from xml.sax.saxutils import escape

from .shapes import LAYERS, Circle, Layer, Loop, Pt, Shape, add

# The smallest view box, so a small figure is not blown up; bigger drawings grow it.
CANVAS = (180.0, 135.0)
MARGIN = 6.0
STYLE = 'fill="none" stroke="#000" stroke-linecap="round" stroke-linejoin="round"'
STROKE_WIDTHS: dict[Layer, float] = {"prop": 1.5, "far": 3.0, "body": 3.0, "arrow": 2.0}
# Far limbs are grey so depth reads in black and white.
LAYER_COLOURS: dict[Layer, str] = {"far": "#999"}


def number(value: float) -> str:
    """Return value with at most one decimal and no trailing .0 or minus zero, to keep the SVG small."""
    text = f"{value:.1f}"
    text = text[:-2] if text.endswith(".0") else text
    return "0" if text == "-0" else text


def _extent(shape: Shape) -> tuple[Pt, ...]:
    if isinstance(shape, Circle):
        return tuple(add(shape.centre, (1, 1), r) for r in (shape.r, -shape.r))
    return shape.points


def view_box(shapes: list[Shape], zoom: float) -> tuple[float, float, float, float]:
    """Return (left, top, width, height) in figure units, centred on the shapes; zoom shrinks the smallest size."""
    points = [p for shape in shapes for p in _extent(shape)]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    w = max(CANVAS[0] / zoom, max(xs) - min(xs) + 2 * MARGIN)
    h = max(CANVAS[1] / zoom, max(ys) - min(ys) + 2 * MARGIN)
    # Figure y points up and SVG y points down, so "top" is the largest figure y.
    return (min(xs) + max(xs) - w) / 2, (min(ys) + max(ys) + h) / 2, w, h


def _element(shape: Shape, left: float, top: float) -> str:
    def at(p: Pt) -> str:
        return f"{number(p[0] - left)},{number(top - p[1])}"

    if isinstance(shape, Circle):
        x, y = shape.centre
        return f'<circle cx="{number(x - left)}" cy="{number(top - y)}" r="{number(shape.r)}"/>'
    tag = "polygon" if isinstance(shape, Loop) else "polyline"
    return f'<{tag} points="{" ".join(at(p) for p in shape.points)}"/>'


def svg_document(shapes: list[Shape], title: str, zoom: float = 1.0) -> str:
    """Return a standalone SVG of the shapes, drawn layer by layer; zoom > 1 draws them bigger with thinner strokes."""
    left, top, w, h = view_box(shapes, zoom)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {number(w)} {number(h)}" role="img">',
        f"<title>{escape(title)}</title><g {STYLE}>",
    ]
    for layer in LAYERS:
        body = "".join(_element(s, left, top) for s in shapes if s.layer == layer)
        colour = f' stroke="{LAYER_COLOURS[layer]}"' if layer in LAYER_COLOURS else ""
        if body:
            parts.append(f'<g stroke-width="{number(STROKE_WIDTHS[layer] / zoom)}"{colour}>{body}</g>')
    parts.append("</g></svg>")
    return "".join(parts)
