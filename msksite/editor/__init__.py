"""The browser editor at /admin/: Decap CMS, pinned from npm, with a config made from our schema at build time.

A site has the editor only when site_config.yaml has an `editor:` block; without it, not one file under /admin/
is written and no other page changes. /admin/ is for editors, not patients: `noindex`, outside the sitemap and
the search index, with its own security headers in netlify.toml.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import yaml
from jinja2 import Template

from .. import addresses
from ..assets import SOURCE_MAP
from ..model import Site
from ..problems import Problems
from ..wording import CARE_CARDS
from .collections import collections

DECAP_DIST = Path("node_modules/decap-cms/dist")
# Decap's main file and the parts it loads on demand, from the same folder (webpack finds them beside itself).
DECAP_FILES = re.compile(r"^(\d+\.)?decap-cms\.js$|\.wasm$")
LOCAL_PROXY = "http://127.0.0.1:8081/api/v1"  # where `build.py edit` runs decap-server


def decap_config(site: Site, proxy: str = LOCAL_PROXY) -> dict:
    """Decap's config.yml: the GitHub backend with drafts as pull requests, the local proxy, and the collections."""
    editor = site.config.editor
    backend = {"name": "github", "repo": editor.repo, "branch": editor.branch, "squash_merges": True}
    if editor.auth_url:
        backend["base_url"] = editor.auth_url
    return {
        "backend": backend,
        # Used only when /admin/ is opened on this computer (localhost) and `build.py edit` is running.
        "local_backend": {"url": proxy},
        "publish_mode": "editorial_workflow",
        "site_url": site.config.base_url,
        "display_url": site.config.base_url,
        # Decap needs somewhere for uploads; the leaflet format has no images, so nothing here is published.
        "media_folder": "content/media",
        "public_folder": "/media",
        "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
        "collections": collections(list(site.red_flags)),
    }


def editor_data(site: Site, assets: dict[str, str]) -> dict:
    """What the previews need beside the entry: the site's CSS, and every red flag's wording and tier."""
    return {"styles": [assets["nhsuk_css"], assets["site_css"]],
            "maxReadingAge": site.config.max_reading_age,
            "careCards": {tier: {"variant": variant, "heading": heading} for tier, (variant, heading) in CARE_CARDS.items()},
            "flags": {flag.id: {"text": flag.text, "tier": flag.tier} for flag in site.red_flags}}


def editor_files(root: Path, site: Site, layouts: Path, assets: dict[str, str], problems: Problems,
                 proxy: str = LOCAL_PROXY) -> dict[str, str | bytes]:
    """Every file under /admin/, or nothing when the site has no editor."""
    if site.config.editor is None:
        return {}
    dist = root / DECAP_DIST
    if not dist.is_dir():
        problems.add(root / "package.json", None, "decap-cms is not installed, and site_config.yaml turns the editor on",
                     "run `make setup` (or `npm ci`)")
        return {}
    admin = addresses.ADMIN.strip("/")
    files: dict[str, str | bytes] = {f"{admin}/decap/{path.name}": _decap_file(path)
                                     for path in sorted(dist.iterdir()) if DECAP_FILES.search(path.name)}
    files[f"{admin}/config.yml"] = yaml.safe_dump(decap_config(site, proxy), sort_keys=False, allow_unicode=True)
    files[f"{admin}/editor-data.json"] = json.dumps(editor_data(site, assets), sort_keys=True)
    for name in ("editor.js", "editor.css"):
        files[f"{admin}/{name}"] = (layouts / "admin" / name).read_text(encoding="utf-8")
    page = Template((layouts / "admin" / "index.html").read_text(encoding="utf-8"), autoescape=True)
    files[f"{admin}/index.html"] = page.render(site_name=site.config.site_name, urls=addresses)
    return files


def _decap_file(path: Path) -> bytes:
    data = path.read_bytes()
    return SOURCE_MAP.sub("", data.decode("utf-8")).encode() if path.suffix == ".js" else data
