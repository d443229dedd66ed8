"""site_config.yaml against its schema."""
from __future__ import annotations

from ..problems import Problems
from ..schema import SiteConfig
from ..yamlsource import YamlDoc
from .errors import validate_doc


def validate_config(doc: YamlDoc | None, problems: Problems) -> SiteConfig | None:
    """The site's configuration, or None when it is missing (already reported by load) or invalid."""
    return validate_doc(SiteConfig, doc, problems) if doc else None
