"""Markdown fields carry no raw HTML and no script links: the board's door to script injection.

The board also escapes HTML when it renders (defence in depth); this rule tells the client
early, on the exact line, instead of silently dropping what they wrote.
"""

from __future__ import annotations

import re

from .. import links
from ..model import Board
from ..problems import Problem, Say, said
from ..yamlio.load import Document, JsonPath
from ._schema_fields import problems_in, text_fields

_FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,}).*?^\1\2[`~]*[ \t]*$", re.M | re.S)
_CODE_SPAN = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.S)
_AUTOLINK = re.compile(r"<((?:https?|mailto|ftp):[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>", re.I)
_TAG = re.compile(r"<\s*(/?\s*[A-Za-z][A-Za-z0-9-]*|!--|!\[CDATA\[|\?)", re.S)
# A link's destination runs to the first ")" and may hold whitespace (Python-Markdown keeps a
# tab in it), less an optional quoted title; `links.judge` then refuses what a browser would
# misread.
_INLINE_LINK = re.compile(r"\]\(\s*(?:<([^>\n]*)>|([^)]*))")
_ANGLE_DESTINATION = re.compile(r"(?<=\]\()\s*<[^>\n]*>")  # [text](<dest>): not raw HTML
_REF_LINK = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.M)
_BARE_URL = re.compile(r"\b(https?://[^\s)>\]]+)", re.I)

# The Markdown fields are those the schema marks ``contentMediaType: text/markdown`` (the
# description, addenda, answers); plain-text fields have their own rule (plaintext.py).


def _blank(match: re.Match[str]) -> str:
    """Replace code with spaces of the same shape so offsets still point at the file."""
    return re.sub(r"[^\n]", " ", match.group(0))


def _locate(doc: Document, path: JsonPath, text: str, index: int) -> tuple[int, int]:
    line, column = doc.where(path)
    before = text[:index]
    if "\n" in text.rstrip("\n"):  # a block scalar: its text starts on the line after `|`
        at = line + 1 + before.count("\n")
        source = doc.line_text(at)
        indent = len(source) - len(source.lstrip(" "))
        return at, indent + len(before) - (before.rfind("\n") + 1) + 1
    return line, column + index


def _refused(target: str) -> tuple[Say, Say]:
    return said("problem.markdown.link-refused", target=repr(target))


def _not_https(target: str) -> tuple[Say, Say]:
    return said("problem.markdown.not-https", target=repr(target))


def _without_title(destination: str) -> str:
    """``url "title"`` less its title (found from the end: linear in the worst case)."""
    text = destination.rstrip()
    if text[-1:] in ('"', "'"):
        start = text.rfind(text[-1], 0, len(text) - 1)
        if start > 0 and text[start - 1].isspace():
            return text[:start].strip()
    return text.strip()


def _link_targets(prose: str) -> list[tuple[int, str]]:
    """(offset, destination) of every inline, reference and angle-bracket link."""
    targets: list[tuple[int, str]] = []
    for m in _INLINE_LINK.finditer(prose):
        group = 1 if m.group(1) is not None else 2
        targets.append((m.start(group), _without_title(m.group(group))))
    targets += [(m.start(1), m.group(1)) for m in _REF_LINK.finditer(prose)]
    targets += [(m.start(1), m.group(1)) for m in _AUTOLINK.finditer(prose)]
    return targets


def scan(text: str) -> list[tuple[int, Say, Say]]:
    """(offset, what is wrong and how to fix it in English, the same in French) for every unsafe
    construct in Markdown text."""
    found: list[tuple[int, Say, Say]] = []
    prose = _CODE_SPAN.sub(_blank, _FENCE.sub(_blank, text))
    without_autolinks = _ANGLE_DESTINATION.sub(_blank, _AUTOLINK.sub(_blank, prose))
    for match in _TAG.finditer(without_autolinks):
        found.append(
            (
                match.start(),
                *said("problem.markdown.raw-html", tag=repr(match.group(0).strip())),
            )
        )
    for offset, target in _link_targets(prose):
        verdict = links.judge(target)
        if verdict is links.Verdict.REFUSED:
            found.append((offset, *_refused(target)))
        elif verdict is links.Verdict.NOT_HTTPS and not _BARE_URL.match(target):
            found.append((offset, *_not_https(target)))  # hidden behind character references
    for match in _BARE_URL.finditer(prose):
        if match.group(1).lower().startswith("http://"):
            found.append((match.start(1), *_not_https(match.group(1))))
    return sorted(found, key=lambda problem: problem[0])


def check(doc: Document, board: Board) -> list[Problem]:
    markdown = text_fields("opportunity", markdown=True)
    return problems_in(doc, markdown, scan, _locate, code="markdown.unsafe")
