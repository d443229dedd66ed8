"""The person as shapes with volume: body parts as outlined tubes, a round head with a face, hands with a thumb and
feet with a heel. The same pose always gives the same list of shapes, so a start and an end can be morphed.

Side-on the near leg goes over the trunk, except standing bent over a table (a pendulum swing): there both legs go
under it, its round end the hips, since the near thigh's round top on the trunk read as "a kneeling crouch" (round 52).
"""
from __future__ import annotations

from math import cos, radians, sin

from msksite.schema.pose import Pose

from . import hands
from .behind_back import reaches_behind
from .helper import helping_hand
from .hips_lift import lies_with_arm_on_floor
from .knee_hug import arm_behind_leg, held_shin, hugging_arm, hugs_knee, reaches_for_knee, thin_arm
from .lying import LOWER_LEG_FILL, far_leg_fill, head_side_on, lying_trunk, top_leg_layer
from .muscle import stretched, working_thigh
from .low_back import back_on_floor_moves, lying_trunk_shapes
from .props import HELD, over_body, placements, stands_at_table
from .recline import reclined_trunk, reclines
from .shapes import Circle, Fill, Layer, Line, Loop, Pt, Shape, Tube, add, direction, left_of
from .tin import tin_hand
from .torso import is_upright, torso
from .toes import holding_hand, holds_toes, leg_and_foot
from .skeleton import BLADE_BOTTOM, BLADE_TOP, HEAD_R, NECK, Joints, crossed_arm, heel, lying_on_side

# Widths of the body parts in figure units (a standing person is about 95 tall).
WIDTHS = {"upper_arm": 6.0, "forearm": 5.0, "palm": 5.6, "thumb": 2.6, "thigh": 9.0, "shin": 6.5,
          "foot": 4.6, "trunk": 13.0, "neck": 5.0}
# Which way the thumb sticks out and the fingers curl, seen from the side, for each way the palm faces.
PALM_SIDES = {"up": 1.0, "in": 1.0, "down": -1.0}
EAR_R = 0.32  # an ear seen from behind, in head radii
# Seen from behind: the waistband this far above the hips and this far out each side of the spine, and a back
# pocket under it each side, its corners (out from the spine, up from the hips).
WAIST, WAIST_HALF = 0.0, 8.8
POCKET = ((1.6, -1.2), (7.0, -1.2), (6.6, -5.4), (4.3, -6.4), (2.0, -5.4))


