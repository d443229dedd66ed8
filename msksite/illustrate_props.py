"""Drawing pieces for exercise illustrations: props, motion arrows and hand close-ups.

Everything here works in "figure units" with y pointing up and the floor at y = 0.
A shape is a tuple: ("line", layer, points), ("loop", layer, points) or ("circle", layer, centre, radius).
Layers are drawn in this order: "prop", "far", "body", "arrow".
"""

from math import cos, radians, sin

Pt = tuple[float, float]

STEP_H = 14.0
BED_H = 16.0
MAT_H = 2.5
CHAIR_SEAT_H = 19.5

ARROW_VECTORS = {
    "up": (0.0, 1.0), "down": (0.0, -1.0), "left": (-1.0, 0.0), "right": (1.0, 0.0),
    "up_left": (-0.71, 0.71), "up_right": (0.71, 0.71),
    "down_left": (-0.71, -0.71), "down_right": (0.71, -0.71),
}

# Finger joint bends (knuckle, middle, end) in degrees for each hand shape.
FINGER_BENDS = {
    "straight": (0, 0, 0), "hook": (0, 95, 75), "fist": (90, 100, 70),
    "tabletop": (90, 0, 0), "flat_fist": (90, 95, 0),
}


def add(p: Pt, v: Pt, k: float = 1.0) -> Pt:
    """Return point p moved by k times vector v."""
    return (p[0] + k * v[0], p[1] + k * v[1])


def unit(angle: float) -> Pt:
    """Return the unit vector for an angle measured anticlockwise from straight down."""
    a = radians(angle)
    return (sin(a), -cos(a))


def box(x0: float, y0: float, x1: float, y1: float) -> list[Pt]:
    """Return the corners of a rectangle."""
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


def _is_level(a: Pt, b: Pt) -> bool:
    return abs(a[1] - b[1]) < 0.25 * abs(a[0] - b[0])


def floor_level(props: list[tuple[str, str]], pts: dict[str, Pt]) -> float:
    """Return the floor height: below zero when the person stands on a step or lies on a bed or mat."""
    floor = 0.0
    for name, at in props:
        if name == "step":
            floor = min(floor, _step_top(pts, at) - STEP_H)
        elif name == "bed":
            floor = min(floor, -BED_H)
        elif name == "mat":
            floor = min(floor, -MAT_H)
    return floor


def _step_top(pts: dict[str, Pt], at: str) -> float:
    side = at.split("_")[0]
    ankle, toe = pts[f"{side}_ankle"], pts[f"{side}_toe"]
    return ankle[1] + 0.7 * (toe[1] - ankle[1])


def _span(pts: dict[str, Pt]) -> tuple[float, float]:
    xs = [p[0] for p in pts.values()]
    return min(xs) - 8, max(xs) + 8


def _step(pts, at, floor):
    side = at.split("_")[0]
    ankle, toe = pts[f"{side}_ankle"], pts[f"{side}_toe"]
    ball = add(ankle, (toe[0] - ankle[0], toe[1] - ankle[1]), 0.7)
    # A flat foot stands fully on the step; a tilted one rests on the edge with the heel hanging off.
    edge = min(ankle[0], toe[0]) - 3 if _is_level(ankle, toe) else ball[0]
    far = edge + 30 if toe[0] >= ankle[0] else edge - 30
    return [("loop", "prop", box(min(edge, far), floor, max(edge, far), ball[1]))]


def _chair_under(pts, floor):
    hip = pts["hip"]
    seat = min(hip[1] - 2.5, CHAIR_SEAT_H)
    back_x, front_x = hip[0] - 12, hip[0] + 9
    return [
        ("line", "prop", [(back_x - 3, seat + 30), (back_x, seat), (front_x, seat), (front_x, floor)]),
        ("line", "prop", [(back_x, seat), (back_x, floor)]),
    ]


