"""Turn a short pose description into a small, consistent SVG line drawing of an exercise.

A pose lives under ``illustration.pose`` in each exercise file. All angles are in degrees (-180 to 180).
Every field is optional; a pose of ``{}`` is a person standing side-on, facing right.

view        ``side`` (default: the person faces right), ``front`` (the person faces you), ``back``
            (like front, but seen from behind, so no face) or ``hand`` (a close-up of one hand, used
            with ``fingers``).
trunk       Lean of the body from upright. Side view: positive leans forward, 90 is face down
            (hands and knees, lying on your front), -90 is lying on your back. Front and back views:
            positive leans to the right of the picture; -90 is lying on your side, head to the left
            (a front view of someone lying on their back is a view from above).
back        How curved the back is (-60 to 60). Positive rounds it (like a cat), negative hollows it.
neck        Head bend from the line of the body. Side view: positive tucks the chin down.
            Front and back views: positive tilts the head towards the right of the picture.
head_turn   Front view only: turns the face to the right (positive) or left (negative) of the picture.
near, far   Joint angles for one arm and one leg. In side view "near" is the side closest to you
            (drawn black) and "far" is behind it (drawn grey). In front and back views "near" is on the
            right of the picture and both sides are black. Angles left out of ``near`` are 0;
            angles left out of ``far`` copy ``near``.
              shoulder  arm forward from the body (side) or out to the side (front); 0 hangs down,
                        90 is level, 180 is overhead; negative goes back (side) or across the body (front)
              elbow     bend of the elbow (0 is straight). Side view: positive bends it. Front view:
                        positive swings the forearm outwards or up, negative across the body
              wrist     bend of the hand, the same way as the elbow bends (positive) or the other way
              hip       thigh forward from the body (side) or out to the side (front); 90 is sitting
              knee      bend of the knee (0 is straight, 90 is a right angle); in front view
                        positive swings the shin in towards the middle
              ankle     0 is a normal standing foot; positive points the toes, negative pulls them up
props       Things in the picture: floor, chair, table, wall, step, towel, ball, tin, mat, bed.
            Write a name, or ``{name: table, at: far_hand}`` to say where it goes:
              chair     hip (default: sitting on it), near_hand or far_hand (holding its back)
              table, wall, ball, tin    near_hand (default) or far_hand
              step      near_foot (default) or far_foot
              towel     near_hand (default), far_hand, hands (held between both hands),
                        near_foot, far_foot (under the foot), near_knee, far_knee (rolled up)
              floor, mat, bed           no ``at``: they go under the whole person
arrows      Movement arrows, e.g. ``{at: near_knee, towards: up}``. ``at`` is head, chest, waist, hip,
            or near_/far_ with shoulder, elbow, hand, knee or foot. ``towards`` is up, down, left, right,
            up_left, up_right, down_left, down_right, clockwise or anticlockwise. Arrows start next to
            the body point; add ``pointing: at`` to make the arrow point at it instead (for a push).
fingers     Hand view only: finger shapes from left to right (straight, hook, fist, tabletop, flat_fist).
close_up    ``true`` leaves out the legs and draws the rest twice as big (for hand and wrist
            exercises). Leave out floor and chair; a table is drawn with short legs.

The person is placed so their lowest point rests on the floor (or on the bed, mat or step).
"""

from math import radians, sin, cos
from typing import Annotated, Literal
from xml.sax.saxutils import escape

from pydantic import AfterValidator, BaseModel, ConfigDict, model_validator

from msksite.illustrate_props import Pt, add, arrow_shapes, hand_view_shapes, prop_shapes, unit

PropName = Literal["floor", "chair", "table", "wall", "step", "towel", "ball", "tin", "mat", "bed"]
Anchor = Literal["hip", "near_hand", "far_hand", "hands", "near_foot", "far_foot", "near_knee", "far_knee"]
Landmark = Literal[
    "head", "chest", "waist", "hip", "near_shoulder", "near_elbow", "near_hand", "near_knee", "near_foot",
    "far_shoulder", "far_elbow", "far_hand", "far_knee", "far_foot",
]
Direction = Literal[
    "up", "down", "left", "right", "up_left", "up_right", "down_left", "down_right", "clockwise", "anticlockwise"
]
FingerShape = Literal["straight", "hook", "fist", "tabletop", "flat_fist"]


def _in_range(low: float, high: float):
    def check(value: float) -> float:
        if not low <= value <= high:
            raise ValueError(f"must be between {low:g} and {high:g} degrees, not {value:g}")
        return value
    return AfterValidator(check)


