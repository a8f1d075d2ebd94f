"""From a composed YAML node graph to plain JSON-like values, remembering where each one starts.

`Builder` walks the graph once and refuses, as a `LoadError` with its place in the file, what a
content file must not hold: an alias (the door to alias bombs), more than `MAX_NODES` values, a
tag that constructs objects, a key that is not plain text, a merge key or a duplicate key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import yaml

from .. import formats
from ..problems import said
from .scalars import PLAIN_TAGS, LoadError, first_alias_mark, scalar

if TYPE_CHECKING:
    from .load import Document, JsonPath

MAX_NODES = 100_000


class Builder:
    """Builds the values of one `Document` from its node graph, filling its marks."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.seen: set[int] = set()
        self.count = 0

    def build(self, node: yaml.Node, path: JsonPath) -> Any:
        self._admit(node)
        self.doc.marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, path + (i,)) for i, item in enumerate(node.value)]
        assert isinstance(node, yaml.ScalarNode)
        return scalar(node)

    def _admit(self, node: yaml.Node) -> None:
        """Refuse an alias, one value too many, or a tag that constructs objects."""
        if id(node) in self.seen:
            raise LoadError(
                *said("problem.yaml.alias"),
                first_alias_mark(self.doc.source) or node.start_mark,
                code="yaml.alias",
            )
        self.seen.add(id(node))
        self.count += 1
        if self.count > MAX_NODES:
            raise LoadError(
                *said(
                    "problem.yaml.too-many-values",
                    count={lang: formats.number(MAX_NODES, lang) for lang in ("en", "fr")},
                ),
                node.start_mark,
                code="yaml.too-many-values",
            )
        if node.tag not in PLAIN_TAGS:
            shown = node.tag.replace("tag:yaml.org,2002:", "!!")
            raise LoadError(
                *said("problem.yaml.tag", tag=repr(shown)),
                node.start_mark,
                code="yaml.tag",
            )

    def _mapping(self, node: yaml.MappingNode, path: JsonPath) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = self._key(key_node, path, out)
            self.doc.key_marks[path + (key,)] = (
                key_node.start_mark.line + 1,
                key_node.start_mark.column + 1,
            )
            out[key] = self.build(value_node, path + (key,))
        return out

    def _key(self, key_node: yaml.Node, path: JsonPath, out: dict[str, Any]) -> str:
        """The key's text; a non-text key, a merge key or a duplicate is refused."""
        if not isinstance(key_node, yaml.ScalarNode):
            raise LoadError(
                *said("problem.yaml.complex-key"),
                key_node.start_mark,
                code="yaml.complex-key",
            )
        if key_node.tag == "tag:yaml.org,2002:merge" or key_node.value == "<<":
            raise LoadError(
                *said("problem.yaml.merge-key"),
                key_node.start_mark,
                code="yaml.merge-key",
            )
        key = str(key_node.value)
        if key in out:
            first = self.doc.key_marks.get(path + (key,), (0, 0))[0]
            raise LoadError(
                *said("problem.yaml.duplicate-key", key=repr(key), line=first),
                key_node.start_mark,
                code="yaml.duplicate-key",
            )
        return key