def figure_shapes(pose: Pose, pts: Joints, layer: Layer) -> list[Shape]:
    """Return the person's shapes, far side first so the near side is drawn over it."""
    # A hand close-up shows no legs: under a table they would show through it.
    legs = (lambda side, fill: [] if pose.close_up or pose.view == "hand" or _hidden_far_leg(pose, side)
            else _leg(pose, pts, side, layer, fill))
    trunk, head = _trunk(pose, pts, layer), head_shapes(pose, pts, layer)
    # The shoulder blades, seen from behind, small (a towel held down the back and the shoulder blade squeeze
    # close up are their own pictures: towel_back.py, blade_squeeze.py).
    body = trunk + head + (_blades(pts, layer) if pose.view == "back" else [])
    if pose.view == "hand":
        # Side-on the far arm copies the near one unless given (in a close-up it would be a double); given, it is
        # the hand that holds the near one (a stretch), so it is drawn over it.
        helper = _arm(pose, pts, "far", layer, "white") if _far_arm_given(pose) else []
        near = _arm(pose, pts, "near", layer, "white")
        if pose.helping_hand:
            # A hand holding the fingers wraps round them, in front; one pressing on the back of the hand lies
            # behind it, showing past its edge, so the near hand (what the stretch is about) stays whole.
            helper = helping_hand(hand_frame(pose, pts, "near"), pose.helping_hand, layer)
            return near + helper if pose.helping_hand == "fingers" else helper + near
        return near + helper
    if lying_on_side(pose):
        # The lower arm lies under the head, the legs come forwards over the hips, and the upper arm lies on top. The
        # upper leg starts resting on the lower one: where its faint start goes is lying.top_leg_layer.
        over = top_leg_layer(pose, layer)
        return (_arm(pose, pts, "far", layer, "grey") + [lying_trunk(pts, layer)] + legs("far", LOWER_LEG_FILL)
                + _leg(pose, pts, "near", over, "white") + head + _arm(pose, pts, "near", layer, "white"))
    if not pose.side_on:
        # Facing you, both sides are equally near: legs behind the trunk, arms in front of it (they cross it), so a
        # faint start arm goes over the end's trunk too.
        arms = "start_over" if layer == "start" else layer
        held = over_body(pose, pts, layer)
        if pose.view == "back":
            # From behind, the head goes over a towel held behind the neck: under it, the head read as a face
            # covered by the towel.
            body, held = [s for s in body if s not in head], held + head
        # The far forearm and hand go over the near arm, its upper arm under it: in a cross-body stretch that hand
        # holds the near arm across the chest (drawn under it, the hand was hidden), and the near arm crosses in
        # front of the far shoulder. The same order in the start, so the two morph one for one.
        far = _arm(pose, pts, "far", arms, "white")
        return legs("far", "white") + legs("near", "white") + body + held \
            + far[:1] + _arm(pose, pts, "near", arms, "white") + far[1:]
    # Side-on the far limbs are grey, behind the body, and the near ones white, in front of it.
    near_leg, near_arm = legs("near", "white"), _arm(pose, pts, "near", layer, "white")
    # An arm reaching to a knee held to the chest goes behind the leg, the hand over it (knee_hug.py).
    near = arm_behind_leg(near_arm, near_leg) if reaches_for_knee(pose) else near_leg + near_arm
    if _arm_by_side_lying(pose):
        # Lying on the back with the arm along the side, the near arm lies on the floor beyond the body: in front of
        # it, the arm covered the low back, which is what a movement of the back lying down is about.
        arms = _arm(pose, pts, "far", layer, "grey") + _arm(pose, pts, "near", layer, "white")
        if lies_with_arm_on_floor(pose):
            # A bridge's near leg goes under the body too: the trunk's round end over the thigh's top is the
            # hips, where the two meet (over it, the thigh ran on from the raised trunk as "one long slab").
            return arms + legs("far", far_leg_fill(pose)) + legs("near", "white") + body + over_body(pose, pts, layer)
        return arms + legs("far", far_leg_fill(pose)) + body + legs("near", "white") + over_body(pose, pts, layer)
    if pose.view == "foot" and holds_toes(pts):
        # The hand holding the toes is drawn from them (toes.py), in front of the foot, which rests on the far knee.
        hand = holding_hand(pts["near_ankle"], pts["near_toe"], pose.toes, layer)
        return legs("far", "grey") + legs("near", "white") + hand
    if pose.view == "foot":
        # An arm not holding the toes goes behind the foot.
        near = _arm(pose, pts, "near", layer, "white") + legs("near", "white")
    # An arm raised behind the head to hold a towel down the back is white: grey, it ran into the grey towel.
    far_arm = _arm(pose, pts, "far", layer, "white" if reaches_behind(pose) else "grey")
    if stands_at_table(pose):
        # Bent over a table, the near leg goes under the trunk, whose round end over the thigh's top is the hips: over
        # it, the thigh's round top stood out on the trunk, "a tangle of overlapping tubes" that read as a kneeling
        # crouch (round 52).
        legs_under = legs("far", far_leg_fill(pose)) + legs("near", "white")
        return far_arm + legs_under + body + _arm(pose, pts, "near", layer, "white") + over_body(pose, pts, layer)
    return far_arm + legs("far", far_leg_fill(pose)) + body + near + over_body(pose, pts, layer)


