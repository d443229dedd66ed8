"""Helpers for browser tests: a local server that sends netlify.toml's headers, and the axe-core runner."""
from __future__ import annotations

import fnmatch
import functools
import threading
import tomllib
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from conftest import REPO

AXE = (REPO / "node_modules/axe-core/axe.min.js").read_text(encoding="utf-8")
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def netlify_headers(path: str = "/") -> dict[str, str]:
    """The headers netlify.toml sets on a path, so tests see what production serves: every matching rule, in order,
    a later rule's value for a header replacing an earlier one's (as Netlify does)."""
    headers: dict[str, str] = {}
    for rule in _header_rules():
        if fnmatch.fnmatchcase(path, rule["for"]) or path == rule["for"].removesuffix("*"):
            headers.update(rule["values"])
    return headers


@functools.lru_cache(maxsize=1)
def _header_rules() -> list[dict]:
    return tomllib.loads((REPO / "netlify.toml").read_text(encoding="utf-8"))["headers"]


class _Handler(SimpleHTTPRequestHandler):
    def end_headers(self) -> None:
        for name, value in netlify_headers(self.path.split("?", 1)[0]).items():
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, *args) -> None:  # keep test output readable
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """A missing page gets the site's own 404.html, with the 404 status, as Netlify sends it."""
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def serve_folder(folder: Path) -> tuple[ThreadingHTTPServer, str]:
    """Serve folder on a free loopback port; returns the server and its base URL."""
    _Handler.extensions_map[".wasm"] = "application/wasm"
    _Handler.extensions_map[".yml"] = "text/yaml"
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Handler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


# Tabs opened by conftest's fixtures serve axe-core at this path from the test process (never from the site), so
# Chromium loads it as a same-origin script (allowed by the site's CSP) and reuses its compiled code between pages:
# about a third of the time of evaluating its 500 kB source again on every page.
AXE_PATH = "/__axe-core-for-tests.js"


def serve_axe(context, site_url: str) -> str:
    """Answer AXE_PATH in this browser context; returns the script's address."""
    context.route(site_url + AXE_PATH, lambda r: r.fulfill(body=AXE, content_type="text/javascript"))
    return site_url + AXE_PATH


def axe_violations(page) -> list[str]:
    """Run axe-core's WCAG 2.2 A and AA rules on the open page; one line per violation and node."""
    if getattr(page, "axe_url", None):
        page.add_script_tag(url=page.axe_url)
    else:
        page.evaluate(AXE)
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS)
    return [f"{v['id']} ({v['impact']}): {node['target']} {v['help']}" for v in result["violations"] for node in v["nodes"]]


def tab_until(page, script: str, wanted: str, presses: int) -> bool:
    """Press Tab until `script` (run on the focused element) gives `wanted`; False if it never does."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        if page.evaluate(f"(el => {script})(document.activeElement)") == wanted:
            return True
    return False
