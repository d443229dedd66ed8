"""The pose of an exercise drawing: a short description a clinician writes, which the render stage draws.

A pose lives under ``illustration.pose`` in each exercise file. All angles are in degrees (-180 to 180).
Every field is optional; a pose of ``{}`` is a person standing side-on, facing right.

The pose is the END of the movement (drawn solid). ``start:`` gives the START (drawn faint, with a curved arrow
from it to the end unless ``arrows`` says where the arrows go, and moving between the two on screen): write only the angles that differ from the end, e.g.
``start: {near: {knee: 90}}``. Leave ``start`` out for a position that is held still.

view        ``side`` (default: the person faces right), ``front`` (the person faces you), ``back``
            (like front, but seen from behind, so no face), ``hand`` or ``foot``. ``hand`` and ``foot``
            are close-ups of the side view: the same angles, props and arrows, drawn big around the
            near hand (or foot), which is drawn in detail; the rest of the body runs off the edge.
            In a hand close-up the palm side of the hand and forearm is shaded. A hand holding a tin,
            palm up or down, is instead drawn big over a table's edge, seen straight from the side,
            and the tin shows which way the palm faces: palm up it stands on the flat hand, palm down
            the hand grips it from above and it hangs below.
            ``head`` is a close-up of the head and shoulders facing you (neck turns): ``head_turn``
            turns the face on the head, so turned far it is seen side-on, with a flat curved arrow round
            the chin; ``neck`` tilts it.
            ``feet`` is someone lying on their back on a mat, seen from beyond their feet and a little
            above (knee rolls): the legs bend as side-on (hip, knee), the arms lie on the floor, out to
            the side by ``shoulder`` as facing you, and ``roll`` lays the bent knees over to one side.
trunk       Lean of the body from upright. Side view: positive leans forward, 90 is face down
            (hands and knees, lying on your front), -90 is lying on your back (-135 to 135). Front and back views:
            positive leans to the right of the picture; -90 is lying on your side, head to the left
            (a front view of someone lying on their back is a view from above).
back        How curved the back is (-60 to 60). Positive rounds it (like a cat), negative hollows it.
neck        Head bend from the line of the body. Side view: positive tucks the chin down.
            Front and back views: positive tilts the head towards the right of the picture.
head_turn   Front and head views only: turns the face to the right (positive) or left (negative) of the picture.
roll        View feet only: how far both bent knees roll over together to the right of the picture (negative:
            to the left), in degrees from pointing at the ceiling (up to 80).
shoulders   ``level`` (default), ``raised`` (shrugged up towards the ears) or ``back`` (the shoulder blades
            squeezed back and together; seen from behind they draw in towards the spine).
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
              palm      which way the palm faces when the forearm points forwards: up, down or in
                        (towards the body, thumb up; the default). It turns with the forearm, so a
                        hanging arm with ``palm: up`` has the palm facing forwards.
              hand      front and back views: ``open`` draws the hand flat, palm shaded and fingers
                        spread, as if pushing (a hand bent back seen edge-on is a blob); the start copies it.
                        Side view: ``crossed`` folds the arm across the chest (arms crossed): ``shoulder``
                        places the elbow, the forearm runs back across the chest and the hand is tucked out
                        of sight; the far arm and the start copy it, and ``elbow`` and ``wrist`` are not used
            Lying on your side (view: front, trunk -90 or 90, on a floor), the picture looks down on the
            person from in front and a little above, on a mat: a knee bends forwards, towards you, and the
            hip with it by half as much (knees at 90 have the hips at 45); ``hip`` lifts the upper leg: a
            straight one whole, a bent one at the knee, its foot staying on the other foot (a clam).
            Each joint has a range a body can reach (JOINT_LIMITS below); ``check`` reports an angle
            outside it, as it does a start position that goes through the floor or is the same as the end.
start       The start position: any of trunk, back, neck, head_turn, roll, shoulders, near and far, with only the
            angles that change, and ``fingers`` (one shape) or ``toes`` in a close-up. Unset angles
            are the end position's.
props       Things in the picture: floor, chair, table, wall, step, towel, ball, tin, weight, band, mat, bed,
            cushion, handrail.
            Write a name, or ``{name: table, at: far_hand}`` to say where it goes:
              chair     hip (default: sitting on it), near_hand or far_hand (holding its back)
              table, wall, ball, tin    near_hand (default) or far_hand
              weight    a small dumbbell held in the near_hand (default) or far_hand
              step      near_foot (default) or far_foot
              handrail  a stair banister held in the near_hand (default) or far_hand: side-on it rises along
                        the stairs through that hand, on a post in front of the step and one on it (with a
                        step; without one, about the hand). Sloping, it stays at the hand as the person
                        steps up, if the start's hand is on the same slope (about 40 degrees)
              cushion   near_knee (default) or far_knee: under a kneeling knee (grey under a near knee,
                        dark grey under a far one)
              towel     near_hand (default), far_hand, hands (held between both hands),
                        near_foot, far_foot (under the foot), near_knee, far_knee (rolled up),
                        near_elbow (rolled up, squeezed between the elbow and the side: only in the
                        outward rotation picture, view: front with inset: near_elbow)
                        Seen from behind (``view: back``), held between the hands: the back drawn big from
                        the hips up, the towel down its middle from the top hand behind the neck to the
                        bottom hand behind the low back, higher up it the more the near elbow bends.
                        Side-on, held between the hands with one arm taken back (``shoulder`` below 0),
                        that hand is behind the back, higher up it the more the elbow bends, and the towel
                        runs down behind the back
              band      an elastic exercise band: hands (default: stretched between both hands), or
                        near_foot, far_foot (looped under the foot, its ends held in that side's hand)
              floor, mat, bed           no ``at``: they go under the whole person. Seen from the front lying
                                        down (trunk -90 or 90), a mat is seen from above, round the whole
                                        person: the picture looks down on someone lying on their back
arrows      Movement arrows, e.g. ``{at: near_knee, towards: up}``. ``at`` is head, chest, waist, hip,
            or near_/far_ with shoulder, elbow, hand, knee, foot, heel or toes. ``towards`` is up, down, left,
            right, up_left, up_right, down_left, down_right, clockwise or anticlockwise. Arrows start next to
            the body point; add ``pointing: at`` to make the arrow point at it instead (for a push). A curved
            arrow at the toes is a short arc in front of them: anticlockwise bends them up (back), clockwise curls
            them down.
            A curved arrow at the hip is a short rocking arc over the pelvis, for a pelvic tilt.
            Side-on, an arrow down at a heel runs just behind it, its head level with the heel (a heel dropping
            off a step), and a sideways one runs under the floor line, twice as long (a heel sliding along it).
            Facing you, a curved arrow at the head is a short arc over the top of it, bending the way the face
            turns (neck turns).
bold_arrows  ``true`` draws the picture's arrow bold and long, as thick as a limb's outline with a solid-looking
            head: the straight ``arrows`` longer (20 rather than 14; a push, ``pointing: at``, ending where a thin one
            ends), or, without ``arrows``, the arrow that follows the movement (with ``both_ways``, a head at each
            end). For a movement whose thin arrow reviewers called "small" (the hip flexor stretch's push, the
            standing leg back, the table slide, step-ups, knee to chest; bold, the sit back stretch, the pendulum,
            the mini squat and the leg raises scored no better).
fingers     Hand view only: the shape of the near hand's fingers (straight, hook, fist, tabletop,
            flat_fist, grip, or cupped loosely round a ball; default straight, or grip round a tin or ball). Give two or three
            shapes for a sequence, drawn left to right with arrows between (then leave out start).
steps       Side, front and back views, with ``start``: one or two positions the movement goes through in turn
            between the start and the end (a nerve glide: the wrist bent back, then the head tilted too), each
            written like ``start``, as what differs from the end. The drawing is a picture for each step and then
            the end, side by side, numbered 1, 2, 3 at their top left, each with a curved arrow round the joint that
            turns in it (the wrist or the head), from where that part starts (no faint copy: over the hand it was
            "tangled" and "tiny"; the hand is drawn big instead). With ``close_up``, each picture is cut off a
            little below the hips.
both_ways   ``true`` when the movement goes both ways from the middle (a wrist bent up, then down): the arrow from
            the start to the end gets a head at each end. Needs ``start``, and no ``arrows``.
stacked     Side view: ``true`` draws the start above the end, both solid, with an arrow down from one to the other.
            The pose's ``arrows`` go on the start, saying what to do from there, or on the end where they would run
            over the start. Needs ``start``. Prefer ``numbered``: the sit back stretch, drawn so until round 55,
            read better numbered (reviewers took the long arrow between for "move down").
numbered    Side, front or foot view (or a wrist stretch's hand view): ``true`` draws the start and the end, both
            solid, numbered 1 and 2 at their top left, one above the other or side by side, whichever the picture's
            box draws bigger (lying down, one above the other; sitting, side by side), with no arrow between (unlike
            ``stacked``); the pose's ``arrows`` go on the end, picture 2 (a bridge, a clam: a faint start over the
            end knotted with it, and left out, reviewers missed the start). Without ``arrows``, picture 2 has the
            arrow that follows the movement from where picture 1 has the moving part (the hamstring stretch: a seated
            lean's arc about the hips). Standing (a mini squat, a step up), side by side too, each number up by the
            head rather than by the back foot. With ``view: foot`` the two close-ups, wide and low, go one above the
            other, each widened to show the whole foot and towel; a towel under the foot lies flat in picture 1 and
            is rucked up only by toes curled (a towel scrunch: faint lifted toes were missed); a hand holding the
            toes (a foot stretch) is its close-up twice, side by side, the toes flat and then bent back, the arrow
            and the small seated person in picture 2. With ``view: hand``
            and ``helping_hand`` (a wrist stretch), picture 1 is the arm held out with the hand already bent,
            alone, and a short arrow round the wrist from straight to bent, and picture 2 the same hand with the other
            hand helping and the arrow (one picture, the other hand over the bent one, was "hard to see who does
            what"; a straight hand in picture 1 said little). Needs ``start``; leave out ``stacked``.
helping_hand  Hand view or ``inset: near_hand``: the other hand helps a stretch, drawn grey holding the near hand:
            ``fingers`` holds the fingers (palm side) to pull them back, ``back`` presses on the back of the hand. In
            the close-up the helping hand is placed from the near one, with a curved arrow. With ``view: hand`` and
            palm up or down (a wrist stretch) one big person from the head to the hips side-on, the arm straight out
            and its hand drawn big, bent up (the palm, a "stop" hand) or hanging (the back of the hand), the other
            hand grey on it, a curved arrow; with ``numbered``, the hand bent alone first. With ``inset:
            near_hand`` give ``far``'s arm angles so the other hand reaches the near one in the whole picture too.
from_above  Hand view only: ``true`` adds a round picture beside it of the near hand seen from above, so
            palm up and palm down cannot be mixed up: palm up is the open palm with its lines, the thumb
            nearest you and the tin or ball lying on it; palm down is the back of the hand with its knuckles
            and fingernails, the thumb away from you and the tin under it. The close-up is then not shaded.
            Needs ``near: {palm: up}`` or ``near: {palm: down}``.
working_muscle  Side view only: ``near_thigh`` or ``far_thigh`` draws the front of that thigh as a dark muscle
            swelling past its outline, with short lines fanning from it: the muscle tightening (a thigh squeeze).
            With ``numbered`` (or ``stacked``), and in print, only the end (picture 2) has it: the start is relaxed.
stretch_felt  Side view only: where a stretch is felt: ``near_thigh`` or ``far_thigh``, a dashed line with a
            head at each end pointing apart along the front of that thigh from the hip (the front of the hip);
            ``near_calf`` or ``far_calf``, that calf muscle shaded dark behind the shin (a calf stretch).
faint_start ``false`` leaves the faint start out of the still picture of the whole person, where it would lie
            over the end and muddle it (a clam's top leg, a kneeling lunge's legs); the moving picture still
            moves between the two positions and the printed one still shows both. Needs start.
hold        ``true`` for a position held still (standing on one leg): a small stopwatch beside the person
            says "hold" where an arrow would say "move". Leave out start and arrows.
toes        Foot view only: the near foot's toes, flat (default), up (pulled back) or curled.
            In view: foot, a near hand whose fingertips reach the toes holds them: it is drawn from the toes,
            its fingers under them, with a curved arrow over the foot towards the shin; the foot and lower
            leg are drawn smooth, resting on the other knee seen from the front (leave out far's leg angles).
            This close-up is drawn big in a circle beside the person sitting facing you, that foot across the
            other knee (the foot and toe stretch).
close_up    ``true`` leaves out the legs and draws the rest twice as big (for hand and wrist
            exercises). Leave out floor and chair; a table is drawn with short legs. With ``view: back``,
            the back drawn big from behind from the hips up, the arms by the sides and the
            shoulder blades shaded: faint further apart at the start, solid close to the spine at the end
            with ``shoulders: back``, an arrow each side pointing in at the blade (the shoulder blade squeeze);
            leave out arrows and props.
            With ``inset: head`` side-on and a start, only the head close-up, big, filling the picture (no
            person, no circle): the head, neck and shoulders, the start's head faint, the end's solid, and a
            level arrow back in front of the face (a chin tuck); leave out props.
inset       A body point (as for arrows) to show again in a round close-up beside the person: head
            for a neck exercise (the picture magnified; side-on with a start, the head and neck drawn big in a
            bigger circle, the start faint and an arrow back at the chin; with close_up, that close-up alone,
            filling the picture: a chin tuck), near_hand for a
            wrist exercise (the hand drawn in detail, as view: hand draws it, palm side shaded, without a far
            hand holding it), near_foot for an ankle exercise (the bare foot and lower leg side-on, with the
            pose's arrow at near_foot drawn big in the close-up, a clockwise or anticlockwise loop round the
            whole foot: ankle circles; the person then has no arrow).
            Facing you (view: front), near_hand shows both hands pressed palm to palm, fingers up, with the
            forearms out to the elbows, as the pose places them (a prayer stretch): the start faint, and the
            arrow down beside the hands in the close-up, none in the whole picture. Facing you, near_elbow
            draws, instead of the person and an inset, two pictures numbered 1 and 2 of the person from
            the hips up, seen a little from above: the elbow tucked in at the side and the forearm held
            level, its ``elbow`` angle pointing it out to the side (90), forwards (0) or across the front
            (negative), the start in picture 1 and the end in picture 2 with a curved arrow round the
            elbow (an outward rotation). Side-on, near_heel (or far_heel) with a step under that foot shows the
            step's edge big: the ball of the foot on it, the heel below its top as the pose tilts the foot, and
            a down arrow at the heel goes behind it there, from the start's height (heel drops), not in the
            whole picture. Not with ``numbered`` or ``stacked``: their two pictures leave no room for it.

The person is placed so their lowest point rests on the floor (or on the bed, mat or step).
"""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, Field, model_validator

