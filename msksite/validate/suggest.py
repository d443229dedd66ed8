"""'Did you mean ...?': the one place a misspelt name is matched against the names that exist."""
from __future__ import annotations

import difflib
from collections.abc import Iterable


def suggest(name: str, known: Iterable[str], otherwise: str) -> str:
    """A hint naming the closest known name, or `otherwise` when nothing is close."""
    match = difflib.get_close_matches(str(name), sorted(known), n=1)
    return f"did you mean `{match[0]}`?" if match else otherwise
