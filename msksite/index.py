"""Stage 6, index: build the Pagefind search index over the written site."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from . import addresses


class IndexFailed(Exception):
    """Pagefind could not index the site; its own message says why."""


def index_site(site_dir: Path) -> None:
    """Run the pinned Pagefind binary (from the pagefind[bin] package) over site_dir."""
    _pagefind("--site", str(site_dir), "--output-subdir", addresses.PAGEFIND.strip("/"))


def _pagefind(*args: str, nice: bool = False) -> None:
    # In the background (`serve`), at a low priority, so it never slows the rebuild after the next edit.
    lower = ["nice", "-n", "10"] if nice and shutil.which("nice") else []
    result = subprocess.run([*lower, sys.executable, "-m", "pagefind", *args, "--silent"], capture_output=True,
                            text=True)
    if result.returncode != 0:
        raise IndexFailed(result.stderr.strip() or result.stdout.strip())


def refresh_index(site_dir: Path) -> None:
    """Index site_dir into a folder beside it, then swap that in for the site's bundle (`serve`, in the background):
    searches use the old index until the new one is whole."""
    bundle = site_dir / addresses.PAGEFIND.strip("/")
    # Both beside the site, not in it: the site folder only ever holds the site and one whole bundle.
    fresh, old = (site_dir.with_name(f"{site_dir.name}.pagefind-{name}-{os.getpid()}") for name in ("new", "old"))
    for folder in (fresh, old):
        shutil.rmtree(folder, ignore_errors=True)
    try:
        _pagefind("--site", str(site_dir), "--output-path", str(fresh), nice=True)
        if bundle.exists():
            bundle.rename(old)
        fresh.rename(bundle)
    finally:
        for folder in (fresh, old):
            shutil.rmtree(folder, ignore_errors=True)
