"""Stage 1, load: read every source file into raw documents (YAML data with line numbers, Markdown bodies)."""
from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .gate import list_sources, read_text
from .memo import NO_MEMO, Memo
from .problems import Problems
from .store import Store, key, through
from .yamlsource import YamlDoc, parse_yaml

# Where each kind of source lives in a project, relative to its root: read here, and offered by the browser editor.
CONFIG = "site_config.yaml"
CONDITIONS = "conditions"
PAGES = "content/pages"
SECTIONS = "content/sections"
EXERCISES = "content/exercises"
SERVICES = "content/services.yaml"
PRACTICES = "content/practices.yaml"
DISTRICTS = "content/postcode-districts.yaml"
RED_FLAGS = "content/red-flags.yaml"


@dataclass(frozen=True)
class MarkdownDoc:
    """A Markdown file split into front matter (with lines) and body; body_line is the body's first file line, and
    digest a hash of the whole file's text (what the project's cache keys its validation on), meta_digest of the
    front matter's alone."""

    path: Path
    meta: YamlDoc
    body: str
    body_line: int
    digest: str = ""
    meta_digest: str = ""

    @cached_property  # asked for by every check across leaflets, on every rebuild of `serve`
    def slug(self) -> str:
        return self.path.stem


@dataclass(frozen=True)
class Sources:
    """Everything read from a project folder, before validation."""

    root: Path
    config: YamlDoc | None
    conditions: tuple[MarkdownDoc, ...]
    pages: tuple[MarkdownDoc, ...]
    services: YamlDoc | None
    practices: YamlDoc | None
    districts: YamlDoc | None
    exercises: tuple[YamlDoc, ...]
    red_flags: YamlDoc | None = None
    sections: tuple[MarkdownDoc, ...] = ()
    condition_names: frozenset[str] = frozenset()  # every leaflet file found, readable or not
    exercise_names: frozenset[str] = frozenset()  # every exercise file found, readable or not

    @cached_property  # once per run: asked for each old address when the plan is checked
    def _docs_by_path(self) -> dict[Path, YamlDoc]:
        docs = {d.path: d.meta for d in (*self.conditions, *self.pages)}
        docs.update({d.path: d for d in (*self.exercises, self.services) if d is not None})
        return docs

    def line_of(self, source: str, loc: tuple) -> int:
        """The line of loc in a source named relative to the root (a page's `source`), or 1 if it is not one."""
        doc = self._docs_by_path.get(self.root / source)
        return doc.line_of(loc) if doc is not None else 1

    def old_addresses(self) -> frozenset[str]:
        """Every `redirect_from` written in a leaflet or exercise, as written, whether or not its file is valid."""
        data = [d.meta.data for d in self.conditions] + [d.data for d in self.exercises]
        return frozenset(old for item in data if isinstance(item, dict) and isinstance(item.get("redirect_from"), list)
                         for old in item["redirect_from"] if isinstance(old, str))


def load_sources(root: Path, problems: Problems, memo: Memo = NO_MEMO, store: Store | None = None) -> Sources:
    """Read the whole project through the gate; problems collects what cannot be read.

    With a memo (`serve`), a file whose text is unchanged gives the very same document as last time. With a store
    (the project's cache), a Markdown file read whole without a problem before is not parsed again.
    """
    read = _Reader(root, problems, memo, store)
    condition_files = list_sources(root / CONDITIONS, ".md", root, problems)
    exercise_files = list_sources(root / EXERCISES, ".yaml", root, problems)
    return Sources(
        root=root,
        config=read.yaml(root / CONFIG, required=True),
        conditions=read.markdown_files(condition_files),
        pages=read.markdown_files(list_sources(root / PAGES, ".md", root, problems)),
        services=read.yaml(root / SERVICES, required=True),
        practices=read.yaml(root / PRACTICES),
        districts=read.yaml(root / DISTRICTS),
        exercises=tuple(filter(None, map(read.yaml, exercise_files))),
        red_flags=read.yaml(root / RED_FLAGS, required=True),
        sections=read.markdown_files(list_sources(root / SECTIONS, ".md", root, problems)),
        condition_names=frozenset(path.stem for path in condition_files),
        exercise_names=frozenset(path.stem for path in exercise_files),
    )


