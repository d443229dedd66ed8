"""The wrist stretches' picture (a hand close-up with ``helping_hand``): one big view of the arm held straight out,
seen from the side and a little from in front, the forearm coming in from the left. The two stretches differ in the
big shape, the hand bent up or bent down, not in a detail.

- The start (in the moving picture and the pair only): the hand straight out along the forearm, palm down, the back
  of the hand and its nails on top.
- The end, solid: fingers up (``wrist`` positive), the hand bent up at the wrist like a "stop" sign, the palm and its
  creases facing away from you; fingers down (negative), the hand hanging, the back of the hand with its knuckles and
  nails facing away.
- The other hand, grey, four fingers and a thumb on a short forearm, on the side of the hand that faces away and
  clear of the arrow: fingers up its fingers hook over the fingertips to pull them back, its forearm slanting off the
  bottom of the picture towards the body, behind the near hand; fingers down its fingertips press on the back of
  the hand, its forearm slanting off the top. Its whole forearm (a grey bar across the picture) and a faint start
  hand under it overlapped the near hand into a tangle; a wrist straight off the edge read as "a grey post".
- In the corner on the hand's side, a box with the whole person standing side-on doing the stretch, the arm straight
  out and the other arm, grey, reaching to the hand: alone, the close-up had no body, and reviewers could not tell
  whose arm was whose or that the arm is held straight out.
- One short bold curved arrow just past the bent fingertips, its head pointing back towards the body: the stretch
  itself. The still picture has no faint start hand (the moving picture shows the hand coming up or down).

Bent down in both, the two stretches differed only by creases against nails, and reviewers told them apart only by
ruling one out.

Everything is in hand lengths times SIZE; the wrist is at (0, 0), y up.
"""
from __future__ import annotations

from math import cos, radians, sin

from msksite.schema.pose import Pose

from .arrows import chevron
from .badge import back_face, palm_face, plain_back
from .hands import Frame, capsule
from .panels import side_by_side
from .shapes import Layer, Line, Loop, Pt, Shape, add, mapped
from .stretch_person import person_in_corner
from .svg import Box, Drawing

SIZE = 40.0
# The forearm, this wide at the elbow and at the wrist, runs off the left edge of the picture; the picture holds
# the hand straight out (right) and hanging down (below), the arrow round both, and left of the hand the box with
# the whole person (stretch_person.py) (4:3), cut close so the hand is big. Bent up, it is the same picture turned
# over top to bottom. Its edge on the far side of the forearm cuts the other hand's wrist, so no cut end shows.
FOREARM_W = (0.44, 0.32)
ELBOW = 1.8
FRAME: Box = (-1.5 * SIZE, -1.9 * SIZE, 1.63 * SIZE, 0.42 * SIZE)
# The pair, printed, has no person in the corner: each of its pictures holds only the hand and the forearm's end.
PAIR_FRAME: Box = (-0.85 * SIZE, -1.55 * SIZE, 1.63 * SIZE, 0.31 * SIZE)
# Each hand's face is drawn this wide for its length: straight out, seen a little from above, its top face is
# foreshortened more than the face of the bent hand, seen a little from in front.
FLAT, TURNED = 0.8, 1.0
# The other hand, grey, seen from its back, in the near hand's frame: along it from the wrist, and out from the middle
# of the face that faces away: where its wrist and its fingertips are, whether its thumb shows, and how long its
# forearm is, in hand lengths, running back from the near wrist's line (down for fingers up, up for fingers down).
# Holding the fingers (fingers up) it lies across their tips, its fingers pointing back towards the body: hooked
# from the side over the top half of the fingers it hid two of them and read as a grey glove (lying along them it
# read as a hand waving, not holding). Pressing (fingers down) its fingertips lie on the back of the hand, so the
# knuckles and nails show past them. Either way its forearm runs off the edge of the picture, so no cut end shows,
# and it stays inside the arrow.
HELPERS = {"fingers": ((0.95, 0.8), (1.15, -0.05), False, 1.6), "back": ((0.2, 0.92), (0.6, 0.22), True, 1.1)}
HELPER_W = 0.62  # its width, as a share of the near hand's
# Its forearm, this wide at the wrist and widening, slants back towards the body (left) as it runs off the picture:
# running straight back from the near wrist's line it read as "a grey post".
# Holding the fingertips, it slants less: more, it ran behind the near fingers.
HELPER_ARM_W, HELPER_SLANT = 0.3, {"fingers": 20.0, "back": 32.0}
# The arrow: a short arc just past the fingertips, from a little before the end's line to a little past it, so it
# shows the stretch itself, the fingertips pulled back towards the body. Round from where the fingers started
# (straight out) it read as the hand swinging, and its head ended at the box with the person.
# Its radius clears the other hand: over the fingertips held from above (fingers up) it sits further out.
ARROW_R, ARROW_BEFORE, ARROW_PAST = {"fingers": 1.62, "back": 1.4}, 26.0, 8.0


