"""'Did you mean ...?': the one place a misspelt name is matched against the names that exist."""
from __future__ import annotations

import difflib
from collections.abc import Iterable


def close_match(name: str, known: Iterable[str]) -> str | None:
    """The known name closest to a misspelt one, or None when nothing is close."""
    match = difflib.get_close_matches(str(name), sorted(known), n=1)
    return match[0] if match else None


def suggest(name: str, known: Iterable[str], otherwise: str) -> str:
    """A hint naming the closest known name, or `otherwise` when nothing is close."""
    match = close_match(name, known)
    return f"did you mean `{match}`?" if match else otherwise
