"""The round close-up of a foot (``inset: near_heel``) rocking about the ball of the foot, drawn as the towel scrunch's
bare foot and lower leg with its rolled-up trouser leg (toes.leg_and_foot): on a step's edge, as in heel drops, the
ball on the edge, the toes flat on the tread, the heel dropped a little below the step's top and an arrow down behind
the heel, the step's riser standing on the floor below;
on the floor, as in heel raises, up on tiptoe over a faint flat foot, with an arrow up behind the heel.

In the whole person the heel over the edge (or off the floor) is a few pixels at phone size, and the picture magnified
round it brought in the wall, the step's legs and the hanging hands (reviewers: "the tiny down arrow and small
step"). Drawn on its own, the step is a big solid block with a dark tread whose top the heel is plainly below.
The foot was first an outline: on the step reviewers called it "crude", "a thin abstract outline", "hard to
recognise"; on the floor "abstract line work", then as a grey shoe over a white leg "an abstract wedge". Both are now
the towel scrunch's bare foot (which reviewers read at once), with its heel, arch, ankle bone and toes, the toes bent
to lie flat on the floor or the tread; the heel raises' went from 3.25 to 4 with it.
On the step, with the heel plunging 35 degrees and the toes bent flat, the foot made a hook: "a strange boot/finger
shape", "sock-like". The heel now drops 20 degrees, the shin's front meets the foot higher up (INSTEP: at the ankle
bone it left a notch between shin and instep), and the floor below the step shows it is a stair with the heel in the
air over its edge.
On the step the faint start foot is not drawn: pivoting about the ball with the shin upright, the start leg lies
right behind the solid one, and all that showed of it was a stray grey line over the top of the foot (level or on
tiptoe alike; tried again at 20 degrees, the same). The arrow starts at the start heel's height instead, and the
tread's top marks the level.
Moving, neither close-up moves (the foot's many points would take the SVG past its 10 KB): the person beside does.
The foot's tilt and the shin's lean come from the skeleton, so the close-up follows the pose's ankle angles.
Figure units, y up, the person facing right: the ball of the foot is at x = 0 and the floor's or tread's top at y = 0.
"""
from __future__ import annotations

from math import atan2, cos, degrees, sin

from msksite.schema.pose import Pose

from .arrows import chevron
from .props import placements
from .shapes import Layer, Line, Loop, Pt, Shape, add, box, direction
from .skeleton import Joints
from .svg import Box, Drawing, Inset
from .toes import BARE_FOOT, BARE_LEG, HEEL_UNDER, TOE_W, Toes, foot_frame, leg_and_foot, toe_ends

# The step: the tread's thickness, how far its lip overhangs the block, how far it runs on under the toes.
TREAD, LIP, DEPTH = 5.0, 1.5, 70.0
# The floor below the step, this far under the tread's top: the riser runs down to it, so the step reads as a stair
# and the heel plainly hangs in the air over the edge.
RISE = 22.0
# With the heel dropped the foot tilts up towards the shin: the shin's front meets it this far up the leg from the
# ankle bone, in foot lengths, so the instep runs smoothly down to the toes (at the ankle bone, a notch).
INSTEP = 0.35
# The arrow runs this far behind the underside of the lower heel, from the start heel's height to the end's (on the
# floor, behind the raised heel: nearer, as the frame is narrower there).
ARROW_BEHIND, TIPTOE_ARROW_BEHIND = 15.0, 12.0
# On the step, the heel below the tread, the arrow behind it and the trouser's hem above: as close as the floor's.
FRAME: Box = (-44.0, -26.0, 20.0, 38.0)
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
    """The floor, the step and the bare lower leg with the ball of its foot on the edge, the toes flat on the tread
    and the heel dropped below the step's top, with an arrow down behind the heel from the start heel's height; no
    faint start foot (it lay right behind the solid one). Moving, the close-up stays with the heel down (as tiptoe's
    stays up)."""
    arrow = _arrow(_bare_heel(start, side), _bare_heel(end, side)) if start else []
    return Drawing(_step() + _bare_leg(end, side, "end", INSTEP) + arrow, frame=FRAME, aspect=1.0)


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
    return Drawing(_floor() + _faint(start, side, moving) + _bare_leg(end, side, "end") + arrow, frame=TIPTOE_FRAME,
                   aspect=1.0)


