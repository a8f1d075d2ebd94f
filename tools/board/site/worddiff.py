"""A field's change as the page shows it, with the changed words marked ``<ins>`` and ``<del>``.

Both versions are first rendered the way the page renders the field: Markdown fields through
`safemarkdown` (raw HTML escaped), plain text escaped, a list of texts as a list. The two HTML
texts are then cut into tags and words, and the words compared with `difflib`. The result keeps
the new version's tags only, so it is as well formed as the new version; removed words are
placed, in ``<del>``, just before the next word of the new version (or at the end of its last
block). Every word comes from the escaped rendering, so markup in content stays text.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from markupsafe import Markup, escape

from . import safemarkdown

# a tag, an entity, a word, one other character, or white space
TOKEN = re.compile(r"<[^>]*>|&#?\w+;|[\w'’-]+|[^\w\s<]|\s+")
# Markdown fields, as ``changes.flatten`` names them: the description, addenda and answers.
MARKDOWN = re.compile(r"^(description|addenda\[\d+\]|questions\[\d+\]\.answer)\.(en|fr)$")
MAX_TOKENS = 20_000  # beyond this, show the new version whole rather than spend seconds


def rendered(field: str, value: Any) -> str | None:
    """``value`` as the page shows it, or None when it is not text (a date, a number...)."""
    if isinstance(value, str):
        if MARKDOWN.match(field):
            return safemarkdown.render(value)
        return str(escape(value))
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return "<ul>" + "".join(f"<li>{escape(v)}</li>" for v in value) + "</ul>"
    return None


def _is_tag(token: str) -> bool:
    return token.startswith("<")


def _words(tokens: list[str]) -> list[str]:
    return [t for t in tokens if not _is_tag(t) and not t.isspace()]


def marked(old_html: str, new_html: str) -> Markup:
    """``new_html`` with its added words in ``<ins>`` and the removed ones in ``<del>``."""
    old, new = TOKEN.findall(old_html), TOKEN.findall(new_html)
    if len(old) + len(new) > MAX_TOKENS:
        return Markup(new_html)  # noqa: S704 - rendered by `rendered`, escaped there
    old_words = _words(old)
    old_positions = [i for i, t in enumerate(old) if not _is_tag(t) and not t.isspace()]
    new_positions = [i for i, t in enumerate(new) if not _is_tag(t) and not t.isspace()]
    inserted: set[int] = set()
    removed_before: dict[int, list[str]] = {}
    matcher = difflib.SequenceMatcher(None, old_words, _words(new), autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op in ("replace", "insert"):
            inserted.update(new_positions[j1:j2])
        if op in ("replace", "delete"):
            at = new_positions[j1] if j1 < len(new_positions) else len(new)
            span = old[old_positions[i1] : old_positions[i2 - 1] + 1]
            removed_before.setdefault(at, []).extend(s for s in span if not _is_tag(s))
    html = re.sub(r"</ins>(\s*)<ins>", r"\1", "".join(_merge(new, inserted, removed_before)))
    return Markup(html)  # noqa: S704 - every word comes from the escaped rendering


def _merge(new: list[str], inserted: set[int], removed_before: dict[int, list[str]]) -> list[str]:
    out: list[str] = []
    end = _last_text_end(new)
    for i, token in enumerate(new):
        if i == end and len(new) in removed_before:
            out.append(f" <del>{''.join(removed_before.pop(len(new)))}</del>")
        if i in removed_before:
            out.append(f"<del>{''.join(removed_before[i])}</del> ")
        out.append(f"<ins>{token}</ins>" if i in inserted else token)
    if len(new) in removed_before:
        out.append(f" <del>{''.join(removed_before[len(new)])}</del>")
    return out


def _last_text_end(tokens: list[str]) -> int:
    """The index just after the last word (before the closing tags of the last block)."""
    for i in range(len(tokens) - 1, -1, -1):
        if not _is_tag(tokens[i]) and not tokens[i].isspace():
            return i + 1
    return len(tokens)


def field_change(field: str, old: Any, new: Any) -> Markup | None:
    """The change of a text field with its words marked, or None for any other value."""
    before, after = rendered(field, old), rendered(field, new)
    if before is None or after is None:
        return None
    return marked(before, after)
