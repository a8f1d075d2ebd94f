"""Plain-text fields carry no markup: no tag, literal or written as an HTML character reference.

The board escapes every value when it renders a page, so markup in a title shows as text; but
the same text also goes to feeds, calendars, open data and other people's pages, where an
``&lt;/title&gt;`` may become markup again. The client is told early, on the exact line.

Which fields are plain text comes from the schema (one source of truth): every string without
a ``format``, ``pattern``, ``enum`` or ``const``, unless ``contentMediaType`` says
``text/markdown`` (those go through the Markdown rule instead). Allowed: ``A & B``, ``x < 3``,
``R&D``; refused: ``<`` followed by a letter, ``/``, ``!`` or ``?`` (where a browser starts a
tag or a comment), and ``&`` that starts a character reference a browser would decode
(``&lt;``, ``&lt``, ``&#60;``, ``&#x3c;``, ``&amp;``, any ``&name;``), and invisible control
characters (bidirectional overrides included) that would hide text or break the feeds.
"""

from __future__ import annotations

import re
from html import unescape
from html.entities import html5

from ..problems import Problem, Say, said
from ..yamlio.load import Document, JsonPath
from ._schema_fields import problems_in, text_fields
from .markdown import _locate

_TAG = re.compile(r"<[A-Za-z/!?][^\s<>\"']{0,20}")
_REFERENCE = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9A-Fa-f]+;?|[A-Za-z][A-Za-z0-9]*;?)")
# Control characters (line breaks and tabs aside) and the bidirectional controls that can make
# text read differently from what it holds (CVE-2021-42574, "Trojan Source").
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Names a browser decodes even without the final ";" (&lt, &amp, &copy ...), longest first.
_LEGACY = tuple(sorted((n for n in html5 if not n.endswith(";")), key=len, reverse=True))


def _reference(text: str) -> str | None:
    """The part of ``text`` (``&...``) a browser decodes as a character reference, if any."""
    body = text[1:]
    if body.startswith("#") or body.endswith(";"):
        return text
    legacy = next((name for name in _LEGACY if body.startswith(name)), None)
    return None if legacy is None else "&" + legacy


def _locate_in(doc: Document, path: JsonPath, text: str, index: int) -> tuple[int, int]:
    """Where ``text[index]`` is in the file; a quoted scalar starts one column after its quote."""
    line, column = _locate(doc, path, text, index)
    if "\n" not in text.rstrip("\n"):
        source = doc.line_text(line)
        start = column - index - 1
        if 0 <= start < len(source) and source[start] in "'\"":
            column += 1
    return line, column


def scan(text: str) -> list[tuple[int, Say, Say]]:
    """(offset, what is wrong and how to fix it in English, the same in French) for each piece
    of markup in a plain text."""
    found: list[tuple[int, Say, Say]] = []
    for match in _TAG.finditer(text):
        tag = match.group(0)
        found.append(
            (
                match.start(),
                *said("problem.plaintext.markup", tag=repr(tag)),
            )
        )
    for match in _REFERENCE.finditer(text):
        reference = _reference(match.group(0))
        if reference is None:
            continue
        char = unescape(reference if reference.endswith(";") else reference + ";")
        found.append(
            (
                match.start(),
                *said("problem.plaintext.reference", reference=repr(reference), char=repr(char)),
            )
        )
    for match in _INVISIBLE.finditer(text):
        code = f"U+{ord(match.group(0)):04X}"
        found.append(
            (
                match.start(),
                *said("problem.plaintext.control", code=code),
            )
        )
    return sorted(found, key=lambda item: item[0])


def check_document(doc: Document, schema_name: str) -> list[Problem]:
    """A problem for each piece of markup in each plain-text field of ``doc``."""
    return problems_in(doc, text_fields(schema_name), scan, _locate_in, code="plaintext.markup")


def check(doc: Document, board: object) -> list[Problem]:
    """The opportunity rule."""
    return check_document(doc, "opportunity")
