"""The wrist stretches' picture (a hand close-up with ``helping_hand``, palm up or down): one big view of the arm held
straight out, seen from the side and a little from in front, the forearm coming in from the left.

- The start, faint: the hand straight out along the forearm, its top face showing: palm up, the palm and its
  creases, the thumb on the near side (below); palm down, the back of the hand with its knuckles and nails, the
  thumb on the far side (above).
- The end, solid: the hand bent down at the wrist, fingers to the floor, the face that was on top now facing you
  (palm and creases, or back and nails), and the other hand, grey, coming from below the arm (from your body): palm
  up over the fingertips, holding them; palm down flat across the back of the hand, the nails showing below it.
- One bold curved arrow round the wrist from the start's fingertips to the end's, past straight down: pulled back
  towards you.

Drawn as two steps, the arm as you see your own and then the hand bent down, the eye had to switch viewpoints
between them; two arrows (one between the steps, one at the wrist) read as a loop. This is the faint start, solid
end and one arrow of the drawings reviewers found clearest, in one viewpoint.

Everything is in hand lengths times SIZE; the wrist is at (0, 0), y up.
"""
from __future__ import annotations

from math import cos, radians, sin

from msksite.schema.pose import Pose

from .arrows import chevron
from .badge import back_face, palm_face
from .hands import Frame, capsule
from .panels import side_by_side
from .shapes import Layer, Line, Loop, Pt, Shape, Tube, mapped, relayered
from .svg import Box, Drawing

SIZE = 40.0
# The forearm, this wide at the elbow and at the wrist, runs off the left edge of the picture; the picture holds
# the hand straight out (right) and hanging down (below), and the arrow round both (4:3).
FOREARM_W = (0.44, 0.32)
ELBOW = 1.8
FRAME: Box = (-1.2 * SIZE, -1.52 * SIZE, 1.63 * SIZE, 0.6 * SIZE)
# Each hand's face is drawn this wide for its length: straight out, seen a little from above, its top face is
# foreshortened more than the face of the hand hanging down, seen a little from in front.
FLAT, TURNED = 0.8, 0.72
# The other hand, grey, seen from its back with the fingers together (a mitten) and no thumb, lies across the near
# hand, its fingertips to the right: how far down the near hand its middle is and its size, in hand lengths. Palm
# up (grip fingers) it is low, over the fingertips, holding them (the tips poking out below it read as a tangle);
# palm down (grip back) high, flat on the back of the hand, so the knuckles and nails show below it.
HELPERS = {"fingers": (0.97, 0.72), "back": (0.26, 0.72)}
HELPER_ARM_W = 0.26
# Its forearm comes from below the near one, from the body on the left, this many degrees down from level.
HELPER_ARM_DIP = 12.0
MITTEN = ((0.0, -0.2), (0.5, -0.24), (0.9, -0.22), (0.98, -0.15), (1.0, 0.0), (0.98, 0.15), (0.9, 0.22),
          (0.5, 0.24), (0.0, 0.2))
# The lines between its fingers: how far along, and across.
MITTEN_SPLITS = ((0.55, 0.9), (-0.11, 0.0, 0.11))
# The arrow: an arc round the wrist just past the fingertips, from a little below the start's line to a little
# past the end's, so its head points back towards the body.
ARROW_R, ARROW_FROM, ARROW_PAST = 1.3, -6.0, 14.0


def helped_stretch(pose: Pose) -> bool:
    """Whether the pose is a wrist stretch: a hand close-up, palm up or down, helped by the other hand."""
    return pose.view == "hand" and pose.helping_hand is not None and pose.near.palm in ("up", "down")


def stretch_drawing(pose: Pose, variant: str) -> Drawing:
    """The stretch in one variant: still (start faint, end solid, the arrow), moving (the hand and the other hand
    moving to the start and back) or pair (start and end side by side)."""
    palm, grip = pose.near.palm, pose.helping_hand
    end_angle = pose.near.wrist if pose.near.wrist is not None else -90.0
    start_angle = pose.start.near.wrist if pose.start and pose.start.near.wrist is not None else 0.0
    forearm = _forearm()
    end = _hand(palm, end_angle, TURNED) + _helper(end_angle, grip)
    start = _hand(palm, start_angle, FLAT)
    if variant == "pair":
        # No arrow between them, as in the lifts' pair: there it lay under the other hand's forearm.
        return side_by_side([Drawing([forearm] + start, frame=FRAME), Drawing([forearm] + end, frame=FRAME)],
                            arrows=False)
    arrow = _arrow(start_angle, end_angle)
    if variant == "moving":
        # The other hand moves with the near one, holding it all the way.
        moving = start + _helper(start_angle, grip)
        return Drawing([forearm] + end + arrow, {1 + i: s for i, s in enumerate(moving)}, frame=FRAME)
    faint = [relayered(s, "start") for s in start]
    return Drawing(faint + [forearm] + end + arrow, frame=FRAME)


def _forearm(layer: Layer = "end") -> Shape:
    half = (FOREARM_W[0] * SIZE / 2, FOREARM_W[1] * SIZE / 2)
    return Loop(layer, capsule((-ELBOW * SIZE, 0.0), (-0.02 * SIZE, 0.0), half), "white")


def _hand(palm: str, angle: float, squash: float) -> list[Shape]:
    """The palm (creases, no nails) or the back of the hand (knuckles, nails) at the wrist turned angle degrees from
    the forearm's line, squash times as wide: the thumb on the near side palm up, the far side palm down."""
    along = (cos(radians(angle)), sin(radians(angle)))
    across = (-along[1], along[0])
    to_view = lambda p: (p[0] * along[0] + squash * p[1] * across[0], p[0] * along[1] + squash * p[1] * across[1])
    return [mapped(s, to_view, 1.0) for s in (palm_face(False) if palm == "up" else back_face())]


def _helper(angle: float, grip: str) -> list[Shape]:
    """The other hand, grey, across the near hand at the wrist angle, its fingertips to the right, its forearm
    running off down and to the left."""
    down, size = HELPERS[grip]
    along = (cos(radians(angle)), sin(radians(angle)))
    near = Frame((0.0, 0.0), along, (-along[1], along[0]), SIZE)
    # Its own frame: from its wrist, left of the near hand, across it to the right (across the near hand's line,
    # whichever way that points), its middle on the near hand's middle.
    right = (-near.across[0], -near.across[1]) if near.across[0] < 0 else near.across
    middle = near.at(down, 0.0)
    f = Frame((middle[0] - 0.5 * size * SIZE * right[0], middle[1] - 0.5 * size * SIZE * right[1]), right,
              (-right[1], right[0]), size * SIZE)
    (start, end), across = MITTEN_SPLITS
    splits = [Line("end", (f.at(start, y), f.at(end, y))) for y in across]
    dip = radians(HELPER_ARM_DIP)
    elbow = f.at(-2.0 * cos(dip) / size, -2.0 * sin(dip) / size)
    arm = Tube("end", (f.at(0.1, 0.0), elbow), HELPER_ARM_W * SIZE, "grey")
    return [arm, Loop("end", f.all(MITTEN), "grey")] + splits


def _arrow(start: float, end: float) -> list[Shape]:
    """The arc round the wrist from just past the start's fingertips to just past the end's."""
    a, b = start + ARROW_FROM, end - ARROW_PAST
    path = tuple(_at(ARROW_R, a + (b - a) * i / 10) for i in range(11))
    return [Line("arrow", path)] + chevron(path[-1], path[-2])


def _at(r: float, degrees: float) -> Pt:
    return (r * SIZE * cos(radians(degrees)), r * SIZE * sin(radians(degrees)))
