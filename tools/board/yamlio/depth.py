"""How deeply a YAML text nests, found before anything recurses over it.

Composing a YAML node graph recurses once per level of nesting: libyaml's composer (C, through
PyYAML's extension) crashes the whole process with a segmentation fault around 100,000 levels,
and building values from the graph raises `RecursionError` from about 600. So the depth is
measured first, without recursion:

* a cheap upper bound from the text alone: block nesting needs indentation (at most two
  collections, a mapping and its sequence, start at one column), and flow nesting needs ``[`` or
  ``{``; anchors and tags may shift a collection's column, so they count too. Ordinary files
  stay far below the limit and pay only for this pass;
* when the bound is over the limit, the real depth from the parser's event stream, which
  libyaml produces with an explicit stack, never by recursion.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import yaml

MAX_DEPTH = 50  # content nests five or six levels; fifty leaves room and stays far from any stack

_PREFIX = re.compile(r"^[ \t?:-]+", re.MULTILINE)
_OPEN = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_CLOSE = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


def bound(text: str) -> int:
    """An upper bound on how deeply ``text`` nests (never below the real depth)."""
    indent = len(max(_PREFIX.findall(text), key=len, default=""))
    properties = text.count("&") + text.count("!")
    return 2 * (indent + 2) + text.count("[") + text.count("{") + properties


def too_deep(text: str, make_parser: Callable[[str], Any]) -> Any:
    """The start mark of the first collection nested deeper than `MAX_DEPTH`, else None.

    Syntax errors met on the way are raised as the parser raises them (``yaml.YAMLError``).
    """
    if bound(text) <= MAX_DEPTH:
        return None
    parser = make_parser(text)
    depth = 0
    try:
        while parser.check_event():
            event = parser.get_event()
            if isinstance(event, _OPEN):
                depth += 1
                if depth > MAX_DEPTH:
                    return event.start_mark
            elif isinstance(event, _CLOSE):
                depth -= 1
    finally:
        parser.dispose()
    return None
