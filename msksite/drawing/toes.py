"""A foot close-up whose toes the near hand holds and bends back (a foot and toe stretch), drawn big beside the person
(seated.py), so the lower leg and foot are one smooth outline, as a foot (a shoe-like polygon read as a shoe). The hand
is placed from the toes, so it holds them whatever the arm's angles and turns with them; grey, like the hand helping
a wrist stretch, so hand and foot tell apart. It comes from in front of the foot and a little below, its fingers
under the toes, so the top of the toes with the nail, which bends back, and the room above them for the arrow stay
clear (a hand coming down over the toes hid them). The heel rests on the other knee, seen from the front as the person
beside shows it (side-on, the knee was a round grey shape no one could place). The same leg and foot, its toes bent
back flat, stands up on tiptoe in the heel raises' close-up and on a step's edge in the heel drops' (step_edge.py).
Curled (the towel scrunch), each toe is drawn bent at its middle joint, a claw gripping the towel (round 91: one
straight tube from base to tip read as toes "tipped down")."""
from __future__ import annotations

from math import cos, dist, radians, sin
from typing import Callable

from .arrows import chevron
from .curves import smooth
from .hands import SOLE, TOE_BENDS, Frame
from .shapes import Fill, Layer, Line, Loop, Pt, Shape, Tube, add, direction, left_of
from .skeleton import Joints
from .svg import extent

REACH = 10.0  # the near hand holds the toes when its fingertips are this near them, in figure units
# The foot in its frame (x from the ankle to the toes, y towards the sole, which lies on y = 0), in foot lengths: from
# the front of the ankle over the top of the foot to the ball, under the arch and round the heel to the back of the
# ankle. The lower leg runs on from the two ends (LEG_HALVES), so leg and foot are one outline.
FOOT = ((0.44, -0.33), (0.6, -0.24), (0.72, -0.17), (0.77, -0.07), (0.7, 0.0), (0.5, 0.0), (0.3, -0.07),
        (0.1, -0.02), (-0.12, 0.0), (-0.26, -0.05), (-0.3, -0.18))
HEEL_UNDER = FOOT[8]  # the back of the sole, under the heel
LEG_HALVES = (0.2, 0.3)  # the lower leg's half width at the ankle and at the knee, in foot lengths
# The bare foot drawn big on its own (the heel raises', heel drops' and ankle circles' close-ups): this long from the
# ankle to the toe tip, in figure units, its lower leg drawn this far up, off the top of the picture.
BARE_FOOT, BARE_LEG = 30.0, 90.0
# The back of the leg (the heel cord) leaves the heel this far up the leg from the ankle, in foot lengths.
HEEL_CORD = 0.25
# The trouser leg, rolled up: its hem this far up the leg from the ankle bone, its turn-up this deep, and how far it
# stands off the leg, in foot lengths. The bare lower leg ends at the hem, inside the picture, with the trousers
# going on up (a bare leg running off the top of the picture read as "cut off").
HEM, TURN_UP, LOOSE = 0.75, 0.16, 0.06
ANKLE_BONE = ((-0.08, -0.26), (0.0, -0.33), (0.08, -0.26))  # the bump of the ankle bone, on the inner side
# The big toe: its two bones and its thickness, in foot lengths; bigger than hands.foot's, as the picture is about it.
TOE_BONES, TOE_W = (0.17, 0.15), 0.2
# The smaller toes, behind the big one, each as (how far back along the foot and up it its base is, its length and
# width as a share of the big toe's): each peeks out above the one in front, so the toes read as toes (one big toe
# alone read as "a single blob").
SMALL_TOES = (((-0.1, -0.07), 0.8, 0.8), ((-0.19, -0.12), 0.62, 0.7))
# The hand in the toes' frame, in foot lengths: x along the toes from their tip, y from their middle towards the sole.
# From the wrist, in front of the tips and below them, the palm comes up to the toes and the fingers lie along their
# underside (the one behind showing below the near one), pushing them back; the thumb is behind the foot.
WRIST = (0.3, 0.42)
PALM = ((0.3, 0.42), (0.06, 0.28))
FINGERS = (((0.1, 0.3), (0.0, 0.24), (-0.2, 0.2)), ((0.14, 0.22), (0.04, 0.16), (-0.24, 0.13)))
PALM_W, FINGER_W = 0.2, 0.1
# The forearm: its direction, turned from along the foot towards the sole; how much shows; its width.
FOREARM = (30.0, 1.2, 0.28)
# The knee the foot rests on, seen from the front as the person beside shows it (the thigh coming towards you): the
# round of the knee under the heel, and the shin hanging down from it, grey as trousers; in foot lengths.
KNEE_R, SHIN_SHOWN = 0.32, 1.0
# The arrow: an arc about the ball of the foot, outside the hand, from beyond the toes lying flat, over the top of
# the foot, towards the shin (degrees turned from along the foot, towards the sole), and its radius, in foot lengths.
ARROW = (-20.0, -110.0, 0.72)


