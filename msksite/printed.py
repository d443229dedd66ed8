"""How a full address is written on paper, wherever it comes from: a template (the `address` filter) or a link in a
clinician's Markdown. One home, so every printed address breaks the same way."""
from __future__ import annotations

import re

from markupsafe import Markup

# The scheme and host with the slash after them, then each following part with its slash (or the part at the end).
_ADDRESS_PARTS = re.compile(r"^[a-z][a-z0-9+.-]*://[^/]*/?|[^/]*/|[^/]+", re.I)


def printed_address(address: str) -> Markup:
    """A full address that may break only after a slash: never inside a name, nor at a hyphen, where a reader would
    take the hyphen for a word break and type the address without it (site.css keeps each part on one line)."""
    parts = _ADDRESS_PARTS.findall(address)
    return Markup('<span class="app-address">{}</span>').format(
        Markup("<wbr>").join(Markup("<span>{}</span>").format(part) for part in parts))


def on_paper(address: str) -> Markup:
    """An external link's address after its words, in brackets, only on paper: there the words alone lead nowhere."""
    return Markup('<span class="app-print-only" data-pagefind-ignore> ({})</span>').format(printed_address(address))
