"""YAML scalars read with the YAML 1.2 core types only, and the loader that leaves them alone.

PyYAML's resolver applies YAML 1.1 (``yes`` is true, ``2027-01-29`` a date) and costs a regex
match per value: this module's `Loader` tags every plain scalar ``?`` and `scalar` resolves it
(strings, ints, floats, bools, null; dates stay strings). `LoadError` is a problem found while
loading, with its place in the file.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from .. import formats
from ..problems import Say, said

try:  # the C parser is several times faster; fall back quietly where libyaml is missing
    from yaml._yaml import CParser as _Parser
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml.composer import Composer
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class _Parser(Reader, Scanner, Parser, Composer):  # type: ignore[no-redef]
        def __init__(self, stream: str) -> None:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)
            Composer.__init__(self)


IMPLICIT = "?"  # tag given to plain scalars: this module resolves them itself (YAML 1.2 core)


class _Resolver(yaml.resolver.BaseResolver):
    """Leaves plain scalars unresolved; PyYAML's own resolver would apply YAML 1.1 rules
    (``yes`` is true, ``2027-01-29`` a date) and costs a regex match per value."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        if kind is yaml.ScalarNode and implicit[0]:
            return IMPLICIT
        return str(super().resolve(kind, value, implicit))


class Loader(_Parser, _Resolver):  # type: ignore[misc, valid-type]
    def __init__(self, stream: str) -> None:
        _Parser.__init__(self, stream)
        _Resolver.__init__(self)


MAX_DIGITS = 100  # Python refuses to convert an integer of more than 4,300 digits

STR = "tag:yaml.org,2002:str"
INT = "tag:yaml.org,2002:int"
FLOAT = "tag:yaml.org,2002:float"
BOOL = "tag:yaml.org,2002:bool"
NULL = "tag:yaml.org,2002:null"
MAP = "tag:yaml.org,2002:map"
SEQ = "tag:yaml.org,2002:seq"
TIMESTAMP = "tag:yaml.org,2002:timestamp"
PLAIN_TAGS = {STR, INT, FLOAT, BOOL, NULL, MAP, SEQ, TIMESTAMP, IMPLICIT}

_INT_RE = re.compile(r"[-+]?[0-9][0-9_]*$")
_FLOAT_RE = re.compile(r"[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$")
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}
_NULLS = {"", "~", "null", "Null", "NULL"}


class LoadError(Exception):
    def __init__(self, en: Say, fr: Say, mark: Any, code: str = "yaml.structure") -> None:
        super().__init__(en.message)
        self.code = code
        self.en = en
        self.fr = fr
        self.line = (mark.line + 1) if mark is not None else 1
        self.column = (mark.column + 1) if mark is not None else 1


def _explicit(node: yaml.ScalarNode) -> Any:
    """A scalar whose type the writer chose: quoted or block text, or an explicit ``!!`` tag."""
    if node.style or node.tag == STR:
        return node.value
    plain = yaml.ScalarNode(IMPLICIT, node.value, node.start_mark, node.end_mark)
    value = scalar(plain)
    wanted = {INT: int, FLOAT: float, BOOL: bool, NULL: type(None)}.get(node.tag)
    if wanted is not None and type(value) is not wanted:
        return node.value  # a mistyped explicit tag: let the schema report the text
    return value


def scalar(node: yaml.ScalarNode) -> Any:
    value = node.value
    if node.tag != IMPLICIT or node.style:  # quoted, block or explicitly tagged
        return _explicit(node)
    if value in _NULLS:
        return None
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    if _INT_RE.match(value):
        digits = len(value.lstrip("+-").replace("_", ""))
        if digits > MAX_DIGITS:
            raise LoadError(
                *said(
                    "problem.yaml.number-too-long",
                    digits={lang: formats.number(digits, lang) for lang in ("en", "fr")},
                ),
                node.start_mark,
                code="yaml.number-too-long",
            )
        return int(value.replace("_", ""))
    if _FLOAT_RE.match(value) and any(c.isdigit() for c in value):
        return float(value.replace("_", ""))
    # timestamps and everything else stay strings (JSON Schema formats check them)
    return value


def first_alias_mark(text: str) -> Any:
    """Where the first ``*alias`` is used (only looked for once an alias was found)."""
    try:
        for event in yaml.parse(text, Loader=Loader):  # type: ignore[arg-type]
            if isinstance(event, yaml.AliasEvent):
                return event.start_mark
    except yaml.YAMLError:
        return None
    return None
