"""Stage 5, write: put every file in a fresh folder, index it, and only then swap it in for the old site."""
from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

# Written into every build, so a later build knows the folder it is about to replace is a site it built, not
# someone's work. A folder without it is replaced only if it is empty or looks like an older build (404.html and
# sitemap.xml), from before the marker existed.
MARKER = ".msksite-build"
SOURCE_FOLDERS = ("conditions", "content", "layouts", "tests", "msksite", ".git", "node_modules")


def output_problem(root: Path, out: Path) -> str | None:
    """Why out must not be written (the build swaps the whole folder), or None when it is safe."""
    root, out = root.resolve(), out.resolve()
    if out == root or root.is_relative_to(out):
        return "is the project folder or a folder that holds it, and a build replaces the whole output folder"
    for name in SOURCE_FOLDERS:
        if out.is_relative_to(root / name):
            return f"is inside the project's {name}/ folder, which a build must never replace"
    if out.exists() and not out.is_dir():
        return "is a file, not a folder"
    if out.is_dir() and any(out.iterdir()) and not _looks_built(out):
        return f"already holds files that are not a site this tool built (no {MARKER} file in it)"
    return None


def _looks_built(folder: Path) -> bool:
    return (folder / MARKER).is_file() or ((folder / "404.html").is_file() and (folder / "sitemap.xml").is_file())


def write_site(out: Path, files: dict[str, str | bytes], finish: Callable[[Path], None] | None = None) -> None:
    """Write files into a temporary folder beside out, run finish on it (the index stage), then swap it in.

    If anything fails before the swap, the previous site stays exactly as it was.
    """
    out = out.resolve()
    staging = out.with_name(f"{out.name}.tmp-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        files = {**files, MARKER: "This folder was built by msksite (build.py); each build replaces it whole.\n"}
        made: set[Path] = set()
        for rel, content in files.items():
            target = staging / rel
            if target.parent not in made:  # one mkdir per folder, not per file: thousands of system calls fewer
                target.parent.mkdir(parents=True, exist_ok=True)
                made.add(target.parent)
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


def update_site(out: Path, files: dict[str, str | bytes], last: dict[str, str | bytes]) -> list[str]:
    """Bring the site in out from last's files to these (`serve`, after a whole check passed): write each file whose
    bytes changed, delete each that is gone. Returns the output paths changed.

    Each file is written beside itself and renamed over the old one, so no request ever reads half a page.
    """
    changed = [rel for rel, content in files.items() if last.get(rel) != content]
    for rel in changed:
        _replace(out / rel, files[rel])
    gone = [rel for rel in last if rel not in files]
    for rel in gone:
        (out / rel).unlink(missing_ok=True)
        _prune(out, (out / rel).parent)
    return changed + gone


def _replace(target: Path, content: str | bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    if isinstance(content, str):
        partial.write_text(content, encoding="utf-8")  # as write_site writes it, so both give the same bytes
    else:
        partial.write_bytes(content)
    partial.replace(target)


def _prune(out: Path, folder: Path) -> None:
    """Remove folders left empty by deleted pages (a deleted leaflet's folder), up to the site's own."""
    while folder != out and folder.is_relative_to(out) and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
