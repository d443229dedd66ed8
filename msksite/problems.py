"""Problems found in the sources, collected so one run reports all of them."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in one file, with where it is and how to fix it."""

    path: str
    line: int
    message: str
    hint: str = ""
    level: str = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        warn = "warning: " if self.level == "warning" else ""
        hint = f"; {self.hint}" if self.hint else ""
        return f"{where}: {warn}{self.message}{hint}"


@dataclass
class Problems:
    """A collector that stages append to; the CLI prints it once at the end."""

    root: Path = Path(".")
    items: list[Problem] = field(default_factory=list)

    def add(self, path: Path | str, line: int | None, message: str, hint: str = "", level: str = "error") -> None:
        self.items.append(Problem(self._rel(path), line or 0, message, hint, level))

    def warn(self, path: Path | str, line: int | None, message: str, hint: str = "") -> None:
        self.add(path, line, message, hint, level="warning")

    def _rel(self, path: Path | str) -> str:
        # abspath, not resolve(): a problem with a link must name the link, and a loop of links must not raise.
        if not Path(path).is_absolute():
            return Path(path).as_posix()  # already relative to the project, e.g. a page's source
        path, root = Path(os.path.abspath(path)), Path(os.path.abspath(self.root))
        for base in (root, self.root.resolve()):
            if path.is_relative_to(base):
                return path.relative_to(base).as_posix()
        return path.as_posix()

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.level == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.level == "warning"]

    def report(self) -> str:
        """All problems sorted by file and line, then a one-line count."""
        lines = [str(p) for p in sorted(set(self.items))]
        lines.append(f"{len(self.errors)} error(s), {len(self.warnings)} warning(s)")
        return "\n".join(lines)

