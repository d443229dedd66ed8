"""The round close-up of a foot (``inset: near_heel``) rocking about the ball of the foot: on a step's edge, as in heel
drops, the toes on the tread, the heel below the step's level and an arrow down behind the heel; on the floor, as in
heel raises, the bare foot and lower leg up on tiptoe over a faint flat foot, with an arrow up behind the heel.

In the whole person the heel over the edge (or off the floor) is a few pixels at phone size, and the picture magnified round it brought
in the wall, the step's legs and the hanging hands (reviewers: "the tiny down arrow and small step"). Drawn on its own,
the step is a big solid block with a dark tread whose top the heel is plainly below.
On the floor, the foot was first an outline ("abstract line work"), then a grey shoe over a white leg, which every
reviewer still called abstract ("a blocky grey foot", "an abstract wedge"): it is now the towel scrunch's bare foot
(toes.leg_and_foot, which reviewers read at once), with its heel, arch, ankle bone and rolled-up trouser leg, the
toes bent back flat on the floor.
The foot's tilt and the shin's lean come from the skeleton, so the close-up follows the pose's ankle angles.
Figure units, y up, the person facing right: the step's edge is at x = 0 and its top at y = 0.
"""
from __future__ import annotations

from math import atan2, cos, degrees, radians, sin

from msksite.schema.pose import Pose

from .arrows import chevron
from .props import placements
from .shapes import Layer, Line, Loop, Pt, Shape, add, box, direction, left_of
from .skeleton import Joints
from .svg import Box, Drawing, Inset
from .toes import HEEL_UNDER, TOE_W, Toes, foot_frame, leg_and_foot, toe_ends

# The foot, along the sole from the ball (0, on the step's edge) and up from it: the back of the heel and its round,
# where the back and the front of the shin meet the foot, the top of the foot by the ball; the toes lie flat on the
# tread in front of the ball, round at the tip. The shin is long enough to run off the top of the picture.
BALL: Pt = (2.0, 0.0)
FOOT, HEEL_R = 30.0, 7.0
SHIN_BACK, SHIN_FRONT, INSTEP = (-29.0, 13.0), (-11.0, 17.0), (-3.0, 9.0)
TOE_OUTLINE = ((9.0, 0.0), (12.0, 2.5), (10.5, 6.0), (4.0, 7.0))
SHIN = 90.0
# On the floor, the towel scrunch's bare foot and lower leg (toes.leg_and_foot), this long from the ankle to the toe
# tip, rocking about where its big toe meets the floor (x = 0): the toes bend back to lie flat there. The leg is drawn
# this far up, off the top of the picture.
BARE_FOOT, BARE_LEG = 30.0, 90.0
# The step: the tread's thickness, how far its lip overhangs the block, how far it runs on under the toes.
TREAD, LIP, DEPTH = 5.0, 1.5, 70.0
# The arrow runs this far behind the back of the lower heel, from the start heel's height to the end's (on the
# floor, behind the underside of the raised heel: nearer, as the frame is narrower there).
ARROW_BEHIND, TIPTOE_ARROW_BEHIND = 15.0, 12.0
FRAME: Box = (-56.0, -34.0, 26.0, 48.0)
# On the floor the foot rises above it: the frame is raised to keep a strip of floor and the whole tiptoe foot.
TIPTOE_FRAME: Box = (-40.0, -10.0, 24.0, 54.0)
# The circle beside the person, and the small ring marking the heel in the person.
CLOSE_UP_R, RING = 56.0, 7.0


def heel_close_up(pose: Pose) -> bool:
    """Whether the pose's inset is a heel, drawn as this close-up of the foot."""
    return pose.inset in ("near_heel", "far_heel")


def _on_step(pose: Pose) -> bool:
    """Whether the heel's foot stands on a step's edge (otherwise on the floor)."""
    return ("step", f"{pose.inset.removesuffix('_heel')}_foot") in placements(pose)


def heel_inset(pose: Pose, end: Joints, start: Joints | None, focus: Pt, beside: Box, moving: bool) -> Inset:
    """The close-up in a big circle to the right of what is beside it, level with its middle."""
    side = pose.inset.removesuffix("_heel")
    centre = (beside[2] + CLOSE_UP_R + 4, (beside[1] + beside[3]) / 2)
    close_up = step_edge if _on_step(pose) else tiptoe
    return Inset(focus, CLOSE_UP_R / RING, centre, CLOSE_UP_R, close_up(end, start, side, moving))


def step_edge(end: Joints, start: Joints | None, side: str, moving: bool) -> Drawing:
    """The step and the leg with its foot on the edge, the heel below the step's level, and an arrow down behind the
    heel from where it starts (moving, the foot goes between the two)."""
    # The start is not drawn still: on tiptoe the raised foot is right behind the shin, where a faint copy was a
    # tangle. The faint start of the whole person shows it, and the arrow starts at its heel's height.
    arrow = _arrow(_heel(start, side), _heel(end, side)) if start else []
    return _close_up(_step(), arrow, end, start, side, moving, FRAME)