def _chair_held(pts, at, floor):
    hand = pts[f"{at.split('_')[0]}_tip"]
    x, top = hand[0] + 1, hand[1] - 1.5
    seat = min(CHAIR_SEAT_H, top - 4)
    return [
        ("line", "prop", [(x, top), (x, floor)]),
        ("line", "prop", [(x, seat), (x + 20, seat), (x + 20, floor)]),
    ]


def _table(pts, at, floor):
    side = at.split("_")[0]
    wrist, tip, elbow = pts[f"{side}_wrist"], pts[f"{side}_tip"], pts[f"{side}_elbow"]
    flat = _is_level(wrist, tip)
    top = min(wrist[1], tip[1]) - 1.5 if flat else wrist[1] - 2
    # A hand that is not flat hangs over the table edge, so the edge sits at the wrist.
    edge = max(wrist[0], tip[0]) + 10 if flat else wrist[0] + 1
    # The table starts just behind the forearm so it never runs through the person's body.
    near = min(min(elbow[0], wrist[0]) - 8, edge - 24)
    shapes = [("line", "prop", [(near, top), (edge, top)]), ("line", "prop", [(edge - 4, top), (edge - 4, floor)])]
    # The near leg is hidden behind a seated person's legs.
    if near + 4 > max(pts["near_knee"][0], pts["far_knee"][0]) + 2:
        shapes.append(("line", "prop", [(near + 4, top), (near + 4, floor)]))
    return shapes


def _wall(pts, at, floor):
    hand = pts[f"{at.split('_')[0]}_tip"]
    x = hand[0] + 1.5
    top = max(p[1] for p in pts.values()) + 5
    return [("line", "prop", [(x, floor), (x, top)])]


def _towel(pts, at, floor):
    if at == "hands":
        a, b = pts["near_tip"], pts["far_tip"]
        return [("line", "prop", [a, b]), ("line", "prop", [add(a, (1.8, 0)), add(b, (1.8, 0))])]
    side, part = at.split("_")
    if part == "knee":
        return [("circle", "prop", (pts[f"{side}_knee"][0], floor + 3.5), 3.5)]
    if part == "foot":
        # Under a foot the towel is bunched up in front of the toes, as in a towel scrunch.
        xs = (pts[f"{side}_ankle"][0], pts[f"{side}_toe"][0])
        heel, toe, top = min(xs), max(xs), floor + 1.5
        bunch = [(toe, top), (toe + 3, top + 3.5), (toe + 6, top)]
        return [("line", "prop", [(heel - 3, floor), (heel - 3, top)] + bunch + [(toe + 14, top), (toe + 14, floor)])]
    a, b = pts[f"{side}_wrist"], pts[f"{side}_tip"]
    y = min(a[1], b[1]) - 1.5
    return [("loop", "prop", box(min(a[0], b[0]) - 3, y - 1.5, max(a[0], b[0]) + 5, y))]


def _held(name, pts, at):
    tip = pts[f"{at.split('_')[0]}_tip"]
    if name == "ball":
        return [("circle", "prop", tip, 3.5)]
    return [("loop", "prop", box(tip[0] - 2.5, tip[1] - 4, tip[0] + 2.5, tip[1] + 4))]


def _lying_surface(name, pts, floor):
    x0, x1 = _span(pts)
    if name == "mat":
        return [("loop", "prop", box(x0, -MAT_H, x1, 0))]
    return [
        ("loop", "prop", box(x0, -6, x1, 0)),
        ("line", "prop", [(x0 + 3, -6), (x0 + 3, floor)]),
        ("line", "prop", [(x1 - 3, -6), (x1 - 3, floor)]),
    ]


def prop_shapes(props: list[tuple[str, str]], pts: dict[str, Pt], floor: float | None = None) -> list[tuple]:
    """Return the shapes for each (prop name, anchor) pair; furniture legs stop at the floor."""
    floor = floor_level(props, pts) if floor is None else floor
    shapes: list[tuple] = []
    for name, at in props:
        if name == "floor":
            x0, x1 = _span(pts)
            shapes.append(("line", "prop", [(x0 - 6, floor), (x1 + 6, floor)]))
        elif name in ("mat", "bed"):
            shapes += _lying_surface(name, pts, floor)
        elif name == "chair":
            shapes += _chair_under(pts, floor) if at == "hip" else _chair_held(pts, at, floor)
        elif name in ("ball", "tin"):
            shapes += _held(name, pts, at)
        else:
            shapes += {"table": _table, "wall": _wall, "step": _step, "towel": _towel}[name](pts, at, floor)
    return shapes


