"""A thigh muscle tightening (a thigh squeeze), or a muscle stretched, seen from the side: the front of the thigh
bulging up out of its outline, shaded dark, with bold lines fanning out from the top of the bulge, as a squeeze is
drawn in comics.

A shaded patch inside the thigh's outline read as a push of the knee, not a squeeze (reviewers matched the thigh
squeeze only by ruling other names out); a grey dome over the knee read as an object sitting on it; a dark band just
past the thigh's edge, with small thin lines, read only as "tick marks". So the muscle rises from the thigh's edge at
the hip and falls back to it at the knee (one outline with the thigh, so it is the thigh swelling), and the lines are
few, long and drawn as boldly as the arrows. Alone, even so, the tight thigh was "abstract" and "the change can only be
hinted at" (3.4, round 68): the thigh squeeze is now two numbered pictures, relaxed then tightened, and the muscle is
drawn only in the second (scene.py draws a picture of the start without it).

Where a stretch is felt on the front of a thigh, a dashed line runs beside it with a head at each end pointing apart
(reviewers asked where the hip flexor stretch is felt). On the back of a calf that mark, small beside the arrow at the
heel, was "cluttered and easy to miss": there the calf muscle itself is shaded, its belly round behind the shin, so the
picture names the muscle the stretch is in.
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


# Where a stretch is felt on a thigh, as (along from the hip, along to the knee, side): its front, from the front of
# the hip (a hip flexor stretch).
STRETCHES = {"thigh": (-0.05, 0.85, 1.0)}
# The calf, along the shin from the knee: where its belly starts and ends, how far it reaches behind the shin's
# middle (half widths; the shin's edge is at 1), how early its round top comes, and where its front edge runs (the
# shin's middle, so the shin's outline shows through it).
CALF_FROM, CALF_TO, CALF_SWELL, CALF_PEAK, CALF_FRONT = 0.04, 0.78, 1.95, 0.55, 0.0
# The marks sit this far out from the middle of the limb, in half widths, just clear of its outline; each dash and
# gap is this share of the marked length, and the heads at either end this long, in half widths.
STRETCH_OUT, DASHES, HEAD = 2.6, 3, 1.7


def stretched(top: Pt, bottom: Pt, half: float, muscle: str) -> list[Shape]:
    """Where a stretch is felt along a limb (half its width given): the calf shaded, or beside a thigh a dashed line
    with a head at each end pointing apart, the muscle pulled long both ways."""
    if muscle == "calf":
        return [_calf(top, bottom, half)]
    # A dark block inside the thigh read as "unexplained"; a line pulled apart both ways is how a stretch is drawn.
    start, stop, side = STRETCHES[muscle]
    along = direction(top, bottom)
    length = dist(top, bottom)
    out = left_of(along)
    at = lambda t, k=STRETCH_OUT: add(add(top, along, t * length), out, side * k * half)
    step = (stop - start) / (2 * DASHES - 1)
    dashes = [Line("arrow", (at(start + 2 * i * step), at(start + (2 * i + 1) * step))) for i in range(DASHES)]
    heads = [_head(at(t), along, pull, out, HEAD * half) for t, pull in ((start, -1.0), (stop, 1.0))]
    return dashes + heads


def _calf(knee: Pt, ankle: Pt, half: float) -> Loop:
    """The calf muscle shaded dark, round behind the shin from below the knee to above the ankle."""
    along = direction(knee, ankle)
    length = dist(knee, ankle)
    # Side-on the person faces right: behind the shin is to the right of the line from knee to ankle.
    behind = left_of((-along[0], -along[1]))
    at = lambda t, k: add(add(knee, along, t * length), behind, k * half)
    edge = _belly_of(CALF_FROM, CALF_TO, CALF_SWELL, CALF_PEAK) + [(CALF_TO, CALF_FRONT), (CALF_FROM, CALF_FRONT)]
    return Loop("end", tuple(at(t, k) for t, k in edge), "dark")


def _head(tip: Pt, along: Pt, pull: float, out: Pt, size: float) -> Line:
    """An open arrow head at tip pointing along the limb (pull 1 towards its end, -1 towards its top)."""
    back = add(tip, along, -pull * size)
    return Line("arrow", (add(back, out, size * 0.8), tip, add(back, out, -size * 0.8)))
