"""Stage 1, load: read every source file into raw documents (YAML data with line numbers, Markdown bodies)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .problems import Problems
from .yamlsource import YamlDoc, parse_yaml, read_yaml_file


@dataclass(frozen=True)
class MarkdownDoc:
    """A Markdown file split into front matter (with lines) and body; body_line is the body's first file line."""

    path: Path
    meta: YamlDoc
    body: str
    body_line: int

    @property
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


def load_sources(root: Path, problems: Problems) -> Sources:
    """Read the whole project; problems collects what cannot be read."""
    content = root / "content"
    return Sources(
        root=root,
        config=_required_yaml(root / "site_config.yaml", problems),
        conditions=_markdown_folder(root / "conditions", problems),
        pages=_markdown_folder(content / "pages", problems),
        services=_required_yaml(content / "services.yaml", problems),
        practices=_optional_yaml(content / "practices.yaml", problems),
        districts=_optional_yaml(content / "postcode-districts.yaml", problems),
        exercises=tuple(d for d in (read_yaml_file(p, problems) for p in _files(content / "exercises", "*.yaml")) if d),
        red_flags=_required_yaml(content / "red-flags.yaml", problems),
        sections=_markdown_folder(content / "sections", problems),
    )


def _files(folder: Path, pattern: str) -> list[Path]:
    return sorted(folder.glob(pattern)) if folder.is_dir() else []


def _required_yaml(path: Path, problems: Problems) -> YamlDoc | None:
    if not path.is_file():
        problems.add(path, None, "this file is missing", "restore it from the example project or git history")
        return None
    return read_yaml_file(path, problems)


def _optional_yaml(path: Path, problems: Problems) -> YamlDoc | None:
    return read_yaml_file(path, problems) if path.is_file() else None


def _markdown_folder(folder: Path, problems: Problems) -> tuple[MarkdownDoc, ...]:
    docs = (read_markdown(p, problems) for p in _files(folder, "*.md"))
    return tuple(d for d in docs if d is not None)


def read_markdown(path: Path, problems: Problems) -> MarkdownDoc | None:
    """Split `---` front matter from the Markdown body, keeping file line numbers for both."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].strip() != "---":
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
    return MarkdownDoc(path, meta, "\n".join(lines[close + 1:]), close + 2)
