"""The shape of every source file, as pydantic models: unknown keys are errors, values are typed and immutable.

One module per source kind; this package re-exports them so callers import from `msksite.schema`.
"""
from .common import BODY_AREAS, BodyArea, Slug, Strict, Text
from .config import SiteConfig
from .directory import DistrictEntry, DistrictsFile, Practice, PracticesFile, Service, ServicesFile
from .exercise import ExerciseMeta
from .leaflet import FlagRef, LeafletMeta, PageMeta, SafetyNetting, SharedSectionMeta
from .pose import Pose
from .red_flags import RedFlag, RedFlagLibrary

__all__ = ["BODY_AREAS", "BodyArea", "DistrictEntry", "DistrictsFile", "ExerciseMeta", "FlagRef", "LeafletMeta", "PageMeta",
           "Pose", "Practice", "PracticesFile", "RedFlag", "RedFlagLibrary", "SafetyNetting", "Service", "SharedSectionMeta", "ServicesFile", "SiteConfig", "Slug",
           "Strict", "Text"]
