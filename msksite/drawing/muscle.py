"""A thigh muscle tightening (a thigh squeeze), seen from the side: the front of the thigh shaded dark along its
length, swelling a little, with short lines fanning out from it, as a squeeze is drawn in comics and leaflets.

A shaded patch inside the thigh's outline read as a push of the knee, not a squeeze (reviewers matched the thigh
squeeze only by ruling other names out); a dome swelling far past the thigh read as an object sitting on it. So the
muscle is a band along the front of the thigh, just past its edge, with tension lines.
"""
from __future__ import annotations

from math import pi, sin

from .shapes import Layer, Line, Loop, Pt, Shape, add, direction, left_of

# Along the thigh from hip (0) to knee (1), where the muscle lies, and how far its belly reaches in front of the
# thigh's middle, in half thigh widths: past 1 it swells out of the thigh's outline (a little: far past, a dome).
FROM_HIP, TO_KNEE, SWELL = 0.05, 0.9, 1.35
SAMPLES = 12
# The back edge of the muscle, inside the thigh (so the outline of the thigh shows under it), from knee to hip.
BACK = ((0.75, -0.35), (0.2, -0.35))
# The tension lines: where along the thigh each starts and which way it leans (towards the hip or knee), in half
# widths out from the middle of the thigh, from start to end.
MARKS = ((0.3, -0.45), (0.53, 0.0), (0.76, 0.45))
MARK_FROM, MARK_TO = 2.7, 4.1


def working_thigh(hip: Pt, knee: Pt, half: float, layer: Layer) -> list[Shape]:
    """The front of a thigh (half its width given) tightened: a dark muscle bulging out, with tension lines."""
    along = direction(hip, knee)
    length = ((knee[0] - hip[0]) ** 2 + (knee[1] - hip[1]) ** 2) ** 0.5
    # Side-on the person faces right, so the front of the thigh is to the left of the line from hip to knee.
    front = left_of(along)
    at = lambda t, k: add(add(hip, along, t * length), front, k * half)
    muscle = Loop(layer, tuple(at(t, k) for t, k in _belly() + list(BACK)), "dark")
    lines = [Line(layer, (at(t, MARK_FROM), add(at(t, MARK_TO), along, lean * half))) for t, lean in MARKS]
    return [muscle] + lines


def _belly() -> list[tuple[float, float]]:
    """The front edge of the muscle from hip to knee, as (along, out): a flat-topped swell along the thigh."""
    span = TO_KNEE - FROM_HIP
    return [(FROM_HIP + span * i / SAMPLES, SWELL * sin(pi * i / SAMPLES) ** 0.3) for i in range(SAMPLES + 1)]
