"""Pictures set side by side in one drawing, each cut to its own frame: numbered steps, and a wrist lift's set-up
beside its side view.

Each picture keeps its own frame's shape (scene._panels makes them all as wide, which left the narrow one with white
above and below), and all are drawn as tall.
"""
from __future__ import annotations

from .shapes import add, moved
from .svg import Drawing, Turn

GAP = 14.0  # between two pictures, in the units of their frames


def side_by_side(drawings: list[Drawing]) -> Drawing:
    """The drawings left to right, their frames' bottoms level (their frames must be as tall, in the same units),
    each cut to its frame."""
    panels, x = [], 0.0
    base, height = drawings[0].frame[1], drawings[0].frame[3] - drawings[0].frame[1]
    for drawing in drawings:
        left, bottom, right, top = drawing.frame
        shift = (x - left, base - bottom)
        frame = (x, base, x + right - left, base + height)
        moves = {i: moved(s, shift) for i, s in drawing.moves.items()}
        turns = {i: Turn(add(t.pivot, shift), t.degrees) for i, t in drawing.turns.items()}
        panels.append(Drawing([moved(s, shift) for s in drawing.shapes], moves, frame=frame,
                              aspect=(right - left) / height, turns=turns))
        x = frame[2] + GAP
    return Drawing([], panels=panels)