def _faint(start: Joints | None, side: str, moving: bool) -> list[Shape]:
    """The faint start leg and foot behind the solid one, still only: its outlines alone (its ankle bone and toes,
    under the solid ones, were a scribble)."""
    return [s for s in _bare_leg(start, side, "start") if isinstance(s, Loop)] if start and not moving else []


def _bare_leg(pts: Joints, side: str, layer: Layer, instep: float = 0.0) -> list[Shape]:
    """The lower leg and bare foot (toes.leg_and_foot, rounded off once: the same foot at this size in fewer points),
    the foot tilted as the skeleton's, rocking about where its big toe meets the floor or tread: its toes bent flat
    there, the big toe's base at x = 0 (instep: how far up the shin its front meets the foot, toes.leg_and_foot)."""
    ankle, toe, toes = _bare_foot(pts, side)
    up = direction(pts[f"{side}_ankle"], pts[f"{side}_knee"])
    return leg_and_foot(add(ankle, up, BARE_LEG), ankle, toe, toes, layer, "white", rounds=1, instep=instep)


def _bare_foot(pts: Joints, side: str) -> tuple[Pt, Pt, Toes]:
    """The bare foot's ankle and toe tip (as toes.leg_and_foot takes them) and its toes' bends: tilted as the
    skeleton's foot, the toes bent flat (back on tiptoe, down with the heel dropped) and the underside of the big toe's
    base on the floor or tread at x = 0."""
    t = _tilt(pts, side)
    toes = (degrees(t), 0.0)
    along = (cos(t), sin(t))
    # Placed first with the ankle at 0, then moved so the big toe's base rests on the floor at x = 0.
    base, _ = toe_ends((0.0, 0.0), add((0.0, 0.0), along, BARE_FOOT), toes)
    under = add(base, (0.0, -1.0), TOE_W * BARE_FOOT / 2)
    ankle = (-under[0], -under[1])
    return ankle, add(ankle, along, BARE_FOOT), toes


def _bare_heel(pts: Joints, side: str) -> Pt:
    """The underside of the bare foot's heel (the back of its sole): the arrow runs behind it to its height."""
    ankle, toe, _ = _bare_foot(pts, side)
    return foot_frame(ankle, toe).at(*HEEL_UNDER)


def _floor() -> list[Shape]:
    """A thick floor line with the ground below it shaded, so the toes plainly rest on it."""
    x0, y0, x1, _ = TIPTOE_FRAME
    return [Loop("prop", box(x0 - 5, y0 - 5, x1 + 5, 0.0), "grey")]


def _step() -> list[Shape]:
    """The floor, the step's riser standing on it and its dark tread, whose lip overhangs the riser."""
    x0, y0, _, _ = FRAME
    ground = Loop("prop", box(x0 - 5, y0 - 5, DEPTH, -RISE), "grey")
    block = Loop("prop", box(0.0, -RISE, DEPTH, -TREAD), "grey")
    tread = Loop("prop", box(-LIP, -TREAD, DEPTH, 0.0), "dark")
    return [ground, block, tread]


def _tilt(pts: Joints, side: str) -> float:
    """How far the foot points up from level, in radians (negative: down, the heel raised)."""
    ankle, toe = pts[f"{side}_ankle"], pts[f"{side}_toe"]
    return atan2(toe[1] - ankle[1], toe[0] - ankle[0])


def _arrow(start: Pt, end: Pt) -> list[Shape]:
    """An upright arrow behind the lower of two heels, from the start heel's height to the end's."""
    x = min(start[0], end[0]) - ARROW_BEHIND
    tail, tip = (x, start[1]), (x, end[1])
    return [Line("arrow", (tail, tip))] + chevron(tip, tail)
