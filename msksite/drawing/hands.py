"""Hands and feet in detail, for the close-up views: a hand with its palm side shaded, fingers that bend, nails on
the back and a thumb; a forearm shaded on the palm side too; a foot with a heel, an arch and toes that bend.

Each part is drawn in its own frame: x along the hand or foot in hand or foot lengths, y towards the palm or sole.
"""
from __future__ import annotations

from math import cos, radians, sin
from typing import Callable

from .shapes import Circle, Fill, Layer, Line, Loop, Pt, Shape, Tube, add, direction, left_of

# Finger joint bends (knuckle, middle, end) towards the palm, in degrees, for each finger shape; grip wraps round
# what the hand holds.
FINGER_BENDS = {
    "straight": (6, 8, 4), "hook": (0, 95, 75), "fist": (90, 100, 70), "tabletop": (90, 0, 0),
    "flat_fist": (90, 95, 0), "grip": (60, 75, 55),
    # Curled loosely round a ball resting on the palm, the fingertips on it: holding it, not yet squeezing.
    "cupped": (22, 40, 30),
}
FINGER = (0.24, 0.17, 0.14)  # finger bones, in hand lengths
CLOSED = ("grip", "fist", "flat_fist")  # finger shapes that squeeze what the hand holds
# Palm outline, wrist to knuckles, back of the hand (y < 0) then palm side (y > 0); the bump at the back is the
# knuckles.
PALM = ((0.0, -0.16), (0.42, -0.2), (0.49, -0.24), (0.57, -0.1), (0.56, 0.14), (0.5, 0.2), (0.0, 0.16))
THUMB = ((0.12, 0.1), (0.32, 0.27), (0.46, 0.3))
HELD_R = 0.17  # a ball held in the hand (in BALL_R), in hand lengths
TIN_R = 0.16  # a small tin of food is about a third as wide as a hand is long (bigger, it hid the hand)
BALL_R = 2.1  # a ball is bigger than a tin, in tin radii
# A ball squeezed in a closed hand: its size along the hand and across it, as shares of its round size. The fingers
# press it flat and it bulges out past their tips (narrower across and longer along the hand, it was an upright
# oval, half hidden, and reviewers called the change "subtle").
SQUASHED = (0.62, 1.3)
# The strokes beside a squeezed ball: how long, in its squashed radii, and where round it (degrees from along the
# hand towards the palm side), below the fingertips, which cover its top.
SQUEEZE_MARK, SQUEEZE_MARKS = (0.3, (110.0, 135.0, 160.0))
# A tin's ends, in hand widths from the near side of the hand: it sticks out either side, so its length shows.
TIN_ENDS = (-0.25, 1.0)
FINGER_DEPTHS = (0.9, 0.6, 0.3, 0.0)  # the four fingers across the hand, the far one first, in hand widths
DEPTH = (0.12, 0.4)  # a hand's width going away from you, in hand lengths on the page (see hand_depth)
# Toe joint bends (at the ball of the foot, then half way along the toe) towards the sole for each toe shape: two
# bends make a curled toe read as a toe gripping, not a blob: curled, the knuckle rises and the tip points straight
# down into what it grips, a claw (less bent, it read as toes "tipped down", round 91). Then the foot outline, heel
# behind the ankle.
TOE_BENDS = {"flat": (0.0, 0.0), "up": (-35.0, -20.0), "curled": (-40.0, 125.0)}
TOE = (0.14, 0.12)  # toe bones, in foot lengths
# The skeleton's line from ankle to toes is the one that stands on the floor, so the close-up foot's sole is on it
# (y = 0) and the foot and the ankle bone are above it (y < 0), where the shin meets it.
SOLE = 0.22
FOOT = ((-0.1, -0.5), (0.3, -0.39), (0.7, -0.29), (0.74, -0.07), (0.5, -0.02), (0.3, -0.07), (0.05, 0.0),
        (-0.2, 0.0), (-0.28, -0.12), (-0.24, -0.42))
PALM_FILL: Fill = "dark"
# The whole-person hand is small for its forearm (it is drawn as a mitten); a close-up shows it at its true size.
CLOSE_UP_HAND = 1.3


class Frame:
    """Maps (along, across) in part lengths to picture points: from origin, along a unit vector, across towards
    the palm or sole."""

    def __init__(self, origin: Pt, along: Pt, across: Pt, size: float) -> None:
        self.origin, self.along, self.across, self.size = origin, along, across, size

    def at(self, x: float, y: float) -> Pt:
        return add(add(self.origin, self.along, x * self.size), self.across, y * self.size)

    def all(self, points: tuple[Pt, ...]) -> tuple[Pt, ...]:
        return tuple(self.at(x, y) for x, y in points)


