"""Formatting problems for people (text), programs (JSON) and GitHub Actions (annotations)."""

from __future__ import annotations

import json

from .problems import Problem


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def text(problems: list[Problem], files: int) -> str:
    lines = [p.text() for p in problems]
    errors = sum(1 for p in problems if p.is_error)
    warnings = len(problems) - errors
    if errors or warnings:
        lines.append(
            f"{errors} error(s), {warnings} warning(s) in {files} file(s)"
        )
    else:
        lines.append(f"{files} file(s) valid")
    return "\n".join(lines)


def as_json(problems: list[Problem], files: int) -> str:
    return json.dumps(
        {
            "files": files,
            "errors": sum(1 for p in problems if p.is_error),
            "warnings": sum(1 for p in problems if not p.is_error),
            "problems": [
                {
                    "path": p.path,
                    "line": p.line,
                    "column": p.column,
                    "field": p.field,
                    "severity": p.severity.value,
                    "message": p.message,
                    "hint": p.hint,
                }
                for p in problems
            ],
        },
        indent=2,
        ensure_ascii=False,
    )


def github(problems: list[Problem], files: int) -> str:
    """``::error file=…,line=…,col=…,title=…::message`` so each error sits on its diff line."""
    lines = []
    for p in problems:
        kind = "error" if p.is_error else "warning"
        title = _escape_property(p.field or "content")
        body = p.message + (f" ({p.hint})" if p.hint else "")
        lines.append(
            f"::{kind} file={_escape_property(p.path)},line={p.line},col={p.column},"
            f"title={title}::{_escape_data(body)}"
        )
    lines.append(text([], files) if not problems else text(problems, files).splitlines()[-1])
    return "\n".join(lines)


FORMATS = {"text": text, "json": as_json, "github": github}
