"""A content-addressed cache of the files that are slow to render (QR codes, drawings), so a rebuild redraws only
what changed; the rest render on every core (pool.py).

An entry's key is a hash of the file's kind, its data and the generator itself (every source file of the package
and segno's version), so changing any of them misses the cache rather than serving stale bytes. Each entry
stores a hash of its own text: a corrupt or half-written entry fails that check and is rendered again, never
trusted. Entries are written by `build` only (`check` writes nothing into the project) and atomically.
"""
from __future__ import annotations

import hashlib
import json
import os
from functools import cache
from pathlib import Path
from typing import Any

import segno

from ..plan import File
from .pool import in_pool

FOLDER = ".msksite-cache"
SLOW_KINDS = frozenset({"qr", "drawing"})  # the rest (JSON, redirects) take longer to hash than to render
POOL_FROM = 300  # fewer misses than this render faster in this process than in a pool that has to start up


@cache
def generator_version() -> str:
    """A hash of the package's own code and of segno: any change to how files are drawn invalidates the cache."""
    digest = hashlib.sha256(segno.__version__.encode())
    for path in sorted(Path(__file__).resolve().parent.parent.rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _plain(value: Any) -> Any:
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    raise TypeError(f"cannot key a cached file on {type(value).__name__}")


def key_of(file: File) -> str:
    data = json.dumps([file.kind, file.data], default=_plain, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(f"{generator_version()}\n{data}".encode()).hexdigest()


class FileCache:
    """Rendered files by key, under ROOT/.msksite-cache/files/; `writable` is False for `check`."""

    def __init__(self, root: Path, writable: bool = True) -> None:
        self.folder = root / FOLDER / "files"
        self.writable = writable

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / key

    def get(self, key: str) -> str | None:
        try:
            stored = self._path(key).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        check, _, text = stored.partition("\n")
        return text if check == hashlib.sha256(text.encode()).hexdigest() else None

    def put(self, key: str, text: str) -> None:
        if not self.writable:
            return
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_name(f"{key}.{os.getpid()}.tmp")
            partial.write_text(hashlib.sha256(text.encode()).hexdigest() + "\n" + text, encoding="utf-8")
            partial.replace(path)
        except OSError:
            pass  # a cache that cannot be written only makes the next build slower


def render_files(files: tuple[File, ...], cache: FileCache | None, render) -> dict[str, str]:
    """Every file's text by output path: from the cache when it holds it, else rendered (in a pool when many)."""
    out: dict[str, str] = {}
    misses: list[tuple[File, str | None]] = []
    for file in files:
        key = key_of(file) if cache and file.kind in SLOW_KINDS else None
        text = cache.get(key) if key else None
        if text is None:
            misses.append((file, key))
        else:
            out[file.output] = text
    for (file, key), text in zip(misses, _render_all([f for f, _ in misses], render)):
        out[file.output] = text
        if key:
            cache.put(key, text)
    return {file.output: out[file.output] for file in files}


def _render_all(files: list[File], render) -> list[str]:
    return in_pool(render, files, POOL_FROM)
