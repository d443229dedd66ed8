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

Where a stretch is felt, the muscle it is in is shaded dark, its belly round past the limb's edge: behind a calf, or
on the front of a thigh from the hip down (a hip flexor stretch). A dashed line beside the limb with a head at each end
pointing apart was "cluttered and easy to miss" by a calf; by the hip flexor stretch's kneeling thigh it landed over
the front leg's thigh (the wrong leg), and with no mark at all "nothing shows where the stretch should be felt" (3.69,
round 71). The shaded calf read well (4.03), so the kneeling thigh is shaded the same way: it is drawn with its leg,
under the body and the front leg, so the shading shows on the grey thigh just below them, on the leg that is down.
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


# The front of a thigh where a stretch is felt (the hip flexors), along it from the hip: where the shading starts
# and ends, how far its front bulges past the thigh's middle (half widths; the thigh's edge is at 1), how early its
# round top comes, and where its back edge runs (behind the thigh's middle, so the shading is wide enough to see
# below the front leg's thigh, which hides its top, and the back of the grey thigh still shows).
THIGH_FROM, THIGH_TO, THIGH_SWELL, THIGH_PEAK, THIGH_BACK = 0.0, 0.85, 1.5, 1.0, -0.5
# The calf, along the shin from the knee: where its belly starts and ends, how far it reaches behind the shin's
# middle (half widths; the shin's edge is at 1), how early its round top comes, and where its front edge runs (the
# shin's middle, so the shin's outline shows through it).
CALF_FROM, CALF_TO, CALF_SWELL, CALF_PEAK, CALF_FRONT = 0.04, 0.78, 1.95, 0.55, 0.0


def stretched(top: Pt, bottom: Pt, half: float, muscle: str) -> list[Shape]:
    """Where a stretch is felt along a limb (half its width given): the muscle shaded dark, the calf round behind
    the shin, or the front of the thigh from the hip down."""
    if muscle == "calf":
        return [_shaded(top, bottom, half, BEHIND, CALF_FROM, CALF_TO, CALF_SWELL, CALF_PEAK, CALF_FRONT)]
    return [_shaded(top, bottom, half, FRONT, THIGH_FROM, THIGH_TO, THIGH_SWELL, THIGH_PEAK, THIGH_BACK)]


# Side-on the person faces right: the front of a limb is to the left of the line down it, from hip to knee or knee
# to ankle, and the back to its right.
FRONT, BEHIND = 1.0, -1.0


def _shaded(top: Pt, bottom: Pt, half: float, side: float, start: float, stop: float, swell: float, peak: float,
            inner: float) -> Loop:
    """A muscle shaded dark along a limb, on its front or back (side): its belly round out past the limb's edge
    from start to stop along it, its other edge inside the limb (inner), so the limb's outline shows through it."""
    along = direction(top, bottom)
    length = dist(top, bottom)
    turn = left_of(along)
    out = (side * turn[0], side * turn[1])
    at = lambda t, k: add(add(top, along, t * length), out, k * half)
    edge = _belly_of(start, stop, swell, peak) + [(stop, inner), (start, inner)]
    return Loop("end", tuple(at(t, k) for t, k in edge), "dark")