def holds_toes(pts: Joints) -> bool:
    """Whether the near hand reaches the near toes (holding them) in the pose."""
    tip, toe = pts["near_tip"], pts["near_toe"]
    return dist(tip, toe) < REACH


# How the toes bend: a name (hands.TOE_BENDS: the angles hands.foot bends them) or the two bends themselves, in
# degrees towards the sole (a foot up on tiptoe bends its toes back by as much as it tilts, so they lie on the floor).
Toes = str | tuple[float, float]


def toe_ends(ankle: Pt, toe: Pt, toes: Toes, back: Pt = (0.0, 0.0), scale: float = 1.0) -> tuple[Pt, Pt]:
    """The base and tip of the big toe (from the ball of the foot, bent as toes says); with back and scale, of a
    smaller toe that far back and up the foot from it."""
    base, _, tip = toe_joints(ankle, toe, toes, back, scale)
    return base, tip


def toe_joints(ankle: Pt, toe: Pt, toes: Toes, back: Pt = (0.0, 0.0), scale: float = 1.0) -> tuple[Pt, Pt, Pt]:
    """The base, middle joint and tip of the big toe (or of a smaller toe, as for toe_ends)."""
    f = foot_frame(ankle, toe)
    x0, y0 = 0.64 + back[0], -0.08 + back[1]
    points, angle = [(x0, y0)], 0.0
    for bend, length in zip(TOE_BENDS[toes] if isinstance(toes, str) else toes, TOE_BONES):
        angle += radians(bend)
        x, y = points[-1]
        points.append((x + scale * length * cos(angle), y + scale * length * sin(angle)))
    return f.all(tuple(points))


def _toe_line(ankle: Pt, toe: Pt, toes: Toes, back: Pt = (0.0, 0.0), scale: float = 1.0) -> tuple[Pt, ...]:
    """The points a toe's tube runs through: a curled toe bent at its middle joint, its knuckle up and its tip down
    into what it grips (a towel scrunch: one straight tube from base to tip read as toes "tipped down", "the toe curl
    is barely drawn", round 91); other toes straight from base to tip."""
    joints = toe_joints(ankle, toe, toes, back, scale)
    return joints if toes == "curled" else (joints[0], joints[-1])


def leg_and_foot(knee: Pt, ankle: Pt, toe: Pt, toes: Toes, layer: Layer, fill: Fill, rounds: int = 2,
                 instep: float = 0.0) -> list[Shape]:
    """The lower leg and the foot seen from the inner side, one smooth outline (rounded off rounds times: fewer keeps
    a small picture's SVG small), with the ankle bone and the big toe (bent as toes says) with its nail; the front of
    the shin meets the top of the foot instep foot lengths up the leg from the ankle bone."""
    f = foot_frame(ankle, toe)
    bone = f.at(0.0, -SOLE)
    up, across = direction(bone, knee), left_of(direction(bone, knee))
    low, high = (k * f.size for k in LEG_HALVES)
    # The front of the leg is on the toes' side of it.
    front = 1.0 if across[0] * f.along[0] + across[1] * f.along[1] < 0 else -1.0
    # A foot tilted up towards the shin (a heel dropped off a step) needs the shin's front to meet it higher: at the
    # ankle bone it left a notch between shin and foot that read as a boot or a crooked finger.
    shin = (add(knee, across, -front * high), add(add(bone, up, instep * f.size), across, -front * low))
    calf = (add(add(bone, up, HEEL_CORD * f.size), across, front * low), add(knee, across, front * high))
    outline = smooth(shin[1:] + f.all(FOOT) + calf[:1], rounds=rounds)
    big = _toe_line(ankle, toe, toes)
    base, tip = big[-2:]
    toe_up = left_of(direction(base, tip))
    nail = (add(tip, toe_up, 0.05 * f.size), add(add(tip, direction(tip, base), 0.1 * f.size), toe_up, 0.05 * f.size))
    # The smaller toes first, the furthest back first, so each one in front covers the root of the one behind.
    small = [Tube(layer, _toe_line(ankle, toe, toes, back, scale), TOE_W * width * f.size, fill)
             for back, scale, width in reversed(SMALL_TOES)]
    return [Loop(layer, shin[:1] + outline + calf[1:], fill), Line(layer, smooth(f.all(ANKLE_BONE), rounds=rounds))] \
        + _trouser_leg(bone, knee, f.size, layer) + small + [Tube(layer, big, TOE_W * f.size, fill), Line(layer, nail)]


