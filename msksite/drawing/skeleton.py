"""Where each joint of the person is, worked out from a Pose, and the named points props and arrows attach to."""
from __future__ import annotations

from math import asin, cos, degrees, radians, sin

from msksite.schema.pose import Limb, Pose

from .behind_back import hand_behind_back, reaches_behind_back
from .shapes import Pt, add, direction, unit

# Body sizes in figure units; a standing person is about 95 units tall.
HEAD_R, NECK, TRUNK, SHOULDER_W, HIP_W = 6.5, 4.0, 30.0, 10.0, 5.5
# The shoulder joint sits this far below the top of the trunk, where the neck starts.
SHOULDER_DROP = 3.0
# How the shoulders move for each `shoulders` value: (up, back) in figure units, exaggerated a little so the change
# shows at page size.
SHOULDER_MOVES = {"level": (0.0, 0.0), "raised": (4.5, 0.0), "back": (-0.5, 2.5)}
# The shoulder blades seen from behind: how far the inner edge is from the spine, by `shoulders`, and the blade's
# top and bottom below the neck.
BLADE_GAP = {"level": 5.0, "raised": 5.0, "back": 1.8}
BLADE_TOP, BLADE_BOTTOM = 5.0, 19.0
ARM = (16.0, 14.0, 8.0)
LEG = (23.0, 22.0, 9.0)
HEEL = 2.0  # how far the heel sticks out behind the ankle
# How far each body point sits above whatever it rests on (the body has thickness).
PADS = {"shoulder": HEAD_R, "hip": HEAD_R, "knee": 2.0, "elbow": 2.0, "wrist": 1.5, "tip": 0, "ankle": 0, "toe": 0}

# A forearm folded across the chest (arms crossed) ends on the line of the body, where the other arm is, this far
# above the elbow: seen from the side it runs across the body, in depth, so it looks short.
TUCK_RISE = 4.0

# Lying on your side, the picture looks down on the person from this far above level, in degrees: from level, knees
# bent towards you were lost in depth (the legs looked straight).
LOOK_DOWN = 30.0
# Both knees bent at least this much, lying on the side, is a clam: the feet rest together (_bent_leg), and the
# picture looks down from CLAM_LOOK_DOWN degrees. From LOOK_DOWN, with a faint start between them, the two bent legs
# made a box ("a jumble", round 34); from 10 degrees the knees bent towards you were lost in depth ("in step 1 the
# bent knees look like straight legs", round 55). From 25, in two numbered pictures, the knees point down towards
# you in a clear bend, and the lifted top knee still arches high over the bottom leg.
CLAM_KNEES, CLAM_LOOK_DOWN = 45.0, 25.0

# Joint positions by name: hip, neck, chest, waist, head, then near_ and far_ with shoulder, elbow, wrist,
# tip (of the hand), hip, knee, ankle and toe.
Joints = dict[str, Pt]
Vec = tuple[float, float, float]


def _angle(pose: Pose, side: str, name: str) -> float:
    value = getattr(pose.near if side == "near" else pose.far, name)
    # The far side copies the near side unless given, so a symmetrical pose is written once.
    if value is None and side == "far":
        value = getattr(pose.near, name)
    return value or 0.0


def _chain(start: Pt, angles: list[float], lengths: tuple[float, ...]) -> list[Pt]:
    points = [start]
    for angle, length in zip(angles, lengths):
        points.append(add(points[-1], unit(angle), length))
    return points


def _limbs(pose: Pose, side: str, shoulder: Pt, hip: Pt) -> Joints:
    # Front view mirrors the far side so equal angles give a symmetrical pose.
    sign = -1.0 if pose.view in ("front", "back") and side == "far" else 1.0
    j = {name: _angle(pose, side, name) for name in Limb.model_fields}
    arm = sign * j["shoulder"] - pose.trunk
    arm_angles = [arm, arm + sign * j["elbow"], arm + sign * (j["elbow"] + j["wrist"])]
    leg = sign * j["hip"] - pose.trunk
    foot = leg - sign * j["knee"] + sign * (90 - j["ankle"])
    # Seen from the front a foot points at you, so it looks short.
    foot_len = LEG[2] * (1.0 if pose.side_on else 0.45)
    arm_pts = _chain(shoulder, arm_angles, ARM)
    if crossed_arm(pose, side):
        arm_pts[2:] = [_tucked_hand(shoulder, arm_pts[1], pose.trunk)] * 2
    elif reaches_behind_back(pose, side):
        arm_pts[2:] = hand_behind_back(hip, arm_pts[1], j["elbow"], pose.trunk)
    leg_pts = _chain(hip, [leg, leg - sign * j["knee"], foot], LEG[:2] + (foot_len,))
    names = ["shoulder", "elbow", "wrist", "tip", "hip", "knee", "ankle", "toe"]
    return {f"{side}_{n}": p for n, p in zip(names, arm_pts + leg_pts)}