def tiptoe(end: Joints, start: Joints | None, side: str, moving: bool) -> Drawing:
    """The floor and the bare lower leg up on tiptoe, with an arrow up behind the heel from the floor to the raised
    heel's height; still, over a faint flat foot. Moving, the close-up stays on tiptoe without the faint foot: the
    person beside rises and falls, and a moving drawing's SVG (a few KB) has no room to move the foot's many points."""
    # Reviewers read the outline-only foot as "abstract line work", then the grey shoe as "an abstract wedge": the
    # towel scrunch's bare foot, with its heel, arch, ankle bone and toes, reads as a foot at once.
    heel = _bare_heel(end, side)
    x = heel[0] - TIPTOE_ARROW_BEHIND
    tail, tip = (x, 2.0), (x, heel[1])
    arrow = [Line("arrow", (tail, tip))] + chevron(tip, tail) if start else []
    # Only the faint foot's outlines: its ankle bone and toes, under the solid ones, were a scribble.
    faint = [s for s in _bare_leg(start, side, "start") if isinstance(s, Loop)] if start and not moving else []
    return Drawing(_floor() + faint + _bare_leg(end, side, "end") + arrow, frame=TIPTOE_FRAME, aspect=1.0)


def _bare_leg(pts: Joints, side: str, layer: Layer) -> list[Shape]:
    """The lower leg and bare foot (toes.leg_and_foot, rounded off once: the same foot at this size in fewer points),
    the foot tilted as the skeleton's and its toes bent back flat on the floor, the big toe's base at x = 0."""
    ankle, toe, toes = _bare_foot(pts, side)
    up = direction(pts[f"{side}_ankle"], pts[f"{side}_knee"])
    return leg_and_foot(add(ankle, up, BARE_LEG), ankle, toe, toes, layer, "white", rounds=1)


def _bare_foot(pts: Joints, side: str) -> tuple[Pt, Pt, Toes]:
    """The bare foot's ankle and toe tip (as toes.leg_and_foot takes them) and its toes' bends: tilted as the
    skeleton's foot, the toes bent back flat and the underside of the big toe's base on the floor at x = 0."""
    t = _tilt(pts, side)
    toes = (degrees(t), 0.0)
    along = (cos(t), sin(t))
    # Placed first with the ankle at 0, then moved so the big toe's base rests on the floor at x = 0.
    base, _ = toe_ends((0.0, 0.0), add((0.0, 0.0), along, BARE_FOOT), toes)
    under = add(base, (0.0, -1.0), TOE_W * BARE_FOOT / 2)
    ankle = (-under[0], -under[1])
    return ankle, add(ankle, along, BARE_FOOT), toes


def _bare_heel(pts: Joints, side: str) -> Pt:
    """The underside of the bare foot's heel (the back of its sole): the arrow rises behind it to its height."""
    ankle, toe, _ = _bare_foot(pts, side)
    return foot_frame(ankle, toe).at(*HEEL_UNDER)


def _close_up(ground: list[Shape], arrow: list[Shape], end: Joints, start: Joints | None, side: str, moving: bool,
              frame: Box) -> Drawing:
    solid = [_leg(end, side, "end")]
    moves = {len(ground): _leg(start, side, "end")} if moving and start else {}
    return Drawing(ground + solid + arrow, moves, frame=frame, aspect=1.0)


def _floor() -> list[Shape]:
    """A thick floor line with the ground below it shaded, so the toes plainly rest on it."""
    x0, y0, x1, _ = TIPTOE_FRAME
    return [Loop("prop", box(x0 - 5, y0 - 5, x1 + 5, 0.0), "grey")]


def _step() -> list[Shape]:
    block = Loop("prop", box(0.0, FRAME[1] - 5, DEPTH, -TREAD), "grey")
    tread = Loop("prop", box(-LIP, -TREAD, DEPTH, 0.0), "dark")
    return [block, tread]


def _tilt(pts: Joints, side: str) -> float:
    """How far the foot points up from level, in radians (negative: down, the heel raised)."""
    ankle, toe = pts[f"{side}_ankle"], pts[f"{side}_toe"]
    return atan2(toe[1] - ankle[1], toe[0] - ankle[0])


def _on_foot(pts: Joints, side: str):
    """Maps (along the sole from the ball towards the toes, up from the sole) to the picture: the ball of the foot
    rests on the step's edge and the foot tilts about it."""
    t = _tilt(pts, side)
    along = (cos(t), sin(t))
    return lambda x, y: add(add(BALL, along, x), left_of(along), y)


def _heel(pts: Joints, side: str) -> Pt:
    """The back of the heel."""
    return _on_foot(pts, side)(-FOOT, HEEL_R)


def _leg(pts: Joints, side: str, layer) -> Loop:
    """One outline: down the back of the shin (leaning as the skeleton's), round the heel, along the sole to the ball
    on the edge, the toes flat on the tread, back over the top of the foot and up the front of the shin."""
    at = _on_foot(pts, side)
    up = direction(pts[f"{side}_ankle"], pts[f"{side}_knee"])
    back, front = at(*SHIN_BACK), at(*SHIN_FRONT)
    heel_centre = (-FOOT + HEEL_R, HEEL_R)
    heel = [at(*add(heel_centre, (cos(radians(a)), sin(radians(a))), HEEL_R)) for a in range(160, 271, 55)]
    toes = [add(BALL, (x, y)) for x, y in TOE_OUTLINE]
    return Loop(layer, (add(back, up, SHIN), back, *heel, BALL, *toes, at(*INSTEP), front, add(front, up, SHIN)),
                "white")


def _arrow(start: Pt, end: Pt) -> list[Shape]:
    x = min(start[0], end[0]) - ARROW_BEHIND
    tail, tip = (x, start[1]), (x, end[1])
    return [Line("arrow", (tail, tip))] + chevron(tip, tail)
