"""A stair handrail held in one hand (the step up: "holding the handrail", "do not let go of the handrail").

Side-on, a banister: a thick dark rail rising along the stairs at a stair's pitch, through the hand that holds it (the
hand is drawn over it, so the rail runs into the fist from both sides), on a post standing on the floor just in front
of the bottom step and a second post standing on the step's far end. It is behind the person, so it never crosses
the body in front. Sloping, one rail is at the hand in both pictures, though the person rises a step between them:
a level rail on a wall could be at the hand in only one (round 114; before, there was no rail and the hands held
nothing, the "avoid" list's "do not let go of the handrail" drawn as a step up with nothing to hold).
"""
from __future__ import annotations

from math import radians, tan

from .shapes import Pt, Shape, Tube

# How steeply the rail rises along the stairs (a stair's pitch is about 35 to 42 degrees).
PITCH = 40.0
RAIL_W, POST_W = 2.6, 2.0
# How far in front of the bottom step's edge the first post stands, and how far past the step's far end the rail
# runs on (up the stairs, out of the picture's step); without a step, how far before and past the hand.
POST_BEFORE, RAIL_PAST = 3.0, 6.0
FREE_BEFORE, FREE_PAST = 16.0, 14.0
# The rail runs a little past the first post, as a banister's end does.
CAP = 1.5


def handrail(grip: Pt, facing: float, floor: float, step: tuple[float, float, float] | None) -> list[Shape]:
    """A banister through grip (where the hand holds it), rising towards facing (+1 right, -1 left): its posts on the
    floor in front of the step (edge, far end, top) and on the step's far end, or, without a step, about the hand."""
    if step is None:
        first, last, on_step = grip[0] - facing * FREE_BEFORE, grip[0] + facing * FREE_PAST, None
    else:
        edge, far, top = step
        first, last, on_step = edge - facing * POST_BEFORE, far + facing * RAIL_PAST, (far - facing * POST_W, top)
    rail_at = lambda x: grip[1] + facing * (x - grip[0]) * tan(radians(PITCH))
    rail = Tube("prop", ((first - facing * CAP, rail_at(first - facing * CAP)), (last, rail_at(last))), RAIL_W,
                "dark")
    # Each post stands on the floor or the step, its round end not through it.
    posts = [Tube("prop", ((first, floor + POST_W / 2), (first, rail_at(first))), POST_W, "dark")]
    if on_step is not None:
        x, top = on_step
        posts.append(Tube("prop", ((x, top + POST_W / 2), (x, rail_at(x))), POST_W, "dark"))
    return posts + [rail]