Angle = Annotated[float, _in_range(-180, 180)]
HANDS = ("near_hand", "far_hand")
PROP_PLACES: dict[str, tuple[str, ...]] = {
    "chair": ("hip",) + HANDS, "table": HANDS, "wall": HANDS, "ball": HANDS, "tin": HANDS,
    "step": ("near_foot", "far_foot"), "floor": (), "mat": (), "bed": (),
    "towel": HANDS + ("hands", "near_foot", "far_foot", "near_knee", "far_knee"),
}
Curve = Annotated[float, _in_range(-60, 60)]
FROZEN = ConfigDict(extra="forbid", frozen=True)

# Body sizes in figure units; a standing person is about 95 units tall.
HEAD_R, NECK, TRUNK, SHOULDER_W, HIP_W = 6.5, 4.0, 30.0, 10.0, 5.0
ARM = (16.0, 14.0, 8.0)
LEG = (23.0, 22.0, 9.0)
# How far each body point sits above whatever it rests on (the body has thickness).
PADS = {"shoulder": HEAD_R, "hip": HEAD_R, "knee": 2.0, "elbow": 2.0, "wrist": 1.5, "tip": 0, "ankle": 0, "toe": 0}
CANVAS = (180.0, 135.0)
STYLE = 'fill="none" stroke="#000" stroke-linecap="round" stroke-linejoin="round"'
# Layers in drawing order with their stroke widths; far limbs are grey so depth reads in black and white.
LAYERS = {"prop": 1.5, "far": 3.0, "body": 3.0, "arrow": 2.0}


class Limb(BaseModel):
    """Joint angles for one arm and one leg; unset angles are filled in by the pose."""

    model_config = FROZEN
    shoulder: Angle | None = None
    elbow: Angle | None = None
    wrist: Angle | None = None
    hip: Angle | None = None
    knee: Angle | None = None
    ankle: Angle | None = None


class Prop(BaseModel):
    """A prop with an explicit place."""

    model_config = FROZEN
    name: PropName
    at: Anchor | None = None

    @model_validator(mode="after")
    def _check_place(self) -> "Prop":
        places = PROP_PLACES[self.name]
        if self.at is not None and self.at not in places:
            where = f"at can be {', '.join(places)}" if places else "it goes under the whole person, so leave out at"
            raise ValueError(f"a {self.name} cannot go at {self.at}: {where}")
        return self


class Arrow(BaseModel):
    """A movement arrow next to a body point."""

    model_config = FROZEN
    at: Landmark
    towards: Direction
    pointing: Literal["away", "at"] = "away"


class Pose(BaseModel):
    """A compact, clinician-editable description of an exercise position."""

    model_config = FROZEN
    view: Literal["side", "front", "back", "hand"] = "side"
    trunk: Angle = 0
    back: Curve = 0
    neck: Angle = 0
    head_turn: Annotated[float, _in_range(-90, 90)] = 0
    near: Limb = Limb()
    far: Limb = Limb()
    props: tuple[PropName | Prop, ...] = ()
    arrows: tuple[Arrow, ...] = ()
    fingers: tuple[FingerShape, ...] = ()
    close_up: bool = False

    @model_validator(mode="after")
    def _check_view_fields(self) -> "Pose":
        if self.head_turn and self.view != "front":
            raise ValueError("head_turn is only used with view: front")
        if self.view == "hand" and not 1 <= len(self.fingers) <= 3:
            raise ValueError("view: hand needs 1 to 3 fingers shapes, e.g. [straight, hook, fist]")
        if self.fingers and self.view != "hand":
            raise ValueError("fingers is only used with view: hand")
        if self.view == "hand" and (self.props or self.arrows or self.close_up):
            raise ValueError("view: hand draws only hands; leave out props, arrows and close_up")
        return self


def _joint(pose: Pose, side: str, name: str) -> float:
    value = getattr(pose.near if side == "near" else pose.far, name)
    if value is None and side == "far":
        value = getattr(pose.near, name)
    return value or 0.0


def _chain(start: Pt, angles: list[float], lengths: tuple[float, ...]) -> list[Pt]:
    points = [start]
    for angle, length in zip(angles, lengths):
        points.append(add(points[-1], unit(angle), length))
    return points


