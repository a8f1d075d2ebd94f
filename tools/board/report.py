"""Formatting problems for people (text), programs (JSON) and GitHub Actions (annotations).

Text is in one language, the reader's; JSON carries both; a GitHub annotation shows both, since
the language of whoever reviews the pull request is not known.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping

from . import catalog
from .problems import Lang, Problem


def default_lang(environ: Mapping[str, str] | None = None) -> Lang:
    """``BOARD_LANG``, else the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``): French when it
    starts with "fr", otherwise English."""
    env = os.environ if environ is None else environ
    for name in ("BOARD_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "").strip()
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def summary(problems: list[Problem], files: int, lang: Lang = "en") -> str:
    """The last line of a report: how many errors and warnings, or that every file is valid."""
    errors = sum(1 for p in problems if p.is_error)
    if not problems:
        return catalog.tn(lang, "report.valid", files)
    return catalog.t(
        lang,
        "report.summary",
        errors=catalog.tn(lang, "report.errors", errors),
        warnings=catalog.tn(lang, "report.warnings", len(problems) - errors),
        files=catalog.tn(lang, "report.files", files),
    )


def text(problems: list[Problem], files: int, lang: Lang = "en") -> str:
    return "\n".join([p.text(lang) for p in problems] + [summary(problems, files, lang)])


def as_json(problems: list[Problem], files: int, lang: Lang = "en") -> str:
    """Both languages whatever ``lang`` is: a program picks the one it shows."""
    return json.dumps(
        {
            "files": files,
            "errors": sum(1 for p in problems if p.is_error),
            "warnings": sum(1 for p in problems if not p.is_error),
            "problems": [
                {
                    "path": p.path,
                    "code": p.code,
                    "line": p.line,
                    "column": p.column,
                    "field": p.field,
                    "severity": p.severity.value,
                    "message": p.message,
                    "hint": p.hint,
                    "message_fr": p.say("fr").message,
                    "hint_fr": p.say("fr").hint,
                }
                for p in problems
            ],
        },
        indent=2,
        ensure_ascii=False,
    )


def _both(p: Problem) -> str:
    """``English message (hint) / message français (conseil)``."""
    halves = []
    for said in (p.say("en"), p.say("fr")):
        halves.append(said.message + (f" ({said.hint})" if said.hint else ""))
    return " / ".join(halves)


def github(problems: list[Problem], files: int, lang: Lang = "en") -> str:
    """``::error file=…,line=…,col=…,title=…::message`` so each error sits on its diff line."""
    lines = []
    for p in problems:
        kind = "error" if p.is_error else "warning"
        title = _escape_property(p.field or "content")
        lines.append(
            f"::{kind} file={_escape_property(p.path)},line={p.line},col={p.column},"
            f"title={title}::{_escape_data(_both(p))}"
        )
    lines.append(summary(problems, files, lang))
    return "\n".join(lines)


FORMATS = {"text": text, "json": as_json, "github": github}
