"""Read YAML while remembering the line of every key and list item, so errors can name the line."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .gate import CONTROL, SEPARATOR
from .problems import Problems

Loc = tuple[Any, ...]

# libyaml's C parser is about ten times faster and gives the same node marks; fall back where it is not built.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

YAML_HINT = "check the indentation, and put text that contains a colon or starts with a quote in quotes"
# A value that starts with a quote on its line and does not end with the same one
UNCLOSED_QUOTE = ("a quote opened on this line is never closed",
                  "add the closing quote at the end of the text, or remove the opening one")
UNCLOSED = re.compile(r"""^\s*(?:-\s+|[\w-]+:\s+)(["'])(?!.*\1\s*(?:#.*)?$)""")
# YAML reads a leading * or & as a reference to other text (refused: an alias bomb), where an editor meant *italics*
STAR_HINT = "to start text with * (for *italics*) or &, put the whole text in double quotes"


@dataclass(frozen=True)
class YamlDoc:
    """Parsed YAML data plus the file line of each location (a tuple of keys and indexes)."""

    path: Path
    data: Any
    lines: dict[Loc, int]

    def line_of(self, loc: Loc) -> int:
        """The line of loc, or of its nearest parent that has one (missing keys live on their parent)."""
        loc = tuple(loc)
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            loc = loc[:-1]
        return self.lines.get((), 1)


def load_data(text: str) -> Any:
    """The data in YAML text, without lines: for a file a program wrote or is rewriting (the practice list at
    national scale is 6,000 entries, and PyYAML's Python parser took 20 s over it)."""
    return yaml.load(text, Loader=_LOADER)


MAX_DEPTH = 12  # the deepest real source (an exercise's pose) nests 5 levels


def parse_yaml(text: str, path: Path, problems: Problems, first_line: int = 1) -> YamlDoc | None:
    """Parse text; first_line is the file line where text starts (front matter starts after `---`)."""
    try:
        if not _plain(text, path, problems, first_line):
            return None
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError as err:
        line, message, hint = _syntax_error(err, text.splitlines())
        problems.add(path, first_line + line, message, hint)
        return None
    _notes_in_text(text, path, problems, first_line)
    lines: dict[Loc, int] = {(): first_line}
    builder = _Builder(path, problems, first_line, lines)
    data = builder.build(node, ()) if node is not None else None
    if builder.failed:
        return None
    return YamlDoc(path, data, lines)


# Words, a space, then # straight before a word: YAML drops the rest of the line as a note ("#it can burn"), where
# an editor meant it as text. A note written on purpose has a space after its # (`trunk: 5  # leans forward`).
NOTE_IN_TEXT = re.compile(r"""^\s*(?:- |[\w-]+: )(?!["'{\[])[^#\n]*\S #(?=[^\s#!])""")


def _notes_in_text(text: str, path: Path, problems: Problems, first_line: int) -> None:
    for number, line in enumerate(text.split("\n")):
        if NOTE_IN_TEXT.match(line):
            problems.warn(path, first_line + number, "the words after ` #` are left out: YAML reads them as a note",
                          "to keep them, put the whole text in double quotes")


TOO_FAR = "this line is indented further than the line above allows"


def _syntax_error(err: yaml.YAMLError, lines: list[str]) -> tuple[int, str, str]:
    """(line within the text, message, hint) for a YAML syntax error, in the words of what the editor typed."""
    problem, context = str(getattr(err, "problem", "") or err), str(getattr(err, "context", "") or "")
    problem_mark, context_mark = getattr(err, "problem_mark", None), getattr(err, "context_mark", None)
    at = (problem_mark or context_mark).line if (problem_mark or context_mark) else 0
    if at < len(lines) and "\t" in lines[at][:len(lines[at]) - len(lines[at].lstrip())]:
        return at, "this line is indented with a tab", "indent with spaces (two for each level), never tabs"
    if "quoted scalar" in context and context_mark is not None:
        # the quote runs on to the end of the file, where the parser stops: the mistake is where it opened
        return (context_mark.line, *UNCLOSED_QUOTE)
    if "simple key" in context and context_mark is not None:  # the parser notices on the next line
        return (context_mark.line, "this line has no colon after its field name",
                "write it as `field: value`, with a colon and a space after the name")
    if "alias" in context or "anchor" in context:
        return at, "a value here starts with `*` or `&`, which is not allowed", STAR_HINT
    if "mapping values are not allowed" in problem and problem_mark is not None:
        before = lines[at][:problem_mark.column] if at < len(lines) else ""
        if ": " in before:
            return at, "this line has a second colon (:), so it cannot be read", \
                "put the text after the first colon in double quotes, e.g. summary: \"Rest: then move\""
        return at, TOO_FAR, "line it up with the field above it; if it continues that text, put the whole text in " \
            "double quotes" + _above_too_little(lines, at)
    # a field moved left ("phone:" out of its group) leaves the next line indented further than it allows
    above = _above_too_little(lines, at) if "expected key" in problem and at < len(lines) else ""
    if above:
        return at, TOO_FAR, "line it up with the field above it" + above
    opened = next((n for n, line in enumerate(lines[:at + 1]) if UNCLOSED.match(line)), None)
    if opened is not None:  # the quote ran on until another one closed it, and the parser lost its way after
        return (opened, *UNCLOSED_QUOTE)
    return at, f"this line cannot be read ({problem})", YAML_HINT


def _above_too_little(lines: list[str], at: int) -> str:
    """When the field above has a value and starts further left than this line, the mistake may be its indent,
    not this line's: `web:` one space short under `self_referral:` was reported at the `phone:` line after it."""
    above = next((line for line in reversed(lines[:at]) if line.strip()), "")
    field = re.match(r"(\s*(?:- )?)([\w-]+):\s*\S", above)
    short = _indent(lines[at]) - len(field.group(1)) if field else 0  # a list item's keys start after its "- "
    return (f"; or, if this line is right, the `{field.group(2)}:` line above is indented {short} space(s) too "
            "little") if short > 0 else ""


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _plain(text: str, path: Path, problems: Problems, first_line: int) -> bool:
    """Refuse the YAML features no clinician needs and an attacker would use: anchors and aliases (an alias bomb
    expands a few lines into gigabytes), tags, and deep nesting. Reading events never expands anything."""
    depth = 0
    for event in yaml.parse(text, Loader=_LOADER):
        line = first_line + event.start_mark.line
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            return _refuse(problems, path, line, "a value here starts with `*` or `&`, which is not allowed", STAR_HINT)
        if getattr(event, "tag", None) and not _implicit(event):
            return _refuse(problems, path, line, f"the YAML tag `{event.tag}` is not allowed",
                           "remove the ! tag; write plain text, numbers, dates, lists and `field: value` lines")
        depth += isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent))
        depth -= isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent))
        if depth > MAX_DEPTH:
            return _refuse(problems, path, line, f"lists and groups are nested more than {MAX_DEPTH} deep",
                           "check the indentation; no source file needs this much nesting")
    return True