def hand_frame(wrist: Pt, tip: Pt, towards_palm: float, scale: float = 1.0) -> Frame:
    """The frame of a hand from wrist to fingertips, scale times as long; towards_palm is +1 when the palm is on
    the left of that line."""
    along = direction(wrist, tip)
    size = ((tip[0] - wrist[0]) ** 2 + (tip[1] - wrist[1]) ** 2) ** 0.5 * scale
    return Frame(wrist, along, add((0, 0), left_of(along), towards_palm), size)


def forearm(elbow: Pt, wrist: Pt, towards_palm: float, hand: float, depth: Pt, layer: Layer, fill: Fill,
            shade: bool = True) -> list[Shape]:
    """A rounded forearm narrowing to the wrist, seen a little from above (depth is its width going away from you):
    the face that shows on top has the wrist's creases when it is the palm side (unless towards_palm is 0), and is
    shaded too if shade."""
    halves = (0.3 * hand, 0.21 * hand)
    along = direction(elbow, wrist)
    outline = capsule(elbow, wrist, halves)
    palm_on_top = towards_palm and _dot(left_of(along), depth) * towards_palm > 0
    # The forearm is a little narrower across than the hand; its round ends make it an arm, not a box.
    top = Loop(layer, hull(outline + _shifted(outline, depth, 0.7)), PALM_FILL if palm_on_top and shade else fill)
    return [top] + (_creases(elbow, wrist, halves[1], depth, layer) if palm_on_top else []) + [Loop(layer, outline, fill)]


def _creases(elbow: Pt, wrist: Pt, half: float, depth: Pt, layer: Layer) -> list[Shape]:
    # Two lines across the inside of the wrist, as on a real one: they say "palm side" where shading alone did not.
    along = direction(elbow, wrist)
    top = left_of(along) if _dot(left_of(along), depth) > 0 else (along[1], -along[0])
    edge = add(wrist, top, half)
    return [Line(layer, (add(add(edge, along, -k), depth, 0.15), add(add(edge, along, -k), depth, 0.55)))
            for k in (1.2 * half, 2.4 * half)]


def capsule(top: Pt, end: Pt, halves: tuple[float, float]) -> tuple[Pt, ...]:
    """The outline of a limb from top to end, round at both ends (half widths at each)."""
    along = direction(top, end)
    back = (-along[0], -along[1])
    tail = [add(top, _turned(back, a), halves[0]) for a in range(-90, 91, 30)]
    head = [add(end, _turned(along, a), halves[1]) for a in range(-90, 91, 30)]
    return tuple(tail + head)


def _turned(v: Pt, degrees: float) -> Pt:
    c, s = cos(radians(degrees)), sin(radians(degrees))
    return (v[0] * c - v[1] * s, v[0] * s + v[1] * c)


def limb(top: Pt, end: Pt, halves: tuple[float, float], layer: Layer, fill: Fill) -> list[Shape]:
    """A forearm or shin narrowing from top to end (half widths in figure units), round at the end."""
    return [Circle(layer, end, halves[1], fill), Loop(layer, _outline(top, end, halves), fill)]


def _outline(top: Pt, end: Pt, halves: tuple[float, float]) -> tuple[Pt, ...]:
    across = left_of(direction(top, end))
    return (add(top, across, -halves[0]), add(end, across, -halves[1]), add(end, across, halves[1]),
            add(top, across, halves[0]))


def hand_depth(size: float) -> Pt:
    """The width of a hand size long, going away from you: drawn up and to the right, as if seen a little from
    above, so the top of the hand (its back or its palm) shows."""
    return (DEPTH[0] * size, DEPTH[1] * size)


# An open hand, in hand lengths: the palm's half widths at the wrist and the knuckles, then each finger's place across
# the knuckles, its spread (degrees) and its length; the thumb starts this far along and sticks out at this angle.
OPEN_PALM = (0.26, 0.36, 0.45)  # half width at the wrist, at the knuckles, palm length
OPEN_FINGERS = ((-0.28, -22, 0.5), (-0.095, -8, 0.62), (0.095, 6, 0.64), (0.28, 20, 0.52))
OPEN_THUMB = (0.1, 55, 0.45)


def open_hand(wrist: Pt, along: Pt, size: float, mirror: float, layer: Layer, fill: Fill) -> list[Shape]:
    """A flat hand seen palm-on, size long along a unit vector from the wrist: a palm, four spread fingers and a
    thumb on its left (on its right when mirror is -1). The palm is not shaded: a grey patch on the hand bent back
    hid which way it faced."""
    across = left_of(along)
    at = lambda x, y: add(add(wrist, along, x * size), across, y * size * mirror)
    low, high, length = OPEN_PALM
    palm = Loop(layer, (at(0, -low), at(length, -high), at(length, high), at(0, low)), fill)
    turn = lambda deg: (along[0] * cos(radians(deg)) + across[0] * mirror * sin(radians(deg)),
                        along[1] * cos(radians(deg)) + across[1] * mirror * sin(radians(deg)))
    fingers = [Tube(layer, (at(length - 0.1, y), add(at(length - 0.1, y), turn(spread), k * size)), 0.11 * size, fill)
               for y, spread, k in OPEN_FINGERS]
    base, angle, k = OPEN_THUMB
    thumb = Tube(layer, (at(base, low * 0.8), add(at(base, low * 0.8), turn(angle), k * size)), 0.13 * size, fill)
    # The palm over the roots of the fingers, so each finger starts at its edge.
    return [thumb] + fingers + [palm]


