"""Stage 5, write: put every file in a fresh folder, index it, and only then swap it in for the old site."""
from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path


def write_site(out: Path, files: dict[str, str | bytes], finish: Callable[[Path], None] | None = None) -> None:
    """Write files into a temporary folder beside out, run finish on it (the index stage), then swap it in.

    If anything fails before the swap, the previous site stays exactly as it was.
    """
    out = out.resolve()
    staging = out.with_name(f"{out.name}.tmp-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        for rel, content in files.items():
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, str):
                target.write_text(content, encoding="utf-8")
            else:
                target.write_bytes(content)
        if finish:
            finish(staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _swap(staging, out)


def _swap(staging: Path, out: Path) -> None:
    old = out.with_name(f"{out.name}.old-{os.getpid()}")
    if out.exists():
        out.rename(old)
    staging.rename(out)
    shutil.rmtree(old, ignore_errors=True)