class _Reader:
    """Reads source files through the gate (msksite/gate.py), so every read is checked the same way."""

    def __init__(self, root: Path, problems: Problems, memo: Memo, store: Store | None):
        self.root, self.problems, self.memo, self.store = root, problems, memo, store

    def yaml(self, path: Path, required: bool = False) -> YamlDoc | None:
        if not path.exists() and not path.is_symlink():
            if required:
                self.problems.add(path, None, "this file is missing", "restore it from the example project or git history")
            return None
        text = self.text(path)
        return None if text is None else self.memo.run("yaml", path, (text,),
                                                       lambda p: parse_yaml(text, path, p), self.problems)

    def text(self, path: Path) -> str | None:
        """The file's text through the gate; read again only when the file's stat says it may have changed."""
        return self.memo.run("text", path, (_stat_key(path),), lambda p: read_text(path, self.root, p), self.problems)

    def markdown_files(self, paths: list[Path]) -> tuple[MarkdownDoc, ...]:
        docs = (self.markdown(path) for path in paths)
        return tuple(doc for doc in docs if doc is not None)

    def markdown(self, path: Path) -> MarkdownDoc | None:
        text = self.text(path)
        return None if text is None else self.memo.run("markdown", path, (text,),
                                                       lambda p: self.split(path, text, p), self.problems)

    def split(self, path: Path, text: str, problems: Problems) -> MarkdownDoc | None:
        """split_front_matter, through the store (YAML takes most of the time a build reads its sources in); what it
        reported is reported again from the store."""
        if self.store is None:
            return split_front_matter(path, text, problems)
        return through(self.store, key("markdown", str(path), text), problems,
                       lambda own: split_front_matter(path, text, own))


RACY_NS = 2_000_000_000  # file times tick in milliseconds: a file this recently changed may change again unseen


def _stat_key(path: Path) -> tuple | object:
    """What tells a changed file from an unchanged one without reading it (the link and its target, size and times),
    or a new object, equal to nothing, when the file is missing or was changed too recently for its times to tell."""
    try:
        link, target = os.lstat(path), os.stat(path)
    except OSError:
        return object()
    if time.time_ns() - max(target.st_mtime_ns, target.st_ctime_ns, link.st_ctime_ns) < RACY_NS:
        return object()
    return (link.st_ino, link.st_ctime_ns, target.st_ino, target.st_size, target.st_mtime_ns, target.st_ctime_ns)


def split_front_matter(path: Path, text: str, problems: Problems) -> MarkdownDoc | None:
    """Split `---` front matter from the Markdown body, keeping file line numbers for both."""
    lines = text.split("\n")  # not splitlines(): it also breaks at characters editors do not, shifting line numbers
    if not lines or lines[0].strip() != "---":
        blank = next((i for i, line in enumerate(lines) if line.strip()), 0)
        if blank and lines[blank].strip() == "---":
            problems.add(path, 1, f"the file starts with {blank} blank line(s) before its first ---",
                         "delete them: the --- must be the very first line")
        else:
            problems.add(path, 1, "the file must start with a line of three dashes (---) that opens the front matter",
                         "add --- as the first line, then the fields, then another --- line")
        return None
    close = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
    if close is None:
        problems.add(path, 1, "the front matter is never closed",
                     "did you forget the --- line after the last field?")
        return None
    meta = parse_yaml("\n".join(lines[1:close]), path, problems, first_line=2)
    if meta is None:
        return None
    if not isinstance(meta.data, dict):
        problems.add(path, 2, "the front matter must be a list of `field: value` lines", "see docs/leaflet-format.md")
        return None
    front = "\n".join(lines[:close + 1])
    return MarkdownDoc(path, meta, "\n".join(lines[close + 1:]), close + 2, hashlib.sha256(text.encode()).hexdigest(),
                       hashlib.sha256(front.encode()).hexdigest())