def helped_stretch(pose: Pose) -> bool:
    """Whether the pose is a wrist stretch: a hand close-up, palm up or down, helped by the other hand."""
    return pose.view == "hand" and pose.helping_hand is not None and pose.near.palm in ("up", "down")


def stretch_drawing(pose: Pose, variant: str) -> Drawing:
    """The stretch in one variant: still (start faint, end solid, the arrow), moving (the hand and the other hand
    moving to the start and back) or pair (start and end side by side)."""
    palm, grip = pose.near.palm, pose.helping_hand
    end_angle = pose.near.wrist if pose.near.wrist is not None else -90.0
    start_angle = pose.start.near.wrist if pose.start and pose.start.near.wrist is not None else 0.0
    bend = 1.0 if end_angle > start_angle else -1.0
    frame = _frame(bend)
    forearm = _forearm()
    end = _held(_hand(palm, end_angle, TURNED), _helper(end_angle, grip, bend))
    start = _hand(palm, start_angle, FLAT)
    if variant == "pair":
        # No arrow between them, as in the lifts' pair: there it lay under the other hand's forearm.
        frame = _frame(bend, PAIR_FRAME)
        return side_by_side([Drawing([forearm] + start, frame=frame), Drawing([forearm] + end, frame=frame)],
                            arrows=False)
    arrow = _arrow(end_angle, bend, ARROW_R[grip])
    person = person_in_corner(bend, frame)
    if variant == "moving":
        # The other hand moves with the near one, holding it all the way. The hand keeps the end's face: a moving
        # shape turns into one shape, so the back of the hand cannot turn into the palm on the way.
        moving = _held(_hand(palm, start_angle, FLAT, _palm_shows(palm, end_angle)), _helper(start_angle, grip, bend))
        return Drawing(person + [forearm] + end + arrow, {1 + len(person) + i: s for i, s in enumerate(moving)},
                       frame=frame)
    # No faint start hand: over the other hand it made a tangle of outlines, and the arrow shows where the hand
    # started.
    return Drawing(person + [forearm] + end + arrow, frame=frame)


def _frame(bend: float, frame: Box = FRAME) -> Box:
    """The picture: the frame for the hand bent down, turned over top to bottom for the hand bent up."""
    left, bottom, right, top = frame
    return frame if bend < 0 else (left, -top, right, -bottom)


def _forearm(layer: Layer = "end") -> Shape:
    half = (FOREARM_W[0] * SIZE / 2, FOREARM_W[1] * SIZE / 2)
    outline = capsule((-ELBOW * SIZE, 0.0), (-0.02 * SIZE, 0.0), half)
    # The elbow's round end is off the picture: its two sides' ends do, and keep the moving picture under 10 KB.
    return Loop(layer, outline[:1] + outline[6:], "white")


def _hand(palm: str, angle: float, squash: float, palm_shows: bool | None = None) -> list[Shape]:
    """The face of the hand you see at the wrist turned angle degrees from the forearm's line, squash times as wide:
    the palm (creases, no nails) or the back of the hand (knuckles, nails), the one that shows unless palm_shows
    says."""
    along = (cos(radians(angle)), sin(radians(angle)))
    across = (-along[1], along[0])
    to_view = lambda p: (p[0] * along[0] + squash * p[1] * across[0], p[0] * along[1] + squash * p[1] * across[1])
    palm_shows = _palm_shows(palm, angle) if palm_shows is None else palm_shows
    return [mapped(s, to_view, 1.0) for s in (_palm(palm_face(False)) if palm_shows else _back(back_face()))]