def _arm_by_side_lying(pose: Pose) -> bool:
    # A bridge's arm too: in front of the body, it crossed the raised hips ("the arms overlap the hips", round 33).
    return back_on_floor_moves(pose) and abs(pose.near.shoulder or 0.0) <= 20 or lies_with_arm_on_floor(pose)


def _hidden_far_leg(pose: Pose, side: str) -> bool:
    # In a foot close-up a far leg that copies the near one is right behind it: its toes would peek out as a blob.
    # Given, it is the leg the near foot rests on (foot across the knee), so it is drawn.
    return pose.view == "foot" and side == "far" and not any(
        getattr(pose.far, joint) is not None for joint in ("hip", "knee", "ankle"))


def _far_arm_given(pose: Pose) -> bool:
    return any(getattr(pose.far, joint) is not None for joint in ("shoulder", "elbow", "wrist"))


def _arm(pose: Pose, pts: Joints, side: str, layer: Layer, fill: Fill) -> list[Shape]:
    arm = _arm_shapes(pose, pts, side, layer, fill)
    # Reaching to the knee lying on the back, the arm is thinner than the thigh it meets (knee_hug.py).
    return thin_arm(arm) if reaches_for_knee(pose) else arm


def _arm_shapes(pose: Pose, pts: Joints, side: str, layer: Layer, fill: Fill) -> list[Shape]:
    shoulder, elbow, wrist, tip = (pts[f"{side}_{p}"] for p in ("shoulder", "elbow", "wrist", "tip"))
    if hugs_knee(pose):
        # Holding the knee to the chest, the hand is drawn round the shin (knee_hug.py).
        return hugging_arm(pts, side, WIDTHS, layer, fill)
    if pose.view in ("hand", "foot"):
        # A close-up shows the forearm in detail and the start of the upper arm, running off the edge.
        upper = [Tube(layer, (elbow, add(elbow, direction(elbow, shoulder), 8.0)), WIDTHS["upper_arm"], fill)]
        return upper + _detailed_arm(pose, side, (elbow, wrist, tip), layer, fill)
    return [Tube(layer, (shoulder, elbow), WIDTHS["upper_arm"], fill), Tube(layer, (elbow, wrist), WIDTHS["forearm"], fill)] + _hand(pose, side, wrist, tip, layer, fill)


def _palm(pose: Pose, side: str) -> str:
    limb = pose.near if side == "near" else pose.far
    return limb.palm or (pose.far.palm if side == "near" else pose.near.palm) or "in"


def _detailed_arm(pose: Pose, side: str, joints: tuple[Pt, Pt, Pt], layer: Layer, fill: Fill) -> list[Shape]:
    elbow, wrist, tip = joints
    palm = _palm(pose, side)
    # Side-on, a near hand turned palm up (or in, thumb up) shows its thumb side; a far one shows its little finger.
    towards_palm = PALM_SIDES[palm]
    thumb_in_front = (palm != "down") == (side == "near")
    held = next((name for name, at in placements(pose) if name in HELD and at == f"{side}_hand"), None)
    # Only the near hand is shaded: the far one is the hand that helps, gripping. Unless the pose says how, the fingers
    # close round what the hand holds: a tin, a ball or a dumbbell's bar (the dumbbell is a prop behind the hand).
    holds = held or ("weight", f"{side}_hand") in placements(pose)
    fingers = (pose.fingers or (("grip",) if holds else ("straight",)))[0] if side == "near" else "grip"
    frame = hands.hand_frame(wrist, tip, towards_palm, hands.CLOSE_UP_HAND)
    near = side == "near"
    # With the hand seen from above beside it, that picture says which way the palm faces, without shading: a shaded
    # palm was read as the back of the hand. The wrist's creases still mark the palm side.
    # Holding a tin, the hand is seen straight from the side, and which side of it the tin is on says the same.
    shade = near and not pose.from_above and held != "tin"
    # Straight from the side, the forearm shows no top face either.
    depth = (0.0, 0.0) if held == "tin" else hands.hand_depth(frame.size)
    hand = tin_hand(frame, layer, fill) if held == "tin" else hands.hand(frame, fingers, thumb_in_front, held, layer,
                                                                         fill, shade)
    return hands.forearm(elbow, wrist, towards_palm if near else 0, frame.size / hands.CLOSE_UP_HAND, depth, layer,
                         fill, shade) + hand


