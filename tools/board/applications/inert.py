"""Text from a sealed application, written into the evaluators' Markdown packet as inert text.

An answer is whatever the applicant typed: it may hold ``# Application Z``, an image that calls
a server when the packet is opened (``![x](https://…)``, ``<img src=…>``), a link, raw HTML, a
code fence meant to close ours, carriage returns, or invisible characters (bidirectional
controls that reorder what the evaluator reads, zero-width characters). Each text therefore goes
into a fenced code block whose fence is longer than any run of backticks inside it, so no line
can close it and nothing in it is read as Markdown or HTML; and every control or invisible
character is shown as ``<U+XXXX>`` instead of acting.
"""

from __future__ import annotations

import re
import unicodedata

# Line breaks a renderer or an editor may honour; all become a plain "\n".
_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_BACKTICKS = re.compile(r"`+")


def _visible(char: str) -> str:
    """The character itself, or ``<U+XXXX>`` when it is a control, format or unassigned one."""
    if char in "\n\t":
        return char
    if unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
        return f"<U+{ord(char):04X}>"
    return char


def plain(text: str) -> str:
    """``text`` with one kind of line break and every invisible character made visible."""
    return "".join(_visible(c) for c in _BREAKS.sub("\n", text))


def block(text: str) -> list[str]:
    """The lines of a fenced ``text`` block holding ``text`` verbatim, inert."""
    body = plain(text)
    longest = max((len(run) for run in _BACKTICKS.findall(body)), default=0)
    fence = "`" * max(3, longest + 1)
    return [f"{fence}text", *body.split("\n"), fence]
