"""The hand close-up (view: hand): one hand side-on in each finger shape, with arrows from one to the next."""
from __future__ import annotations

from math import cos, radians, sin

from .arrows import chevron
from .shapes import Line, Loop, Pt, Shape, add

# Finger joint bends (knuckle, middle, end) in degrees for each hand shape.
FINGER_BENDS = {
    "straight": (0, 0, 0), "hook": (0, 95, 75), "fist": (90, 100, 70),
    "tabletop": (90, 0, 0), "flat_fist": (90, 95, 0),
}
FINGER = (15.0, 10.0, 8.0)
SPACING = 50.0


def _outline(line: list[Pt], half: float) -> tuple[Pt, ...]:
    # Both edges of a thick finger, so it reads as a finger rather than a stick.
    left, right = [], []
    for i, p in enumerate(line):
        a, b = line[max(i - 1, 0)], line[min(i + 1, len(line) - 1)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        size = (dx * dx + dy * dy) ** 0.5 or 1.0
        normal = (-dy / size, dx / size)
        left.append(add(p, normal, half))
        right.append(add(p, normal, -half))
    return tuple(left + right[::-1])


def _one_hand(x: float, shape: str) -> list[Shape]:
    # Seen from the thumb side, with the palm facing right: the fingers curl to the right.
    finger, angle = [(x, 48.0)], 0.0
    for bend, length in zip(FINGER_BENDS[shape], FINGER):
        angle += bend
        finger.append(add(finger[-1], (sin(radians(angle)), cos(radians(angle))), length))
    thumb = ((x + 4, 28.0), (x + 11, 38.0), (x + 12, 44.0))
    edges = [((x - 5, 0.0), (x - 4, 48.0)), ((x + 5, 0.0), (x + 4, 48.0))]
    return [Loop("end", _outline(finger, 3.0)), Line("end", thumb)] + [Line("end", e) for e in edges]


def hand_view_shapes(fingers: tuple[str, ...]) -> list[Shape]:
    """Return side views of one hand in each finger shape, left to right, with arrows between."""
    shapes: list[Shape] = []
    for i, shape in enumerate(fingers):
        x = i * SPACING
        shapes += _one_hand(x, shape)
        if i:
            tail, tip = (x - 37, 10.0), (x - 15, 10.0)
            shapes += [Line("arrow", (tail, tip))] + chevron(tip, tail)
    return shapes
