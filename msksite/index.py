"""Stage 6, index: build the Pagefind search index over the written site."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from . import addresses


class IndexFailed(Exception):
    """Pagefind could not index the site; its own message says why."""


def index_site(site_dir: Path) -> None:
    """Run the pinned Pagefind binary (from the pagefind[bin] package) over site_dir."""
    bundle = addresses.PAGEFIND.strip("/")
    result = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-subdir", bundle,
                             "--silent"], capture_output=True, text=True)
    if result.returncode != 0:
        raise IndexFailed(result.stderr.strip() or result.stdout.strip())
