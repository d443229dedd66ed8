"""Draw an exercise pose (see msksite/schema/pose.py for what a pose says) as a small SVG line drawing."""
from __future__ import annotations

from math import radians, sin, cos
from xml.sax.saxutils import escape

from msksite.illustrate_props import Pt, add, arrow_shapes, hand_view_shapes, prop_shapes, unit
from msksite.schema.pose import Limb, Pose

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
