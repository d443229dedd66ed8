"""A thigh muscle tightening (a thigh squeeze), or a muscle stretched, seen from the side: the front of the thigh
bulging up out of its outline, shaded dark, with bold lines fanning out from the top of the bulge, as a squeeze is
drawn in comics.

A shaded patch inside the thigh's outline read as a push of the knee, not a squeeze (reviewers matched the thigh
squeeze only by ruling other names out); a grey dome over the knee read as an object sitting on it; a dark band just
past the thigh's edge, with small thin lines, read only as "tick marks". So the muscle rises from the thigh's edge at
the hip and falls back to it at the knee (one outline with the thigh, so it is the thigh swelling), and the lines are
few, long and drawn as boldly as the arrows.

Where a stretch is felt, the muscle itself is shaded, its belly round past the limb's outline, so the picture names
the muscle the stretch is in: behind the shin (a calf stretch) or in front of the thigh from the hip (a hip flexor
stretch). Reviewers asked where the hip flexor stretch is felt; a dark block inside the thigh was "unexplained", then a
dashed line beside it with a head at each end pointing apart "cryptic" and dropped, and without a mark "where the
stretch is felt is not shown" (round 41). On the back of a calf that dashed mark, small beside the arrow at the heel,
was "cluttered and easy to miss", and the shaded calf took its place; the thigh is now shaded the same way.
"""
from __future__ import annotations

from math import dist, pi, sin

from .shapes import Layer, Line, Loop, Pt, Shape, add, direction, left_of

# Along the thigh from hip (0) to knee (1), where the muscle lies, and how far its belly reaches in front of the
# thigh's middle at its top, in half thigh widths: the thigh's edge is at 1, so the bulge rises SWELL - 1 above it.
# Lower than it was (1.9): a tall bulge read as "a floating grey dome" sitting on the leg.
FROM_HIP, TO_KNEE, SWELL = 0.08, 0.88, 1.6
SAMPLES = 12
# The back edge of the muscle, inside the thigh (so the outline of the thigh shows under it), from knee to hip.
BACK = ((0.78, -0.3), (0.15, -0.3))
# The effort lines: where along the thigh each starts and which way it leans (towards the hip or knee), in half
# widths out from the middle of the thigh, from start to end; they fan out from over the top of the bulge, the first
# leaning only a little towards the hip so it stays clear of a trunk leaning back on the hands.
MARKS = ((0.38, -0.5), (0.52, 0.0), (0.66, 0.7))
MARK_FROM, MARK_TO = 2.6, 4.6


def _belly_of(start: float, stop: float, swell: float, peak: float = 1.0) -> list[tuple[float, float]]:
    """The outer edge of a muscle along a limb, as (along, out): rising from the limb's edge to a round top and
    falling back to it; a peak under 1 puts the top nearer the start."""
    span = stop - start
    return [(start + span * i / SAMPLES, 1.0 + (swell - 1.0) * sin(pi * (i / SAMPLES) ** peak) ** 0.8)
            for i in range(SAMPLES + 1)]


def working_thigh(hip: Pt, knee: Pt, half: float, layer: Layer) -> list[Shape]:
    """The front of a thigh (half its width given) tightened: a dark muscle bulging out, with effort lines."""
    along = direction(hip, knee)
    length = dist(hip, knee)
    # Side-on the person faces right, so the front of the thigh is to the left of the line from hip to knee.
    front = left_of(along)
    at = lambda t, k: add(add(hip, along, t * length), front, k * half)
    muscle = Loop(layer, tuple(at(t, k) for t, k in _belly_of(FROM_HIP, TO_KNEE, SWELL) + list(BACK)), "dark")
    # The lines go with the arrows (as bold), so they read as effort, not as marks on the skin; a faint start
    # keeps its own thin ones.
    marks = "arrow" if layer == "end" else layer
    lines = [Line(marks, (at(t, MARK_FROM), add(at(t, MARK_TO), along, lean * half))) for t, lean in MARKS]
    return [muscle] + lines


# Where a stretch is felt, the muscle itself is shaded dark, its belly round past the limb's outline: (along the limb
# from its top, where the belly starts and ends; how far it reaches out from the limb's middle, in half widths, the
# limb's edge at 1; how early its round top comes; where its inner edge runs, the limb's middle, so the limb's outline
# shows through it). The calf lies behind the shin from below the knee to above the ankle. The thigh's muscle lies in
# front of the thigh from the front of the hip (a hip flexor stretch), its top early so the shading starts at the hip
# where the stretch is felt; it swells less than the calf, since a thigh is wider.
CALF = (0.04, 0.78, 1.95, 0.55, 0.0)
THIGH = (0.02, 0.8, 1.7, 0.45, 0.0)


def stretched(top: Pt, bottom: Pt, half: float, muscle: str) -> list[Shape]:
    """Where a stretch is felt along a limb (half its width given): the muscle shaded dark, the calf behind the shin
    or the thigh's muscle in front of the thigh."""
    # A dark block inside the thigh's outline read as "unexplained", and a dashed line beside it with a head at each
    # end as "cryptic": a muscle shaded as the calf's is, round past the outline, names the muscle stretched.
    along = direction(top, bottom)
    # Side-on the person faces right: the front of the thigh is to the left of the line from hip to knee, and behind
    # the shin to the right of the line from knee to ankle.
    out = left_of(along) if muscle == "thigh" else left_of((-along[0], -along[1]))
    return [_belly(top, bottom, half, out, THIGH if muscle == "thigh" else CALF)]


def _belly(top: Pt, bottom: Pt, half: float, out: Pt, shape: tuple[float, ...]) -> Loop:
    """A muscle shaded dark on one side of a limb (out), its round belly past the limb's outline."""
    start, stop, swell, peak, inner = shape
    along = direction(top, bottom)
    length = dist(top, bottom)
    at = lambda t, k: add(add(top, along, t * length), out, k * half)
    edge = _belly_of(start, stop, swell, peak) + [(stop, inner), (start, inner)]
    return Loop("end", tuple(at(t, k) for t, k in edge), "dark")