def _limbs(pose: Pose, side: str, shoulder: Pt, hip: Pt) -> dict[str, Pt]:
    # Front view mirrors the far side so equal angles give a symmetrical pose.
    sign = -1.0 if pose.view in ("front", "back") and side == "far" else 1.0
    j = {name: _joint(pose, side, name) for name in Limb.model_fields}
    arm = sign * j["shoulder"] - pose.trunk
    arm_angles = [arm, arm + sign * j["elbow"], arm + sign * (j["elbow"] + j["wrist"])]
    leg = sign * j["hip"] - pose.trunk
    foot = leg - sign * j["knee"] + sign * (90 - j["ankle"])
    foot_len = LEG[2] * (1.0 if pose.view == "side" else 0.45)
    arm_pts = _chain(shoulder, arm_angles, ARM)
    leg_pts = _chain(hip, [leg, leg - sign * j["knee"], foot], LEG[:2] + (foot_len,))
    names = ["shoulder", "elbow", "wrist", "tip", "hip", "knee", "ankle", "toe"]
    return {f"{side}_{n}": p for n, p in zip(names, arm_pts + leg_pts)}


def _skeleton(pose: Pose) -> dict[str, Pt]:
    up = (sin(radians(pose.trunk)), cos(radians(pose.trunk)))
    across = (up[1], -up[0])
    top = add((0.0, 0.0), up, TRUNK)
    head_up = (sin(radians(pose.trunk + pose.neck)), cos(radians(pose.trunk + pose.neck)))
    pts = {"hip": (0.0, 0.0), "neck": top, "chest": add(top, up, -TRUNK / 3), "waist": add(top, up, -TRUNK * 2 / 3)}
    pts["head"] = add(top, head_up, NECK + HEAD_R)
    for side, k in (("near", 1.0), ("far", -1.0)):
        wide = 0.0 if pose.view == "side" else k
        pts.update(_limbs(pose, side, add(top, across, wide * SHOULDER_W), add((0.0, 0.0), across, wide * HIP_W)))
    return _grounded(pts)


def _grounded(pts: dict[str, Pt]) -> dict[str, Pt]:
    lows = [pts["head"][1] - HEAD_R]
    lows += [p[1] - PADS[name.split("_")[-1]] for name, p in pts.items() if name.split("_")[-1] in PADS]
    drop = min(lows)
    return {name: (p[0], p[1] - drop) for name, p in pts.items()}


def _spine(pose: Pose, pts: dict[str, Pt]) -> list[Pt]:
    hip, top = pts["hip"], pts["neck"]
    # Sampling the curve keeps every shape a plain polyline, which keeps the SVG small and simple.
    bulge = add(add(hip, top), (-(top[1] - hip[1]), top[0] - hip[0]), pose.back / 60)
    control = (bulge[0] / 2, bulge[1] / 2)
    curve = []
    for i in range(7):
        t = i / 6
        a, b, c = (1 - t) ** 2, 2 * t * (1 - t), t * t
        curve.append((a * hip[0] + b * control[0] + c * top[0], a * hip[1] + b * control[1] + c * top[1]))
    return curve


def _head_shapes(pose: Pose, pts: dict[str, Pt]) -> list[tuple]:
    head, neck = pts["head"], pts["neck"]
    up = ((head[0] - neck[0]) / (NECK + HEAD_R), (head[1] - neck[1]) / (NECK + HEAD_R))
    face = (up[1], -up[0])
    if pose.view == "side":
        base = add(add(head, face, HEAD_R * 0.9), up, -HEAD_R * 0.1)
        nose = [base, add(add(base, face, 2.4), up, -1.2)]
    else:
        # A short nose line shows head tilt; it slides sideways and sticks out as the head turns.
        turn = sin(radians(pose.head_turn))
        base = add(add(head, face, HEAD_R * 0.75 * turn), up, HEAD_R * 0.1 * (1 - abs(turn)))
        nose = [base, add(add(base, face, 3.0 * turn), up, -3.0 * (1 - abs(turn)))]
    neck_line = [neck, add(neck, up, NECK)]
    face_shapes = [("line", "body", nose)] if pose.view != "back" else []
    return [("circle", "body", head, HEAD_R), ("line", "body", neck_line)] + face_shapes


