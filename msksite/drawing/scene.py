"""Everything in one picture, in drawing order: props behind, the start position faint, the end position, arrows.

Two variants of each drawing: `still` (start faint, end solid, a curved arrow between; on screen and on paper) and
`moving` (the same, with the end moving to the start and back).

A foot close-up written ``numbered`` (the towel scrunch, round 70: its faint lifted toes were missed) is two close-ups
one above the other (order.numbered_close_ups), each widened to its towel so the heel is whole; in picture 1, and in
print, the props are the start's (the towel lies flat under the toes lifted). Numbered, a table is the end's in
picture 1 too (the table slide, round 74: placed from picture 1's hands, it was a short bar by them), and a chair
under the hips is where they sat in picture 2 too (the sit to stand, round 114: placed from the standing hips, its
seat ran through their thighs; the moving one had it right).
"""
from __future__ import annotations

from typing import Literal

from msksite.schema.pose import Pose

from .above import arm_from_above, shows_arm_from_above
from .ankle_circle import circles_foot, foot_inset
from .arrows import arrow_shapes, clear_of, path_arrow
from .figure import WIDTHS, back_on_floor_moves, figure_shapes, hand_frame
from .low_back import gap_arrow
from .order import numbered, numbered_close_ups
from .helper import helping_arrow
from .arrows import chevron
from .closeup import Lens, lens
from .positions import Positions, positions, start_pose
from .back_curl import back_arrow, curls_back
from .badge import badge
from .steps import step_pictures
from .stopwatch import stopwatch_beside
from .feet_view import feet_view
from .head_view import head_view
from .hips_lift import lifts_hips, lowered_trunk_over
from .head_inset import head_alone, head_inset, shows_head_alone, shows_head_close_up
from .lift import lift_drawing, over_table_edge
from .stretch import helped_stretch, stretch_drawing
from .prayer import hands_together, prayer_drawing
from .press_up import chest_arrow, chest_rises, ready_arms, rise_arrow
from .props import HELD, placements, prop_shapes, seated_hip
from .shapes import Circle, Line, Pt, Shape, add, mapped, moved, relayered
from .lean import PICTURES_GAP, hides_start, lean_arrow, leans_in_place, short_floor
from .lying import mat_under
from .shell import knee_opening, opens_knee
from .step_edge import heel_close_up, heel_inset
from .wall_walk import finger_walk, walks_up_wall
from .towel_back import towel_back_drawing, towel_behind_back
from .blade_squeeze import blade_squeeze_drawing, squeezes_blades
from .skeleton import Joints, landmarks, lying_on_side
from .svg import ASPECT, Box, Drawing, Inset, bounds, extent, view_box
from .tendon_glide import glide_panel, is_glide
from .ball_grip import grip_panel, grips_ball
from .toe_stretch import toe_stretch
from .toes import holds_toes, resting_knee, toe_arrow

Variant = Literal["still", "moving"]
VARIANTS: tuple[Variant, ...] = ("still", "moving")
# The inset magnifies this much, in a circle this big (figure units), beside the person.
INSET_ZOOM, INSET_R = 2.0, 28.0
# A hand shown in detail is the main picture, bigger than the person (as tall as them, the person beside it was
# what reviewers saw, and the two stretches looked alike), level with their middle. The ring marking the hand in the
# whole picture is small, not the inset's size over its zoom: that hid the arm.
HAND_INSET_R, HAND_RING = 64.0, 9.0
PAIR_GAP = 14.0
# One above the other, the two positions are this far apart, and the arrow between them this far to their left.
STACK_GAP = 6.0
# The low back pressing flat onto the floor (a pelvic tilt) is a small movement: its arrow is drawn this much bigger.
PRESS_ARROWS = 1.8
# A round inset shows a close-up about half size, so the arrows in it are drawn this much bigger to stay readable.
DETAIL_ARROWS = 2.0


