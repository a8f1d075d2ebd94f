"""A reader for the board's own gettext catalog, fast enough to run on every command.

Babel's ``read_po`` is the reference (``tests/test_catalog.py`` reads the file with it, with
``abort_invalid``, and checks that this reader returns the same entries); it is also general,
and took 45 ms and 50 million instructions for 1,145 entries, on every ``board`` command. The
catalog is a plain file that the board itself keeps: entries of ``msgctxt``, ``msgid``, an
optional ``msgid_plural``, ``msgstr`` or ``msgstr[n]``, each string on one or more quoted lines,
comments and flags above. This reads exactly that, in one pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_ESCAPE = re.compile(r"\\(.)")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}
_KEYWORD = re.compile(r"^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(\".*\")\s*$")
_PLURAL = re.compile(r"^Plural-Forms:.*?plural=([^;]+);?", re.MULTILINE)


@dataclass
class Message:
    """One entry as written: its key, English forms, French forms, and whether it is fuzzy."""

    context: str = ""
    en: list[str] = field(default_factory=list)
    fr: dict[int, str] = field(default_factory=dict)
    fuzzy: bool = False


def _unquote(quoted: str) -> str:
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(1)), quoted[1:-1])


def messages(text: str) -> tuple[list[Message], str]:
    """Every keyed or unkeyed entry of the catalog ``text`` but the header, and the header's
    plural expression (``(n > 1)``)."""
    out: list[Message] = []
    current = Message()
    target: tuple[str, int] = ("", 0)
    fuzzy = False  # a "#, fuzzy" flag seen since the last entry began
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            fuzzy = fuzzy or (line.startswith("#,") and "fuzzy" in line)
            continue
        if line.startswith('"'):
            _append(current, target, _unquote(line))
            continue
        match = _KEYWORD.match(line)
        if match is None:
            raise ValueError(f"line {number} is not a catalog line: {line[:60]!r}")
        word, index, quoted = match.groups()
        starts = word == "msgctxt" or (word == "msgid" and not (current.context and not current.en))
        if starts:
            if current.context or current.en:
                out.append(current)
            current, fuzzy = Message(fuzzy=fuzzy), False
        if word in ("msgid", "msgid_plural"):
            current.en.append("")
        target = ("fr", int(index or 0)) if word.startswith("msgstr") else (word, 0)
        _append(current, target, _unquote(quoted))
    if current.context or current.en:
        out.append(current)
    header = next((m.fr.get(0, "") for m in out if m.en == [""] and not m.context), "")
    plural = _PLURAL.search(header)
    return [m for m in out if m.en != [""]], plural.group(1).strip() if plural else "(n != 1)"


def _append(message: Message, target: tuple[str, int], text: str) -> None:
    kind, index = target
    if kind == "msgctxt":
        message.context += text
    elif kind in ("msgid", "msgid_plural"):
        message.en[-1] += text
    else:
        message.fr[index] = message.fr.get(index, "") + text
