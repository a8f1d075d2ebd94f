"""Problems found in content: values, collected rather than raised.

Every check in the board returns a list of `Problem`s; a run reports all of them at once and
the exit code follows from whether any of them is an error. Client teams read these messages,
so each one is written in English and in French (``message_fr``, ``hint_fr``), always from the
catalog: `said` reads the entry ``problem.<code>`` and its ``.hint`` in both languages, and
`Problem.text` renders either language. Each kind of problem also has a stable
``code`` (``price.over-cap``, ``yaml.duplicate-key``) that programs rely on rather than on the
wording; `board validate --format json` shows it, and docs/problem-codes.md lists them all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from . import catalog, formats

Lang = Literal["en", "fr"]
# A problem's code: lower-case words joined by dots and hyphens, e.g. ``yaml.duplicate-key``.
CODE = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+")
LANGS: tuple[Lang, ...] = ("en", "fr")


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Say:
    """One message and its hint, in one language: ``Say("is empty", "write the text")``."""

    message: str
    hint: str = ""


def said(key: str, /, **values: object) -> tuple[Say, Say]:
    """The catalog's problem ``key`` (its message) and ``key.hint`` (how to fix it, if there is
    one) in English and in French, as a terminal shows them: ``Problem.of(path, field,
    *said("problem.payment.not-accepted", method=…), code="payment.not-accepted")``. A value
    that differs by language is given in both (``{"en": "8,695", "fr": "8 695"}``)."""

    def show(lang: str, name: str) -> str:
        # the catalog's typography as a terminal shows it; the values exactly as given
        return catalog.fill(lang, formats.terminal(catalog.forms(lang, name)[0]), **values)

    def one(lang: str) -> Say:
        hint = f"{key}.hint"
        return Say(show(lang, key), show(lang, hint) if catalog.has(hint) else "")

    return one("en"), one("fr")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one file, located as precisely as we can."""

    path: str  # file path as the user gave it or relative to the repository root
    field: str  # dotted field path such as ``price.amount``; empty for the whole file
    message: str  # what is wrong
    hint: str = ""  # how to fix it
    line: int = 1  # 1-based
    column: int = 1  # 1-based
    severity: Severity = Severity.ERROR
    message_fr: str = ""  # the same, in French (every check supplies it; tests enforce it)
    hint_fr: str = ""
    code: str = ""  # stable, lower-case, dotted kind of problem (``price.over-cap``), for tools

    def __post_init__(self) -> None:
        if self.code and not CODE.fullmatch(self.code):
            raise ValueError(f"problem code {self.code!r} is not lower-case and dotted")

    @classmethod
    def of(
        cls,
        path: str,
        field: str,
        en: Say,
        fr: Say,
        line: int = 1,
        column: int = 1,
        severity: Severity = Severity.ERROR,
        *,
        code: str = "",
    ) -> Problem:
        """A problem from its English and French texts."""
        return cls(
            path, field, en.message, en.hint, line, column, severity, fr.message, fr.hint, code
        )

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def say(self, lang: Lang = "en") -> Say:
        """Message and hint in ``lang`` (English where a French text is missing)."""
        if lang == "fr" and self.message_fr:
            return Say(self.message_fr, self.hint_fr)
        return Say(self.message, self.hint)

    def text(self, lang: Lang = "en") -> str:
        """``path:line:column: field: message (hint)``, the form editors and CI understand.

        In French only the words change (``champ : message (conseil)``, with the space French
        typography puts before a colon); the location stays the same so editors can jump to it.
        """
        where = f"{self.path}:{self.line}:{self.column}"
        said = self.say(lang)
        colon = formats.colon(lang, terminal=True)
        field = f" {self.field}{colon}" if self.field else ""
        hint = f" ({said.hint})" if said.hint else ""
        tag = (
            f" {catalog.t(lang, 'report.warning')}{colon}"
            if self.severity is Severity.WARNING
            else ""
        )
        return f"{where}:{tag}{field} {said.message}{hint}"


def field_name(path: tuple[str | int, ...]) -> str:
    """Render a JSON path as the dotted name a client sees: ``evaluation.criteria[0].en``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


def fr_number(value: object) -> str:
    """A number as French writes it: ``10 350``, ``0,15`` (other values as is)."""
    return formats.number(value, "fr")
