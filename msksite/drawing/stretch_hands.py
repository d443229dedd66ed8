"""The wrist stretches' two hands (stretch.py), both side-on like the person, drawn as the open hand of wrist bends is
(open_hand.py): four long fingers and a thumb standing out, which only a hand has.

- The stretched hand: bent straight up or straight down at the end of the arm, an L with the arm, narrowed a little
  as a hand seen from its side is, with no nails and no creases (the same hand, bent up or down, as wrist bends').
  Until round 47 it was cheated round to face you (a "stop" palm, or the back of the hand with a nail on each
  finger) under a side-on body: "the body is drawn from the side but the hand from the front".
- The other hand, grey, side-on too and narrower still (a hand seen edge-on), lies against the face that is pushed:
  the palm side of the fingers held up, the back of the hanging hand. Its wrist is just past the stretched hand,
  on the side away from the body, and its fingers lean back over the stretched fingers, towards the body: pressing
  them that way. Its thumb stands out on its outer side, clear of the white hand. Its arm comes from under the near
  arm (stretch_person.py); fingers down it runs behind the hanging hand to its wrist.
- Before round 47 the other hand lay across the fingertips or the knuckles, face-on, with its arm rising past the
  hand or round it: "the grey helping hand hides the hand", "a flat grey paddle", "the helping arm seems to come
  from nowhere". Four grey fingers with no arm "floated". A grey mitten was "a grey block"; laid over half the
  hand, the two hands "merged into a tangle".

Everything is in the hand's frame (hands.Frame): x along the hand from the wrist in hand lengths, y across it
towards the thumb (the body's side).
"""
from __future__ import annotations

from math import cos, dist, radians, sin

from .hands import Frame
from .open_hand import open_hand
from .shapes import Pt, Shape, Tube, direction

# The other hand, for each grip: its wrist (along, across the stretched hand, in its lengths: just past the face
# away from the body), how far its fingers lean from the stretched hand's line towards the body (degrees), and its
# length as a share of the stretched hand's. Fingers up its wrist is level with the near wrist, so its fingers
# reach the stretched fingers; fingers down it is just below the near wrist and shorter, so its fingers press the
# back of the hand and the white fingertips hang clear below them.
HELPING = {"fingers": ((0.05, -0.5), 22.0, 0.85), "back": ((0.15, -0.5), 22.0, 0.75)}
# Side-on, a hand is narrower than seen flat: the other hand's width, as a share of a flat hand's. Its fingers
# close up into a pressing hand; the stretched one is narrowed less (stretch.TURNED), so its four fingers show.
EDGE_ON = 0.6
# How far into its hand the other arm ends, in that hand's lengths: its round end inside the heel of the hand, not
# sticking out past the wrist.
INTO_HAND = 0.1


def helping(f: Frame, grip: str) -> tuple[tuple[Pt, ...], list[Shape], list[Shape]]:
    """The other hand against the stretched hand in frame f, as grip says (the fingers' palm side or the back of
    the hand): the other arm's way from under the near arm to its own wrist, and what of the hand is drawn behind
    the stretched hand and what in front."""
    (x, y), lean, share = HELPING[grip]
    along, side = _turned(f, lean), _turned(f, lean - 90.0)
    # Its thumb on the side away from the stretched hand, where it shows clear of it.
    hand = Frame(f.at(x, y), along, (side[0] * EDGE_ON, side[1] * EDGE_ON), f.size * share)
    return (hand.at(INTO_HAND, 0.0),), [], _lean(open_hand(hand, "end", "grey"))


def _turned(f: Frame, degrees: float) -> Pt:
    """The unit direction degrees from frame f's line towards its thumb."""
    a, b = direction((0.0, 0.0), f.along), direction((0.0, 0.0), f.across)
    c, s = cos(radians(degrees)), sin(radians(degrees))
    return (a[0] * c + b[0] * s, a[1] * c + b[1] * s)


def stretched(f: Frame, layer: str = "end") -> list[Shape]:
    """The stretched hand, white, side-on: fingers, thumb and palm."""
    return _lean(open_hand(f, layer, "white"))


def _lean(hand: list[Shape]) -> list[Shape]:
    """The hand with each straight finger drawn from its root to its tip only: its middle point adds nothing to the
    picture, and costs bytes in the moving one, where each point is written six times."""
    return [Tube(s.layer, (s.points[0], s.points[-1]), s.width, s.fill) if isinstance(s, Tube) and _straight(s.points)
            else s for s in hand]


def _straight(points: tuple[Pt, ...]) -> bool:
    (ax, ay), (bx, by), (cx, cy) = points[0], points[len(points) // 2], points[-1]
    return abs((bx - ax) * (cy - ay) - (by - ay) * (cx - ax)) < 1e-6 * (1.0 + dist(points[0], points[-1]) ** 2)
