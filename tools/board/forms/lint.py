"""Issue-form definitions checked as GitHub checks them when it shows the form.

Two layers: the schema check-jsonschema ships (``vendor.github-issue-forms``, from SchemaStore,
Apache-2.0; a copy is vendored in ``vendor/`` beside its licence, so the check works offline and
without the test extras; a test keeps it equal to check-jsonschema's), and the rules GitHub enforces that the schema misses:
ids and labels unique within a form, no ``None`` option in a dropdown, and every option text a
string once loaded as YAML 1.1, as GitHub loads it (an unquoted ``yes``/``no`` becomes a boolean
and the form is refused). check-jsonschema itself reads YAML 1.2, where ``yes`` stays text, so
it passes such a form. A broken form shows no error on GitHub; it just stops being offered.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from jsonschema.validators import validator_for

from ..problems import Problem, Say, field_name, said
from ..yamlio.depth import too_deep
from ..yamlio.load import Document, parse

VENDORED = ("board.forms", "vendor/github-issue-forms.json")


@lru_cache(maxsize=1)
def vendored_schema() -> dict[str, Any]:
    """The schema ``check-jsonschema --builtin-schema vendor.github-issue-forms`` uses."""
    package, name = VENDORED
    schema: dict[str, Any] = json.loads(resources.files(package).joinpath(name).read_text("utf-8"))
    return schema


def _at(doc: Document | None, path: tuple[str | int, ...]) -> tuple[int, int]:
    return doc.where(path) if doc is not None else (1, 1)


def _schema_problems(shown: str, data: Any, doc: Document | None) -> list[Problem]:
    schema = vendored_schema()
    validator = validator_for(schema)(schema)
    out = []
    for error in validator.iter_errors(data):
        path = tuple(error.absolute_path)
        line, col = _at(doc, path)
        out.append(
            Problem.of(
                shown,
                field_name(path),
                *said("problem.form.schema", message=error.message),
                line,
                col,
                code="form.schema",
            )
        )
    return out


def _option_problem(kind: object, text: object) -> tuple[Say, Say, str] | None:
    """What GitHub would make of one option's text that the form's author did not mean."""
    if not isinstance(text, str):
        read_as = type(text).__name__
        return (
            *said("problem.form.option-not-text", option=repr(text), kind=read_as),
            "form.option-not-text",
        )
    if kind == "dropdown" and text.strip().lower() == "none":
        return (*said("problem.form.none-reserved"), "form.none-reserved")
    return None


def _github_rules(shown: str, data: dict[str, Any], doc: Document | None) -> list[Problem]:
    out = []
    ids: dict[str, int] = {}
    labels: dict[str, int] = {}

    def add(path: tuple[str | int, ...], en: Say, fr: Say, *, code: str) -> None:
        line, col = _at(doc, path)
        out.append(Problem.of(shown, field_name(path), en, fr, line, col, code=code))

    for i, item in enumerate(data.get("body") or []):
        if not isinstance(item, dict) or item.get("type") == "markdown":
            continue
        attributes = item.get("attributes") or {}
        for key, seen, value in (
            ("id", ids, item.get("id")),
            ("label", labels, attributes.get("label")),
        ):
            if value is None:
                continue
            where: tuple[str | int, ...] = (
                ("body", i, key) if key == "id" else ("body", i, "attributes", key)
            )
            if value in seen:
                add(
                    where,
                    *said(
                        "problem.form.duplicate",
                        attribute=key,
                        value=repr(value),
                        index=seen[value],
                    ),
                    code="form.duplicate",
                )
            else:
                seen[value] = i
        for j, option in enumerate(attributes.get("options") or []):
            text = option.get("label") if isinstance(option, dict) else option
            wrong = _option_problem(item.get("type"), text)
            if wrong is not None:
                en, fr, code = wrong
                add(("body", i, "attributes", "options", j), en, fr, code=code)
    return out


def lint_text(text: str, shown: str) -> list[Problem]:
    """Every problem GitHub would have with one form definition's text."""
    doc, load_problems = parse(text, shown)  # positions; and how deep, checked without recursing
    try:
        if too_deep(text, yaml.SafeLoader) is not None:
            return load_problems  # says how deep, and where
        data = yaml.safe_load(text)  # YAML 1.1, as GitHub reads forms
    except (yaml.YAMLError, ValueError, RecursionError) as exc:
        return [
            Problem.of(
                shown,
                "",
                *said("problem.form.yaml", error=str(exc)),
                code="form.yaml",
            )
        ]
    found = _schema_problems(shown, data, doc)
    if isinstance(data, dict):
        ours = _github_rules(shown, data, doc)
        clearer = {p.field for p in ours}  # our message says how to fix it; keep only that
        found = [p for p in found if p.field not in clearer] + ours
    return sorted(found, key=lambda p: (p.line, p.column))


def lint(paths: list[Path]) -> list[Problem]:
    out = []
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            out.append(
                Problem.of(
                    str(path),
                    "",
                    *said("problem.form.unreadable", reason=str(exc)),
                    code="form.unreadable",
                )
            )
            continue
        out.extend(lint_text(text, str(path)))
    return out


def form_files(repo_root: Path) -> list[Path]:
    """Every issue-form definition of the repository (``config.yml`` is not a form)."""
    folder = repo_root / ".github" / "ISSUE_TEMPLATE"
    return sorted(p for p in folder.glob("*.y*ml") if p.stem != "config")
