"""Stage 5, write: put every file in a fresh folder, index it, and only then swap it in for the old site."""
from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

# Written into every build, so a later build knows the folder it is about to replace is a site it built, not
# someone's work. A folder without it is replaced only if it is empty: a 404.html and a sitemap.xml are in any
# generator's output, so they prove nothing (a site built before the marker existed must be emptied by hand once).
MARKER = ".msksite-build"
# Beside the output folder (`_site.spare`, git-ignored): the site before the current one, which the next build brings
# up to date and swaps in, rather than writing every file again and deleting a whole site.
SPARE = ".spare"
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
    # Only the marker: a 404.html and a sitemap.xml are in every static site's output (Hugo's, Jekyll's, MkDocs')
    return (folder / MARKER).is_file()


def write_site(out: Path, files: dict[str, str | bytes], finish: Callable[[Path], None] | None = None,
               leave: tuple[str, ...] = ()) -> None:
    """Bring a folder beside out to exactly these files, run finish on it (the index stage), then swap it in.
    Top folders named in `leave` are finish's to bring up to date (the search index), so they are left as found.

    The folder is the site before last when this tool built it (kept as SPARE by the last build), so a build after
    an edit writes only what changed since, and no build deletes a whole site: every file in it is read and kept
    only when its bytes are the wanted ones, so nothing left there by hand or by a failed build survives.
    If anything fails before the swap, the previous site stays exactly as it was.
    """
    out = out.resolve()
    spare = out.with_name(f"{out.name}{SPARE}")
    staging = out.with_name(f"{out.name}.tmp-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    if spare.is_dir() and not spare.is_symlink() and (spare / MARKER).is_file():
        spare.rename(staging)
    try:
        # The marker first: a folder set aside half-written is still known as ours, safe to check and reuse.
        files = {MARKER: "This folder was built by msksite (build.py); each build replaces it whole.\n", **files}
        sync(staging, files, leave)
        if finish:
            finish(staging)
    except BaseException:
        _set_aside(staging, spare)
        raise
    _swap(staging, out, spare)


def sync(folder: Path, wanted: dict[str, str | bytes], leave: tuple[str, ...] = ()) -> None:
    """Make folder hold exactly the wanted files, by path within it, and the top folders in `leave` as they are:
    a file already there with the wanted bytes is kept, anything else is deleted, and the rest written."""
    kept = _keep_wanted(folder, wanted, leave) if folder.is_dir() else set()
    _write_missing(folder, wanted, kept)


def _keep_wanted(folder: Path, wanted: dict[str, str | bytes], leave: tuple[str, ...] = ()) -> set[str]:
    """Delete everything in folder that is not a wanted file with the wanted bytes; return what was kept.

    Plain strings and os.scandir, not pathlib and os.walk: a site is thousands of folders, and they were half the time.
    """
    folders = {"/".join(parts[:i]) for parts in (rel.split("/") for rel in wanted) for i in range(1, len(parts))}
    kept: set[str] = set()

    def visit(path: str, base: str) -> None:
        with os.scandir(path) as entries:
            for entry in entries:
                rel = base + entry.name
                if entry.is_dir(follow_symlinks=False):
                    if not base and entry.name in leave:
                        continue  # left to whoever fills it
                    if rel in folders:
                        visit(entry.path, rel + "/")
                    else:
                        shutil.rmtree(entry.path)  # a folder holding nothing wanted goes at once
                elif rel in wanted and _same(entry, wanted[rel]):
                    kept.add(rel)
                else:
                    os.unlink(entry.path)  # a link is removed, never followed
    visit(str(folder), "")
    return kept


def _same(entry: os.DirEntry, content: str | bytes) -> bool:
    data = _bytes(content)
    found = entry.stat(follow_symlinks=False)  # a link, a pipe or a device is never a kept page
    if not stat.S_ISREG(found.st_mode) or found.st_size != len(data):
        return False
    with open(entry.path, "rb") as file:
        return file.read() == data


def _bytes(content: str | bytes) -> bytes:
    return content.encode("utf-8") if isinstance(content, str) else content


def _write_missing(folder: Path, wanted: dict[str, str | bytes], kept: set[str]) -> None:
    made: set[Path] = set()
    for rel, content in wanted.items():
        if rel in kept:
            continue
        target = folder / rel
        if target.parent not in made:  # one mkdir per folder, not per file: thousands of system calls fewer
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        target.write_bytes(_bytes(content))


def _set_aside(staging: Path, spare: Path) -> None:
    """After a failed build, keep what it wrote as the spare (the next build checks every byte of it anyway)."""
    if (staging / MARKER).is_file() and not spare.exists():
        staging.rename(spare)
    else:
        shutil.rmtree(staging, ignore_errors=True)


def _swap(staging: Path, out: Path, spare: Path) -> None:
    """Swap staging in for out, and keep the old site as the spare the next build starts from."""
    old = out.with_name(f"{out.name}.old-{os.getpid()}")
    if out.exists():
        out.rename(old)
    staging.rename(out)
    if old.exists() and (old / MARKER).is_file() and not spare.exists():
        old.rename(spare)
    else:
        shutil.rmtree(old, ignore_errors=True)


def update_site(out: Path, files: dict[str, str | bytes], last: dict[str, str | bytes]) -> list[str]:
    """Bring the site in out from last's files to these (`serve`, after a whole check passed): write each file whose
    bytes changed, delete each that is gone. Returns the output paths changed.

    Each file is written beside itself and renamed over the old one, so no request ever reads half a page.
    """
    changed = [rel for rel, content in files.items() if last.get(rel) != content]
    for rel in changed:
        replace_file(out / rel, files[rel])
    gone = [rel for rel in last if rel not in files]
    for rel in gone:
        (out / rel).unlink(missing_ok=True)
        _prune(out, (out / rel).parent)
    return changed + gone


def replace_file(target: Path, content: str | bytes) -> None:
    """Write beside target, then rename over it: never half-written, and a link in its place is replaced, not
    followed."""
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
