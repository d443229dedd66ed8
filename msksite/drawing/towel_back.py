"""The towel stretch behind the back (``view: back`` with a towel at the hands): the person seen from behind, big,
from the top of the raised elbow down to the hips, a white towel across the back between the hands.

Side-on, the towel ran behind the body and the arms tangled in front of it ("a thin grey strip hidden behind a
side-on body"); small and whole, seen from behind, the back was cramped. Big and from behind, the towel lies on the
back in plain sight, running slantwise from one hand to the other, its ends passing into the fists (running on past
them, under the forearms, "the arms cross in front of the towel"); straight down the middle it "reads as a spine".
The bottom hand, the arm bent behind the low back with the elbow out past the side, holds its bottom end.

Round 56: the top arm had its elbow up and out and its forearm beside the head, so the two lay side by side, "an
awkward tube", and a grey head, pockets and a zip-like spine line made the back "read like a front view"; then the
upper arm stood up from the shoulder's outer edge, half as long again as the other arm, and the forearm folded down
over the head, and the hair was black.

Round 108: that arm was "a huge bent pole towering above the head", "a stiff inverted V", "seems to sprout from
mid-back"; the grey towel, 20 wide, straight through both fists with one dark band at each end, was "a rigid grey
tube", "hard to see against the body"; and "the solid black back of the head is confusing". Now the upper arm is as
long as the other one and goes up from the top of the shoulder to the elbow, level with the top of the head beside
it, and the forearm comes back down past the back of the head to the hand at the nape. The towel is white, wider,
with two thin grey stripes and a fringe at each end, as a bath towel has, and its loose bottom end hangs straight
down below the bottom fist, a little flared: a bend only cloth makes. (Fold lines down the towel made it a ladder;
the top end flopped over the top fist tangled with the arrow.) The hair is dark grey, ending at the nape in a row
of locks (strands drawn in it made a face or a helmet).

Pulling the top hand up draws the bottom hand up the back: the moving and printed pictures show it; the still shows
the end with one bold arrow on the towel, between the fists, pointing up it to the top hand. A thin second arrow and
the bottom arm faint lower down "clutter it" (with ``faint_start: false``; the whole faint start made the arms hard
to read, and two equal arrows left it "unclear which hand pulls").

Drawn in the picture's own units (y up, the hips at 0), not from the skeleton: the bottom hand's height follows the
near elbow's bend in the pose, so the start and the end come from the pose's angles.
"""
from __future__ import annotations

from math import cos, dist, radians, sin

from msksite.schema.pose import Pose

from .arrows import bold_arrow
from .back_view import HEAD, HEAD_R, SHOULDER, back_shapes
from .panels import side_by_side
from .shapes import Layer, Line, Loop, Pt, Shape, Tube, add, direction, left_of, relayered
from .svg import ASPECT, Box, Drawing

UPPER_ARM, FOREARM = 13.0, 11.0  # the arms' widths
# The bottom hand's height on the back (at the towel's bottom end) for a bent elbow: this high at a right angle,
# this much higher per degree more; the elbow lies this far out from the spine (out past the side of the back, so
# the forearm runs the width of the back: tucked in, the arm was "cramped") and this far below the hand.
LOW_HAND, PER_DEGREE = 22.0, 0.4
ELBOW_OUT, ELBOW_BELOW = 48.0, 4.0
# The hands across the back: the bottom one left of the spine, the top one at the nape, so the towel between them
# slants.
BOTTOM_X, TOP_X = -8.0, 5.0
# The towel: this wide, its top end this far above the bottom hand, hanging this far past each hand (the bottom end
# hanging loose below the fist), with two thin stripes across it near each end (this far in from the end, this far
# apart, this thick), as a bath towel has, and a fringe of threads this long.
TOWEL_W, TOWEL_LONG, TOWEL_PAST, FRINGE = 25.0, 40.0, (19.0, 9.0), 3.5
STRIPES_IN, STRIPES_APART, STRIPE_T = 3.0, 4.5, 2.0
# The loose bottom end spreads this much wider at its hem than at the fist: a cloth, not a bar.
FLARE = 1.2
# The top arm: the upper arm goes up from the shoulder's top, its elbow pointing up beside the head (this far out
# from the spine and this far above the top hand), the forearm back down beside the back of the head to the hand at
# the nape. As long as the other arm: half as long again, it towered over the head, "a huge bent pole".
RAISED_FROM = (30.0, 65.0)
TOP_ELBOW_X, TOP_ELBOW_UP = 38.0, 30.0
# A fist round the towel: this thick, as wide as the towel plus this much, with a crease between the fingers this
# far either side of its middle, this long. A round hand on the towel read as a button.
FIST_W, FIST_OVER, CREASE_AT, CREASE = 12.0, 4.0, 3.5, 5.0
# The hair: from the crown down this many degrees either side, its lower edge a row of locks this far out from the
# head's middle (in head radii), alternately up and down.
HAIR_TO, LOCKS = 125, (1.0, 0.7, 0.85, 0.6, 0.8, 0.6, 0.85, 0.7, 1.0)
# The one arrow, up the towel between the fists: from this far past the bottom hand to this far short of the top one.
PULL_FROM, PULL_TO = 9.0, 9.0
PULL_W, PULL_HEAD = 2.4, 6.0  # the pull arrow's thickness (inside its outline) and its head's size
# The picture shows from just under the waistband to this far over the raised elbow.
BOTTOM, OVER = -5.0, 4.0


