"""Stage 3, plan: every page and file of the site, computed once per run from the model.

Check, render, write and index all work from this one plan, so a page cannot be counted, addressed or
listed differently in two places. Each module here is one family of outputs; addresses come from msksite.addresses.
"""
from __future__ import annotations

from .. import addresses
from ..memo import NO_MEMO, Memo
from ..model import Site
from .directory import directory, directory_pages, find_data, practice_views
from .exercises import drawing_files, exercise_pages
from .gp_kit import gp_kit_pages, kit_entries, qr_files
from .leaflets import leaflet_pages
from .moves import redirects
from .page import File, Page, Plan
from .search import search_page, search_terms

__all__ = ["File", "Page", "Plan", "plan_site"]


def plan_site(site: Site, memo: Memo = NO_MEMO) -> Plan:
    """The whole site: pages in a stable order, then the files beside them.

    With a memo (`serve`), the entries made for each leaflet (its page, exercise sheet, kit entries, poster and QR
    code) are last time's very objects while what they are made from is unchanged, so comparing this plan with the
    last one (Plan.changed_since) costs little.
    """
    views = directory(site)
    by_code = practice_views(site, views)  # every practice's view, for its pages, the lookup data and the kit
    kit = kit_entries(site, views, by_code, memo)  # the GP kit's entries, for its pages and its QR codes alike
    redirect_pages, redirect_files = redirects(site)
    pages = [*leaflet_pages(site, memo), *directory_pages(site, views, by_code), search_page(site),
             *exercise_pages(site, memo), *gp_kit_pages(kit, memo),
             Page(addresses.NOT_FOUND, "404.html", "Page not found", in_sitemap=False), *redirect_pages]
    pages += site_files(pages)
    files = [*find_data(site, views, by_code), search_terms(site, views, memo), *drawing_files(site), *qr_files(kit, memo),
             *redirect_files]
    return Plan(tuple(pages), tuple(files))


def site_files(pages: list[Page]) -> list[Page]:
    """The sitemap (sorted, so it changes only when addresses do) and robots.txt."""
    urls = sorted(page.url for page in pages if page.in_sitemap)
    return [Page(addresses.SITEMAP, "sitemap.xml", "Sitemap", {"urls": urls}, in_sitemap=False),
            Page(addresses.ROBOTS, "robots.txt", "robots", in_sitemap=False)]
