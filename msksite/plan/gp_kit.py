"""The GP surgery kit: every leaflet's permanent address and QR code on one page, and the QR code files."""
from __future__ import annotations

from .. import addresses
from ..model import Site
from .leaflets import leaflets_by_area
from .page import File, Page


def gp_kit_pages(site: Site) -> list[Page]:
    qr_of = {leaflet.slug: addresses.qr(leaflet.slug) for leaflet in site.leaflets}
    return [Page(addresses.GP_KIT, "for_gp_surgeries.html", "Leaflets for GP surgeries",
                 {"areas": leaflets_by_area(site), "qr_of": qr_of})]


def qr_files(site: Site) -> list[File]:
    """A QR code of each leaflet's full address (base_url included), as printed on paper."""
    return [File(addresses.qr(l.slug), "qr", site.config.base_url + l.url) for l in site.leaflets]