def hand_frame(pose: Pose, pts: Joints, side: str) -> hands.Frame:
    """The frame of one side's hand as a close-up draws it (palm side across)."""
    return hands.hand_frame(pts[f"{side}_wrist"], pts[f"{side}_tip"], PALM_SIDES[_palm(pose, side)], hands.CLOSE_UP_HAND)


def _hand(pose: Pose, side: str, wrist: Pt, tip: Pt, layer: Layer, fill: Fill) -> list[Shape]:
    if crossed_arm(pose, side):
        # Arms crossed, the hand holds the other arm, out of sight: drawn, it stuck up by the chin like a fist.
        return []
    palm = _palm(pose, side)
    if _open(pose, side):
        return _open_hand(pose, side, wrist, tip, layer, fill)
    along = direction(wrist, tip)
    # Facing you, the far arm is the mirror image of the near one, so its thumb is on the other side.
    mirror = -1.0 if pose.view in ("front", "back") and side == "far" else 1.0
    across = left_of(along)
    k = PALM_SIDES[palm] * mirror
    # A relaxed hand (palm in) curls less than one turned up or down, where the curl shows which way the palm faces.
    curl = k * (0.5 if palm == "in" else 1.0)
    size = ((tip[0] - wrist[0]) ** 2 + (tip[1] - wrist[1]) ** 2) ** 0.5
    # One mitten from wrist to fingertips, bent at the knuckles towards the palm: the bend and the thumb show which
    # way the palm faces (palm up: fingers and thumb curl up; palm down: they curl down).
    knuckle = add(wrist, along, size * 0.55)
    end = add(add(knuckle, along, size * 0.45), across, curl * size * 0.3)
    thumb_base = add(wrist, along, size * 0.25)
    thumb = (thumb_base, add(add(thumb_base, along, size * 0.3), across, k * size * 0.38))
    return [Tube(layer, (wrist, knuckle, end), WIDTHS["palm"], fill),
            Tube(layer, thumb, WIDTHS["thumb"], "black" if palm == "up" else fill)]


def _open(pose: Pose, side: str) -> bool:
    limb = pose.near if side == "near" else pose.far
    # Not copied to the far side: the other arm usually hangs relaxed.
    return limb.hand == "open" and not pose.side_on


# The open hand is drawn bigger than the mitten, so the spread fingers show at phone size.
OPEN_SIZE = 1.7


def _open_hand(pose: Pose, side: str, wrist: Pt, tip: Pt, layer: Layer, fill: Fill) -> list[Shape]:
    """A flat hand seen palm-on, towards the body's middle for the far side (its mirror image)."""
    size = ((tip[0] - wrist[0]) ** 2 + (tip[1] - wrist[1]) ** 2) ** 0.5 * OPEN_SIZE
    return hands.open_hand(wrist, direction(wrist, tip), size, -1.0 if side == "far" else 1.0, layer, fill)