def towel_behind_back(pose: Pose) -> bool:
    """Whether the pose is a towel held between the hands, seen from behind (the towel stretch)."""
    return pose.view == "back" and ("towel", "hands") in pose.placements()


def towel_back_drawing(pose: Pose, variant: str) -> Drawing:
    """The still (the end, an arrow up the towel, the bottom arm faint lower down unless faint_start is false), moving
    or pair picture."""
    start_pose = pose.at_start()
    high = _hand_height(pose)
    end = _person(high, "end")
    body = _grey_hair(back_shapes())
    frame = _frame(high)
    if start_pose is None:
        return Drawing(body + end, frame=frame)
    low = _hand_height(start_pose)
    start = _person(low, "start")
    if variant == "pair":
        solid_start = [relayered(s, "end") for s in start]
        return side_by_side([Drawing(body + solid_start, frame=frame), Drawing(body + end, frame=frame)], arrows=True)
    arrow = _pull_arrow(high)
    if variant == "moving":
        moves = {len(body) + i: relayered(s, "end") for i, s in enumerate(start)}
        return Drawing(body + end + arrow, moves, frame=frame)
    faint = _bottom_arm(low, "start") if pose.faint_start else []
    return Drawing(body + faint + end + arrow, frame=frame)


def _grey_hair(body: list[Shape]) -> list[Shape]:
    """The back view with dark grey hair, not black, ending at the nape in a row of locks over a little white neck:
    a solid black ball "is confusing" as the back of a head (round 108)."""
    at = lambda a, k=1.0: add(HEAD, (sin(radians(a)), cos(radians(a))), HEAD_R * k)
    rim = tuple(at(a) for a in range(-HAIR_TO, HAIR_TO + 1, 10))
    step = (360 - 2 * HAIR_TO) / (len(LOCKS) - 1)
    locks = tuple(at(HAIR_TO + i * step, k) for i, k in enumerate(LOCKS))
    hair = Loop("prop", rim + locks, "dark")
    return [hair if isinstance(s, Loop) and s.fill == "black" else s for s in body]


def _hand_height(pose: Pose) -> float:
    """How high up the back the bottom hand is: higher as the near elbow bends more."""
    return LOW_HAND + PER_DEGREE * ((pose.near.elbow or 90.0) - 90.0)


def _person(low: float, layer: Layer) -> list[Shape]:
    """The two arms and the towel between the hands, the bottom hand this high up the back."""
    top = low + TOWEL_LONG
    return _towel(low, top, layer) + _bottom_arm(low, layer) + _top_arm(top, layer)


def _towel(low: float, top: float, layer: Layer) -> list[Shape]:
    """A white towel: from the bottom fist it slants up the back to the top fist (its middle plain for the arrow) and
    a little past it; below the bottom fist its loose end hangs straight down, a little flared. Each end has two thin
    stripes across it and a fringe, as a bath towel has. Grey, narrow and straight through both fists, with one dark
    band at each end (props.held_towel), it read as "a rigid grey tube", "hard to see against the body"."""
    a, b = (BOTTOM_X, low), (TOP_X, top)
    along = direction(a, b)
    top_end = add(b, along, TOWEL_PAST[1])
    hem = add(a, (0.0, -1.0), TOWEL_PAST[0])
    return (_cloth(hem, a, (0.0, 1.0), FLARE, layer)  # the loose end, under the band: the fist hides the bend
            + _cloth(a, top_end, along, 1.0, layer, hem_at_start=False))