def scene(pose: Pose, variant: Variant = "still", detail: bool = False) -> Drawing:
    """Return the drawing of a pose in one of its variants (detail: as the close-up shown in a round inset)."""
    if len(pose.fingers) > 1:
        return _sequence(pose)
    if pose.steps:
        return step_pictures(pose)
    if pose.view == "feet":
        return feet_view(pose, variant)
    if pose.view == "head":
        return head_view(pose, variant)
    if shows_head_alone(pose):
        # A chin tuck: the head, neck and shoulders side-on, big, filling the picture, as the other neck drawings.
        return head_alone(pose, variant)
    if shows_arm_from_above(pose):
        # Facing you the forearm swinging towards you is foreshortened: the person is seen from above and in front.
        return arm_from_above(pose, pose.at_start(), variant == "moving")
    # The wrist lifts, bends and stretches draw their own big close-ups (lift.py, stretch.py); a stretch shown in a
    # round inset beside the person is the close-up of the near hand below.
    if over_table_edge(pose):
        return lift_drawing(pose, variant)
    if helped_stretch(pose) and not detail:
        return stretch_drawing(pose, variant)
    if towel_behind_back(pose):
        # A towel down the back: one big person seen from behind, from the hips up (towel_back.py).
        return towel_back_drawing(pose, variant)
    if squeezes_blades(pose):
        # The shoulder blades seen big from behind, from the hips up (blade_squeeze.py).
        return blade_squeeze_drawing(pose, variant)
    placed = positions(pose)
    if hands_together(pose) and not detail:
        # Palms pressed together: one big person from the head to the hips (prayer.py), not a small one beside a
        # round close-up of the hands.
        return prayer_drawing(placed.end, placed.start, variant)
    view = lens(pose, placed, detail)
    if pose.view == "foot" and holds_toes(placed.end) and not detail:
        # The hand bending the toes back of the foot resting across the other knee, one big close-up, with the small
        # person sitting so in its corner (toe_stretch.py); the pair too.
        start = pose.at_start()
        return toe_stretch(start.toes if start else pose.toes, pose.toes, variant, pose.numbered)
    if variant == "still" and _both_shown(pose):
        return _pair(pose, placed, view)
    end = view.shapes(figure_shapes(pose, placed.end, "end"))
    start = figure_shapes(_start(pose), placed.start, "start") if placed.start else []
    start = view.shapes(lowered_trunk_over(start, WIDTHS["trunk"]) if lifts_hips(pose) else start)
    # Arrows keep off the body; a close-up is all hand or foot, so its written arrows stay where they are drawn, but
    # the arrow that follows the movement still moves out past the hand (behind it, it was lost).
    body = [] if view.frame else end
    # Side-on and whole, the floor is where the picture's y is placed.floor; a close-up's frame cuts it off.
    floor = None if view.frame else placed.floor
    arrows = _written_arrows(pose, view, landmarks(placed.end), body, _arrow_scale(pose, detail), floor)
    # Arrows written in the pose say where the movement shows best; without them, one follows the movement.
    if placed.start and not pose.arrows:
        arrows += _following(pose, placed, view, end)
    if walker := walks_up_wall(pose, placed.end, placed.start):
        # Fingers walking up a wall: prints up its face and an arrow beside it, not the whole arm's path.
        arrows = finger_walk(placed.end, placed.start, walker)
    if heel_close_up(pose) or circles_foot(pose):
        # A heel dropping off a step or rising off the floor moves a few pixels, and a circle at a foot circling at
        # the ankle read as "a ball": their arrows go in the close-up (step_edge.py, ankle_circle.py).
        arrows = []
    if pose.view == "foot" and holds_toes(placed.end):
        # The hand holding the toes is drawn from them, and so is the arrow showing which way it bends them.
        arrows += toe_arrow(placed.end["near_ankle"], placed.end["near_toe"], view.point)
    if pose.helping_hand and view.frame:
        # In the whole picture the hands are small; the arrow goes in the close-up of them.
        arrows += helping_arrow(hand_frame(pose, placed.end, "near"), pose.helping_hand, view.point)
    # A position held still: a stopwatch says "hold" where an arrow would say "move".
    arrows += stopwatch_beside(end) if pose.hold else []
    props = view.shapes(_props(pose, placed.end, placed.start))
    if variant == "moving":
        # The person moves between the two positions themselves, so the faint start is left out.
        shapes = props + end + arrows
        return Drawing(shapes, _moves(len(props), start, end), _inset(pose, placed, shapes + start, variant, view.frame), view.frame)
    shapes = props + ([] if hides_start(pose) or not pose.faint_start else start) + end + arrows
    return Drawing(shapes, {}, _inset(pose, placed, shapes, variant, view.frame), view.frame)


