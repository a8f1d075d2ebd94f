"""The readable text of an e-mail and the sealed blocks in it.

Mail programs send the same words as plain text, as HTML, or both, split over several parts,
quoted with ``> `` in a reply, indented, with non-breaking spaces. The text read is every inline
plain-text part in order (or, when there is none, the HTML parts as text); attachments are
counted, never opened. A block is found between its BEGIN and END lines once quote marks and
spaces around each line are removed; the same block found twice (in the plain text and the
HTML, or quoted and not) is one block.
"""

from __future__ import annotations

import re
from email.message import EmailMessage, Message
from html.parser import HTMLParser

BEGIN = "-----BEGIN SEALED APPLICATION-----"
END = "-----END SEALED APPLICATION-----"
_QUOTE = re.compile(r"^[ \t\u00a0]*(?:>[ \t\u00a0]?)+")
_BREAKS = {"p", "div", "pre", "tr", "li", "h1", "h2", "h3", "h4", "blockquote", "table"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.pre = 0  # inside <pre>, line ends count; elsewhere only <br> and blocks do

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head"):
            self.skip += 1
        elif tag == "br":
            self.out.append("\n")
        elif tag in _BREAKS:
            self.pre += tag == "pre"
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head"):
            self.skip = max(0, self.skip - 1)
        elif tag in _BREAKS:
            self.pre = max(0, self.pre - (tag == "pre"))
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.out.append(data if self.pre else re.sub(r"\s+", " ", data))


def html_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    parser.close()
    return "".join(parser.out)


def _content(part: Message) -> str:
    try:
        if isinstance(part, EmailMessage):
            value = part.get_content()
            if isinstance(value, str):
                return value
    except (LookupError, ValueError, TypeError, AssertionError):
        pass  # an unknown charset or a broken encoding: read the bytes as UTF-8 below
    raw = part.get_payload(decode=True)
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else ""


def readable(message: Message) -> tuple[str, int]:
    """The message's text and how many attachments (or other parts) it carries."""
    plain: list[str] = []
    html: list[str] = []
    attachments = 0
    for part in message.walk():
        if part.is_multipart():
            continue
        if part.get_content_disposition() == "attachment" or part.get_filename():
            attachments += 1
        elif part.get_content_type() == "text/plain":
            plain.append(_content(part))
        elif part.get_content_type() == "text/html":
            html.append(html_text(_content(part)))
        else:
            attachments += 1
    return "\n".join(plain or html), attachments


def blocks(text: str) -> list[str]:
    """Every distinct sealed block in ``text`` (an unterminated one runs to the end)."""
    found: list[str] = []
    current: list[str] | None = None
    for line in text.splitlines():
        clean = _QUOTE.sub("", line).strip(" \t\u00a0\u200b")
        if clean == BEGIN:
            current = [clean]
        elif current is not None:
            current.append(clean)
            if clean == END:
                found.append("\n".join(current) + "\n")
                current = None
    if current is not None:
        found.append("\n".join(current) + "\n")
    return list(dict.fromkeys(found))


def mentions_block(text: str) -> bool:
    return "SEALED APPLICATION" in text.upper()