def _figure_shapes(pose: Pose, pts: dict[str, Pt]) -> list[tuple]:
    limb = lambda s, parts: [pts[f"{s}_{p}"] for p in parts]
    arms, legs = ("shoulder", "elbow", "wrist", "tip"), ("hip", "knee", "ankle", "toe")
    far = "far" if pose.view == "side" else "body"
    # A close-up leaves the legs out so the arms and hands can be drawn bigger.
    legs_drawn = [] if pose.close_up else [("line", far, limb("far", legs)), ("line", "body", limb("near", legs))]
    shapes = [("line", far, limb("far", arms))] + legs_drawn[:1]
    if pose.view == "side":
        shapes += [("line", "body", _spine(pose, pts))]
    else:
        # Facing or back-on, the trunk is an outline so hands held in front of it stay visible.
        shapes += [("loop", "body", [pts[k] for k in ("far_shoulder", "near_shoulder", "near_hip", "far_hip")])]
    shapes += _head_shapes(pose, pts)
    return shapes + [("line", "body", limb("near", arms))] + legs_drawn[1:]


def _prop_list(pose: Pose) -> list[tuple[str, str]]:
    out = []
    for prop in pose.props:
        name, at = (prop, None) if isinstance(prop, str) else (prop.name, prop.at)
        default = {"chair": "hip", "step": "near_foot"}.get(name, "near_hand")
        out.append((name, at or default))
    return out


def _landmarks(pts: dict[str, Pt]) -> dict[str, Pt]:
    marks = {name: pts[name] for name in ("head", "chest", "waist", "hip")}
    for side in ("near", "far"):
        for mark, key in (("shoulder", "shoulder"), ("elbow", "elbow"), ("hand", "tip"), ("knee", "knee")):
            marks[f"{side}_{mark}"] = pts[f"{side}_{key}"]
        ankle, toe = pts[f"{side}_ankle"], pts[f"{side}_toe"]
        marks[f"{side}_foot"] = ((ankle[0] + toe[0]) / 2, (ankle[1] + toe[1]) / 2)
    return marks


def _all_shapes(pose: Pose) -> list[tuple]:
    if pose.view == "hand":
        return hand_view_shapes(pose.fingers)
    pts = _skeleton(pose)
    props = _prop_list(pose)
    marks = _landmarks(pts)
    arrows = [(a.at, a.towards, a.pointing) for a in pose.arrows]
    # Close-ups have no floor in view, so furniture legs stop just below the hips.
    floor = pts["hip"][1] - 6 if pose.close_up else None
    shapes = prop_shapes(props, pts, floor) + _figure_shapes(pose, pts)
    return shapes + arrow_shapes(arrows, marks, {"head": HEAD_R + 4})


def _num(value: float) -> str:
    text = f"{value:.1f}"
    text = text[:-2] if text.endswith(".0") else text
    return "0" if text == "-0" else text


def _view_box(shapes: list[tuple], zoom: float) -> tuple[float, float, float, float]:
    xs, ys = [], []
    for shape in shapes:
        points = shape[2] if shape[0] != "circle" else [add(shape[2], (1, 1), r) for r in (shape[3], -shape[3])]
        xs += [p[0] for p in points]
        ys += [p[1] for p in points]
    w, h = max(CANVAS[0] / zoom, max(xs) - min(xs) + 12), max(CANVAS[1] / zoom, max(ys) - min(ys) + 12)
    return (min(xs) + max(xs) - w) / 2, (min(ys) + max(ys) + h) / 2, w, h


def _element(shape: tuple, left: float, top: float) -> str:
    at = lambda p: f"{_num(p[0] - left)},{_num(top - p[1])}"
    if shape[0] == "circle":
        x, y = at(shape[2]).split(",")
        return f'<circle cx="{x}" cy="{y}" r="{_num(shape[3])}"/>'
    tag = "polygon" if shape[0] == "loop" else "polyline"
    return f'<{tag} points="{" ".join(at(p) for p in shape[2])}"/>'


def render_svg(pose: Pose, title: str) -> str:
    """Return a standalone, deterministic SVG line drawing of the pose."""
    shapes = _all_shapes(pose)
    # Close-ups are drawn larger, so their strokes are thinned to look the same on the page.
    zoom = 2.0 if pose.close_up else 1.0
    left, top, w, h = _view_box(shapes, zoom)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_num(w)} {_num(h)}" role="img">',
        f"<title>{escape(title)}</title><g {STYLE}>",
    ]
    for layer, width in LAYERS.items():
        body = "".join(_element(s, left, top) for s in shapes if s[1] == layer)
        colour = ' stroke="#999"' if layer == "far" else ""
        if body:
            parts.append(f'<g stroke-width="{_num(width / zoom)}"{colour}>{body}</g>')
    parts.append("</g></svg>")
    return "".join(parts)
