"""Defensive access to raw document values, shared by the rules."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..problems import Problem, Say, Severity, field_name
from ..yamlio.load import Document, JsonPath


def get(data: Any, *path: str | int) -> Any:
    """The value at ``path``, or None if any step is missing or of the wrong kind."""
    node = data
    for part in path:
        if isinstance(part, int):
            if not isinstance(node, list) or part >= len(node):
                return None
        elif not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def iso_date(value: Any) -> date | None:
    """A ``YYYY-MM-DD`` text as a date, or None when it is not one (the schema says why)."""
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def with_repeated_texts(data: Any, fixed: tuple[JsonPath, ...]) -> list[JsonPath]:
    """``fixed`` plus the bilingual texts that repeat: each criterion and each addendum."""
    paths = list(fixed)
    for i, _ in enumerate(get(data, "evaluation", "criteria") or []):
        paths.append(("evaluation", "criteria", i))
    for i, _ in enumerate(get(data, "addenda") or []):
        paths.append(("addenda", i))
    return paths


def problem(
    doc: Document,
    path: JsonPath,
    en: Say,
    fr: Say,
    *,
    warning: bool = False,
    code: str,
) -> Problem:
    """A problem at the value at ``path``, said in English and in French."""
    line, column = doc.where(path)
    severity = Severity.WARNING if warning else Severity.ERROR
    return Problem.of(doc.path, field_name(path), en, fr, line, column, severity, code=code)
