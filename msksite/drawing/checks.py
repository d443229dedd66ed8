"""What `check` says about a pose a body cannot take: a joint past its range, a start position through the floor,
or a start the same as the end; and about one the drawing code cannot draw. Each problem names the pose field it is
about, so it is reported on that line."""
from __future__ import annotations

from msksite.schema.pose import JOINTS, Limb, Pose

from .positions import below_floor, positions
from .scene import VARIANTS, scene

# (where in the pose, what is wrong, how to fix it)
PoseProblem = tuple[tuple[str | int, ...], str, str]
ANGLES_HINT = "check the number and its sign against the guide at the top of msksite/schema/pose.py"
# Joint names as a clinician says them.
BODY_WORDS = {"tip": "hand", "toe": "toes", "hip": "hips"}


def pose_problems(pose: Pose) -> list[PoseProblem]:
    """Every problem with the pose; empty when it can be drawn as written."""
    return limit_problems(pose) + (_start_problems(pose) if pose.start is not None else [])


def limit_problems(pose: Pose) -> list[PoseProblem]:
    """Only the joints' ranges: what can be judged of a pose some of whose values were left out as mistakes."""
    problems = _limit_problems(pose, (), pose)
    for i, step in enumerate(pose.steps):
        problems += _limit_problems(pose, ("steps", i), step)
    return problems + (_limit_problems(pose, ("start",), pose.start) if pose.start is not None else [])


def _limit_problems(pose: Pose, where: tuple[str | int, ...], source: Pose | object) -> list[PoseProblem]:
    # Only angles written in the file are checked: one left out is 0 or copied from one already checked.
    limits, view = pose.limits(), "side" if pose.side_on else "front and back"
    found: list[tuple[tuple[str | int, ...], str, float | None]] = [
        (where + ("neck",), "neck", getattr(source, "neck"))]
    for side in ("near", "far"):
        limb: Limb = getattr(source, side)
        found += [(where + (side, joint), joint, getattr(limb, joint)) for joint in JOINTS]
    problems = []
    for loc, joint, value in found:
        low, high = limits[joint]
        if value is not None and not low <= value <= high:
            problems.append((loc, f"`{'.'.join(map(str, loc))}` is {value:g} degrees, which a {joint} cannot bend "
                             f"(in {view} views it goes from {low:g} to {high:g})", ANGLES_HINT))
    return problems


def _start_problems(pose: Pose) -> list[PoseProblem]:
    start = pose.at_start()
    if start is not None and start.model_dump(exclude={"start"}) == pose.model_copy(
            update={"start": None, "props": (), "arrows": ()}).model_dump(exclude={"start"}):
        return [(("start",), "`start` is the same as the end position, so the drawing shows no movement",
                 "change the angles in `start:` to where the movement begins, or remove `start:` for a held position")]
    placed = positions(pose)
    through = below_floor(placed.start, placed.floor) if placed.start else []
    if through:
        words = list(dict.fromkeys(_words(name) for name in through))[:3]
        parts = " and ".join([", ".join(words[:-1]), words[-1]] if len(words) > 1 else words)
        return [(("start",), f"in the start position the {parts} would go through the floor "
                 f"(both positions rest on the {_words(placed.support)})",
                 "change the angles in `start:` so the body stays above the floor; arms and legs turn with the "
                 "trunk, so a new `trunk` may need new limb angles too")]
    return []


def drawing_problems(pose: Pose) -> list[PoseProblem]:
    """A pose the schema accepts that the drawing code fails on: reported at the pose, never a traceback mid-build
    (`tests/test_drawing_near_poses.py` tries every pose one word away from a shipped one; this catches the rest)."""
    for variant in VARIANTS:  # the page's, the moving one and the printed one
        try:
            scene(pose, variant)
        except Exception as error:  # noqa: BLE001 - whatever the drawing code raises, the clinician gets a line
            return [((), f"this pose cannot be drawn as written (the {variant} drawing failed: "
                         f"{type(error).__name__})",
                     "a pose word may not fit this view or the others: compare with an exercise drawn the same way in "
                     "content/exercises/, and with the pose words' guide at the top of msksite/schema/pose.py")]
    return []


def _words(name: str) -> str:
    # Near or far does not help here: the message is about the body, and both sides often go through together.
    part = name.split("_")[-1]
    return BODY_WORDS.get(part, part)
