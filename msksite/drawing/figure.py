"""The person as shapes: limbs, spine or trunk outline, head and nose, from the joint positions."""
from __future__ import annotations

from math import radians, sin

from msksite.schema.pose import Pose

from .shapes import Circle, Line, Loop, Pt, Shape, add
from .skeleton import HEAD_R, NECK, Joints

ARM_JOINTS = ("shoulder", "elbow", "wrist", "tip")
LEG_JOINTS = ("hip", "knee", "ankle", "toe")


def _spine(pose: Pose, pts: Joints) -> tuple[Pt, ...]:
    hip, top = pts["hip"], pts["neck"]
    # Sampling the curve keeps every shape a plain polyline, which keeps the SVG small and simple.
    bulge = add(add(hip, top), (-(top[1] - hip[1]), top[0] - hip[0]), pose.back / 60)
    control = (bulge[0] / 2, bulge[1] / 2)
    curve = []
    for i in range(7):
        t = i / 6
        a, b, c = (1 - t) ** 2, 2 * t * (1 - t), t * t
        curve.append((a * hip[0] + b * control[0] + c * top[0], a * hip[1] + b * control[1] + c * top[1]))
    return tuple(curve)


def _nose(pose: Pose, head: Pt, up: Pt) -> tuple[Pt, Pt]:
    face = (up[1], -up[0])
    if pose.view == "side":
        base = add(add(head, face, HEAD_R * 0.9), up, -HEAD_R * 0.1)
        return base, add(add(base, face, 2.4), up, -1.2)
    # A short nose line shows head tilt; it slides sideways and sticks out as the head turns.
    turn = sin(radians(pose.head_turn))
    base = add(add(head, face, HEAD_R * 0.75 * turn), up, HEAD_R * 0.1 * (1 - abs(turn)))
    return base, add(add(base, face, 3.0 * turn), up, -3.0 * (1 - abs(turn)))


def _head_shapes(pose: Pose, pts: Joints) -> list[Shape]:
    head, neck = pts["head"], pts["neck"]
    up = ((head[0] - neck[0]) / (NECK + HEAD_R), (head[1] - neck[1]) / (NECK + HEAD_R))
    nose = _nose(pose, head, up)
    neck_line = (neck, add(neck, up, NECK))
    # Seen from behind, there is no face to draw.
    face_shapes = [Line("body", nose)] if pose.view != "back" else []
    return [Circle("body", head, HEAD_R), Line("body", neck_line)] + face_shapes


def figure_shapes(pose: Pose, pts: Joints) -> list[Shape]:
    """Return the person's shapes, far limbs first so the near ones are drawn over them."""
    def limb(side: str, parts: tuple[str, ...]) -> tuple[Pt, ...]:
        return tuple(pts[f"{side}_{p}"] for p in parts)

    # Only side-on is one side behind the other (drawn grey); facing you, both sides are equally near.
    far = "far" if pose.view == "side" else "body"
    # A close-up leaves the legs out so the arms and hands can be drawn bigger.
    legs = [] if pose.close_up else [Line(far, limb("far", LEG_JOINTS)), Line("body", limb("near", LEG_JOINTS))]
    shapes: list[Shape] = [Line(far, limb("far", ARM_JOINTS))] + legs[:1]
    if pose.view == "side":
        shapes.append(Line("body", _spine(pose, pts)))
    else:
        # Facing or back-on, the trunk is an outline so hands held in front of it stay visible.
        shapes.append(Loop("body", tuple(pts[k] for k in ("far_shoulder", "near_shoulder", "near_hip", "far_hip"))))
    shapes += _head_shapes(pose, pts)
    return shapes + [Line("body", limb("near", ARM_JOINTS))] + legs[1:]