def _props(pose: Pose, end: Joints, start: Joints | None, table: Joints | None = None,
           seat: Pt | None = None) -> list[Shape]:
    """The props, behind the person (a table placed from the joints table if given, a chair under the hips from the
    hips at seat); lying on their side, seen from a little above, the floor is a mat's top. A foot whose toes are held
    rests on the other knee, drawn behind it."""
    if pose.view == "foot" and holds_toes(end):
        return resting_knee(end["near_ankle"], end["near_toe"]) + prop_shapes(pose, end, start)
    if not lying_on_side(pose):
        return prop_shapes(pose, end, start, table, seat)
    others = tuple(p for p in pose.props if p != "floor")
    return mat_under(pose, end) + prop_shapes(pose.model_copy(update={"props": others}), end, start)


# Props the figure draws with the person, so the start keeps them: a foot on a step is drawn over its shin, a hand
# holding a tin is drawn round it (the tin is what says which way the palm faces, in the faint start too), and a towel
# held behind the back rises with both hands (faint and lower at the start, the whole towel is seen drawn up).
KEPT_AT_START = ("step", "tin", "towel")


def _start(pose: Pose) -> Pose:
    """The start as a whole pose, keeping the props the figure draws (KEPT_AT_START): the start's shapes must match
    the end's one for one, so that each moves to its own."""
    return start_pose(pose, KEPT_AT_START)


def _at_rest(start: Pose) -> Pose:
    """The start drawn as a picture of its own: a working muscle tightens in the end only (a thigh squeeze: relaxed in
    1, tight in 2). The faint start keeps it, for its shapes to match the end's one for one."""
    return start.model_copy(update={"working_muscle": None})


def _arrow_scale(pose: Pose, detail: bool) -> float:
    """How big the pose's written arrows are drawn: bigger in a close-up, or for the low back pressing flat."""
    if detail:
        return DETAIL_ARROWS
    return PRESS_ARROWS if back_on_floor_moves(pose) else 1.0


def _written_arrows(pose: Pose, view: Lens, marks: dict[str, Pt], body: list[Shape], scale: float,
                    floor: float | None) -> list[Shape]:
    """The pose's arrows, each drawn scale times its size about its body point, kept above the floor if given."""
    shapes: list[Shape] = []
    for arrow in pose.arrows:
        mark = view.point(marks[arrow.at])
        drawn = arrow_shapes((arrow,), {arrow.at: mark}, body, floor, pose.side_on, pose.bold_arrows)
        shapes += [mapped(s, lambda p: add(mark, (p[0] - mark[0], p[1] - mark[1]), scale), scale) for s in drawn]
    return shapes


def _moves(first: int, start: list[Shape], end: list[Shape]) -> dict[int, Shape]:
    # The same pose gives the same list of shapes, so the nth end shape moves to the nth start shape.
    return {first + i: relayered(a, "end") for i, (a, b) in enumerate(zip(start, end)) if _same_kind(a, b)}


def _same_kind(a: Shape, b: Shape) -> bool:
    return type(a) is type(b) and (isinstance(a, Circle) or len(a.points) == len(b.points))


def _following(pose: Pose, placed: Positions, view: Lens, body: list[Shape]) -> list[Shape]:
    """The arrow that follows the movement, for a pose without written arrows, clear of the body."""
    if chest_rises(pose):
        # A chest pushed up off the floor swings about the hips: its arrow says so (press_up.py).
        return chest_arrow(placed)
    if opens_knee(pose):
        # A clam's top knee opens about the feet: its arrow follows the knee in the opening (shell.py).
        return knee_opening(pose, placed, body)
    if leans_in_place(pose):
        # A seated lean tips the straight back about the hips: its arrow says so (lean.py); following the head, it
        # read as "drop your head".
        return lean_arrow(placed.start, placed.end, view.point)
    return path_arrow(pose, placed, view.point, body)


