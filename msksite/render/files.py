"""Files beside the pages, each made from plain data by the renderer its kind names: JSON, drawings, QR codes."""
from __future__ import annotations

import io
import json
from collections.abc import Callable
from typing import Any

import segno

from ..drawing import render_svg
from ..plan import File


def as_json(data: Any) -> str:
    """Compact and key-sorted, so the same data always gives the same bytes."""
    return json.dumps(data, separators=(",", ":"), sort_keys=True)


def drawing_svg(data: tuple) -> str:
    """One variant (still, moving or pair) of an exercise's drawing, titled with its alt text."""
    pose, alt, variant = data
    return render_svg(pose, alt, variant)


def qr_svg(address: str) -> str:
    """A QR code of the full address, as a small SVG; error level M survives a smudged printout."""
    buffer = io.BytesIO()
    segno.make(address, error="m").save(buffer, kind="svg", scale=4, border=2, xmldecl=False, svgns=True,
                                        title=f"QR code for {address}")
    return buffer.getvalue().decode()


def redirects_text(pairs: list[tuple[str, str]]) -> str:
    """Netlify's _redirects: a permanent (301) redirect from each old leaflet address to the current one."""
    # The exact address first, then everything under it (the exercise sheet), so no old link lands on a 404.
    lines = [line for old, new in pairs for line in (f"{old} {new} 301", f"{old}* {new}:splat 301")]
    return "".join(line + "\n" for line in lines)


RENDERERS: dict[str, Callable[[Any], str]] = {
    "json": as_json, "drawing": drawing_svg, "qr": qr_svg, "redirects": redirects_text,
}


def render_file(file: File) -> str:
    return RENDERERS[file.kind](file.data)
