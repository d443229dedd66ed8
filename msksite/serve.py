"""`build.py serve`: build, serve with live reload, rebuild on edits; a failed rebuild keeps the last good site.

The reload script and any build-error notice are added by the server to each HTML response; neither is ever
written into the site folder, so what is served locally is what gets deployed.
"""
from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from livereload import Server
from livereload.handlers import StaticFileHandler
from tornado.web import HTTPError

from . import pipeline
from .editor import LOCAL_PROXY

WATCHED = ("conditions", "content", "layouts", "site_config.yaml")


class BuildState:
    """The last build's error text, or empty when it succeeded."""

    error = ""


def error_banner(text: str) -> str:
    """A notice at the top of every page while the sources have errors."""
    return ('<div role="alert" style="background:#d5281b;color:#fff;padding:16px;font:16px/1.5 monospace;'
            'white-space:pre-wrap"><strong>The last change did not build. You are seeing the last good version.'
            f'</strong>\n{html.escape(text)}</div>')


def inside_root(root: Path, path: str) -> Path:
    """The file a request names, resolved before anything reads it; a path that leaves the site (../, an encoded
    absolute path, a link out) is refused with 403 and a NUL byte with 400, whether or not the last build worked."""
    if "\x00" in path:
        raise HTTPError(400)
    target = (root / path).resolve()
    if not target.is_relative_to(root.resolve()):
        raise HTTPError(403)
    return target


class SiteHandler(StaticFileHandler):
    """Serves the site folder; while the last rebuild failed, HTML pages carry the error at the top."""

    def compute_etag(self) -> str | None:
        # A page with the error banner is not the file on disk, so it must not get the file's etag.
        return None if BuildState.error else super().compute_etag()

    async def get(self, path: str, include_body: bool = True) -> None:
        target = inside_root(Path(self.root), path)
        if BuildState.error and (target.is_dir() or target.suffix == ".html"):
            page = target / "index.html" if target.is_dir() else target
            if page.is_file():
                text = page.read_text(encoding="utf-8")
                at = text.find(">", text.find("<body")) + 1
                self.set_header("Content-Type", "text/html; charset=utf-8")
                self.finish(text[:at] + error_banner(BuildState.error) + text[at:])
                return
        await super().get(path, include_body)


def rebuild(root: Path, out: Path, today: date, editor_proxy: str = LOCAL_PROXY) -> bool:
    """Build once; remember the error text for the browser when it fails."""
    result = pipeline.build(root, out, today, editor_proxy=editor_proxy)
    report = result.problems.report() if result.problems.items else ""
    BuildState.error = report if not result.ok else ""
    print(report or "Rebuilt.", flush=True)
    return result.ok


def serve(root: Path, out: Path, today: date, host: str, port: int, editor_proxy: str = LOCAL_PROXY) -> int:
    """Serve until interrupted. Returns 1 only if there was never a good build to serve."""
    if not rebuild(root, out, today, editor_proxy) and not out.is_dir():
        print("Fix the problems above, then run `python build.py serve` again.")
        return 1
    server = Server()
    server.SFH = SiteHandler
    for name in WATCHED:
        server.watch(str(root / name), lambda: rebuild(root, out, today, editor_proxy), delay=0.5)
    print(f"Serving on http://{host}:{port} (Ctrl+C to stop)", flush=True)
    server.serve(host=host, port=port, root=str(out), restart_delay=0)
    return 0
