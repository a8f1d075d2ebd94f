"""The string fields a schema declares, and where they are in a document.

A field is Markdown when its schema says ``contentMediaType: text/markdown``; it is plain text
when it has no such marker and nothing constrains its characters (no ``format``, ``pattern``,
``enum`` or ``const``). The rules ask here instead of keeping their own lists of fields.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from ..problems import Problem, Say, field_name
from ..schemas import load_schema
from ..yamlio.load import Document, JsonPath

MARKDOWN = "text/markdown"
# A path in the schema; None stands for any item of a list.
Pattern = tuple[str | None, ...]


def _resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/"):
        target: Any = schema
        for part in ref[2:].split("/"):
            target = target[part]
        return {**target, **{k: v for k, v in node.items() if k != "$ref"}}
    return node


@cache
def text_fields(schema_name: str, markdown: bool = False) -> tuple[Pattern, ...]:
    """The plain-text string fields of a schema (or, with ``markdown``, its Markdown ones)."""
    schema = load_schema(schema_name)
    found: list[Pattern] = []

    def walk(node: Any, path: Pattern) -> None:
        if not isinstance(node, dict):
            return
        node = _resolve(schema, node)
        if node.get("type") == "string":
            is_markdown = node.get("contentMediaType") == MARKDOWN
            constrained = bool({"format", "pattern", "enum", "const"} & node.keys())
            if is_markdown if markdown else not (is_markdown or constrained):
                found.append(path)
        for key, sub in (node.get("properties") or {}).items():
            walk(sub, (*path, key))
        walk(node.get("items"), (*path, None))

    walk(schema, ())
    return tuple(found)


def expand(data: Any, pattern: Pattern, prefix: JsonPath = ()) -> list[JsonPath]:
    """The paths in ``data`` that ``pattern`` names (each item of a list for None)."""
    if not pattern:
        return [prefix]
    head, rest = pattern[0], pattern[1:]
    if head is None:
        items = data if isinstance(data, list) else []
        return [p for i, item in enumerate(items) for p in expand(item, rest, (*prefix, i))]
    if not isinstance(data, dict) or head not in data:
        return []
    return expand(data[head], rest, (*prefix, head))


def value(data: Any, path: JsonPath) -> Any:
    for part in path:
        data = data[part]
    return data


def problems_in(
    doc: Document,
    patterns: tuple[Pattern, ...],
    scan: Callable[[str], list[tuple[int, Say, Say]]],
    locate: Callable[[Document, JsonPath, str, int], tuple[int, int]],
    *,
    code: str,
) -> list[Problem]:
    """A problem for each finding ``scan`` makes in each string field ``patterns`` name, placed
    at the finding's line and column by ``locate``: how the text rules read their fields."""
    out: list[Problem] = []
    for pattern in patterns:
        for path in expand(doc.data, pattern):
            text = value(doc.data, path)
            if not isinstance(text, str):
                continue
            for offset, en, fr in scan(text):
                line, column = locate(doc, path, text, offset)
                out.append(Problem.of(doc.path, field_name(path), en, fr, line, column, code=code))
    return out
