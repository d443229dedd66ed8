"""Every address the site has, spelt once: here and nowhere else.

GP surgeries print these, put them in text messages and link to them, so an address is a promise: change one only
with a redirect (`redirect_from`), and `check` guards the ones already published (published-addresses.txt).
Templates get this module as `urls` and the objects they show carry their own `url`; no template spells a path.
"""
from __future__ import annotations

import re

HOME = "/"
ADMIN = "/admin/"  # the browser editor (editor/): for editors, never in the sitemap or the search index
CONDITIONS = "/conditions/"
EXERCISES = "/exercises/"
SERVICES = "/services/"
FIND = "/find/"
SELF_REFERRAL = "/self-referral/"
URGENT_HELP = SELF_REFERRAL + "#urgent-help"  # its first step: the signs that need urgent help, most urgent first
SEARCH = "/search/"
GP_KIT = "/for-gp-surgeries/"
NOT_FOUND = "/404.html"
SITEMAP = "/sitemap.xml"
ROBOTS = "/robots.txt"
REDIRECTS = "/_redirects"  # Netlify reads this file; other hosts get a small page at each old address
FIND_INDEX = "/find/data/index.json"  # what /find/ fetches first: which shards exist (plan/lookup.py)
SEARCH_TERMS = "/search/terms.json"
PAGEFIND = "/pagefind/"  # the index stage tells Pagefind to write its bundle here
ASSETS = "/assets/"  # CSS, JavaScript and images (assets.py)
QR = "/qr/"
# Folders the site's own machinery fills: no page or old address from the content may take an address in them.
RESERVED = (ADMIN, PAGEFIND, ASSETS, QR)
NHS_111_ONLINE = "https://111.nhs.uk/"  # the NHS's own urgent-help service, linked from every urgent card


def leaflet(slug: str) -> str:
    """/conditions/<file name>/: the leaflet's permanent address."""
    return f"{CONDITIONS}{slug}/"


def body_area(area: str) -> str:
    """A body area's part of the A to Z."""
    return f"{CONDITIONS}#{area}"


def exercise_sheet(leaflet_url: str) -> str:
    """A leaflet's exercises on one printable page; it moves with the leaflet, old addresses included."""
    return f"{leaflet_url}exercises/"


def exercise(exercise_id: str) -> str:
    return f"{EXERCISES}{exercise_id}/"


def drawing(exercise_id: str, variant: str = "still") -> str:
    """Each drawing is its own file, so pages stay small and the browser caches it; the moving variant sits
    beside the still one, named after it, so its address stays the one people know."""
    suffix = "" if variant == "still" else f"-{variant}"
    return f"{exercise(exercise_id)}drawing{suffix}.svg"


def service(service_id: str) -> str:
    return f"{SERVICES}{service_id}/"


def practice(ods_code: str) -> str:
    """/find/<ods code>/: the address a surgery gives its own patients."""
    return f"{FIND}{ods_code.lower()}/"


def practice_of(url: str) -> str | None:
    """The ODS code (in capitals) whose practice page, or its poster, url is; None for any other address."""
    match = re.fullmatch(rf"(?:{re.escape(poster(''))})?{re.escape(FIND)}([a-z]\d{{5}})/", url)
    return match.group(1).upper() if match else None


def find_shard(kind: str, key: str) -> str:
    """One shard of /find/'s lookup data: `names`, `areas` or `districts`, by lower-case key.

    The whole-site name shard has the key `_`; the index sends these addresses to the browser with `{key}` in place
    of the key, so find.js never spells them.
    """
    return f"{FIND}data/{kind}/{key}.json"


def towns(letter: str) -> str:
    """/find/towns/<letter>/: GP practices in towns starting with that letter, for people without JavaScript."""
    return f"{FIND}towns/{letter}/"


def qr_of(url: str) -> str:
    """The QR code of a page's full address, for printouts, posters and the GP kit: /qr/<the page's path>.svg."""
    return f"{QR.rstrip('/')}{url.rstrip('/')}.svg"


def qr(slug: str) -> str:
    """The QR code of a leaflet's address."""
    return qr_of(leaflet(slug))


def poster(url: str) -> str:
    """An A4 waiting-room poster for a page (a leaflet or a practice's page), under the GP kit."""
    return f"{GP_KIT}posters{url}"


def page(slug: str) -> str:
    """A general page from content/pages/, such as /about/."""
    return f"/{slug}/"


def output_path(url: str) -> str:
    """Where the file for an address is written, relative to the site folder."""
    return url.lstrip("/") + ("index.html" if url.endswith("/") else "")


def is_page_address(url: str) -> bool:
    """Addresses people visit and link to end in /; files (data, drawings, QR codes) do not."""
    return url.endswith("/")