def hand(f: Frame, fingers: str, thumb_in_front: bool, held: str | None, layer: Layer, fill: Fill,
         shade: bool = True) -> list[Shape]:
    """A hand seen from the thumb or little finger side and a little from above: four fingers side by side, the
    palm shaded when it faces up, knuckles when the back of the hand does. A ball sits in the palm behind the
    fingers; a tin lies across the palm, its end towards you, in front of them."""
    depth = hand_depth(f.size)
    palm_on_top = _dot(f.across, depth) > 0
    thumb = [Tube(layer, _shifted(f.all(_thumb(held)), depth, -0.2 if thumb_in_front else 1.1), 0.16 * f.size, fill)]
    front = f.all(PALM)
    faces = [Loop(layer, hull(front + _shifted(front, depth, 1.0)), PALM_FILL if shade and palm_on_top else fill),
             Loop(layer, front, fill)]
    bones = _finger(fingers)
    finger, nail = f.all(bones), f.all(_nail(bones))
    # Only the nearest finger has its nail drawn: four would be noise at page size (and weigh the file down).
    digits = [Tube(layer, _shifted(finger, depth, k), 0.15 * f.size, fill) for k in FINGER_DEPTHS] + [Line(layer, nail)]
    shapes: list[Shape] = ([] if thumb_in_front else thumb) + (_tin_body(f, depth, layer) if held == "tin" else [])
    ball = _held(f, held, layer, fingers in CLOSED) if held == "ball" else []
    if palm_on_top:
        shapes += faces + ball + digits
    else:
        # The back of the hand on top: the fingers curl under it, so only their bent ends show below its edge, and
        # the big knuckles along its top say "back of the hand" (fingers in front hid it, like a fist seen side-on).
        shapes += ball + digits + faces + _knuckles(f, depth, layer, fill)
    shapes += thumb if thumb_in_front else []
    return shapes + (_held(f, held, layer) if held == "tin" else [])


def _shifted(points: tuple[Pt, ...], depth: Pt, k: float) -> tuple[Pt, ...]:
    return tuple(add(p, depth, k) for p in points)


def _knuckles(f: Frame, depth: Pt, layer: Layer, fill: Fill) -> list[Shape]:
    # Four bumps along the back of the hand where the fingers start: what says "back of the hand" at a glance.
    return [Circle(layer, add(f.at(0.5, -0.2), depth, k), 0.07 * f.size, fill) for k in FINGER_DEPTHS]


def _tin_body(f: Frame, depth: Pt, layer: Layer) -> list[Shape]:
    # The tin lies across the hand, so it goes away from you: its side (grey, so it stands out from the fingers, with
    # the edges of its label) between its two ends, the near one sticking out in front of the hand (_held).
    r, centre = TIN_R * f.size, _tin_centre(f)
    ring = tuple(add(centre, (cos(radians(a)), sin(radians(a))), r) for a in range(0, 360, 30))
    side = hull(_shifted(ring, depth, TIN_ENDS[0]) + _shifted(ring, depth, TIN_ENDS[1]))
    across = left_of(direction((0, 0), depth))
    label = [Line(layer, (add(add(centre, across, r), depth, k), add(add(centre, across, -r), depth, k)))
             for k in (TIN_ENDS[0] + 0.25, TIN_ENDS[1] - 0.25)]
    return [Loop(layer, side, "grey")] + label


def _tin_centre(f: Frame) -> Pt:
    return f.at(0.45, 0.22 + TIN_R)


def hull(points: tuple[Pt, ...]) -> tuple[Pt, ...]:
    """The convex hull of the points, anticlockwise (Andrew's monotone chain)."""
    pts = sorted(set(points))
    if len(pts) < 3:
        return tuple(pts)

    def half(seq: list[Pt]) -> list[Pt]:
        out: list[Pt] = []
        for p in seq:
            while len(out) >= 2 and _cross(out[-2], out[-1], p) <= 0:
                out.pop()
            out.append(p)
        return out[:-1]

    return tuple(half(pts) + half(pts[::-1]))