from .common import Strict

PropName = Literal[
    "floor", "chair", "table", "wall", "step", "towel", "ball", "tin", "weight", "band", "mat", "bed", "cushion",
    "handrail",
]
Anchor = Literal["hip", "near_hand", "far_hand", "hands", "near_foot", "far_foot", "near_knee", "far_knee",
                 "near_elbow"]
Landmark = Literal[
    "head", "chest", "waist", "hip", "near_shoulder", "near_elbow", "near_hand", "near_knee", "near_foot",
    "near_heel", "near_toes", "far_shoulder", "far_elbow", "far_hand", "far_knee", "far_foot", "far_heel", "far_toes",
]
Direction = Literal[
    "up", "down", "left", "right", "up_left", "up_right", "down_left", "down_right", "clockwise", "anticlockwise"
]
FingerShape = Literal["straight", "hook", "fist", "tabletop", "flat_fist", "grip", "cupped"]
ToeShape = Literal["flat", "up", "curled"]
HelpingHand = Literal["fingers", "back"]
WorkingMuscle = Literal["near_thigh", "far_thigh"]
StretchedMuscle = Literal["near_thigh", "far_thigh", "near_calf", "far_calf"]


def _in_range(low: float, high: float):
    """Degrees from low to high: checked in plain words, and the bounds in the JSON Schema, so the editor's number
    fields refuse 900 as `check` does (the form had no bounds, and saved it)."""
    def check(value: float) -> float:
        if not low <= value <= high:
            raise ValueError(f"must be between {low:g} and {high:g} degrees, not {value:g}")
        return value
    return Annotated[float, AfterValidator(check), Field(json_schema_extra={"minimum": low, "maximum": high})]


