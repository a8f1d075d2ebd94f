"""Issue-form definitions (``.github/ISSUE_TEMPLATE/*.yml``) read as plain values.

The form file is the single source of truth for field ids, labels and options: the parser, the
board's prefill links and the intake checks all read them from here, never from copies in code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

FORMS_DIR = Path(".github") / "ISSUE_TEMPLATE"

_SLUG = re.compile(r"[^a-z0-9]+")


def slug(label: str) -> str:
    """``What's your preferred color?`` -> ``what_s_your_preferred_color``, trimmed of ``_``."""
    return _SLUG.sub("_", label.strip().lower()).strip("_")


@dataclass(frozen=True)
class Field:
    id: str
    type: str  # input | textarea | dropdown | checkboxes (markdown blocks are not fields)
    label: str
    required: bool = False
    options: tuple[str, ...] = ()
    multiple: bool = False
    render: str | None = None  # textarea rendered inside a code fence

    @property
    def is_list(self) -> bool:
        return self.type == "checkboxes" or (self.type == "dropdown" and self.multiple)


@dataclass(frozen=True)
class Form:
    name: str  # file name, e.g. application.yml
    title: str
    fields: tuple[Field, ...]
    labels: tuple[str, ...] = ()

    def field(self, field_id: str) -> Field | None:
        return next((f for f in self.fields if f.id == field_id), None)

    def by_label(self) -> dict[str, Field]:
        return {f.label.strip(): f for f in self.fields}


def _options(attributes: dict[str, Any]) -> tuple[str, ...]:
    out = []
    for option in attributes.get("options") or []:
        out.append(str(option["label"] if isinstance(option, dict) else option))
    return tuple(out)


def form_from_data(name: str, data: dict[str, Any]) -> Form:
    fields = []
    for item in data.get("body") or []:
        kind = item.get("type")
        if kind == "markdown":
            continue
        attributes = item.get("attributes") or {}
        label = str(attributes.get("label", "")).strip()
        fields.append(
            Field(
                id=str(item.get("id") or slug(label)),
                type=str(kind),
                label=label,
                required=bool((item.get("validations") or {}).get("required", False)),
                options=_options(attributes),
                multiple=bool(attributes.get("multiple", False)),
                render=attributes.get("render"),
            )
        )
    labels = data.get("labels") or []
    if isinstance(labels, str):
        labels = [x.strip() for x in labels.split(",")]
    return Form(
        name=name,
        title=str(data.get("name", name)),
        fields=tuple(fields),
        labels=tuple(str(x) for x in labels),
    )


def load_form(path: Path) -> Form:
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    return form_from_data(path.name, data)


def load_forms(repo_root: Path) -> dict[str, Form]:
    """Every issue form of the repository, by file name (``config.yml`` is not a form)."""
    folder = repo_root / FORMS_DIR
    if not folder.is_dir():
        return {}
    return {
        p.name: load_form(p)
        for p in sorted(folder.glob("*.y*ml"))
        if p.name not in ("config.yml", "config.yaml")
    }