def _cloth(start: Pt, end: Pt, along: Pt, flare: float, layer: Layer, hem_at_start: bool = True) -> list[Shape]:
    """A straight piece of the towel from start to end, this much wider at the start, striped and fringed at its hem
    (the start, or the end)."""
    side, length = left_of(along), dist(start, end)
    half = lambda t: TOWEL_W / 2 * (flare - (flare - 1.0) * t / length)  # the half-width this far from the start
    at = lambda t: (add(add(start, along, t), side, half(t)), add(add(start, along, t), side, -half(t)))
    shapes: list[Shape] = [Loop(layer, at(0.0) + tuple(reversed(at(length))), "white")]
    hem, sign = (0.0, 1.0) if hem_at_start else (length, -1.0)
    for k in (STRIPES_IN, STRIPES_IN + STRIPES_APART):
        near, far = at(hem + sign * k), at(hem + sign * (k + STRIPE_T))
        shapes.append(Loop(layer, near + tuple(reversed(far)), "grey"))
    edge = at(hem)
    threads = (add(edge[1], direction(edge[1], edge[0]), dist(*edge) * k) for k in (0.15, 0.325, 0.5, 0.675, 0.85))
    return shapes + [Line(layer, (t, add(t, along, -sign * FRINGE))) for t in threads]


def _bottom_arm(low: float, layer: Layer) -> list[Shape]:
    """The left arm bent behind the low back, the elbow out to the side, the fist on the towel's bottom end."""
    shoulder, hand = (-SHOULDER[0], SHOULDER[1]), (BOTTOM_X, low)
    elbow = (-ELBOW_OUT, low - ELBOW_BELOW)
    return [Tube(layer, (shoulder, elbow), UPPER_ARM), Tube(layer, (elbow, add(hand, (-3.0, 0.0))), FOREARM),
            *_fist(hand, -1.0, layer)]


def _top_arm(top: float, layer: Layer) -> list[Shape]:
    """The right arm bent up beside the head: the upper arm up from the top of the shoulder to the elbow, level with
    the top of the head, and the forearm back down past the back of the head to the fist on the towel's top end, at
    the nape, an open V. As long as the other arm: longer, the elbow towered over the head, "a huge bent pole"."""
    hand = (TOP_X, top)
    elbow = (TOP_ELBOW_X, top + TOP_ELBOW_UP)
    return [Tube(layer, (RAISED_FROM, elbow), UPPER_ARM), Tube(layer, (elbow, add(hand, (2.0, 3.0))), FOREARM),
            *_fist(hand, 1.0, layer)]


def _fist(hand: Pt, towards: float, layer: Layer) -> list[Shape]:
    """A fist wrapped round the towel at this hand: a bar across the towel, wider than it, with two creases between
    the fingers coming in from its edge towards this end of the towel (towards: +1 the top end, -1 the bottom)."""
    along = direction((BOTTOM_X, 0.0), (TOP_X, TOWEL_LONG))
    side = left_of(along)
    reach = (TOWEL_W + FIST_OVER - FIST_W) / 2
    edge = add(hand, along, towards * FIST_W / 2)
    creases = [Line(layer, (add(edge, side, k), add(add(edge, side, k), along, -towards * CREASE)))
               for k in (-CREASE_AT, CREASE_AT)]
    return [Tube(layer, (add(hand, side, reach), add(hand, side, -reach)), FIST_W), *creases]


def _pull_arrow(high: float) -> list[Shape]:
    """One bold arrow on the towel, along it, up to the top hand: the top hand pulls the towel, and the bottom hand
    with it, up the back. Above the top hand, in the gap by the head, it tangled with the raised arm once the arm
    stood up beside the head; a second, thin arrow at the bottom hand was clutter ("two arrows plus a faded arm
    clutter it")."""
    bottom_hand, top_hand = (BOTTOM_X, high), (TOP_X, high + TOWEL_LONG)
    along = direction(bottom_hand, top_hand)
    return bold_arrow(add(bottom_hand, along, PULL_FROM), add(top_hand, along, -PULL_TO), PULL_W, PULL_HEAD)


def _frame(high: float) -> Box:
    """From just under the waistband to just over the raised elbow, as wide as the page's drawings are for that
    height."""
    top = high + TOWEL_LONG + TOP_ELBOW_UP + UPPER_ARM / 2 + OVER
    half = (top - BOTTOM) * ASPECT / 2
    return (-half, BOTTOM, half, top)
