"""The towel stretch behind the back (``view: back`` with a towel at the hands): the person seen from behind, big,
from the top of the raised elbow down to the hips, a striped towel across the back between the hands.

Side-on, the towel ran behind the body and the arms tangled in front of it ("a thin grey strip hidden behind a
side-on body"); small and whole, seen from behind, the back was cramped. Big and from behind, the towel lies on the
back in plain sight, running slantwise from one hand to the other, its ends passing into the fists (running on past
them, under the forearms, "the arms cross in front of the towel"), wide, striped near the ends and fringed: straight
down the middle it "reads as a spine". The bottom hand, the arm bent behind the low back with the elbow out past
the side, holds its bottom end.

Round 56: the top arm had its elbow up and out and its forearm beside the head, so the two lay side by side, "an
awkward tube", and a grey head, pockets and a zip-like spine line made the back "read like a front view". Now the
upper arm stands up beside the head from the shoulder's outer edge and the forearm folds down behind the head (over
it, seen from behind) to the hand at the nape, an open V with the head between; the hair is black, there is no
line down the middle, and the bottom elbow sticks out past the side so its forearm spans the back. (An earlier
forearm across the head was read as "the arms tangle with the head"; this one crosses only the side of the head,
down to the nape.)

Pulling the top hand up draws the bottom hand up the back: the moving and printed pictures show it; the still shows
the end with one bold arrow on the towel, between the fists, pointing up it to the top hand. A thin second arrow and
the bottom arm faint lower down "clutter it" (with ``faint_start: false``; the whole faint start made the arms hard
to read, and two equal arrows left it "unclear which hand pulls").

Drawn in the picture's own units (y up, the hips at 0), not from the skeleton: the bottom hand's height follows the
near elbow's bend in the pose, so the start and the end come from the pose's angles.
"""
from __future__ import annotations

from msksite.schema.pose import Pose

from .arrows import bold_arrow
from .back_view import SHOULDER, back_shapes
from .props import held_towel
from .shapes import Layer, Line, Pt, Shape, Tube, add, direction, left_of, relayered
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
# The towel: this wide, its top end this far above the bottom hand, hanging this far past each hand, with a dark
# stripe across it this far in from each end, and a fringe of threads this long.
TOWEL_W, TOWEL_LONG, TOWEL_PAST, STRIPE, FRINGE = 20.0, 36.0, (15.0, 6.0), (2.0, 6.0), 4.0
# The top arm: it rises from the shoulder's outer edge (from the joint, its round end showed inside the back like a
# post standing on it), its elbow pointing up beside the head, this far out from the spine and this far above the
# top hand.
RAISED_FROM = (33.0, 62.0)
TOP_ELBOW_X, TOP_ELBOW_UP = 30.0, 50.0
# A fist round the towel: this thick, as wide as the towel plus this much, with a crease between the fingers this
# far either side of its middle, this long. A round hand on the towel read as a button.
FIST_W, FIST_OVER, CREASE_AT, CREASE = 12.0, 4.0, 3.5, 5.0
# The one arrow, up the towel between the fists: from this far past the bottom hand to this far short of the top one.
PULL_FROM, PULL_TO = 9.0, 9.0
PULL_W, PULL_HEAD = 2.4, 6.0  # the pull arrow's thickness (inside its outline) and its head's size
# The picture shows from just under the waistband to this far over the raised elbow.
BOTTOM, OVER = -5.0, 4.0


def towel_behind_back(pose: Pose) -> bool:
    """Whether the pose is a towel held between the hands, seen from behind (the towel stretch)."""
    return pose.view == "back" and ("towel", "hands") in pose.placements()


def towel_back_drawing(pose: Pose, variant: str) -> Drawing:
    """The still (the end, an arrow up the towel, the bottom arm faint lower down unless faint_start is false) or
    moving picture."""
    start_pose = pose.at_start()
    high = _hand_height(pose)
    end = _person(high, "end")
    body = back_shapes()
    frame = _frame(high)
    if start_pose is None:
        return Drawing(body + end, frame=frame)
    low = _hand_height(start_pose)
    start = _person(low, "start")
    arrow = _pull_arrow(high)
    if variant == "moving":
        moves = {len(body) + i: relayered(s, "end") for i, s in enumerate(start)}
        return Drawing(body + end + arrow, moves, frame=frame)
    faint = _bottom_arm(low, "start") if pose.faint_start else []
    return Drawing(body + faint + end + arrow, frame=frame)


def _hand_height(pose: Pose) -> float:
    """How high up the back the bottom hand is: higher as the near elbow bends more."""
    return LOW_HAND + PER_DEGREE * ((pose.near.elbow or 90.0) - 90.0)


def _person(low: float, layer: Layer) -> list[Shape]:
    """The two arms and the towel between the hands, the bottom hand this high up the back."""
    top = low + TOWEL_LONG
    return _towel(low, top, layer) + _bottom_arm(low, layer) + _top_arm(top, layer)


def _towel(low: float, top: float, layer: Layer) -> list[Shape]:
    """A towel slanting from hand to hand (props.held_towel), its middle plain for the arrow."""
    return held_towel((BOTTOM_X, low), (TOP_X, top), TOWEL_W, TOWEL_PAST, STRIPE, FRINGE, layer)


def _bottom_arm(low: float, layer: Layer) -> list[Shape]:
    """The left arm bent behind the low back, the elbow out to the side, the fist on the towel's bottom end."""
    shoulder, hand = (-SHOULDER[0], SHOULDER[1]), (BOTTOM_X, low)
    elbow = (-ELBOW_OUT, low - ELBOW_BELOW)
    return [Tube(layer, (shoulder, elbow), UPPER_ARM), Tube(layer, (elbow, add(hand, (-3.0, 0.0))), FOREARM),
            *_fist(hand, -1.0, layer)]


def _top_arm(top: float, layer: Layer) -> list[Shape]:
    """The right arm up beside the head, the elbow pointing up, the forearm folded down behind the head (over it,
    seen from behind) to the fist on the towel's top end, at the nape: with the forearm beside the head too, the two
    lay side by side, "an awkward tube"."""
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
