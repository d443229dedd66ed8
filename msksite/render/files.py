"""Files beside the pages, each made from plain data by the renderer its kind names: JSON, drawings, QR codes."""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from html import escape
from typing import Any

import zxingcpp

from ..drawing import render_svg
from ..plan import File


def as_json(data: Any) -> str:
    """Compact and key-sorted, so the same data always gives the same bytes."""
    return json.dumps(data, separators=(",", ":"), sort_keys=True)


def drawing_svg(data: tuple) -> str:
    """One variant (still or moving) of an exercise's drawing, titled with its alt text."""
    pose, alt, variant = data
    return render_svg(pose, alt, variant)


QUIET_ZONE = 4  # modules of white round the code: the QR standard's minimum, for a code pasted on a coloured page
MODULE_PX = 4  # the downloaded file's size in pixels per module; pages size the image themselves


def qr_svg(address: str) -> str:
    """A QR code of the full address, as a small SVG; error level M survives a smudged printout."""
    # zxing-cpp (zint inside) chooses the mask in C++; segno's mask search in Python was 4 ms a code, most of a
    # national build's time.
    code = zxingcpp.create_barcode(address, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    image = code.to_image(scale=1, add_quiet_zones=False)
    side = image.shape[0] + 2 * QUIET_ZONE
    path = "".join(f"M{x + QUIET_ZONE} {y + QUIET_ZONE}h{n}v1h-{n}z" for y, x, n in _dark_runs(image))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {side} {side}" width="{side * MODULE_PX}" '
            f'height="{side * MODULE_PX}"><title>QR code for {escape(address)}</title>'
            f'<rect width="{side}" height="{side}" fill="#fff"/>'
            f'<path fill="#000" shape-rendering="crispEdges" d="{path}"/></svg>\n')


def _dark_runs(image) -> list[tuple[int, int, int]]:
    """(row, first column, length) of each run of dark modules, row by row: one short path step per run."""
    height, width = image.shape
    pixels = memoryview(image).tobytes()
    runs = []
    for y in range(height):
        row = pixels[y * width:(y + 1) * width]
        for match in re.finditer(b"\x00+", row):
            runs.append((y, match.start(), match.end() - match.start()))
    return runs


def redirects_text(pairs: list[tuple[str, str]]) -> str:
    """Netlify's _redirects: a permanent (301) redirect from each old address (of a leaflet, exercise, service or
    page) to the current one. Forced (`301!`): the same build writes a page at each old address for other hosts, and
    Netlify serves a file that exists before an unforced rule, so the 301, and a link's #section, would be lost."""
    # The exact address first, then everything under it (a leaflet's exercise sheet), so no old link lands on a 404.
    lines = [line for old, new in pairs for line in (f"{old} {new} 301!", f"{old}* {new}:splat 301!")]
    return "".join(line + "\n" for line in lines)


RENDERERS: dict[str, Callable[[Any], str]] = {
    "json": as_json, "drawing": drawing_svg, "qr": qr_svg, "redirects": redirects_text,
}


def render_file(file: File) -> str:
    return RENDERERS[file.kind](file.data)
