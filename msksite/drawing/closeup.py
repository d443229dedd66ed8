"""Close-ups (view: hand and view: foot): the side view magnified around the near hand or foot, which the figure
draws in detail there; the rest of the body and the props run off the edge of the picture."""
from __future__ import annotations

from dataclasses import dataclass
from math import dist

from msksite.schema.pose import Pose

from .figure import hand_frame
from .helper import reach
from .positions import Positions
from .props import HELD, TOWEL_FOLDS, placements
from .shapes import Pt, Shape, add, direction, left_of, mapped
from .hands import CLOSE_UP_HAND, SOLE, hand_depth
from .skeleton import Joints
from .svg import ASPECT, Box
from .toes import holds_toes, resting_knee, toe_hold_reach
from .tin import tin_room

# A close-up is drawn this wide, so its lines are as thick for its size as in a drawing of the whole person.
WIDTH = 120.0
# How much of the forearm (or shin) shows, from the wrist (or ankle), as a share of its length: all the forearm, so
# the elbow and the start of the upper arm say "an arm" (a part of one read as a box); a shin is long for its foot.
LIMB_SHOWN = {"hand": 1.15, "foot": 0.2}
# In a round inset beside the person, who shows the whole arm, a hand close-up shows only this much of the forearm,
# so the hands fill the circle.
INSET_FOREARM = 0.4
# Room around the hand or foot for its thickness and what it holds, in hand (or foot) lengths.
ROOM = 0.6
# The far hand is in a hand close-up when it is this near the near one (holding it), in figure units.
HELPER_REACH = 10.0
# Room in front of and above the toes for a curved arrow there, in figure units.
TOE_ARROW_ROOM = 6.0


@dataclass(frozen=True)
class Lens:
    """Maps the body's points (figure units) into the drawing: the whole person as they are, or magnified about
    a centre into a close-up whose frame is what the picture shows."""

    centre: Pt = (0.0, 0.0)
    zoom: float = 1.0
    frame: Box | None = None

    def point(self, p: Pt) -> Pt:
        return ((p[0] - self.centre[0]) * self.zoom, (p[1] - self.centre[1]) * self.zoom)

    def shapes(self, shapes: list[Shape]) -> list[Shape]:
        return [mapped(s, self.point, self.zoom) for s in shapes] if self.frame else shapes

    def marks(self, marks: dict[str, Pt]) -> dict[str, Pt]:
        return {name: self.point(p) for name, p in marks.items()}


WHOLE = Lens()


def lens(pose: Pose, placed: Positions, inset: bool = False) -> Lens:
    """The whole person, or for view: hand or foot the close-up around the near hand or foot in both positions
    (inset: for a round inset beside the person)."""
    if pose.view not in ("hand", "foot"):
        return WHOLE
    points: list[Pt] = []
    # A ball or a tin in the hand needs more room on the palm side (a ball most: it is the bigger).
    held = [name for name, _ in placements(pose) if name in HELD]
    room = ROOM * (1.0 if not held else 1.9 if "ball" in held else 1.5)
    # Beside the hand seen from above, which is the bigger picture, the close-up is short too; a hand holding a tin
    # shows only the end of the forearm, so the hand and tin, which say which way the palm faces, are big.
    short = inset or pose.from_above or "tin" in held
    for pts in (placed.end, placed.start) if placed.start else (placed.end,):
        points += _hand_points(pose, pts, room, short) if pose.view == "hand" else _foot_points(pose, pts)
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    w, h = max(xs) - min(xs), max(ys) - min(ys)
    zoom = WIDTH / max(w, h * ASPECT)
    half_w, half_h = w * zoom / 2, h * zoom / 2
    return Lens(((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2), zoom, (-half_w, -half_h, half_w, half_h))


def _along(a: Pt, b: Pt, ends: tuple[float, float], room: float) -> list[Pt]:
    """The corners of a box along a to b, from ends[0] to ends[1] times their distance, room times it each side."""
    along, size = direction(a, b), dist(a, b)
    across = (-along[1], along[0])
    return [add(add(a, along, t * size), across, k * room * size) for t in ends for k in (-1, 1)]


def _hand_points(pose: Pose, pts: Joints, room: float, inset: bool) -> list[Pt]:
    wrist, tip, elbow = pts["near_wrist"], pts["near_tip"], pts["near_elbow"]
    forearm = INSET_FOREARM if inset else LIMB_SHOWN["hand"]
    shown = add(wrist, direction(wrist, elbow), forearm * dist(wrist, elbow))
    # The detailed hand is longer than the whole-person one (CLOSE_UP_HAND), and curls or holds things either side.
    points = _along(wrist, tip, (0.0, CLOSE_UP_HAND + 0.05), room) + [shown]
    # The hand is seen a little from above, so its far side (and a tin across it) shows above and to the right.
    depth = hand_depth(dist(wrist, tip) * CLOSE_UP_HAND)
    points += [add(p, depth) for p in points[:4]]
    if "tin" in (name for name, _ in placements(pose)):
        # A hand holding a tin is drawn round it, seen straight from the side (tin.tin_hand).
        points += tin_room(hand_frame(pose, pts, "near"))
    # A far hand holding the near one (a stretch) is in the picture too.
    if dist(pts["far_tip"], tip) < HELPER_REACH:
        points += _along(pts["far_wrist"], pts["far_tip"], (0.0, CLOSE_UP_HAND), ROOM * 0.6)
    if pose.helping_hand:
        points += reach(hand_frame(pose, pts, "near"), pose.helping_hand)
    return points


def _foot_points(pose: Pose, pts: Joints) -> list[Pt]:
    ankle, toe, knee = pts["near_ankle"], pts["near_toe"], pts["near_knee"]
    shown = add(ankle, direction(ankle, knee), LIMB_SHOWN["foot"] * dist(ankle, knee))
    # The foot stands on the line from ankle to toe (hands.foot), so it is all on the upper side of that line.
    up = add((0.0, 0.0), left_of(direction(ankle, toe)), SOLE * dist(ankle, toe))
    points = [add(p, up) for p in _along(ankle, toe, (-0.35, 1.0), ROOM * 0.7)] + [shown]
    if holds_toes(pts):
        points += _resting_on(pts) + toe_hold_reach(ankle, toe, pose.toes)
    # A curved arrow at the toes goes round in front of them (arrows.TOE_ARCS), inside the picture.
    if any(arrow.at == "near_toes" for arrow in pose.arrows):
        points += [add(toe, (TOE_ARROW_ROOM, 0.0)), add(toe, (0.0, TOE_ARROW_ROOM))]
    # A towel under the foot bunches up in front of the toes, which is what the picture is about.
    if ("towel", "near_foot") in placements(pose):
        points.append(add(toe, (TOWEL_FOLDS * 0.7, 0.0)))
    return points


def _resting_on(pts: Joints) -> list[Pt]:
    """The round of the knee the foot rests on, so the picture shows where the foot is (the leg under it runs off
    the picture)."""
    knee = resting_knee(pts["near_ankle"], pts["near_toe"])[0]
    top, r = knee.points[0], knee.width / 2
    return [add(top, (x, y)) for x in (-r, r) for y in (-r, r)]


