"""A sitting lean: the trunk tips forwards from the hips while the legs stay where they are (a hamstring stretch)."""
from __future__ import annotations

from msksite.schema.pose import Limb, Pose

from .props import placements


def leans_in_place(pose: Pose) -> bool:
    """Whether the start differs from the end only by the trunk leaning, seated, the legs staying put (hip angles are
    measured from the trunk, so a hip that changes by the lean keeps the thigh where it was). The faint upright start
    is then left out of the still: it stood on the chair back and over the leaning body, and reviewers saw a tangle;
    the curved arrow over the head shows the lean."""
    start = pose.start
    if start is None or start.trunk is None or all(name != "chair" for name, _ in placements(pose)):
        return False
    lean = pose.trunk - start.trunk
    hip = start.near.hip
    return lean != 0 and hip is not None and (pose.near.hip or 0) - hip == lean \
        and start.near.knee is None and start.near.ankle is None and start.far == Limb()
