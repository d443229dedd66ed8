"""Exercises: each content/exercises/*.yaml against its schema (editorial limits included), as Exercise models,
and each drawing's pose against what a body can do."""
from __future__ import annotations

import copy
import re

from pydantic import ValidationError

from ..drawing.checks import PoseProblem, drawing_problems, limit_problems, pose_problems
from ..model import Exercise
from ..problems import Problems
from ..schema import ExerciseMeta
from ..schema.pose import Pose
from ..store import Store, fingerprint, key
from ..yamlsource import YamlDoc
from .errors import validate_doc

POSE = ("illustration", "pose")


def validate_exercises(docs: tuple[YamlDoc, ...], problems: Problems,
                       store: Store | None = None) -> tuple[Exercise, ...]:
    """Every exercise file that validates, in title order; a pose a body cannot take is reported but still drawn, and
    one the drawing code fails on is reported (through the store: a pose an earlier build drew is not tried again)."""
    found = []
    for doc in docs:
        meta = validate_doc(ExerciseMeta, doc, problems)
        if meta is None:
            for where, message, hint in _pose_alone(doc):
                problems.add(doc.path, doc.line_of(POSE + where), message, hint)
        else:
            pose = meta.illustration.pose
            for where, message, hint in pose_problems(pose) or _drawing_problems(pose, store):
                problems.add(doc.path, doc.line_of(POSE + where), message, hint)
            _check_pregnancy(meta, doc, problems)
            found.append(Exercise(doc.path.stem, meta))
    return tuple(sorted(found, key=lambda e: e.meta.title.lower()))


# Lying flat on the back late in pregnancy can press on a big blood vessel and make a person faint; NHS advice on
# exercise in pregnancy is not to lie on the back for long after 16 weeks. So an exercise that starts there says,
# before it starts, who should ask first. (Lying on the side, as the clam is done, is the usual advice instead.)
ON_BACK = re.compile(r"\bon your back\b", re.IGNORECASE)
PREGNANT = re.compile(r"\bpregnan", re.IGNORECASE)
PREGNANCY_LINE = ("If you are more than 16 weeks pregnant, ask your midwife or physio before doing this one. Lying on "
                  "your back for a long time can make you feel faint.")


def _check_pregnancy(meta: ExerciseMeta, doc: YamlDoc, problems: Problems) -> None:
    if ON_BACK.search(meta.starting_position) and not any(PREGNANT.search(line) for line in meta.check_first):
        problems.add(doc.path, doc.line_of(("starting_position",)),
                     "this exercise starts lying on your back, and no `check_first` line says what to do if pregnant",
                     f"add one under `check_first:`, such as: - {PREGNANCY_LINE}")


def _pose_alone(doc: YamlDoc) -> list[PoseProblem]:
    """When the exercise has a mistake, its pose is still judged, so every problem comes in one run: whole if the
    pose is sound on its own, else the joint ranges of the values left once those with mistakes are set aside (a
    hip at 900 degrees hid a knee bent backwards until it was mended)."""
    raw = doc.data.get("illustration") if isinstance(doc.data, dict) else None
    raw = raw.get("pose") if isinstance(raw, dict) else None
    data = copy.deepcopy(raw)
    while isinstance(data, dict):
        try:
            pose = Pose.model_validate(data)
        except ValidationError as err:
            # last first, so deleting an item of a list leaves the places of the earlier ones as they were
            locs = sorted((tuple(error["loc"]) for error in err.errors()), key=str, reverse=True)
            if not all(_set_aside(data, loc) for loc in locs):
                return []  # a mistake about the whole pose: nothing is left to judge
            continue
        return pose_problems(pose) if data == raw else limit_problems(pose)
    return []


def _set_aside(data: dict | list, loc: tuple) -> bool:
    """Delete the value at loc from data; False when there is none to delete (a mistake about a whole group)."""
    for key in loc[:-1]:
        data = _child(data, key)
    if not loc or _child(data, loc[-1]) is None:
        return False
    del data[loc[-1]]
    return True


def _child(data: object, key: object) -> object:
    if isinstance(data, dict):
        return data.get(key)
    if isinstance(data, list) and isinstance(key, int) and 0 <= key < len(data):
        return data[key]
    return None


def _drawing_problems(pose: Pose, store: Store | None) -> list[PoseProblem]:
    # Trying every drawing of every pose added 0.16 s to each build, a fifth of a rebuild with nothing changed (200
    # leaflets): only a pose that drew is remembered, so a failure is reported afresh, at the line the file has now.
    name = key("drawn", fingerprint(pose, {}))
    if store is not None and store.get(name) is not None:
        return []
    found = drawing_problems(pose)
    if store is not None and not found:
        store.put(name, b"")
    return found