def _leg(pose: Pose, pts: Joints, side: str, layer: Layer, fill: Fill) -> list[Shape]:
    hip, knee, ankle, toe = (pts[f"{side}_{p}"] for p in ("hip", "knee", "ankle", "toe"))
    thigh, shin = Tube(layer, (hip, knee), WIDTHS["thigh"], fill), Tube(layer, (knee, ankle), WIDTHS["shin"], fill)
    if side == "near" and hugs_knee(pose):
        # Its knee's round end whole (knee_hug.py).
        shin = held_shin(knee, ankle, WIDTHS["shin"], layer, fill)
    if pose.view == "foot" and side == "near":
        # The foot the close-up is about is drawn smooth, one with its leg, with a heel, an arch and an ankle bone
        # (toes.py): drawn as a box with a toe, it read as "a boxy foot".
        return [thigh] + leg_and_foot(knee, ankle, toe, pose.toes, layer, fill)
    if pose.view == "foot" and holds_toes(pts):
        # The leg the held foot rests on shows its knee, bent, as in the whole picture (a close-up's shin, narrow for
        # its foot, made it a table leg).
        return [thigh, shin]
    if pose.view == "foot":
        toes = pose.toes if side == "near" else "flat"
        size = ((toe[0] - ankle[0]) ** 2 + (toe[1] - ankle[1]) ** 2) ** 0.5
        return [thigh] + hands.shin(knee, hands.ankle_bone(ankle, toe), size, layer, fill) \
            + hands.foot(ankle, toe, toes, layer, fill)
    muscle = working_thigh(hip, knee, WIDTHS["thigh"] / 2, layer) if pose.working_muscle == f"{side}_thigh" else []
    felt_side, _, part = (pose.stretch_felt or "").partition("_")
    if felt_side == side and layer == "end":
        top, bottom, width = (hip, knee, WIDTHS["thigh"]) if part == "thigh" else (knee, ankle, WIDTHS["shin"])
        muscle += stretched(top, bottom, width / 2, part)
    foot = Tube(layer, (heel(pts, side), toe), WIDTHS["foot"], fill)
    # The foot runs from the heel through the ankle, so it joins the shin as one outline (svg.py): drawn first, under
    # the shin, the ankle showed the shin's round end; and a heel dropped off a step's edge was hidden behind it.
    return [thigh, shin, foot] + muscle


def _trunk(pose: Pose, pts: Joints, layer: Layer) -> list[Shape]:
    if back_on_floor_moves(pose):
        return lying_trunk_shapes(pose, pts["hip"], pts["neck"], WIDTHS["trunk"], layer)
    if reclines(pose):
        # Leaning back on the forearms, the upright arm hid a tube's underside: the trunk has a chest and a back.
        return [reclined_trunk(pts["hip"], pts["neck"], layer)]
    if pose.side_on:
        line = spine(pts, pose.back)
        return [torso(line, layer) if is_upright(line) else Tube(layer, line, WIDTHS["trunk"])]
    # Facing or back-on, the trunk is an outline from shoulder to shoulder and hip to hip.
    corners = (("far_shoulder", 3.0), ("near_shoulder", 3.0), ("near_hip", 7.0), ("far_hip", 7.0))
    centre = ((pts["hip"][0] + pts["neck"][0]) / 2, (pts["hip"][1] + pts["neck"][1]) / 2)
    # Wider than the joints, so the trunk covers the tops of the arms and the thighs.
    outline = tuple(add(pts[k], direction(centre, pts[k]), out) for k, out in corners)
    return [Loop(layer, outline, "white")]


def spine(pts: Joints, back: float) -> tuple[Pt, ...]:
    """The middle line of the back from the hips to the neck, curved by back (positive rounds it up)."""
    hip, top = pts["hip"], pts["neck"]
    # Sampling the curve keeps every shape a plain polyline, which keeps the SVG small and simple.
    control = add(add(hip, (top[0] - hip[0], top[1] - hip[1]), 0.5), (-(top[1] - hip[1]), top[0] - hip[0]), back / 120)
    curve = []
    for i in range(5):
        t = i / 4
        a, b, c = (1 - t) ** 2, 2 * t * (1 - t), t * t
        curve.append((a * hip[0] + b * control[0] + c * top[0], a * hip[1] + b * control[1] + c * top[1]))
    return tuple(curve)


