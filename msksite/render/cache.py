"""The slow parts of render from the project's cache (msksite/store.py): QR codes and drawings, which a rebuild
would only draw again, and pages, which a rebuild would render again unless what they show changed.

A file's key hashes its kind and data; a page's hashes its plan entry (fingerprint below) and the look it is
rendered with (layouts, config, asset addresses). The rest (JSON, redirects) take longer to hash than to render.
"""
from __future__ import annotations

from pathlib import Path

from ..plan import File, Page
from ..store import Store, fingerprint, key
from ..pool import in_pool

SLOW_KINDS = frozenset({"qr", "drawing"})
POOL_FROM = 300  # fewer misses than this render faster in this process than in a pool that has to start up


def key_of(file: File) -> str:
    return key("file", file.kind, fingerprint(file.data, {}))


class FileCache:
    """Rendered files and pages by key (msksite/store.py); `writable` is False for `check`."""

    def __init__(self, root: Path, writable: bool = True) -> None:
        self.store = Store(root, "files", writable)

    def get(self, name: str) -> str | None:
        data = self.store.get(name)
        try:
            return None if data is None else data.decode("utf-8")
        except UnicodeDecodeError:
            return None

    def put(self, name: str, text: str) -> None:
        self.store.put(name, text.encode("utf-8"))

    def prune(self) -> None:
        self.store.prune()


def render_files(files: tuple[File, ...], cache: FileCache | None, render) -> dict[str, str]:
    """Every file's text by output path: from the cache when it holds it, else rendered (in a pool when many)."""
    out: dict[str, str] = {}
    misses: list[tuple[File, str | None]] = []
    for file in files:
        name = key_of(file) if cache and file.kind in SLOW_KINDS else None
        text = cache.get(name) if name else None
        if text is None:
            misses.append((file, name))
        else:
            out[file.output] = text
    for (file, name), text in zip(misses, _render_all([f for f, _ in misses], render)):
        out[file.output] = text
        if name:
            cache.put(name, text)
    return {file.output: out[file.output] for file in files}


def _render_all(files: list[File], render) -> list[str]:
    return in_pool(render, files, POOL_FROM)


def render_pages(pages: tuple[Page, ...], look: str, cache: FileCache | None, render) -> dict[str, str]:
    """Every page's text by output path: from the cache when it holds the page for this look, else render(misses),
    which returns the texts of those it could render (a broken layout is reported there)."""
    if cache is None:
        return render(pages)
    seen: dict[int, bytes] = {}
    names = {page.output: key("page", look, fingerprint(page, seen)) for page in pages}
    out = {page.output: cache.get(names[page.output]) for page in pages}
    fresh = render(tuple(page for page in pages if out[page.output] is None))
    for output, text in fresh.items():
        cache.put(names[output], text)
    return {output: text if text is not None else fresh.get(output) for output, text in out.items()
            if text is not None or output in fresh}
