"""Links that never break: QR codes, the GP surgery kit page, Netlify redirects, and the published-address guard."""
from __future__ import annotations

import io
from pathlib import Path

import segno

from .model import Leaflet, Site
from .problems import Problems

PUBLISHED = "published-addresses.txt"


def qr_url(leaflet: Leaflet) -> str:
    return f"/qr/{leaflet.slug}.svg"


def qr_svg(address: str) -> str:
    """A QR code of the full address, as a small SVG; error level M survives a smudged printout."""
    buffer = io.BytesIO()
    segno.make(address, error="m").save(buffer, kind="svg", scale=4, border=2, xmldecl=False, svgns=True,
                                        title=f"QR code for {address}")
    return buffer.getvalue().decode()


def redirects_file(site: Site) -> str:
    """Netlify's _redirects: a permanent (301) redirect from each old leaflet address to the current one."""
    # The exact address first, then everything under it (the exercise sheet), so no old link lands on a 404.
    lines = [line for leaflet in site.leaflets for old in leaflet.meta.redirect_from
             for line in (f"{old} {leaflet.url} 301", f"{old}* {leaflet.url}:splat 301")]
    return "".join(line + "\n" for line in lines)


def kit_files(site: Site) -> dict[str, str]:
    """The QR code of every leaflet and the redirects file."""
    files = {qr_url(l).lstrip("/"): qr_svg(site.config.base_url + l.url) for l in site.leaflets}
    files["_redirects"] = redirects_file(site)
    return files


def read_published(root: Path) -> list[tuple[int, str]]:
    """(line, address) for each address in published-addresses.txt; blank lines and # comments skipped."""
    path = root / PUBLISHED
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [(n, line.strip()) for n, line in enumerate(lines, 1) if line.strip() and not line.startswith("#")]


def check_published(root: Path, addresses: set[str], problems: Problems) -> None:
    """Every address the site has ever published must still answer, as a page or a redirect."""
    published = read_published(root)
    new = sorted(addresses - {address for _, address in published})
    if published and new:
        problems.warn(root / PUBLISHED, None, f"{len(new)} address(es) are not recorded yet, e.g. {new[0]}",
                      "run `python build.py addresses` so a later rename cannot break them")
    for line, address in published:
        if address not in addresses:
            problems.add(root / PUBLISHED, line, f"{address} was published, but the site no longer has it",
                         "GP surgeries may link to it: add it to `redirect_from` of the leaflet that replaces it")


def write_published(root: Path, addresses: set[str]) -> int:
    """Record every current address (keeping old ones); returns how many were new."""
    old = {address for _, address in read_published(root)}
    header = ("# Every address this site has published. `check` fails if one disappears without a redirect.\n"
              "# Add new ones with `python build.py addresses` after adding a leaflet, practice or page.\n")
    (root / PUBLISHED).write_text(header + "".join(f"{a}\n" for a in sorted(old | addresses)), encoding="utf-8")
    return len(addresses - old)
