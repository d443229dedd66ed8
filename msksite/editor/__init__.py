"""The browser editor at /admin/: Decap CMS, pinned from npm, with a config made from our schema at build time.

A site has the editor only when site_config.yaml has an `editor:` block; without it, not one file under /admin/
is written and no other page changes. /admin/ is for editors, not patients: `noindex`, outside the sitemap and
the search index, with its own security headers in netlify.toml.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import yaml
from jinja2 import Template

from .. import addresses
from ..assets import SOURCE_MAP
from ..model import Site
from ..problems import Problems
from ..schema import RedFlag, SiteConfig
from ..schema.common import UNREVIEWED_START, UNREVIEWED_WORDS
from ..wording import CARE_CARDS
from .collections import collections

DECAP_DIST = Path("node_modules/decap-cms/dist")
# Decap's main file and the parts it loads on demand, from the same folder (webpack finds them beside itself).
DECAP_FILES = re.compile(r"^(\d+\.)?decap-cms\.js$|\.wasm$")
LOCAL_PROXY = "http://127.0.0.1:8081/api/v1"  # where `build.py edit` runs decap-server
ADMIN = addresses.ADMIN.strip("/")  # the output folder


def decap_config(config: SiteConfig, flags: tuple[RedFlag, ...], proxy: str = LOCAL_PROXY) -> dict:
    """Decap's config.yml: the GitHub backend with drafts as pull requests, the local proxy, and the collections."""
    editor = config.editor
    backend = {"name": "github", "repo": editor.repo, "branch": editor.branch, "squash_merges": True}
    if editor.auth_url:
        backend["base_url"] = editor.auth_url
    return {
        "backend": backend,
        # Used only when /admin/ is opened on this computer (localhost) and `build.py edit` is running.
        "local_backend": {"url": proxy},
        "publish_mode": "editorial_workflow",
        "site_url": config.base_url,
        "display_url": config.base_url,
        # Decap needs somewhere for uploads; the leaflet format has no images, so nothing here is published.
        "media_folder": "content/media",
        "public_folder": "/media",
        "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
        "collections": collections(list(flags)),
    }


def editor_data(config: SiteConfig, flags: tuple[RedFlag, ...], styles: tuple[str, ...]) -> dict:
    """What the previews need beside the entry: the site's CSS, every red flag's wording and tier, and the words
    that mark an entry no clinician has reviewed yet."""
    return {"styles": list(styles), "maxReadingAge": config.max_reading_age,
            "unreviewed": {"start": UNREVIEWED_START, "words": list(UNREVIEWED_WORDS)},
            "careCards": {tier: {"variant": variant, "heading": heading} for tier, (variant, heading) in CARE_CARDS.items()},
            "flags": {flag.id: {"text": flag.text, "tier": flag.tier} for flag in flags}}


def editor_files(root: Path, site: Site, layouts: Path, assets: dict[str, str], problems: Problems,
                 proxy: str = LOCAL_PROXY) -> dict[str, str | bytes]:
    """Every file under /admin/, or nothing when the site has no editor.

    Both halves are remembered (`serve` rebuilds many times): Decap and the page until the layouts change, the
    config until the site's config or red flags do.
    """
    if site.config.editor is None:
        return {}
    if not (root / DECAP_DIST).is_dir():
        problems.add(root / "package.json", None, "decap-cms is not installed, and site_config.yaml turns the editor on",
                     "run `make setup` (or `npm ci`)")
        return {}
    styles = (assets["nhsuk_css"], assets["site_css"])
    return {**_page_files(root, layouts, _layouts_stamp(layouts), site.config.site_name),
            **_config_files(site.config, site.red_flags, proxy, styles)}


def _layouts_stamp(layouts: Path) -> tuple:
    return tuple((path.name, path.stat().st_mtime_ns) for path in sorted((layouts / "admin").iterdir()))


@lru_cache(maxsize=2)
def _page_files(root: Path, layouts: Path, stamp: tuple, site_name: str) -> dict[str, str | bytes]:
    """Decap's files (read from npm's copy), the admin page and our script and styles."""
    files: dict[str, str | bytes] = {f"{ADMIN}/decap/{path.name}": _decap_file(path)
                                     for path in sorted((root / DECAP_DIST).iterdir()) if DECAP_FILES.search(path.name)}
    for name in ("editor.js", "editor.css"):
        files[f"{ADMIN}/{name}"] = (layouts / "admin" / name).read_text(encoding="utf-8")
    page = Template((layouts / "admin" / "index.html").read_text(encoding="utf-8"), autoescape=True)
    files[f"{ADMIN}/index.html"] = page.render(site_name=site_name, urls=addresses)
    return files


@lru_cache(maxsize=2)
def _config_files(config: SiteConfig, flags: tuple[RedFlag, ...], proxy: str, styles: tuple[str, ...]) -> dict[str, str]:
    return {f"{ADMIN}/config.yml": yaml.safe_dump(decap_config(config, flags, proxy), sort_keys=False, allow_unicode=True),
            f"{ADMIN}/editor-data.json": json.dumps(editor_data(config, flags, styles), sort_keys=True)}


def _decap_file(path: Path) -> bytes:
    data = path.read_bytes()
    return SOURCE_MAP.sub("", data.decode("utf-8")).encode() if path.suffix == ".js" else data