def _both_shown(pose: Pose) -> bool:
    """A pose written stacked or numbered, or a movement that only curves the back, both ways (cat and camel) or
    lying on the back (a pelvic tilt): drawn over each other, one curve hid the other (reviewers saw only one phase of
    the cat and camel, and a faint arch over the flat back of the pelvic tilt was missed), so the still shows both
    positions, one above the other; so does a chest pushed up from lying on the front, whose faint start lay hidden
    under it."""
    changed = pose.start.model_dump(exclude_defaults=True).keys() if pose.start else set()
    back_only = bool(changed) and changed <= {"back", "neck"} and (pose.both_ways or back_on_floor_moves(pose))
    return pose.stacked or pose.numbered or back_only or chest_rises(pose)


def _pair(pose: Pose, placed: Positions, view: Lens) -> Drawing:
    """Start and end each in a picture of its own, with its props, both solid: one above the other with a long arrow
    between, or numbered 1 and 2; close-ups as two panels, each cut to its frame."""
    start_pose = _at_rest(_start(pose))
    # A foot close-up's props are the start's in picture 1: a towel lies flat under toes not yet curled (props.py).
    # Numbered, a table is the end's in both (a hand slid along it from near its near edge in 1: props.py).
    table = placed.end if pose.numbered else None
    # A chair under the hips stays where they sat, in both: standing up from it (sit-to-stand), in picture 2 they
    # stand in front of it (placed from the standing hips, its seat ran through their thighs, round 114).
    seat = seated_hip(placed.end, placed.start) if ("chair", "hip") in placements(pose) else None
    props = (view.shapes(_props(start_pose if pose.view == "foot" else pose, placed.start, None, table, seat)),
             view.shapes(_props(pose, placed.end, None, seat=seat)))
    left = props[0] + view.shapes(figure_shapes(start_pose, placed.start, "end"))
    right = props[1] + view.shapes(figure_shapes(pose, placed.end, "end"))
    if view.frame and pose.numbered:
        # A foot close-up is wide and low: one above the other, the written arrows on 2 (a towel scrunch's pull),
        # each as wide as the towel under it, so the heel on it is whole ("the foot is cropped by the cell edge").
        below = _written_arrows(pose, view, landmarks(placed.end), [], _arrow_scale(pose, False), None)
        frame = _widened(view.frame, props[0] + props[1])
        return numbered_close_ups(Drawing(left, frame=frame), Drawing(right + below, frame=frame))
    if view.frame:
        return _panels([Drawing(left, frame=view.frame), Drawing(right, frame=view.frame)], arrows=False)
    if back_on_floor_moves(pose):
        # The low back presses down into the gap under it, so the arrow is in the gap (on the belly of the flat back
        # below, it read as "press your tummy down").
        press = gap_arrow(start_pose, placed.start["hip"], placed.start["neck"], WIDTHS["trunk"])
        return _numbered(left + press, right)
    if curls_back(pose):
        # Numbered, with an arrow on each back: up from the rounded back, down into the hollow one (back_curl.py).
        top, bottom = left + back_arrow(placed.start, start_pose.back), right + back_arrow(placed.end, pose.back)
        return _numbered(top, bottom)
    if chest_rises(pose):
        # Lying flat with the forearms on the floor, ready to push up (press_up.py), an arrow straight up from the
        # chest, above the chest pushed up on the elbows.
        lying = ready_arms(placed.start)
        left = view.shapes(_props(pose, lying, None) + figure_shapes(start_pose, lying, "end"))
        return _numbered(left + rise_arrow(lying), right)
    if pose.numbered:
        # Numbered, the pose's arrows on the end (2), where the movement shows (the bridge's hips up): one solid
        # person and an arrow left reviewers asking for the start, and a faint one knotted. Without written arrows,
        # the one that follows the movement, on 2, from where the moving part was in 1 (the clam's knee opening).
        below = (_written_arrows(pose, view, landmarks(placed.end), right, _arrow_scale(pose, False), placed.floor)
                 if pose.arrows else _following(pose, placed, view, right))
        if leans_in_place(pose):
            # Sitting with a leg out, each floor stops by the chair and the heel, and the pictures stand closer, so
            # the two people are drawn bigger.
            return _numbered(short_floor(left), short_floor(right + below), PICTURES_GAP)
        return _numbered(left, right + below)
    # The pose's arrows say what to do from the start, above (the hips going back); where they would run over it
    # there, they go with the end, below (the pelvis's arc, over an arched back).
    scale = _arrow_scale(pose, False)
    above = _written_arrows(pose, view, landmarks(placed.start), left, scale, placed.floor)
    if clear_of(above, left):
        return _stacked(left + above, right, pose.both_ways)
    below = _written_arrows(pose, view, landmarks(placed.end), right, scale, placed.floor)
    return _stacked(left, right + below, pose.both_ways)