Angle = _in_range(-180, 180)
HANDS = ("near_hand", "far_hand")
PROP_PLACES: dict[str, tuple[str, ...]] = {
    "chair": ("hip",) + HANDS, "table": HANDS, "wall": HANDS, "ball": HANDS, "tin": HANDS,
    "weight": HANDS, "band": ("hands", "near_foot", "far_foot"),
    "step": ("near_foot", "far_foot"), "handrail": HANDS, "cushion": ("near_knee", "far_knee"), "floor": (), "mat": (), "bed": (),
    "towel": HANDS + ("hands", "near_foot", "far_foot", "near_knee", "far_knee", "near_elbow"),
}
# Lying on your back is -90 and face down 90; a bridge tips past them. Upside down (180) is no home exercise.
Trunk = _in_range(-135, 135)
Curve = _in_range(-60, 60)
Roll = _in_range(-80, 80)

Palm = Literal["up", "down", "in"]
HandShape = Literal["open", "crossed"]
Shoulders = Literal["level", "raised", "back"]
# Insets at these points show a close-up of the hand or foot (as view: hand or foot draws it), not the picture
# magnified.
DETAIL_INSETS = {"near_hand": "hand", "near_foot": "foot"}
JOINTS = ("shoulder", "elbow", "wrist", "hip", "knee", "ankle")

