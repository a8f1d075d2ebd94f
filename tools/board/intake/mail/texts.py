"""Everything an e-mail sender reads from intake that an issue's author does not: the catalog's
``mail.*`` entries (``board/catalog/fr.po``), English and French side by side.

An issue message that speaks of editing the issue or commenting has an e-mail version under the
same key after ``mail.`` (``intake.edit-to-fix`` → ``mail.intake.edit-to-fix``, with the same
placeholders or fewer); `for_email` swaps them in the decision's text, so the decisions stay one
code.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ... import catalog
from ...model import Text

# The e-mail version of an issue message ``K`` is the catalog's ``mail.K``.
WORDINGS = ("mail.intake.", "mail.question.")


def say(code: str, **values: object) -> Text:
    """The catalog's ``mail.<code>`` in both languages."""
    en, fr = catalog.both(f"mail.{code}", **values)
    return Text(en=en, fr=fr)


def wordings() -> list[tuple[str, str]]:
    """(issue message key, its e-mail version's key) for every message e-mail words otherwise."""
    return [
        (found.key.removeprefix("mail."), found.key)
        for prefix in WORDINGS
        for found in catalog.family(prefix)
    ]


def _pattern(template: str) -> re.Pattern[str]:
    out, seen = [], set()
    for piece in re.split(r"(\{\w+\})", template):
        name = piece[1:-1] if piece.startswith("{") and piece.endswith("}") else None
        if name is None:
            out.append(re.escape(piece))
        elif name in seen:
            out.append(f"(?P={name})")
        else:
            seen.add(name)
            out.append(f"(?P<{name}>[^\\n]+?)")
    return re.compile("".join(out))


def _swap(template: str) -> Callable[[re.Match[str]], str]:
    def fill(found: re.Match[str]) -> str:
        return template.format(**found.groupdict())

    return fill


def for_email(text: str) -> str:
    """``text`` (a decision's bilingual comment) with the issue wording replaced by e-mail's."""
    for issue_key, mail_key in wordings():
        for lang in ("en", "fr"):
            issue, mail = catalog.forms(lang, issue_key)[0], catalog.forms(lang, mail_key)[0]
            text = _pattern(issue).sub(_swap(mail), text)
    return text