def crossed_arm(pose: Pose, side: str) -> bool:
    """Whether this side's arm is folded across the chest (the far arm copies the near one)."""
    limb = pose.near if side == "near" else pose.far
    return pose.view == "side" and (limb.hand or pose.near.hand) == "crossed"


def _tucked_hand(shoulder: Pt, elbow: Pt, trunk: float) -> Pt:
    """Where a forearm folded across the chest ends: on the line of the body a little above the elbow (the hand,
    holding the other arm, is out of sight)."""
    up = (sin(radians(trunk)), cos(radians(trunk)))
    along = (elbow[0] - shoulder[0]) * up[0] + (elbow[1] - shoulder[1]) * up[1]
    return add(shoulder, up, along + TUCK_RISE)


def skeleton(pose: Pose) -> Joints:
    """Return every joint position, with the person's lowest point resting at y = 0."""
    return grounded(posed(pose))


def posed(pose: Pose) -> Joints:
    """Return every joint position with the hip at (0, 0)."""
    return _side_lying(pose) if lying_on_side(pose) else _flat(pose)


def _flat(pose: Pose) -> Joints:
    up = (sin(radians(pose.trunk)), cos(radians(pose.trunk)))
    across = (up[1], -up[0])
    top = add((0.0, 0.0), up, TRUNK)
    head_up = (sin(radians(pose.trunk + pose.neck)), cos(radians(pose.trunk + pose.neck)))
    pts = {"hip": (0.0, 0.0), "neck": top, "chest": add(top, up, -TRUNK / 3), "waist": add(top, up, -TRUNK * 2 / 3)}
    pts["head"] = add(top, head_up, NECK + HEAD_R)
    lift, back = SHOULDER_MOVES[pose.shoulders]
    for side, k in (("near", 1.0), ("far", -1.0)):
        # Side-on, both shoulders and both hips are at the same place.
        wide = 0.0 if pose.side_on else k
        # Seen from behind the shoulders stay put; the shoulder blades show the squeeze.
        sideways = -back if pose.side_on else wide * SHOULDER_W
        shoulder = add(add(top, up, lift - SHOULDER_DROP), across, sideways)
        pts.update(_limbs(pose, side, shoulder, add((0.0, 0.0), across, wide * HIP_W)))
        pts[f"{side}_blade"] = add(add(top, up, -BLADE_TOP), across, k * BLADE_GAP[pose.shoulders])
    return pts


def lying_on_side(pose: Pose) -> bool:
    """Whether the picture is of someone lying on their side: facing you, lying down, on a floor (on a mat, the same
    view is from above, of someone lying on their back: props.from_above)."""
    return pose.view == "front" and abs(pose.trunk) == 90 and "mat" not in (name for name, _ in pose.placements())


def _side_lying(pose: Pose) -> Joints:
    """Someone lying on their side in 3D, seen from in front and look_down degrees above. The arms and head are as a
    front view places them; the legs bend forwards, towards you, which a flat picture cannot show."""
    flat = _flat(pose.model_copy(update={"trunk": 0.0}))
    # Body axes: along the body towards the head, across to the near side, forwards towards you.
    body: dict[str, Vec] = {name: (y, x, 0.0) for name, (x, y) in flat.items()}
    for side, k in (("near", 1.0), ("far", -1.0)):
        body.update(_bent_leg(pose, side, (0.0, k * HIP_W, 0.0)))
    up = (sin(radians(pose.trunk)), cos(radians(pose.trunk)))
    across = (up[1], -up[0])
    c, s = cos(radians(look_down(pose))), sin(radians(look_down(pose)))
    pts = {}
    for name, (a, b, f) in body.items():
        x, y = a * up[0] + b * across[0], a * up[1] + b * across[1]
        pts[name] = (x, y * c - f * s)
    return pts


def look_down(pose: Pose) -> float:
    """How far above level someone lying on their side is seen from, in degrees."""
    return CLAM_LOOK_DOWN if knees_bent(pose) else LOOK_DOWN


def knees_bent(pose: Pose) -> bool:
    """Whether both knees are bent enough, lying on the side, to be a clam."""
    return min(_angle(pose, s, "knee") for s in ("near", "far")) >= CLAM_KNEES


