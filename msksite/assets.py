"""Static assets: nhsuk-frontend's compiled CSS, JS and images from npm, and our own CSS and JS, fingerprinted."""
from __future__ import annotations

import hashlib
import html
import re
from pathlib import Path

from . import addresses
from .gate import refuse_link
from .problems import Problems
from .schema import SiteConfig

NHSUK_DIST = Path("node_modules/nhsuk-frontend/dist/nhsuk")
FINGERPRINTED = addresses.ASSETS.strip("/") + "/f"
IMAGES = addresses.ASSETS.strip("/") + "/images"  # nhsuk-frontend's CSS refers to its images here: names kept
# nhsuk-frontend's CSS fetches the Frutiger font from an NHS host; by default we use the system-font fallback
# so the site makes no third-party requests (privacy, and a Content-Security-Policy of 'self').
FONT_FACE = re.compile(r"@font-face\{[^}]*https?://[^}]*\}")
SOURCE_MAP = re.compile(r"/[*/]# sourceMappingURL=\S+( \*/)?")
# Our browser modules import each other by relative path (`import { el } from './dom.js'`), and each is served under
# its fingerprinted name, so these specifiers must become those names. We write these imports ourselves, always as a
# quoted './name.js' after `from` or `import`, so a regex finds them; a bundler would be a build tool to install and
# trust for a handful of small files. `import('./x.js')` is matched too; a specifier in a comment would be rewritten,
# which is harmless.
STATIC_IMPORT = re.compile(r"""\b(from|import)(\s*\(?\s*)(['"])\./([\w.-]+\.js)\3""")


class MissingAsset(Exception):
    """A template named an asset that does not exist: a bug in the layouts, never silently an empty URL."""


class StaticImportError(Exception):
    """An import between our JS modules that cannot be fingerprinted: a file that is not there, or a cycle."""


class AssetUrls(dict):
    """Asset URLs by name. Templates run with ChainableUndefined, so a typo would otherwise render as ''."""

    def __getattr__(self, name: str) -> str:
        if name.startswith("__"):
            raise AttributeError(name)
        if name not in self:
            raise MissingAsset(f"layouts ask for asset `{name}`; known assets: {', '.join(sorted(self))}")
        return self[name]


def collect_assets(root: Path, config: SiteConfig, problems: Problems) -> tuple[AssetUrls, dict[str, bytes]]:
    """(template names -> URLs, output path -> bytes) for every asset the pages use."""
    dist = root / NHSUK_DIST
    if not dist.is_dir():
        problems.add(root / "package.json", None, "nhsuk-frontend is not installed", "run `make setup` (or `npm ci`)")
        return AssetUrls(), {}
    files: dict[str, bytes] = {}
    urls = AssetUrls()
    css = (dist / "nhsuk-frontend.min.css").read_text(encoding="utf-8")
    css = SOURCE_MAP.sub("", css if config.external_fonts else FONT_FACE.sub("", css))
    urls["nhsuk_css"] = _fingerprint(files, "nhsuk-frontend.css", css.encode())
    nhsuk_js = _fingerprint(files, "nhsuk-frontend.js", SOURCE_MAP.sub("", (dist / "nhsuk-frontend.min.js").read_text()).encode())
    static = root / "layouts" / "static"
    for path in sorted(static.glob("*.css")):
        urls[path.stem.replace("-", "_") + "_css"] = _fingerprint(files, path.name, path.read_bytes())
    for name, url in fingerprint_scripts(files, static, nhsuk_js).items():
        urls[name.removesuffix(".js").replace("-", "_") + "_js"] = url
    for path in sorted((dist / "assets" / "images").iterdir()):
        # published as they are: a link out of the package would publish whatever it points to
        if not refuse_link(path, dist.resolve(), problems) and path.is_file():
            files[f"{IMAGES}/{path.name}"] = path.read_bytes()
    if config.nhs_organisation:
        urls["icon_svg"], urls["icon_ico"] = f"/{IMAGES}/favicon.svg", f"/{IMAGES}/favicon.ico"
    else:  # the NHS logo and NHS icons are only for NHS organisations
        urls["icon_svg"] = urls["org_logo"] = _fingerprint(files, "org-logo.svg", org_logo(config.organisation).encode())
    return urls, files


def org_logo(name: str) -> str:
    """A plain wordmark for an organisation that may not use the NHS logo: its name, white on NHS blue."""
    width = 16 + 9 * len(name)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} 40" width="{width}" height="40" role="img">'
            f'<title>{html.escape(name)}</title><rect width="{width}" height="40" fill="#005eb8"/>'
            f'<text x="8" y="26" fill="#fff" font-family="Arial, sans-serif" font-size="16" font-weight="bold">'
            f'{html.escape(name)}</text></svg>')


def fingerprint_scripts(files: dict[str, bytes], static: Path, nhsuk_js: str) -> dict[str, str]:
    """URLs of our JS modules by file name, each fingerprinted after the modules it imports so its hash covers theirs."""
    sources = {path.name: path.read_text(encoding="utf-8") for path in sorted(static.glob("*.js"))}
    urls: dict[str, str] = {}

    def hashed(match: re.Match) -> str:
        keyword, space, quote, imported = match.groups()
        return f"{keyword}{space}{quote}./{_file_name(urls[imported])}{quote}"

    for name in _import_order(sources):
        text = STATIC_IMPORT.sub(hashed, sources[name]).replace("__NHSUK_JS__", _file_name(nhsuk_js))
        urls[name] = _fingerprint(files, name, text.encode())
    return urls


def _import_order(sources: dict[str, str]) -> list[str]:
    """Module names, each after every module it imports; refuses an import of a missing file, or a cycle."""
    order: list[str] = []

    def visit(name: str, importers: list[str]) -> None:
        if name in importers:  # a hash would depend on itself: no order of fingerprinting can work
            cycle = " -> ".join([*importers[importers.index(name):], name])
            raise StaticImportError(f"layouts/static: import cycle {cycle}; move what they share into a module of its own")
        if name in order:
            return
        for imported in (match[4] for match in STATIC_IMPORT.finditer(sources[name])):
            if imported not in sources:
                raise StaticImportError(f"layouts/static/{name} imports ./{imported}, which is not in layouts/static")
            visit(imported, [*importers, name])
        order.append(name)

    for name in sources:
        visit(name, [])
    return order


def _file_name(url: str) -> str:
    return url.rsplit("/", 1)[-1]


def _fingerprint(files: dict[str, bytes], name: str, data: bytes) -> str:
    """Store data under a name holding its hash, so it can be cached for a year and never go stale."""
    stem, dot, ext = name.partition(".")
    digest = hashlib.sha256(data).hexdigest()[:10]
    path = f"{FINGERPRINTED}/{stem}.{digest}{dot}{ext}"
    files[path] = data
    return "/" + path
