"""The board's one link policy: which link targets in Markdown may become a link.

The validator (rules/markdown.py) refuses a file whose Markdown links elsewhere, on the exact
line; the renderer (site/safemarkdown.py) drops the target of any such link that reached the
build some other way. Both ask `judge`, so they cannot disagree.

Allowed: ``https://`` addresses with a host, ``mailto:`` addresses, anchors on the same page
(``#part``) and relative links (``../other/``, ``/fr/``, ``?q=1``). Refused: every other scheme
(``javascript:``, ``vbscript:``, ``data:``, ``file:``, ``ftp:``...), plain ``http://`` (the board
is served over https, and says so), protocol-relative ``//host`` and anything with a backslash
(browsers read ``\\`` as ``/``, so ``/\\host`` is ``//host``), whitespace or a control character.

The URL is read the way a browser reads it: character references decoded (``jav&#x61;script:``),
tabs and line breaks removed (``java\\tscript:``), leading and trailing controls and spaces
trimmed, the scheme compared without regard to case. Look-alike host names (IDN homographs) are
not judged: the address is shown as written.
"""

from __future__ import annotations

import html
import re
from enum import Enum

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
_HTTPS = re.compile(r"https://[^/?#@\s]", re.I)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_BROWSER_REMOVES = re.compile(r"[\t\n\r]")
_BROWSER_TRIMS = "".join(chr(c) for c in range(0x21))


class Verdict(Enum):
    ALLOWED = "allowed"
    NOT_HTTPS = "not-https"  # http://: the https address is wanted
    REFUSED = "refused"  # another scheme, protocol-relative, or malformed


def _as_browser_reads(url: str) -> str:
    decoded = url
    for _ in range(4):  # a reference may hide another (&amp;#106;): decode until it settles
        again = html.unescape(decoded)
        if again == decoded:
            break
        decoded = again
    return _BROWSER_REMOVES.sub("", decoded).strip(_BROWSER_TRIMS)


def judge(url: str) -> Verdict:
    """Whether ``url``, a link target written in Markdown, may become a link."""
    seen = _as_browser_reads(url)
    if _CONTROL.search(seen) or "\\" in seen or any(c.isspace() for c in seen):
        return Verdict.REFUSED
    if seen.startswith("//"):
        return Verdict.REFUSED
    if not seen or seen.startswith("#"):
        return Verdict.ALLOWED
    first_segment = re.split(r"[/?#]", seen, maxsplit=1)[0]
    scheme = _SCHEME.match(seen)
    if scheme is None:
        # A relative link; a colon in its first segment would read as a scheme somewhere.
        return Verdict.REFUSED if ":" in first_segment else Verdict.ALLOWED
    name = scheme.group(1).lower()
    if name == "https":
        return Verdict.ALLOWED if _HTTPS.match(seen) else Verdict.REFUSED
    if name == "mailto":
        return Verdict.ALLOWED if len(seen) > len("mailto:") else Verdict.REFUSED
    if name == "http":
        return Verdict.NOT_HTTPS
    return Verdict.REFUSED


def allowed(url: str) -> bool:
    return judge(url) is Verdict.ALLOWED
