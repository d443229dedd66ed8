"""Numbers 1, 2 and 3 drawn in strokes in a white circle, saying which picture or arrow comes first (the drawings
hold no text, so no fonts): in the corner of numbered pictures (order.py, steps.py, above.py, lift.py) and over the
two heads of neck turns (head_view.py)."""
from __future__ import annotations

from .shapes import Circle, Line, Pt, Shape, add

# The numbers' circles (figure units).
NUMBER_R = 6.0
# The digits as strokes in a box one unit wide and high (the drawings hold no text, so no fonts).
DIGITS: dict[int, tuple[tuple[float, float], ...]] = {
    1: ((0.25, 0.75), (0.6, 1.0), (0.6, 0.0)),
    2: ((0.1, 0.72), (0.3, 0.95), (0.55, 1.0), (0.8, 0.9), (0.88, 0.7), (0.78, 0.5), (0.1, 0.0), (0.92, 0.0)),
    3: ((0.12, 0.88), (0.4, 1.0), (0.72, 0.95), (0.85, 0.78), (0.72, 0.58), (0.42, 0.52), (0.75, 0.45),
        (0.88, 0.25), (0.74, 0.05), (0.42, 0.0), (0.1, 0.12)),
}
DIGIT_H = 1.1  # the digit's height in the circle's radii
CORNER = 1.0  # how far a picture's number sits in from its top left corner


def number(centre: Pt, n: int) -> list[Shape]:
    """The number n drawn in strokes in a white circle."""
    size = NUMBER_R * DIGIT_H
    corner = add(centre, (-size / 2, -size / 2))
    return [Circle("number", centre, NUMBER_R, "white"),
            Line("number", tuple(add(corner, (x * size * 0.8 + size * 0.1, y * size)) for x, y in DIGITS[n]))]


def top_left(left: float, top: float, n: int) -> list[Shape]:
    """The number n just inside the top left corner of a picture whose frame starts at left and ends at top."""
    return number((left + NUMBER_R + CORNER, top - NUMBER_R - CORNER), n)