def _bent_leg(pose: Pose, side: str, hip: Vec) -> dict[str, Vec]:
    """One leg lying on its side, in body axes: the knee bends it forwards and the hip with it by half as much (knees
    at a right angle, hips at 45 degrees), then `hip` lifts it: a straight leg whole, a bent one at the knee, turning
    about the line from hip to foot so the foot stays on the other one (a clam)."""
    knee, lift = _angle(pose, side, "knee"), _angle(pose, side, "hip")
    bend = knee / 2
    forward = lambda angle: (-cos(radians(angle)), 0.0, sin(radians(angle)))
    foot_angle = bend - knee + 90 - _angle(pose, side, "ankle")
    chain = [hip]
    for way, length in zip((forward(bend), forward(bend - knee), forward(foot_angle)), LEG):
        chain.append(_plus(chain[-1], way, length))
    if knees_bent(pose):
        chain = _feet_together(chain)
    # Straight, the leg turns about the line from front to back through the hip; bent, about the line to the foot.
    w = sin(radians(min(abs(knee), 90.0)))
    to_foot = _unit3(_plus(chain[2], hip, -1.0))
    axis = _unit3(_plus(_scaled((0.0, 0.0, -1.0), 1 - w), to_foot, w))
    sign = 1.0 if side == "near" else -1.0
    turned = [hip] + [_plus(hip, _turn(_plus(p, hip, -1.0), axis, sign * lift), 1.0) for p in chain[1:]]
    return {f"{side}_{n}": p for n, p in zip(("hip", "knee", "ankle", "toe"), turned)}


# Both knees bent on the side (a clam), the ankles rest one on the other, this far apart (about a shin's width): from
# hips a pelvis apart, the legs lay side by side and the feet read as apart.
FEET_APART = 6.0


def _feet_together(chain: list[Vec]) -> list[Vec]:
    """The leg turned in about its hip, in the plane of the mat, so its ankle is FEET_APART / 2 from the middle."""
    hip, ankle = chain[0], chain[2]
    reach = ((ankle[0] - hip[0]) ** 2 + (ankle[2] - hip[2]) ** 2) ** 0.5
    inward = (abs(hip[1]) - FEET_APART / 2) / reach
    angle = degrees(asin(max(-1.0, min(1.0, inward)))) * (1.0 if hip[1] > 0 else -1.0)
    return [hip] + [_plus(hip, _turn(_plus(p, hip, -1.0), (0.0, 0.0, 1.0), angle), 1.0) for p in chain[1:]]


def _plus(p: Vec, v: Vec, k: float) -> Vec:
    return (p[0] + k * v[0], p[1] + k * v[1], p[2] + k * v[2])


def _scaled(v: Vec, k: float) -> Vec:
    return (v[0] * k, v[1] * k, v[2] * k)


def _unit3(v: Vec) -> Vec:
    size = (v[0] ** 2 + v[1] ** 2 + v[2] ** 2) ** 0.5
    return _scaled(v, 1 / size) if size else (0.0, 0.0, -1.0)


def _turn(v: Vec, axis: Vec, angle: float) -> Vec:
    """v turned about a unit axis by angle degrees (Rodrigues' formula)."""
    c, s = cos(radians(angle)), sin(radians(angle))
    cross = (axis[1] * v[2] - axis[2] * v[1], axis[2] * v[0] - axis[0] * v[2], axis[0] * v[1] - axis[1] * v[0])
    dot = axis[0] * v[0] + axis[1] * v[1] + axis[2] * v[2]
    return _plus(_plus(_scaled(v, c), cross, s), axis, dot * (1 - c))


def heights(pts: Joints) -> dict[str, float]:
    """How high each body point's surface is (the joint less the body's thickness there), by joint name."""
    out = {"head": pts["head"][1] - HEAD_R}
    out.update({name: p[1] - PADS[name.split("_")[-1]] for name, p in pts.items() if name.split("_")[-1] in PADS})
    return out


def grounded(pts: Joints) -> Joints:
    """Return the joints moved down so the lowest point of the body rests at y = 0."""
    drop = min(heights(pts).values())
    return {name: (p[0], p[1] - drop) for name, p in pts.items()}


def landmarks(pts: Joints) -> dict[str, Pt]:
    """Return the points a pose's arrows can name (the schema's Landmark): head, near_hand, near_foot and so on."""
    marks = {name: pts[name] for name in ("head", "chest", "waist", "hip")}
    for side in ("near", "far"):
        for mark, key in (("shoulder", "shoulder"), ("elbow", "elbow"), ("hand", "tip"), ("knee", "knee")):
            marks[f"{side}_{mark}"] = pts[f"{side}_{key}"]
        ankle, toe = pts[f"{side}_ankle"], pts[f"{side}_toe"]
        marks[f"{side}_foot"] = ((ankle[0] + toe[0]) / 2, (ankle[1] + toe[1]) / 2)
        marks[f"{side}_heel"] = heel(pts, side)
        marks[f"{side}_toes"] = toe
    return marks


def heel(pts: Joints, side: str) -> Pt:
    """The back of the heel, a little behind the ankle."""
    ankle, toe = pts[f"{side}_ankle"], pts[f"{side}_toe"]
    return add(ankle, direction(toe, ankle), HEEL)