def _cross(o: Pt, a: Pt, b: Pt) -> float:
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def _dot(a: Pt, b: Pt) -> float:
    return a[0] * b[0] + a[1] * b[1]


def _thumb(held: str | None) -> tuple[Pt, ...]:
    # Round a tin or a ball the thumb reaches over the top of it, opposite the fingers.
    return THUMB if not held else ((0.12, 0.1), (0.3, 0.36), (0.42, 0.5))


def _finger(shape: str) -> tuple[Pt, ...]:
    points, angle = [(0.53, 0.02)], 0.0
    for bend, length in zip(FINGER_BENDS[shape], FINGER):
        angle += bend
        points.append((points[-1][0] + length * cos(radians(angle)), points[-1][1] + length * sin(radians(angle))))
    return tuple(points)


def _nail(bones: tuple[Pt, ...]) -> tuple[Pt, Pt]:
    # A short line just inside the back edge of the last finger bone.
    (ax, ay), (bx, by) = bones[-2], bones[-1]
    dx, dy = bx - ax, by - ay
    size = (dx * dx + dy * dy) ** 0.5 or 1.0
    back = (dy / size * 0.04, -dx / size * 0.04)
    return ((ax + 0.45 * dx + back[0], ay + 0.45 * dy + back[1]), (bx - 0.1 * dx + back[0], by - 0.1 * dy + back[1]))


def _held(f: Frame, held: str, layer: Layer, squeezed: bool = False) -> list[Shape]:
    r = f.size * (TIN_R if held == "tin" else HELD_R * BALL_R)
    if held == "tin":
        # The tin's near end, in front of the hand: its rim inside its edge.
        end = add(_tin_centre(f), hand_depth(f.size), TIN_ENDS[0])
        return [Circle(layer, end, r, "white"), Circle(layer, end, r * 0.75)]
    # (The grip squeeze's two pictures are drawn palm-on by ball_grip.py: this is a ball in a single close-up.)
    # A soft ball, grey so it stands out from the white fingers round it, and big enough to show past them; smooth
    # (a seam across it read as a crack). Squeezed in a closed hand it is squashed flat under the fingers and bulges
    # out past their tips (SQUASHED): soft, not a weight. Always a loop, so the moving drawing squashes it.
    k = r / f.size
    wide, high = SQUASHED if squeezed else (1.0, 1.0)
    at = lambda x, y: f.at(0.45 + k * wide * x, 0.22 + k * (1 + high * y))
    ball = Loop(layer, tuple(at(cos(radians(a)), sin(radians(a))) for a in range(0, 360, 20)), "grey")
    return [ball] + (_squeeze_marks(at) if squeezed else [])


def _squeeze_marks(at: Callable[[float, float], Pt]) -> list[Shape]:
    """Short bold strokes standing out from the squashed ball where the fingers leave it free (at maps its unit
    circle, x along the hand): it is being squeezed hard (the flatter ball alone was "a subtle change")."""
    ray = lambda a, k: at(k * cos(radians(a)), k * sin(radians(a)))
    return [Line("arrow", (ray(a, 1.25), ray(a, 1.25 + SQUEEZE_MARK))) for a in SQUEEZE_MARKS]


def foot(ankle: Pt, toe: Pt, toes: str, layer: Layer, fill: Fill) -> list[Shape]:
    """A foot seen from the side, its sole on the line from ankle to toe: heel, arch and toes that lie flat, point
    up or curl under, with a toenail."""
    along = direction(ankle, toe)
    size = ((toe[0] - ankle[0]) ** 2 + (toe[1] - ankle[1]) ** 2) ** 0.5
    # Side-on the sole is on the right of the line from ankle to toes.
    f = Frame(ankle, along, add((0, 0), left_of(along), -1.0), size)
    points, angle = [(0.64, -0.08)], 0.0
    for bend, length in zip(TOE_BENDS[toes], TOE):
        angle += radians(bend)
        points.append((points[-1][0] + length * cos(angle), points[-1][1] + length * sin(angle)))
    bones = tuple(points)
    return [Loop(layer, f.all(FOOT), fill), Tube(layer, f.all(bones), 0.15 * size, fill),
            Line(layer, f.all(_nail(bones)))]


def ankle_bone(ankle: Pt, toe: Pt) -> Pt:
    """Where the shin meets a close-up foot: above the sole, which is on the line from ankle to toe."""
    size = ((toe[0] - ankle[0]) ** 2 + (toe[1] - ankle[1]) ** 2) ** 0.5
    return add(ankle, left_of(direction(ankle, toe)), SOLE * size)


def shin(knee: Pt, ankle: Pt, foot_size: float, layer: Layer, fill: Fill) -> list[Shape]:
    """A lower leg narrowing to the ankle, in proportion to the foot."""
    return limb(knee, ankle, (0.28 * foot_size, 0.17 * foot_size), layer, fill)
