"""Inline code in a plain-text field (a work acceptance criterion): `make test` shows as code,
not as backticks. Everything else stays escaped text; only the ``<code>`` element is added."""

from __future__ import annotations

import re

from markupsafe import Markup, escape

_CODE = re.compile(r"`([^`\n]+)`")


def inline_code(text: str) -> Markup:
    parts: list[Markup] = []
    last = 0
    for match in _CODE.finditer(text):
        parts.append(escape(text[last : match.start()]))
        parts.append(Markup("<code>%s</code>") % match.group(1))
        last = match.end()
    parts.append(escape(text[last:]))
    return Markup("").join(parts)