def _trouser_leg(bone: Pt, knee: Pt, size: float, layer: Layer) -> list[Shape]:
    """The grey trouser leg over the lower leg from its rolled-up hem to the knee, with the line of its turn-up."""
    up, across = direction(bone, knee), left_of(direction(bone, knee))
    low, high = (k * size for k in LEG_HALVES)
    hem = add(bone, up, HEM * size)
    half = low + (high - low) * HEM * size / dist(bone, knee) + LOOSE * size
    edges = lambda at, w: (add(at, across, -w), add(at, across, w))
    turn = add(hem, up, TURN_UP * size)
    leg = Loop(layer, edges(hem, half) + edges(knee, high + LOOSE * size)[::-1], "grey")
    return [leg, Line(layer, edges(turn, half))]


def resting_knee(ankle: Pt, toe: Pt) -> list[Shape]:
    """The other knee, seen from the front, under the heel resting across it: the leg hanging down from the round
    of the knee, which the heel sits on."""
    f = foot_frame(ankle, toe)
    r = KNEE_R * f.size
    # Under the lowest point of the heel (the back half of the sole).
    heel = min(f.all(tuple(p for p in FOOT if p[0] < 0.2)), key=lambda p: p[1])
    centre = add(heel, (0.0, -r))
    return [Tube("prop", (centre, add(centre, (0.0, -SHIN_SHOWN * f.size))), 2 * r, "grey")]


def holding_hand(ankle: Pt, toe: Pt, toes: str, layer: Layer) -> list[Shape]:
    """The forearm and hand holding the toes back."""
    f = _toe_frame(ankle, toe, toes)
    turn, shown, width = FOREARM
    wrist = f.at(*WRIST)
    # Turned from along the foot (not the toes), so it comes from the same side whichever way the toes bend.
    arm = Tube(layer, (add(wrist, _turned(direction(ankle, toe), turn), shown * f.size), wrist), width * f.size,
               "grey")
    back, front = (Tube(layer, f.all(line), FINGER_W * f.size, "grey") for line in FINGERS)
    return [arm, back, Tube(layer, f.all(PALM), PALM_W * f.size, "grey"), front]


def toe_arrow(ankle: Pt, toe: Pt, to_view: Callable[[Pt], Pt] = lambda p: p) -> list[Shape]:
    """A curved arrow over the toes, from beyond them lying flat round towards the shin: the way the hand bends them
    (drawn at its size in the picture to_view maps it into)."""
    ball, _ = toe_ends(ankle, toe, "flat")
    along, size = direction(ankle, toe), dist(ankle, toe)
    start, end, r = ARROW
    path = tuple(to_view(add(ball, _turned(along, start + (end - start) * i / 12), r * size)) for i in range(13))
    return [Line("arrow", path)] + chevron(path[-1], path[-2])


def toe_hold_reach(ankle: Pt, toe: Pt, toes: str) -> list[Pt]:
    """Points a close-up must show for the hand holding the toes (its forearm may run off the picture), and for
    the arrow over them."""
    shapes = holding_hand(ankle, toe, toes, "end")[1:] + toe_arrow(ankle, toe)
    return [p for s in shapes for p in extent(s)]


def foot_frame(ankle: Pt, toe: Pt) -> Frame:
    """The foot's frame, in foot lengths: x from the ankle towards the toes, y towards the sole (which is y = 0)."""
    # Side-on the sole is on the right of the line from ankle to toes, as hands.foot draws it.
    along = direction(ankle, toe)
    return Frame(ankle, along, add((0.0, 0.0), left_of(along), -1.0), dist(ankle, toe))


def _toe_frame(ankle: Pt, toe: Pt, toes: str) -> Frame:
    """The toes' frame: from their tip, along them (base to tip), across towards the sole, in foot lengths."""
    base, tip = toe_ends(ankle, toe, toes)
    along = direction(base, tip)
    return Frame(tip, along, add((0.0, 0.0), left_of(along), -1.0), dist(ankle, toe))


def _turned(v: Pt, degrees: float) -> Pt:
    """v turned by degrees, towards the sole when positive (clockwise: the sole is on the right of the foot)."""
    c, s = cos(radians(degrees)), sin(radians(degrees))
    return (v[0] * c + v[1] * s, -v[0] * s + v[1] * c)