def _implicit(event) -> bool:
    # libyaml reports the standard tag on a plain scalar it resolved itself; only a written `!tag` is explicit.
    implicit = getattr(event, "implicit", True)
    return bool(implicit[0] if isinstance(implicit, tuple) else implicit)


def _refuse(problems: Problems, path: Path, line: int, message: str, hint: str) -> bool:
    problems.add(path, line, message, hint)
    return False


class _Builder:
    """Turns a composed node tree into plain Python values, recording lines and catching bad values."""

    def __init__(self, path: Path, problems: Problems, first_line: int, lines: dict[Loc, int]):
        self.path, self.problems, self.first_line, self.lines = path, problems, first_line, lines
        self.constructor = yaml.SafeLoader("")
        self.failed = False

    def line(self, node: yaml.Node) -> int:
        return self.first_line + node.start_mark.line

    def build(self, node: yaml.Node, loc: Loc) -> Any:
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, loc)
        if isinstance(node, yaml.SequenceNode):
            items = []
            for index, child in enumerate(node.value):
                self.lines[loc + (index,)] = self.line(child)
                items.append(self.build(child, loc + (index,)))
            return items
        return self.scalar(node)

    def mapping(self, node: yaml.MappingNode, loc: Loc) -> dict:
        result: dict = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.value == "<<":
                self.fail(key_node, "this key is not a plain name (a `? [list]` key or a `<<` merge key)",
                          "write keys as plain words followed by a colon, e.g. `title: Knee pain`")
                continue
            key = self.scalar(key_node)
            if key in result:
                self.fail(key_node, f"`{key}` appears twice here", "keep one and delete the other")
                continue
            self.lines[loc + (key,)] = self.line(key_node)
            result[key] = self.build(value_node, loc + (key,))
        return result

    def scalar(self, node: yaml.Node) -> Any:
        try:
            value = self.constructor.construct_object(node, deep=True)
            found = (CONTROL.search(value) or SEPARATOR.search(value)) if isinstance(value, str) else None
            if found:  # written as an escape ("\0", "\e", "\u202e"), which the gate's check of the raw text cannot see
                self.fail(node, f"there is an invisible control character (U+{ord(found.group()):04X}) in this text",
                          "delete the escape (a backslash code) that makes it")
            return value
        except (ValueError, yaml.constructor.ConstructorError):
            # Only a date can fail here (a timestamp YAML recognises by its shape, such as 2026-11-31). Kept as the
            # text written, the schema reports it at its field and the rest of the file is still checked: failing
            # the file here hid every other mistake in it until the date was mended.
            return node.value

    def fail(self, node: yaml.Node, message: str, hint: str) -> None:
        self.failed = True
        self.problems.add(self.path, self.line(node), message, hint)
