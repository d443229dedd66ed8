"""The towel stretch behind the back (``view: back`` with a towel at the hands): the person seen from behind, big,
from the top of the raised elbow down to the hips, a striped towel across the back between the hands.

Side-on, the towel ran behind the body and the arms tangled in front of it ("a thin grey strip hidden behind a
side-on body"); small and whole, seen from behind, the back was cramped. Big and from behind, the towel lies on the
back in plain sight: the top hand holds its top end beside the neck, the elbow up and out beside the head, so the
forearm comes down clear of the head (across it, "the arms tangle with the head"); the bottom hand, bent behind the
low back, holds its bottom end. The towel runs slantwise from one hand to the other, its ends passing into the
fists (running on past them, under the forearms, "the arms cross in front of the towel"), wide, striped across and
fringed: straight down the middle it "reads as a spine". Pulling the top hand up draws the bottom hand up the back:
the moving and printed pictures show it; the still shows the end with one bold arrow up from over the top forearm,
beside the head (this hand pulls). A thin second arrow and the bottom arm faint lower down "clutter it" (with
``faint_start: false``; the whole faint start made the arms hard to read, and two equal arrows left it "unclear which
hand pulls"). Hair over the whole back of the head says "from behind".

Drawn in the picture's own units (y up, the hips at 0), not from the skeleton: the bottom hand's height follows the
near elbow's bend in the pose, so the start and the end come from the pose's angles.
"""
from __future__ import annotations

from msksite.schema.pose import Pose

from .arrows import bold_arrow
from .back_view import SHOULDER, back_shapes
from .panels import side_by_side
from .props import held_towel
from .shapes import Layer, Line, Pt, Shape, Tube, add, direction, left_of, midpoint, relayered
from .svg import ASPECT, Box, Drawing

UPPER_ARM, FOREARM = 13.0, 11.0  # the arms' widths
# The bottom hand's height on the back (at the towel's bottom end) for a bent elbow: this high at a right angle,
# this much higher per degree more; the elbow lies this far out from the spine and this far below the hand.
LOW_HAND, PER_DEGREE = 22.0, 0.4
ELBOW_OUT, ELBOW_BELOW = 40.0, 6.0
# The hands across the back: the bottom one just left of the spine, the top one beside the neck, so the towel
# between them slants.
BOTTOM_X, TOP_X = -6.0, 12.0
# The towel: this wide, its top end this far above the bottom hand, hanging this far past each hand, with a dark
# stripe across it this far in from each end, a thin one across its middle, and a fringe of threads this long.
TOWEL_W, TOWEL_LONG, TOWEL_PAST, STRIPE, FRINGE = 20.0, 36.0, (15.0, 6.0), (2.0, 6.0), 4.0
# The top arm: its elbow points up and out beside the head, this far out from the spine and this far above the
# top hand.
TOP_ELBOW_X, TOP_ELBOW_UP = 48.0, 44.0
# A fist round the towel: this thick, as wide as the towel plus this much, with a crease between the fingers this
# far either side of its middle, this long. A round hand on the towel read as a button.
FIST_W, FIST_OVER, CREASE_AT, CREASE = 12.0, 4.0, 3.5, 5.0
# The one arrow, up from over the top forearm in the gap beside the head: this far right of the top hand, from this
# far above it, this long.
PULL_OUT, PULL_FROM, PULL_LONG = 12.0, 31.0, 22.0
PULL_W, PULL_HEAD = 2.4, 6.0  # the pull arrow's thickness (inside its outline) and its head's size
# The picture shows from just under the waistband to this far over the raised elbow or the arrow's tip if higher.
BOTTOM, OVER = -5.0, 5.0


def towel_behind_back(pose: Pose) -> bool:
    """Whether the pose is a towel held between the hands, seen from behind (the towel stretch)."""
    return pose.view == "back" and ("towel", "hands") in pose.placements()


def towel_back_drawing(pose: Pose, variant: str) -> Drawing:
    """The still (the end, an arrow up, the bottom arm faint lower down unless faint_start is false), moving or pair
    picture."""
    start_pose = pose.at_start()
    high = _hand_height(pose)
    end = _person(high, "end")
    body = back_shapes()
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


def _hand_height(pose: Pose) -> float:
    """How high up the back the bottom hand is: higher as the near elbow bends more."""
    return LOW_HAND + PER_DEGREE * ((pose.near.elbow or 90.0) - 90.0)


def _person(low: float, layer: Layer) -> list[Shape]:
    """The two arms and the towel between the hands, the bottom hand this high up the back."""
    top = low + TOWEL_LONG
    return _towel(low, top, layer) + _bottom_arm(low, layer) + _top_arm(top, layer)


def _towel(low: float, top: float, layer: Layer) -> list[Shape]:
    """A towel slanting from hand to hand (props.held_towel), with a thin line across its middle."""
    bottom_hand, top_hand = (BOTTOM_X, low), (TOP_X, top)
    towel = held_towel(bottom_hand, top_hand, TOWEL_W, TOWEL_PAST, STRIPE, FRINGE, layer)
    middle = add(midpoint(bottom_hand, top_hand), direction(bottom_hand, top_hand), -3.0)
    side = left_of(direction(bottom_hand, top_hand))
    across = Line(layer, (add(middle, side, TOWEL_W / 2), add(middle, side, -TOWEL_W / 2)))
    return towel[:1] + [across] + towel[1:]


def _bottom_arm(low: float, layer: Layer) -> list[Shape]:
    """The left arm bent behind the low back, the elbow out to the side, the fist on the towel's bottom end."""
    shoulder, hand = (-SHOULDER[0], SHOULDER[1]), (BOTTOM_X, low)
    elbow = (-ELBOW_OUT, low - ELBOW_BELOW)
    return [Tube(layer, (shoulder, elbow), UPPER_ARM), Tube(layer, (elbow, add(hand, (-3.0, 0.0))), FOREARM),
            *_fist(hand, -1.0, layer)]


def _top_arm(top: float, layer: Layer) -> list[Shape]:
    """The right arm up beside the head, the elbow pointing up and out, the forearm bent down beside the head to the
    fist on the towel's top end, by the neck."""
    hand = (TOP_X, top)
    elbow = (TOP_ELBOW_X, top + TOP_ELBOW_UP)
    return [Tube(layer, (SHOULDER, elbow), UPPER_ARM), Tube(layer, (elbow, add(hand, (2.0, 3.0))), FOREARM),
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
    """One bold arrow up from just over the top forearm, in the gap between it and the head: this hand pulls up.
    On the forearm it was lost in the arm, beside the raised elbow it "points at the elbow, not the hand doing the
    pulling", and a second, thin arrow at the bottom hand was clutter ("two arrows plus a faded arm clutter it")."""
    x, tail = TOP_X + PULL_OUT, high + TOWEL_LONG + PULL_FROM
    return bold_arrow((x, tail), (x, tail + PULL_LONG), PULL_W, PULL_HEAD)


def _frame(high: float) -> Box:
    """From just under the waistband to just over the raised elbow or the arrow's tip, as wide as the page's drawings
    are for that height."""
    top = high + TOWEL_LONG + max(TOP_ELBOW_UP + UPPER_ARM / 2, PULL_FROM + PULL_LONG + PULL_W) + OVER
    half = (top - BOTTOM) * ASPECT / 2
    return (-half, BOTTOM, half, top)