def _widened(frame: Box, shapes: list[Shape]) -> Box:
    """The frame, widened to hold the shapes from side to side (a close-up with no props keeps its frame)."""
    if not shapes:
        return frame
    left, _, right, _ = bounds(shapes)
    return (min(frame[0], left), frame[1], max(frame[2], right), frame[3])


def _beside(left: list[Shape], right: list[Shape], gap: float = PAIR_GAP) -> Drawing:
    """The start on the left, the end on its right, gap apart."""
    edge = max(p[0] for s in left for p in extent(s))
    shift = edge + gap - min(p[0] for s in right for p in extent(s))
    return Drawing(left + [moved(s, (shift, 0.0)) for s in right])


def _numbered(first: list[Shape], then: list[Shape], gap: float = PAIR_GAP) -> Drawing:
    """The two pictures numbered 1 and 2, one above the other or side by side, whichever a 4:3 box draws bigger:
    someone lying down is wide and low (side by side they shrank to a strip), someone sitting with a leg out is about
    as tall as wide (one above the other they shrank by half). Side by side, they are gap apart."""
    one, two = numbered(first, then)
    # On a tie, one above the other: max keeps the first.
    return max((_stacked(one, two, False, between=False), _beside(one, two, gap)), key=_size_in_box)


def _size_in_box(drawing: Drawing) -> float:
    """How big a drawing is drawn in a 4:3 box: the box's width over the drawing's, or its height over the
    drawing's, whichever is less."""
    left, bottom, right, top = bounds(drawing.shapes)
    return min(ASPECT / (right - left), 1.0 / (top - bottom))


def _stacked(top: list[Shape], bottom: list[Shape], both_ways: bool, between: bool = True) -> Drawing:
    """The start above the end (someone on all fours or lying is wide and low: side by side they shrank to a strip),
    with a long arrow beside them from the middle of one to the middle of the other, two-headed if both_ways (unless
    not between: then the pictures say their order themselves)."""
    floor = min(p[1] for s in top for p in extent(s))
    shift = floor - STACK_GAP - max(p[1] for s in bottom for p in extent(s))
    lower = [moved(s, (0.0, shift)) for s in bottom]
    if not between:
        return Drawing(top + lower)
    x = min(p[0] for s in top + lower for p in extent(s)) - STACK_GAP
    ends = ((x, _middle(top)), (x, _middle(lower)))
    arrow = [Line("arrow", ends)] + (chevron(ends[0], ends[1]) if both_ways else []) + chevron(ends[1], ends[0])
    return Drawing(top + lower + arrow)


def _middle(shapes: list[Shape]) -> float:
    ys = [p[1] for s in shapes for p in extent(s)]
    return (min(ys) + max(ys)) / 2


