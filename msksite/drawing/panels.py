"""Pictures set side by side in one drawing, each cut to its own frame: a start and end for print, and the two
heads of neck turns.

Each picture keeps its own frame's shape (scene._panels makes them all as wide, which left the narrow one with white
above and below), all are drawn as tall, and a short arrow between them can say "then".
"""
from __future__ import annotations

from .arrows import chevron
from .shapes import Line, moved
from .svg import Drawing

GAP = 14.0  # between two pictures, in the units of their frames


def side_by_side(drawings: list[Drawing], arrows: bool) -> Drawing:
    """The drawings left to right, their frames' bottoms level (their frames must be as tall, in the same units),
    each cut to its frame, with an arrow in each gap if asked."""
    panels, between, x = [], [], 0.0
    base, height = drawings[0].frame[1], drawings[0].frame[3] - drawings[0].frame[1]
    for i, drawing in enumerate(drawings):
        left, bottom, right, top = drawing.frame
        shift = (x - left, base - bottom)
        frame = (x, base, x + right - left, base + height)
        moves = {i: moved(s, shift) for i, s in drawing.moves.items()}
        panels.append(Drawing([moved(s, shift) for s in drawing.shapes], moves, frame=frame,
                              aspect=(right - left) / height))
        if arrows and i:
            middle = base + height / 2
            tail, tip = (x - GAP + 1.0, middle), (x - 1.0, middle)
            between += [Line("arrow", (tail, tip))] + chevron(tip, tail)
        x = frame[2] + GAP
    return Drawing(between, panels=panels)