def _arc(centre: Pt, radius: float, start: float, sweep: float) -> list[Pt]:
    steps = 16
    return [add(centre, unit(start + sweep * i / steps), radius) for i in range(steps + 1)]


def _head(tip: Pt, back: Pt) -> list[tuple]:
    # Open chevron so arrows stay stroke-only.
    dx, dy = tip[0] - back[0], tip[1] - back[1]
    size = (dx * dx + dy * dy) ** 0.5 or 1.0
    ux, uy = dx / size, dy / size
    left = (tip[0] - 5 * ux - 3.5 * uy, tip[1] - 5 * uy + 3.5 * ux)
    right = (tip[0] - 5 * ux + 3.5 * uy, tip[1] - 5 * uy - 3.5 * ux)
    return [("line", "arrow", [left, tip, right])]


def arrow_shapes(arrows: list[tuple[str, str, str]], pts: dict[str, Pt], gap: dict[str, float]) -> list[tuple]:
    """Return motion arrows: straight ones start just clear of the landmark, curved ones circle it."""
    shapes: list[tuple] = []
    for at, towards, pointing in arrows:
        centre, clear = pts[at], gap.get(at, 5.0)
        if towards in ARROW_VECTORS:
            v = ARROW_VECTORS[towards]
            # "at" arrows end just short of the landmark, for pushes such as pressing the back down.
            ends = (-clear - 14, -clear) if pointing == "at" else (clear, clear + 14)
            line = [add(centre, v, ends[0]), add(centre, v, ends[1])]
        else:
            start, sweep = (330, -300) if towards == "clockwise" else (30, 300)
            line = _arc(centre, clear + 3, start, sweep)
        shapes.append(("line", "arrow", line))
        shapes += _head(line[-1], line[-2])
    return shapes


def _outline(line: list[Pt], half: float) -> list[Pt]:
    # Both edges of a thick finger, so it reads as a finger rather than a stick.
    left, right = [], []
    for i, p in enumerate(line):
        a, b = line[max(i - 1, 0)], line[min(i + 1, len(line) - 1)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        size = (dx * dx + dy * dy) ** 0.5 or 1.0
        normal = (-dy / size, dx / size)
        left.append(add(p, normal, half))
        right.append(add(p, normal, -half))
    return left + right[::-1]


def _one_hand(x: float, shape: str) -> list[tuple]:
    # Seen from the thumb side, with the palm facing right: the fingers curl to the right.
    finger, angle = [(x, 48.0)], 0.0
    for bend, length in zip(FINGER_BENDS[shape], (15.0, 10.0, 8.0)):
        angle += bend
        finger.append(add(finger[-1], (sin(radians(angle)), cos(radians(angle))), length))
    thumb = [(x + 4, 28.0), (x + 11, 38.0), (x + 12, 44.0)]
    edges = [[(x - 5, 0.0), (x - 4, 48.0)], [(x + 5, 0.0), (x + 4, 48.0)]]
    return [("loop", "body", _outline(finger, 3.0)), ("line", "body", thumb)] + [("line", "body", e) for e in edges]


def hand_view_shapes(fingers: tuple[str, ...]) -> list[tuple]:
    """Return side views of one hand in each finger shape, left to right, with arrows between."""
    shapes: list[tuple] = []
    for i, shape in enumerate(fingers):
        x = i * 50.0
        shapes += _one_hand(x, shape)
        if i:
            tail, tip = (x - 37, 10.0), (x - 15, 10.0)
            shapes += [("line", "arrow", [tail, tip])] + _head(tip, tail)
    return shapes