def _sequence(pose: Pose) -> Drawing:
    """One drawing for each fingers shape, left to right, with arrows from each to the next."""
    # Each framed as an inset's close-up, with only the end of the forearm: all of it filled the narrow panels and
    # left the hands, which are what changes, too small to tell a hook from a fist.
    if is_glide(pose.fingers, bool(placements(pose))):
        return _panels([glide_panel(shape) for shape in pose.fingers], arrows=True)
    if grips_ball(pose.fingers, tuple(name for name, _ in placements(pose))):
        return _panels([grip_panel(shape) for shape in pose.fingers], arrows=True)
    shapes = [scene(pose.model_copy(update={"fingers": (shape,)}), detail=True) for shape in pose.fingers]
    return _panels(shapes, arrows=True)


def _panels(drawings: list[Drawing], arrows: bool) -> Drawing:
    """Close-ups side by side, shaped so that together they make a 4:3 picture, with arrows between if asked."""
    panels, shapes, x = [], [], 0.0
    # Each panel is as tall as the whole picture and a share of its width.
    aspect = ASPECT / len(drawings)
    for i, drawing in enumerate(drawings):
        left, top, w, h = view_box(Drawing(drawing.shapes, frame=drawing.frame, aspect=aspect))
        frame = (x, top - h, x + w, top)
        panels.append(Drawing([moved(s, (x - left, 0.0)) for s in drawing.shapes], frame=frame, aspect=aspect))
        if arrows and i:
            tail, tip = (x - PAIR_GAP + 3, top - h / 2), (x - 3, top - h / 2)
            shapes += [Line("arrow", (tail, tip))] + chevron(tip, tail)
        x += w + PAIR_GAP
    return Drawing(shapes, panels=panels)


def _inset(pose: Pose, placed: Positions, shapes: list[Shape], variant: Variant, frame: Box | None) -> Inset | None:
    if pose.from_above and frame:
        held = next((name for name, _ in placements(pose) if name in HELD), None)
        return badge(frame, pose.near.palm, held)
    if pose.inset is None:
        return None
    focus = landmarks(placed.end)[pose.inset]
    beside = bounds(shapes)
    _, bottom, right, top = beside
    if heel_close_up(pose):
        return heel_inset(pose, placed.end, placed.start, focus, beside, variant == "moving")
    if shows_head_close_up(pose):
        return head_inset(pose, placed, beside, variant == "moving")
    if pose.detail == "hand":
        centre = (right + HAND_INSET_R + 4, (top + bottom) / 2)
        return Inset(focus, HAND_INSET_R / HAND_RING, centre, HAND_INSET_R, _detail(pose, variant, placed))
    if circles_foot(pose):
        return foot_inset(pose, placed.end, focus, beside)
    return Inset(focus, INSET_ZOOM, (right + INSET_R + 4, top - INSET_R), INSET_R, _detail(pose, variant, placed))


def _detail(pose: Pose, variant: Variant, placed: Positions) -> Drawing | None:
    """A near hand shown in an inset is drawn in detail: its close-up, moving with the person (a near foot is drawn
    circling, ankle_circle.py)."""
    view = pose.detail
    if view is None:
        return None
    # The close-up shows only the near hand: the far arm as the whole picture places it would cover it at this size
    # (a helping hand is placed from the near hand instead).
    arm = {"shoulder": None, "elbow": None, "wrist": None}
    far = pose.far.model_copy(update=arm)
    close = pose.model_copy(update={"view": view, "inset": None, "far": far})
    detail = scene(close, "moving" if variant == "moving" else "still", detail=True)
    # Square, to fill the round inset; a hand's square holds its whole frame inside the circle, or the circle cut off
    # the hand helping it at the frame's corner.
    return Drawing(detail.shapes, detail.moves, frame=_round(detail.frame), aspect=1.0)


def _round(frame: Box) -> Box:
    """The square whose inscribed circle holds the frame's corners."""
    left, bottom, right, top = frame
    half = ((right - left) ** 2 + (top - bottom) ** 2) ** 0.5 / 2
    x, y = (left + right) / 2, (bottom + top) / 2
    return (x - half, y - half, x + half, y + half)
