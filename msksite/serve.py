"""`build.py serve`: build, serve with live reload, rebuild on edits; a failed rebuild keeps the last good site.

The reload script and any build-error notice are added by the server to each HTML response; neither is ever
written into the site folder, so what is served locally is what gets deployed.
"""
from __future__ import annotations

import html
import ipaddress
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from livereload import Server
from livereload.handlers import LiveReloadHandler, StaticFileHandler
from livereload.watcher import Watcher
from tornado.ioloop import IOLoop
from tornado.web import HTTPError

from . import addresses
from .index import IndexFailed, refresh_index
from .editor import LOCAL_PROXY
from .live import LiveSite
from .store import Store
from .watch import SourceWatcher

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


def local_host(name: str) -> bool:
    """Whether a request's Host names this machine or an address: a page whose own domain was made to point at
    127.0.0.1 (DNS rebinding) would otherwise read the preview, build errors and local paths included."""
    name = name.strip("[]").lower()
    try:
        ipaddress.ip_address(name)
        return True
    except ValueError:
        return name == "localhost"


UPDATING = "Search is updating"


def updating_notice() -> str:
    """What the search page says while the search index catches up with the last change (role=status: read out)."""
    return ('<div role="status" style="background:#fff9c4;color:#212b32;padding:16px;font:16px/1.5 sans-serif">'
            f'<strong>{UPDATING}</strong> with your latest changes. Results may leave them out until this '
            'message goes (the page reloads by itself).</div>')


SEARCH_PAGE = addresses.output_path(addresses.SEARCH)


class SiteHandler(StaticFileHandler):
    """Serves the site folder; HTML pages carry the error at the top while the last rebuild failed, and the search
    page says it is updating while the index lags behind the pages."""

    indexer: Indexer | None = None
    _notices = ""

    def compute_etag(self) -> str | None:
        # A page with a notice is not the file on disk, so it must not get the file's etag.
        return None if self._notices else super().compute_etag()

    def notices(self, root: Path, page: Path) -> str:
        found = error_banner(BuildState.error) if BuildState.error else ""
        if self.indexer is not None and self.indexer.stale and page == root.resolve() / SEARCH_PAGE:
            found += updating_notice()
        return found

    def prepare(self) -> None:
        if not local_host(self.request.host_name):
            raise HTTPError(403)

    async def get(self, path: str, include_body: bool = True) -> None:
        target = inside_root(Path(self.root), path)
        try:
            target.is_dir()
        except OSError:  # a name too long for the file system: no such page, not a server error
            raise HTTPError(404) from None
        if target.is_dir() or target.suffix == ".html":
            page = target / "index.html" if target.is_dir() else target
            if page.is_file() and page.parent == Path(self.root).resolve() / addresses.ADMIN.strip("/"):
                await self.without_reload(page)
                return
            self._notices = self.notices(Path(self.root), page) if page.is_file() else ""
            if self._notices:
                text = page.read_text(encoding="utf-8")
                at = text.find(">", text.find("<body")) + 1
                self.set_header("Content-Type", "text/html; charset=utf-8")
                self.finish(text[:at] + self._notices + text[at:])
                return
        await super().get(path, include_body)

    async def without_reload(self, page: Path) -> None:
        """The editor's page, without the reload script: a reload while a clinician types would lose their words,
        and the editor shows what it saved by itself. livereload adds its script to the first piece of an HTML
        response that holds `</head>`, so the page goes out in two pieces, split before it."""
        text = page.read_text(encoding="utf-8")
        at = text.find("</head>")
        self.set_header("Content-Type", "text/html; charset=utf-8")
        self.write(text[:at])
        await self.flush()
        self.finish(text[at:])


INDEX_AFTER = 0.2  # seconds: starting a process of this size as the page is sent would slow the sending


class Indexer:
    """Refreshes the search index in a background thread after each change, and says when it lags behind the pages.

    Edits that land while Pagefind runs are indexed by one more run straight after it, until the index has caught up.
    """

    def __init__(self, out: Path, ready: Callable[[], None], store: Store | None = None) -> None:
        self.out, self.ready, self.store = out, ready, store  # store: the cache of unchanged bundles
        self._lock = threading.Lock()
        self._wanted = self._done = 0
        self._running = False

    @property
    def stale(self) -> bool:
        return self._done < self._wanted

    def request(self) -> None:
        """Mark the index stale at once; start Pagefind a moment later, once the browser has the changed page."""
        with self._lock:
            self._wanted += 1
            if not self._running:
                self._running = True
                timer = threading.Timer(INDEX_AFTER, self._run)
                timer.daemon = True  # an index half made when the server stops is never swapped in
                timer.start()

    def _run(self) -> None:
        while True:
            with self._lock:
                target = self._wanted
                if self._done >= target:
                    self._running = False
                    return
            try:
                refresh_index(self.out, self.store)
            except (IndexFailed, OSError) as err:
                print(f"The search index could not be refreshed: {err}", flush=True)
            with self._lock:
                self._done = target
                caught_up = self._done >= self._wanted
            if caught_up:
                self.ready()


def rebuild(live: LiveSite, indexer: Indexer | None = None) -> bool:
    """Rebuild once; remember the error text for the browser when it fails; reindex in the background after a change."""
    update = live.rebuild()
    report = update.problems.report() if update.problems.items else ""
    error = report if not update.ok else ""
    changed = bool(update.changed) or error != BuildState.error
    BuildState.error = error
    if update.ok:
        print((report + "\n" if report else "") + f"Rebuilt in {update.seconds:.2f} s: {len(update.changed)} file(s) "
              "changed.", flush=True)
    else:
        print(report, flush=True)
    if changed:
        reload_browsers()
    if update.changed and indexer is not None:
        indexer.request()
    return update.ok


def reload_browsers() -> None:
    """Tell every open page to reload (livereload's protocol); only on the server's loop."""
    if LiveReloadHandler.waiters:  # none before the server has started, nor with no page open
        LiveReloadHandler.reload_waiters("*")


def serve(root: Path, out: Path, today: date, host: str, port: int, editor_proxy: str = LOCAL_PROXY) -> int:
    """Serve until interrupted. Returns 1 only if there was never a good build to serve."""
    live = LiveSite(root, out, today, editor_proxy)
    loop = IOLoop.current()
    indexer = Indexer(out, lambda: loop.add_callback(reload_browsers), Store(root, "pagefind"))
    # Watching starts before the first build, so an edit saved while it runs is built as soon as the server starts.
    watcher = SourceWatcher(root, WATCHED, loop, lambda: rebuild(live, indexer))
    watcher.start()
    try:
        if not rebuild(live) and not out.is_dir():
            print("Fix the problems above, then run `python build.py serve` again.")
            return 1
        server = Server(watcher=_NoPolling())
        server.SFH = SiteHandler
        SiteHandler.indexer = indexer
        print(f"Serving on http://{host}:{port} (Ctrl+C to stop)", flush=True)
        server.serve(host=host, port=port, root=str(out), restart_delay=0)
    finally:
        watcher.stop()
    return 0


class _NoPolling(Watcher):
    """livereload's own watcher polls the disk every 0.8 s; watch.py's uses inotify, so this one only starts."""

    def start(self, callback) -> bool:
        return True
