"""Someone lying on their side, seen from in front and a little above (skeleton.look_down): the mat under them and
the outline of their trunk.

The clam (both knees bent) was seen from only 10 degrees above, so the top knee arched over a flat bottom leg (round
34), but the knees, bent towards you, were lost in depth: "in step 1 the bent knees look like straight legs" (round
55). From 25 degrees they point down towards you in a clear bend. Its arrow, up the knee's path in the opening
between the legs, is shell.py's."""
from __future__ import annotations

from math import cos, dist, radians, sin

from msksite.schema.pose import Pose

from .props import MAT_H
from .shapes import Fill, Layer, Loop, Shape, add, box, direction
from .skeleton import SHOULDER_W, TRUNK, Joints, knees_bent, look_down, lying_on_side

# How far the mat reaches behind the back and in front of it, in figure units (knees bent forwards reach about 20).
MAT_BEHIND, MAT_FRONT = 10.0, 26.0
MAT_ROOM = 8.0  # how far the mat reaches past the head and the feet
# The trunk lying on its side, (along the body from the hips, across it towards the upper side), in figure units:
# round shoulders, a waist and round hips. A box from shoulders to hips read as a crate, not a body.
TRUNK_EDGE = ((-4.0, 8.0), (-1.0, 12.0), (6.0, 12.5), (14.0, 9.5), (21.0, 11.5), (26.0, 13.0), (29.5, 11.0),
              (31.0, 5.0))
# The lower side lies on the mat, flatter: a waist sags onto it.
LOWER_EDGE = ((31.0, -5.0), (29.5, -11.0), (26.0, -13.0), (14.0, -11.5), (6.0, -12.5), (-1.0, -12.0),
              (-4.0, -8.0))


# The lower leg is shaded dark, not grey like the lower arm: at phone size the white top leg and a grey bottom one
# ran together into one diamond (round 25).
LOWER_LEG_FILL = "dark"


def far_leg_fill(pose: Pose) -> Fill:
    """The far leg's fill, side-on: dark when lying on the back with the legs posed apart (the far one given its own
    angles), grey otherwise. Grey, the still leg and the moving one ran together where they crossed (straight leg
    raise, knee to chest: "a confusing X", "a knot"); dark, as in the clam, the white moving leg stands out in front
    of it."""
    apart = any(getattr(pose.far, joint) is not None for joint in ("hip", "knee"))
    return LOWER_LEG_FILL if pose.view == "side" and pose.trunk == -90 and apart else "grey"


def clam(pose: Pose) -> bool:
    """Lying on the side with both knees bent (a clam)."""
    return lying_on_side(pose) and knees_bent(pose)


def head_side_on(pose: Pose) -> bool:
    """Whether someone lying on their side has their head drawn side-on, the nose towards the front of the body: a
    face turned to you read as a twisted body, face-on head on side-on hips (the side leg raise, round 29; the clam,
    round 30)."""
    return lying_on_side(pose)


def top_leg_layer(pose: Pose, layer: Layer) -> Layer:
    """The layer of the top leg. Lying straight, its faint start goes over the end's lower leg, where it rests
    (under it, it was hidden). A clam's faint start goes under the dark lower leg, peeking out above it: over it,
    its faint outline crossed the dark leg and the open top leg in a grid, and the stacked legs read as a muddle
    (round 31)."""
    if clam(pose):
        return layer
    return "start_over" if layer == "start" else layer


def mat_under(pose: Pose, pts: Joints) -> list[Shape]:
    """The mat under someone lying on their side: its top (white, so a bent leg on it shows) and its front edge. The
    head rests on the lower arm stretched along the mat: a pillow under it, with the arm bent in front of the chest,
    made "a jumble" of head, pillow and arms (clam, round 34)."""
    lower = min((pts["near_shoulder"], pts["far_shoulder"]), key=lambda p: p[1])
    # The lower shoulder lies on the mat, the trunk's edge (LOWER_EDGE) beyond its joint.
    look = radians(look_down(pose))
    level = lower[1] - (-LOWER_EDGE[2][1] - SHOULDER_W) * cos(look)
    at = lambda depth: level - depth * sin(look)
    xs = [p[0] for p in pts.values()]
    x0, x1 = min(xs) - MAT_ROOM, max(xs) + MAT_ROOM
    front = at(MAT_FRONT)
    return [Loop("prop", box(x0, front, x1, at(-MAT_BEHIND)), "white"),
            Loop("prop", box(x0, front - MAT_H, x1, front), "grey")]


def lying_trunk(pts: Joints, layer: Layer) -> Loop:
    """The trunk of someone lying on their side, its upper edge towards the near shoulder."""
    hip = pts["hip"]
    up = direction(hip, pts["neck"])
    # Across the body the picture is squashed by the view from above: the shoulders are that much nearer together.
    across = direction(pts["far_shoulder"], pts["near_shoulder"])
    squash = dist(pts["far_shoulder"], pts["near_shoulder"]) / (2 * SHOULDER_W)
    at = lambda a, s: add(add(hip, up, a * dist(hip, pts["neck"]) / TRUNK), across, s * squash)
    return Loop(layer, tuple(at(a, s) for a, s in TRUNK_EDGE + LOWER_EDGE), "white")

