"""Safe, position-keeping YAML loading.

PyYAML's own loaders keep the last of two duplicate keys, turn ``2027-01-29`` into a ``date``
(which JSON Schema's ``format: date`` then rejects for the wrong reason) and forget where each
value came from. This loader composes the node graph with the C parser when available and builds
plain JSON-like values itself, so that:

* every value's start mark is kept, so an error's JSON path leads to ``line:column``;
* scalars are resolved with the YAML 1.2 core types only (strings, ints, floats, bools, null);
  dates stay strings;
* duplicate keys, object-constructing tags, anchors and aliases (the door to alias bombs),
  non-UTF-8 bytes and files over 1 MiB are each a clear problem, never a traceback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .problems import Problem

try:  # the C parser is several times faster; fall back quietly where libyaml is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_BYTES = 1024 * 1024
MAX_NODES = 100_000

JsonPath = tuple[str | int, ...]

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_PLAIN_TAGS = {_STR, _INT, _FLOAT, _BOOL, _NULL, _MAP, _SEQ, _TIMESTAMP}

_INT_RE = re.compile(r"[-+]?(0|[1-9][0-9_]*)$")
_FLOAT_RE = re.compile(r"[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$")
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}
_NULLS = {"", "~", "null", "Null", "NULL"}


@dataclass
class Document:
    """A loaded YAML file: its data and where each value (and each key) starts."""

    path: str
    data: Any
    source: str = ""
    marks: dict[JsonPath, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[JsonPath, tuple[int, int]] = field(default_factory=dict)

    def where(self, path: JsonPath, *, key: bool = False) -> tuple[int, int]:
        """Line and column (1-based) of the value at ``path``, or of its nearest parent."""
        table = self.key_marks if key else self.marks
        probe = tuple(path)
        while probe:
            if probe in table:
                return table[probe]
            if key and probe in self.marks:
                return self.marks[probe]
            probe = probe[:-1]
        return self.marks.get((), (1, 1))

    def line_text(self, line: int) -> str:
        """The source text of a 1-based line ('' when out of range)."""
        lines = self.source.splitlines()
        return lines[line - 1] if 0 < line <= len(lines) else ""


class _LoadError(Exception):
    def __init__(self, message: str, hint: str, mark: Any) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.line = (mark.line + 1) if mark is not None else 1
        self.column = (mark.column + 1) if mark is not None else 1


def _scalar(node: yaml.ScalarNode) -> Any:
    value = node.value
    if node.tag == _STR or node.style:  # quoted, block or explicitly tagged: always a string
        return value
    if value in _NULLS:
        return None
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    if _INT_RE.match(value):
        return int(value.replace("_", ""))
    if _FLOAT_RE.match(value) and any(c.isdigit() for c in value):
        return float(value.replace("_", ""))
    # timestamps and everything else stay strings (JSON Schema formats check them)
    return value


class _Builder:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.seen: set[int] = set()
        self.count = 0

    def build(self, node: yaml.Node, path: JsonPath) -> Any:
        if id(node) in self.seen:
            raise _LoadError(
                "anchors and aliases (&name, *name) are not allowed",
                "write the value out in full",
                node.start_mark,
            )
        self.seen.add(id(node))
        self.count += 1
        if self.count > MAX_NODES:
            raise _LoadError(
                f"more than {MAX_NODES:,} values in one file",
                "split the content or remove repeated values",
                node.start_mark,
            )
        if node.tag not in _PLAIN_TAGS:
            raise _LoadError(
                f"YAML tag {node.tag!r} is not allowed",
                "remove the tag; content files hold plain text, numbers, lists and mappings",
                node.start_mark,
            )
        self.doc.marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            out: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    raise _LoadError(
                        "a key must be plain text",
                        "use a simple name before the colon",
                        key_node.start_mark,
                    )
                if key_node.tag == "tag:yaml.org,2002:merge" or key_node.value == "<<":
                    raise _LoadError(
                        "merge keys (<<) are not allowed",
                        "write the keys out in full",
                        key_node.start_mark,
                    )
                key = key_node.value
                if key in out:
                    first = self.doc.key_marks.get(path + (key,), (0, 0))[0]
                    raise _LoadError(
                        f"duplicate key {key!r} (first given on line {first})",
                        "keep one of them; YAML would silently use the last",
                        key_node.start_mark,
                    )
                self.doc.key_marks[path + (key,)] = (
                    key_node.start_mark.line + 1,
                    key_node.start_mark.column + 1,
                )
                out[key] = self.build(value_node, path + (key,))
            return out
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, path + (i,)) for i, item in enumerate(node.value)]
        return _scalar(node)


def parse(text: str, path: str) -> tuple[Document | None, list[Problem]]:
    """Parse YAML text into a `Document`, or return the problem that stops it."""
    doc = Document(path=path, data=None, source=text)
    try:
        loader = _Loader(text)
        try:
            root = loader.get_single_node()
        finally:
            loader.dispose()
        if root is None:
            return None, [Problem(path, "", "the file is empty", "start from a sample file")]
        doc.data = _Builder(doc).build(root, ())
    except _LoadError as exc:
        return None, [Problem(path, "", exc.message, exc.hint, exc.line, exc.column)]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = exc.problem or "not valid YAML"
        if exc.context:
            what = f"{what} ({exc.context})"
        return None, [
            Problem(
                path,
                "",
                f"YAML syntax error: {what}",
                "check indentation and that text containing ': ' or '#' is quoted",
                (mark.line + 1) if mark else 1,
                (mark.column + 1) if mark else 1,
            )
        ]
    except yaml.YAMLError as exc:
        return None, [Problem(path, "", f"YAML error: {exc}", "check the file's syntax")]
    return doc, []


def load(path: Path, display: str | None = None) -> tuple[Document | None, list[Problem]]:
    """Read and parse one file, turning every I/O or encoding failure into a `Problem`."""
    shown = display or str(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        return None, [Problem(shown, "", f"cannot read the file: {exc.strerror}", "check the path")]
    if len(raw) > MAX_BYTES:
        return None, [
            Problem(shown, "", "the file is larger than 1 MiB", "content files are small text files")
        ]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, [
            Problem(
                shown,
                "",
                f"byte 0x{raw[exc.start]:02x} is not valid UTF-8",
                "save the file as UTF-8",
                line,
                column,
            )
        ]
    if text.startswith("\ufeff"):
        text = text[1:]
    return parse(text, shown)