# The range each angle can reach, in degrees, as this drawing measures it (see the guide above). Side view angles
# bend one way; front and back views measure some joints sideways, where both ways are possible. Generous on
# purpose: they catch a wrong sign or a typo (a knee bent backwards, 900 for 90), not a stiff patient.
JOINT_LIMITS: dict[str, dict[str, tuple[float, float]]] = {
    "side": {"shoulder": (-70, 180), "elbow": (0, 160), "wrist": (-90, 90), "hip": (-40, 150),
             "knee": (0, 160), "ankle": (-40, 90), "neck": (-70, 70)},
    "front": {"shoulder": (-90, 180), "elbow": (-160, 160), "wrist": (-90, 90), "hip": (-45, 60),
              "knee": (-90, 90), "ankle": (-40, 90), "neck": (-50, 50)},
}


class Limb(Strict):
    """Joint angles for one arm and one leg; unset angles are filled in by the pose."""

    shoulder: Angle | None = None
    elbow: Angle | None = None
    wrist: Angle | None = None
    hip: Angle | None = None
    knee: Angle | None = None
    ankle: Angle | None = None
    palm: Palm | None = None
    hand: HandShape | None = None

    def over(self, base: "Limb") -> "Limb":
        """This limb's angles, with base's wherever this one leaves an angle unset."""
        mine = self.model_dump(exclude_none=True)
        return Limb.model_validate({**base.model_dump(exclude_none=True), **mine})


