"""The towel stretch behind the back (``view: back`` with a towel at the hands): the person seen from behind, big,
from the top of the raised elbow down to the hips, a light towel hanging down the back between the hands.

Side-on, the towel ran behind the body and the arms tangled in front of it ("a thin grey strip hidden behind a
side-on body"); small and whole, seen from behind, the back was cramped. Big and from behind, the towel lies on the
back in plain sight. The bottom hand, the arm down the side and bent behind the low back with the elbow out past the
side, holds its bottom end.

Round 56: the top arm had its elbow up and out and its forearm beside the head, so the two lay side by side, "an
awkward tube", and a grey head, pockets and a zip-like spine line made the back "read like a front view"; the hair
became black, with no line down the middle. Its forearm then crossed the side of the head down to the nape: "the
top arm's forearm crosses the head", "a straight bar that does not connect sensibly to the hand", "an awkward
elbow". The towel, grey, slanting and striped near its ends, was "a grey tube", "a plain grey strip", "small"; the
fists, stripes and fringes together "a tangle of shapes".

Round 77: the top arm is as a real arm does it, seen from behind: the upper arm rises from the shoulder beside the head
to the elbow up by the top of the head, and the forearm folds down behind the head, which is drawn over it, so only the
fold at the elbow shows above it and the fist comes out below it, at the top of the back; the forearm is drawn over the
upper arm so the fold shows. The towel is light (white), wider than a fist, hanging straight down the spine from hand to
hand; its top end is in the top fist and its bottom end hangs past the bottom fist with a hem across it and a short
fringe, so it reads as a towel (a gathered towel was "a sweet wrapper" and too many bytes; the lower arm inside the
back's outline was hard to see). It used to slant because, as a narrow grey strip straight down the middle, it "reads as
a spine"; wide, white and fringed it should not.

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
from .back_view import head_shapes, trunk_shapes
from .panels import side_by_side
from .shapes import Layer, Line, Loop, Pt, Shape, Tube, add, relayered
from .svg import ASPECT, Box, Drawing

ARM = 12.0  # each arm's width
# The bottom hand's height on the back (at the towel's bottom end) for a bent elbow: this high at a right angle,
# this much higher per degree more. The towel hangs straight down the spine, so both hands are on it (x 0).
LOW_HAND, PER_DEGREE = 20.0, 0.4
# The bottom arm: it hangs from the shoulder's outer edge down the side, the elbow this far out from the spine (out
# past the side of the back: tucked in, the arm was "cramped") and this far below the hand, the forearm across the
# low back into the fist from the side.
LOW_FROM, ELBOW_OUT, ELBOW_BELOW = (-34.0, 60.0), 44.0, 6.0
# The top arm: it rises from the shoulder's corner, its round end just inside the outline (from the joint, it showed
# inside the back like a post standing on it; lower down the side, it stuck out like a knob) to the elbow, up by the
# top of the head, and folds down behind the head (hidden by it) to the fist, which comes out below the back of the
# head. The elbow stays put; the hand slides up and down the back under it.
RAISED_FROM, TOP_ELBOW = (31.0, 63.0), (18.0, 127.0)
# The towel: this wide (wider than a fist is thick, twice over), its top end this far above the bottom hand, hanging
# this far past each hand (at the top, inside the fist), a hem across its bottom end this far in from it and a fringe
# of threads this long below it (a fringe at the top end, between the fist and the head, tangled with the forearm).
TOWEL_W, TOWEL_LONG, TOWEL_PAST, HEM, FRINGE = 26.0, 38.0, (15.0, 4.0), 3.5, 4.0
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
    """The still (the end, an arrow up the towel, the bottom arm faint lower down unless faint_start is false), moving
    or pair picture."""
    start_pose = pose.at_start()
    high = _hand_height(pose)
    end = _person(high, "end")
    body = trunk_shapes()
    frame = _frame()
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
    """The towel, the two arms and the head, the bottom hand this high up the back: the head is drawn over the
    raised arm, which folds down behind it."""
    top = low + TOWEL_LONG
    head = [relayered(s, layer) for s in head_shapes()]
    arms = _bottom_arm(low, layer) + _top_arm(top, layer)
    return _towel(low, top, layer) + arms + head + _fist((0.0, top), 1.0, layer)


def _towel(low: float, top: float, layer: Layer) -> list[Shape]:
    """A light towel hanging straight down the spine from hand to hand, its top end in the top fist, a hem across it
    near its bottom end and a fringe of four threads below it; its middle plain for the arrow. Grey and narrow it was
    "a grey tube"; striped with dark bands, "a plain grey strip"."""
    half, ends = TOWEL_W / 2, (low - TOWEL_PAST[0], top + TOWEL_PAST[1])
    cloth = Loop(layer, ((-half, ends[0]), (half, ends[0]), (half, ends[1]), (-half, ends[1])), "white")
    hem = Line(layer, ((-half, ends[0] + HEM), (half, ends[0] + HEM)))
    fringe = [Line(layer, ((k * half, ends[0]), (k * half, ends[0] - FRINGE))) for k in (-0.75, -0.25, 0.25, 0.75)]
    return [cloth, hem, *fringe]


def _bottom_arm(low: float, layer: Layer) -> list[Shape]:
    """The left arm down the side and bent behind the low back, the elbow out to the side, the forearm across the
    back into the fist on the towel's bottom end."""
    elbow, wrist = (-ELBOW_OUT, low - ELBOW_BELOW), (-TOWEL_W / 2, low)
    return [Tube(layer, (LOW_FROM, elbow, wrist), ARM), *_fist((0.0, low), -1.0, layer)]


def _top_arm(top: float, layer: Layer) -> list[Shape]:
    """The right arm up beside the head, the elbow up by the top of the head, the forearm folded down behind the
    head (which is drawn over it) to the wrist over the fist on the towel's top end, at the top of the back. Drawn
    over the head, the forearm was "a bar across the head"."""
    return [Tube(layer, (RAISED_FROM, TOP_ELBOW), ARM), Tube(layer, (TOP_ELBOW, (4.0, top + FIST_W / 2)), ARM)]


def _fist(hand: Pt, towards: float, layer: Layer) -> list[Shape]:
    """A fist wrapped round the towel at this hand: a bar across the towel, wider than it, with two creases between
    the fingers coming in from its edge towards this end of the towel (towards: +1 the top end, -1 the bottom)."""
    reach = (TOWEL_W + FIST_OVER - FIST_W) / 2
    edge = add(hand, (0.0, 1.0), towards * FIST_W / 2)
    creases = [Line(layer, (add(edge, (k, 0.0)), add(edge, (k, -towards * CREASE)))) for k in (-CREASE_AT, CREASE_AT)]
    return [Tube(layer, (add(hand, (-reach, 0.0)), add(hand, (reach, 0.0))), FIST_W), *creases]


def _pull_arrow(high: float) -> list[Shape]:
    """One bold arrow up the towel, between the fists, to the top hand: the top hand pulls the towel, and the bottom
    hand with it, up the back. Above the top hand, in the gap by the head, it tangled with the raised arm; a second,
    thin arrow at the bottom hand was clutter ("two arrows plus a faded arm clutter it")."""
    return bold_arrow((0.0, high + PULL_FROM), (0.0, high + TOWEL_LONG - PULL_TO), PULL_W, PULL_HEAD)


def _frame() -> Box:
    """From just under the waistband to just over the raised elbow, as wide as the page's drawings are for that
    height."""
    top = TOP_ELBOW[1] + ARM / 2 + OVER
    half = (top - BOTTOM) * ASPECT / 2
    return (-half, BOTTOM, half, top)
