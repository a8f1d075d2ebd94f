"""Safe, position-keeping YAML loading.

PyYAML's own loaders keep the last of two duplicate keys, turn ``2027-01-29`` into a ``date``
(which JSON Schema's ``format: date`` then rejects for the wrong reason) and forget where each
value came from. This loader composes the node graph with the C parser when available and builds
plain JSON-like values itself, so that:

* every value's start mark is kept, so an error's JSON path leads to ``line:column``;
* scalars are resolved with the YAML 1.2 core types only (strings, ints, floats, bools, null);
  dates stay strings;
* duplicate keys, object-constructing tags, anchors and aliases (the door to alias bombs),
  non-UTF-8 bytes, files over 1 MiB, nesting deeper than `depth.MAX_DEPTH` (measured before
  anything recurses) and integers too long to convert are each a clear problem, never a
  traceback (`builder` refuses what the node graph must not hold, `scalars` the scalars).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..problems import Problem, said
from . import depth
from .builder import Builder
from .scalars import Loader, LoadError
from .words_fr import parser_words_fr

MAX_BYTES = 1024 * 1024
JsonPath = tuple[str | int, ...]


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


def _compose(text: str) -> yaml.Node | None:
    """The node graph of ``text``, after refusing nesting deep enough to exhaust the stack."""
    deep = depth.too_deep(text, Loader)
    if deep is not None:
        raise LoadError(
            *said("problem.yaml.too-deep", depth=depth.MAX_DEPTH), deep, code="yaml.too-deep"
        )
    loader = Loader(text)
    try:
        return loader.get_single_node()  # type: ignore[no-any-return, no-untyped-call]
    finally:
        loader.dispose()


def _syntax_problem(path: str, exc: yaml.MarkedYAMLError) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    what = exc.problem or "not valid YAML"
    if exc.context:
        what = f"{what} ({exc.context})"
    return Problem.of(
        path,
        "",
        *said("problem.yaml.syntax", what={"en": what, "fr": parser_words_fr(what)}),
        (mark.line + 1) if mark else 1,
        (mark.column + 1) if mark else 1,
        code="yaml.syntax",
    )


def parse(text: str, path: str) -> tuple[Document | None, list[Problem]]:
    """Parse YAML text into a `Document`, or return the problem that stops it."""
    doc = Document(path=path, data=None, source=text)
    try:
        root = _compose(text)
        if root is None:
            return None, [
                Problem.of(
                    path,
                    "",
                    *said("problem.yaml.empty"),
                    code="yaml.empty",
                )
            ]
        doc.data = Builder(doc).build(root, ())
    except LoadError as exc:
        return None, [Problem.of(path, "", exc.en, exc.fr, exc.line, exc.column, code=exc.code)]
    except yaml.MarkedYAMLError as exc:
        return None, [_syntax_problem(path, exc)]
    except yaml.YAMLError as exc:
        return None, [
            Problem.of(
                path,
                "",
                *said("problem.yaml.error", error=str(exc)),
                code="yaml.error",
            )
        ]
    return doc, []


def load(
    path: Path, display: str | None = None, *, max_bytes: int = MAX_BYTES
) -> tuple[Document | None, list[Problem]]:
    """Read and parse one file, turning every I/O or encoding failure into a `Problem`."""
    shown = display or str(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        return None, [
            Problem.of(
                shown,
                "",
                *said("problem.file.unreadable", reason=str(exc.strerror)),
                code="file.unreadable",
            )
        ]
    if len(raw) > max_bytes:
        mib = max_bytes // (1024 * 1024)
        return None, [
            Problem.of(
                shown,
                "",
                *said("problem.file.too-large", size=mib),
                code="file.too-large",
            )
        ]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, [
            Problem.of(
                shown,
                "",
                *said("problem.file.not-utf8", byte=f"{raw[exc.start]:02x}"),
                line,
                column,
                code="file.not-utf8",
            )
        ]
    if text.startswith("\ufeff"):
        text = text[1:]
    return parse(text, shown)