# Both hands move in the moving picture, and every moving shape costs its path five times over: the faces below
# leave out what does not show at phone size, to keep it under 10 KB with the person in the corner.
def _palm(palm: list[Shape]) -> list[Shape]:
    """The palm without the thin crease across each finger (its lines); the palm's own bold creases stay."""
    return [s for s in palm if not isinstance(s, Line)]


def _back(back: list[Shape]) -> list[Shape]:
    """The back of the hand with each finger's nail (after the thumb, four fingers and the back) a plain
    four-cornered plate, its rounded end too small to see, and no nail on the thumb, a speck side on."""
    return back[:6] + [Loop(n.layer, n.points[:2] + n.points[4:], n.fill) for n in back[6:-1]]


def _palm_shows(palm: str, angle: float) -> bool:
    """Whether you see the palm of the hand turned angle degrees at the wrist: straight out, the face on top; bent
    up or down, the face that turns to face away from you (seen a little from in front), the palm of a palm-down
    hand bent up or of a palm-up hand bent down."""
    return (palm == "up") == (angle <= 0)


def _helper(angle: float, grip: str, bend: float) -> list[Shape]:
    """The other hand, grey, along the face of the near hand that faces away (at the wrist angle), its fingers the
    same way, on a short wrist running straight back from the near wrist's line."""
    along = (cos(radians(angle)), sin(radians(angle)))
    # Out from the face that faces away: to the right of a hand bent up or down.
    out = (along[1] * bend, -along[0] * bend)
    near = Frame((0.0, 0.0), along, out, SIZE)
    (x0, y0), (x1, y1), thumb_shows, stub = HELPERS[grip]
    wrist, tips = near.at(x0, y0), near.at(x1, y1)
    length = ((tips[0] - wrist[0]) ** 2 + (tips[1] - wrist[1]) ** 2) ** 0.5
    way = ((tips[0] - wrist[0]) / length, (tips[1] - wrist[1]) / length)
    f = Frame(wrist, (way[0] * length / SIZE, way[1] * length / SIZE), (-way[1] * HELPER_W, way[0] * HELPER_W), SIZE)
    back = radians(angle + 180.0 - bend * HELPER_SLANT[grip])
    # It starts inside the hand, so its round end does not show past the wrist.
    top = f.at(0.12, 0.0)
    elbow = (top[0] + stub * SIZE * cos(back), top[1] + stub * SIZE * sin(back))
    # A little wider away from the hand, as a wrist is; its near end is hidden in the hand, so four corners do.
    side = (-sin(back) * HELPER_ARM_W * SIZE / 2, cos(back) * HELPER_ARM_W * SIZE / 2)
    arm = Loop("end", (add(top, side, 1.0), add(elbow, side, 1.4), add(elbow, side, -1.4), add(top, side, -1.0)),
               "grey")
    # A hand like the near one, four fingers and a thumb, grey. No nails or knuckle bumps: they are the near hand's
    # cue, and with them the moving picture passed 10 KB.
    to_view = lambda p: f.at(p[0] / SIZE, p[1] / SIZE * (1.0 if thumb_shows else -1.0))
    hand = [_regrey(mapped(s, to_view, length / SIZE)) for s in plain_back()]
    return [arm] + hand


def _held(hand: list[Shape], helper: list[Shape]) -> list[Shape]:
    """The near hand held by the other: the other's forearm (the far arm) behind the near hand, its hand on top."""
    return helper[:1] + hand + helper[1:]


def _regrey(shape: Shape) -> Shape:
    """The shape with white and grey swapped: the other hand grey, its nails white."""
    fill = getattr(shape, "fill", "none")
    swapped = {"white": "grey", "grey": "white"}.get(fill, fill)
    return type(shape)(**{**shape.__dict__, "fill": swapped}) if fill != swapped else shape


def _arrow(end: float, bend: float, radius: float) -> list[Shape]:
    """The short arc round the wrist just past the end's fingertips, pointing back towards the body."""
    a, b = end - bend * ARROW_BEFORE, end + bend * ARROW_PAST
    path = tuple(_at(radius, a + (b - a) * i / 6) for i in range(7))
    return [Line("arrow", path)] + chevron(path[-1], path[-2])


def _at(r: float, degrees: float) -> Pt:
    return (r * SIZE * cos(radians(degrees)), r * SIZE * sin(radians(degrees)))