def _hair(head: Pt, up: Pt, layer: Layer) -> tuple[list[Shape], Shape]:
    """The back of the head: an ear sticking out each side, behind it, and hair over all of it but the nape.
    A line across it read as a blindfold, and grey hair alone as a face; dark, with the ears, it is a head from
    behind."""
    turn = [add(head, (up[0] * cos(a) - up[1] * sin(a), up[1] * cos(a) + up[0] * sin(a)), HEAD_R)
            for a in (radians(d) for d in range(-140, 141, 28))]
    ears = [Circle(layer, add(head, left_of(up), k * HEAD_R), EAR_R * HEAD_R, "white") for k in (-1.0, 1.0)]
    return ears, Loop(layer, tuple(turn), "dark")


def _blades(pts: Joints, layer: Layer) -> list[Shape]:
    """The back, seen from behind: the spine down the middle, the shoulder blades a triangle each side of it, and
    the trousers' waistband with two back pockets. With only the hair to say "from behind", the squeeze was read as
    "rounding the shoulders forward, the opposite of the exercise"."""
    up = direction(pts["hip"], pts["neck"])
    shapes: list[Shape] = _back_of_trousers(pts, up, layer) + [Line(layer, (add(pts["hip"], up, WAIST), pts["neck"]))]
    for side, k in (("near", 1.0), ("far", -1.0)):
        f = lambda x, y: add(add(pts[f"{side}_blade"], left_of(up), -k * x), up, y)
        shapes.append(Loop(layer, (f(7, -1), f(0, 0), f(0.5, -7), f(2.5, BLADE_TOP - BLADE_BOTTOM)), "grey"))
    return shapes


def _back_of_trousers(pts: Joints, up: Pt, layer: Layer) -> list[Shape]:
    """The waistband across the low back and a back pocket under it each side of the spine."""
    side = left_of(up)
    at = lambda x, y: add(add(pts["hip"], side, x), up, y)
    pockets = [Loop(layer, tuple(at(k * x, y) for x, y in POCKET), "white") for k in (-1.0, 1.0)]
    return [Line(layer, (at(-WAIST_HALF, WAIST), at(WAIST_HALF, WAIST)))] + pockets


def head_shapes(pose: Pose, pts: Joints, layer: Layer) -> list[Shape]:
    head, neck = pts["head"], pts["neck"]
    up = direction(neck, head)
    neck_tube = Tube(layer, (neck, add(neck, up, NECK + HEAD_R * 0.4)), WIDTHS["neck"])
    shapes: list[Shape] = [neck_tube, Circle(layer, head, HEAD_R, "white")]
    # Seen from behind there is no face but hair; side-on a nose and an eye; facing you, two eyes and a nose.
    if pose.view == "back":
        ears, hair = _hair(head, up, layer)
        return [neck_tube] + ears + [Circle(layer, head, HEAD_R, "white"), hair]
    # Lying on the side, the face turns the other way round the head: its front is the body's front.
    face = (-up[1], up[0]) if head_side_on(pose) else (up[1], -up[0])
    if pose.side_on or head_side_on(pose):
        nose = add(add(head, face, HEAD_R * 0.95), up, -HEAD_R * 0.05)
        eye = add(add(head, face, HEAD_R * 0.45), up, HEAD_R * 0.2)
        return shapes + [Line(layer, (nose, add(add(nose, face, 1.8), up, -1.4))), Line(layer, (eye, eye), True)]
    turn = sin(radians(pose.head_turn))
    middle = add(add(head, face, HEAD_R * 0.6 * turn), up, HEAD_R * 0.15)
    eyes = (add(middle, face, -HEAD_R * 0.38), add(middle, face, HEAD_R * 0.38))
    nose = (add(middle, up, -HEAD_R * 0.1), add(add(middle, up, -HEAD_R * 0.45), face, 1.5 * turn))
    return shapes + [Line(layer, eyes, True), Line(layer, nose)]
