"""The example site's exercise poses, for the drawing tests: one loader instead of a copy in each test file."""
from __future__ import annotations

from pathlib import Path

import yaml

from msksite.schema.pose import Pose

EXERCISES = Path(__file__).resolve().parent.parent / "content" / "exercises"
EXERCISE_IDS = sorted(path.stem for path in EXERCISES.glob("*.yaml"))


def exercise_pose(name: str) -> Pose:
    """The pose drawn for the exercise in content/exercises/<name>.yaml."""
    data = yaml.safe_load((EXERCISES / f"{name}.yaml").read_text(encoding="utf-8"))
    return Pose.model_validate(data["illustration"]["pose"])
