"""The one gate every source file is read through: it stays inside the project, decodes UTF-8 strictly and
refuses what no clinician means to write (control characters, huge files, links that leave the project).

Each refusal is a `path:line: message; hint` problem, never a traceback, and the file is then treated as unreadable.
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from .problems import Problems

MAX_BYTES = 1_000_000  # the longest real leaflet is about 12 kB; a megabyte is a mistake, and slow to check
SOURCE_SUFFIXES = (".md", ".yaml", ".yml", ".markdown", ".html")
# Tab, line feed and carriage return are text; every other control character (C0 and C1: U+009B starts a terminal
# code) is a stray byte from a paste, and so are the characters that reverse or reorder how text shows
# (U+202A-202E, U+2066-2069: they can disguise a line).
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]")
# Line and paragraph separators from Word or a PDF: YAML counts them as line breaks, so every line after is misnumbered
SEPARATOR = re.compile(r"[\x85\u2028\u2029]")
UTF8_HINT = "save the file as UTF-8 (in most editors: Save As, then choose the UTF-8 encoding)"


def refuse_link(path: Path, root: Path, problems: Problems) -> bool:
    """True (with a problem reported) when path is a symlink that leaves the project, dangles or loops."""
    if not path.is_symlink():
        return False
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        problems.add(path, None, "this is a link to a file that does not exist (or a loop of links)",
                     "replace the link with the file itself")
        return True
    if not target.is_relative_to(root.resolve()):
        problems.add(path, None, "this is a link to a file outside the project, which the site must not read",
                     "copy the file into the project instead of linking to it")
        return True
    return False


def present(path: Path) -> bool:
    """A file, or a link (dangling ones too) that read_text must judge rather than a reader skip as absent."""
    return path.exists() or path.is_symlink()


def _inside(path: Path, root: Path) -> bool:
    return path.resolve().is_relative_to(root.resolve())


def read_text(path: Path, root: Path, problems: Problems) -> str | None:
    """The text of one source file, or None with the reason reported."""
    if refuse_link(path, root, problems):
        return None
    if not _inside(path, root):  # a folder on its way is a link out of the project
        problems.add(path, None, "this file is in a folder that links outside the project, which the site must not "
                     "read", "replace the linked folder with a real folder of the project")
        return None
    if not path.is_file():
        problems.add(path, None, "this is not a file (a folder or a device has a source file's name)",
                     "rename it, or move it out of the content folders")
        return None
    size = path.stat().st_size
    if size > MAX_BYTES:
        problems.add(path, None, f"the file is {size // 1000:,} kB; the most a source file may be is {MAX_BYTES // 1000:,} kB",
                     "split it, or check that nothing was pasted into it by mistake")
        return None
    return decode(path, path.read_bytes(), problems)


def decode(path: Path, data: bytes, problems: Problems) -> str | None:
    """UTF-8 (a byte-order mark allowed and dropped); a bad byte or a control character is reported where it is."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        start = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
        line, column = _where(data[start:err.start].decode("utf-8", errors="replace"))
        problems.add(path, line, f"column {column}: byte 0x{data[err.start]:02x} is not UTF-8 text", UTF8_HINT)
        return None
    for pattern, what in ((CONTROL, "control character"), (SEPARATOR, "line-separator character")):
        found = pattern.search(text)
        if found:
            line, column = _where(text[:found.start()])
            problems.add(path, line, f"column {column}: there is an invisible {what} (U+{ord(found.group()):04X})",
                         "delete it; it often comes from pasting text from another program")
            return None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _where(before: str) -> tuple[int, int]:
    lines = before.split("\n")
    return len(lines), len(lines[-1]) + 1


def list_sources(folder: Path, suffix: str, root: Path, problems: Problems) -> list[Path]:
    """The files in a content folder with this suffix; other source-like files there get a warning."""
    if not folder.is_dir():
        return []
    if not _inside(folder, root):
        problems.add(folder, None, "this folder is a link to outside the project, which the site must not read",
                     "replace the link with a real folder of the project")
        return []
    found = []
    for path in sorted(folder.iterdir(), key=lambda path: path.name):  # one folder: as Path order, but quicker
        if path.name.startswith("."):
            continue
        if path.suffix == suffix:
            found.append(path)
        elif path.suffix in SOURCE_SUFFIXES or not path.suffix:
            problems.warn(path, None, f"this file is not read: only {suffix} files in {folder.name}/ are",
                          f"rename it to end in {suffix}, or move it out of {folder.name}/")
    return found


def check_layouts(layouts: Path, problems: Problems) -> None:
    """Layouts are read by Jinja and the asset stage, not by load: check them here the same way, so a link inside
    layouts/ that leaves it is never published, and a template with a bad byte is named."""
    if not layouts.is_dir():
        problems.add(layouts, None, "the layouts folder is missing", "restore it from the example project or git history")
        return
    base = layouts.resolve()  # layouts/ itself may be a link (tests share the product's layouts)
    for path in sorted(layouts.rglob("*")):
        if path.is_symlink() and not refuse_link(path, base, problems) and path.resolve().is_dir():
            continue
        if path.is_file() and path.suffix in (".html", ".xml", ".txt", ".css", ".js"):
            read_text(path, base, problems)