class Prop(Strict):
    """A prop with an explicit place."""

    name: PropName
    at: Anchor | None = None

    @model_validator(mode="after")
    def _check_place(self) -> "Prop":
        places = PROP_PLACES[self.name]
        if self.at is not None and self.at not in places:
            where = f"at can be {', '.join(places)}" if places else "it goes under the whole person, so leave out at"
            raise ValueError(f"a {self.name} cannot go at {self.at}: {where}")
        return self


class Arrow(Strict):
    """A movement arrow next to a body point."""

    at: Landmark
    towards: Direction
    pointing: Literal["away", "at"] = "away"


class Position(Strict):
    """The start of the movement: only what differs from the end position."""

    trunk: Trunk | None = None
    back: Curve | None = None
    neck: Angle | None = None
    head_turn: _in_range(-90, 90) | None = None
    roll: Roll | None = None
    shoulders: Shoulders | None = None
    near: Limb = Limb()
    far: Limb = Limb()
    fingers: FingerShape | None = None
    toes: ToeShape | None = None


class Pose(Strict):
    """A compact, clinician-editable description of an exercise position (the end) and where it starts."""

    view: Literal["side", "front", "back", "hand", "foot", "feet", "head"] = "side"
    trunk: Trunk = 0
    back: Curve = 0
    neck: Angle = 0
    head_turn: _in_range(-90, 90) = 0
    roll: Roll = 0
    shoulders: Shoulders = "level"
    near: Limb = Limb()
    far: Limb = Limb()
    start: Position | None = None
    steps: tuple[Position, ...] = ()
    props: tuple[PropName | Prop, ...] = ()
    arrows: tuple[Arrow, ...] = ()
    fingers: tuple[FingerShape, ...] = ()
    toes: ToeShape = "flat"
    helping_hand: HelpingHand | None = None
    both_ways: bool = False
    bold_arrows: bool = False
    stacked: bool = False
    numbered: bool = False
    from_above: bool = False
    working_muscle: WorkingMuscle | None = None
    stretch_felt: StretchedMuscle | None = None
    hold: bool = False
    faint_start: bool = True
    close_up: bool = False
    inset: Landmark | None = None

    @model_validator(mode="after")
    def _check_view_fields(self) -> "Pose":
        if (self.head_turn or (self.start and self.start.head_turn)) and self.view not in ("front", "head"):
            raise ValueError("head_turn is only used with view: front or head")
        if (self.roll or (self.start and self.start.roll)) and self.view != "feet":
            raise ValueError("roll is only used with view: feet")
        if len(self.fingers) > 3:
            raise ValueError("fingers takes 1 to 3 shapes, e.g. [straight, hook, fist]")
        starts = self.start or Position()
        if (self.fingers or starts.fingers) and "hand" not in (self.view, self.detail):
            raise ValueError("fingers is only used with view: hand or inset: near_hand")
        if (self.toes != "flat" or starts.toes) and "foot" not in (self.view, self.detail):
            raise ValueError("toes is only used with view: foot or inset: near_foot")
        if len(self.fingers) > 1 and self.start:
            raise ValueError("a sequence of fingers shapes is drawn in turn, so leave out start")
        if len(self.steps) > 2:
            raise ValueError("steps lists the one or two positions between the start and the end, in turn")
        if self.steps and not self.start:
            raise ValueError("steps lists the positions between the start and the end: give start too")
        if self.steps and self.view not in ("side", "front", "back"):
            raise ValueError("steps draws the whole person in each step: use it with view: side, front or back")
        if self.both_ways and (not self.start or self.arrows):
            raise ValueError("both_ways puts a head on each end of the arrow from start to end: give start, not arrows")
        helped = self.view == "hand" and self.helping_hand is not None
        if self.numbered and (not self.start or self.view not in ("side", "front", "foot") and not helped
                              or self.stacked):
            raise ValueError("numbered draws the start and the end as pictures numbered 1 and 2: give start, with "
                             "view: side, front or foot (or hand, with helping_hand), and leave out stacked")
        if self.inset and (self.numbered or self.stacked):
            # The two pictures leave no room for a round close-up beside the person: it was silently left out.
            raise ValueError("inset is not drawn with numbered or stacked pictures (they show the start and the end "
                             "instead): leave out one of them")
        if self.stacked and (not self.start or self.view != "side"):
            raise ValueError("stacked draws the start above the end seen from the side: give start, with view: side")
        if "open" in (self.near.hand, self.far.hand) and self.side_on:
            raise ValueError("hand: open is only used with view: front or back (side-on, use fingers in a close-up)")
        if "crossed" in (self.near.hand, self.far.hand) and self.view != "side":
            raise ValueError("hand: crossed folds the arms across the chest seen from the side: use it with view: side")
        if self.from_above and (self.view != "hand" or self.near.palm not in ("up", "down")):
            raise ValueError("from_above shows the near hand palm up or palm down from above: use it with view: hand "
                             "and near: {palm: up} or {palm: down}")
        if self.working_muscle and self.view != "side":
            raise ValueError("working_muscle shades the front of a thigh seen from the side: use it with view: side")
        if self.stretch_felt and self.view != "side":
            raise ValueError("stretch_felt marks a thigh or calf seen from the side: use it with view: side")
        if not self.faint_start and not self.start:
            raise ValueError("faint_start: false leaves the faint start out of the still picture: give start, or "
                             "leave faint_start out")
        if self.hold and (self.start or self.arrows or self.steps):
            raise ValueError("hold draws a position held still, with a stopwatch instead of arrows: leave out start, "
                             "steps and arrows")
        if self.helping_hand and "hand" not in (self.view, self.detail):
            raise ValueError("helping_hand is only used with view: hand or inset: near_hand")
        if ("towel", "near_elbow") in self.placements() and (self.view, self.inset) != ("front", "near_elbow"):
            # Only the outward rotation picture draws a towel between the elbow and the side; elsewhere it would
            # be lost.
            raise ValueError("a towel at near_elbow is drawn between the elbow and the side only in the outward "
                             "rotation picture: use it with view: front and inset: near_elbow")
        if self.view == "back" and self.close_up and (self.arrows or self.props):
            # The shoulder blades seen big from behind draw their own arrows and no props: given, they were lost.
            raise ValueError("view: back with close_up draws the shoulder blades big from behind, with an arrow each "
                             "side of its own: leave out arrows and props")
        if self.view in ("hand", "foot") and (self.close_up or self.inset):
            raise ValueError(f"view: {self.view} is already a close-up; leave out inset and close_up")
        return self

    @property
    def detail(self) -> str | None:
        """The close-up an inset shows (hand or foot), when it shows one rather than the picture magnified."""
        return DETAIL_INSETS.get(self.inset or "")

    @property
    def side_on(self) -> bool:
        """Whether the person is seen from the side (the side view and its close-ups)."""
        return self.view in ("side", "hand", "foot")

    def at_start(self) -> "Pose | None":
        """The start position as a whole pose (props and arrows left out), or None when the pose is held still."""
        if self.start is None:
            return None
        changes = self.start.model_dump(exclude_none=True, exclude={"near", "far", "fingers"})
        if self.start.fingers:
            changes["fingers"] = (self.start.fingers,)
        near, far = self.start.near.over(self.near), self.start.far.over(self.far)
        return self.model_copy(update={**changes, "near": near, "far": far, "start": None, "props": (), "arrows": ()})

    def placements(self) -> list[tuple[str, str | None]]:
        """Each prop with its place (None for one under the whole person), the default filled in where the pose
        gives none: the first of PROP_PLACES, as the clinicians' guide above says."""
        out: list[tuple[str, str | None]] = []
        for prop in self.props:
            name, at = (prop, None) if isinstance(prop, str) else (prop.name, prop.at)
            places = PROP_PLACES[name]
            out.append((name, at or (places[0] if places else None)))
        return out

    def limits(self) -> dict[str, tuple[float, float]]:
        """The range of each angle in this pose's view (JOINT_LIMITS)."""
        # Seen from the feet the legs bend as side-on, and the arms only lie out to the side.
        return JOINT_LIMITS["side" if self.side_on or self.view == "feet" else "front"]
