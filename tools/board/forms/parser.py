"""Rendered issue-form body -> field values: one pure function driven by the form definition.

GitHub renders each field as ``### <label>``, a blank line, then the value; an empty field is
``_No response_``; checkboxes are ``- [x]`` / ``- [X]`` / ``- [ ]`` lines; a multi-select dropdown
joins values with ``, ``; a textarea with ``render`` sits inside a code fence.

A heading is a section boundary only where it is a label of the form that has not been seen yet
(and never inside a code fence), so an applicant who types ``### Something`` in an answer cannot
start a fake section. When no heading matches any label (a body from another form), every
heading starts a section keyed by its slug, as the reference parser does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .definition import Field, Form, slug

NO_RESPONSE = "_No response_"
_HEADING = re.compile(r"^### (.*?)\s*$")
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_CHECKBOX = re.compile(r"^\s*[-*] \[( |x|X|)\] ?(.*?)\s*$")


@dataclass(frozen=True)
class Parsed:
    """What a body holds, and what is wrong with it as an answer to the form."""

    values: dict[str, str | list[str]] = field(default_factory=dict)
    missing: tuple[str, ...] = ()  # ids of required fields left empty or absent
    unknown: tuple[str, ...] = ()  # headings that are not labels of the form
    out_of_order: bool = False

    def text(self, field_id: str) -> str:
        value = self.values.get(field_id, "")
        return value if isinstance(value, str) else ", ".join(value)

    def ticked(self, field_id: str) -> list[str]:
        value = self.values.get(field_id, [])
        return value if isinstance(value, list) else []


def _sections(lines: list[str], labels: set[str] | None) -> list[tuple[str, list[str]]]:
    """Split into (heading, lines); with ``labels``, only unseen known labels split."""
    sections: list[tuple[str, list[str]]] = []
    fence: str | None = None
    seen: set[str] = set()
    for line in lines:
        fence_match = _FENCE.match(line)
        if fence_match:
            marker = fence_match.group(1)
            if fence is None:
                fence = marker
            elif marker.startswith(fence[0]) and len(marker) >= len(fence):
                fence = None
        heading = _HEADING.match(line) if fence is None else None
        if heading:
            title = heading.group(1).strip()
            if labels is None or (title in labels and title not in seen):
                seen.add(title)
                sections.append((title, []))
                continue
        if sections:
            sections[-1][1].append(line)
    return sections


def _text(lines: list[str]) -> str:
    value = "\n".join(lines).strip("\n").strip()
    return "" if value == NO_RESPONSE else value


def _unfence(value: str) -> str:
    lines = value.split("\n")
    if len(lines) >= 2 and _FENCE.match(lines[0]) and _FENCE.match(lines[-1]):
        return "\n".join(lines[1:-1])
    return value


def _checkboxes(lines: list[str]) -> list[str]:
    ticked = []
    for line in lines:
        match = _CHECKBOX.match(line)
        if match and match.group(1) in ("x", "X"):
            ticked.append(match.group(2))
    return ticked


def _looks_like_checkboxes(lines: list[str]) -> bool:
    filled = [line for line in lines if line.strip()]
    return bool(filled) and all(_CHECKBOX.match(line) for line in filled)


def _value(spec: Field | None, lines: list[str]) -> str | list[str]:
    if spec is not None and spec.type == "checkboxes":
        return _checkboxes(lines)
    if spec is None and _looks_like_checkboxes(lines):
        return _checkboxes(lines)
    text = _text(lines)
    if spec is not None and spec.type == "dropdown" and spec.multiple:
        return [v.strip() for v in text.split(", ") if v.strip()] if text else []
    if spec is not None and spec.render and text:
        return _unfence(text)
    return text


def parse_body(body: str | None, form: Form) -> Parsed:
    """Values by field id, plus missing required fields and unknown sections."""
    lines = (body or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    by_label = form.by_label()
    headings = {m.group(1).strip() for line in lines if (m := _HEADING.match(line))}
    foreign = not (headings & set(by_label))
    sections = _sections(lines, None if foreign else set(by_label))
    values: dict[str, str | list[str]] = {}
    unknown: list[str] = []
    order: list[int] = []
    for title, section_lines in sections:
        spec = by_label.get(title)
        if spec is None:
            unknown.append(title)
        else:
            order.append(form.fields.index(spec))
        values[spec.id if spec else slug(title)] = _value(spec, section_lines)
    missing = tuple(f.id for f in form.fields if f.required and not values.get(f.id))
    return Parsed(
        values=values,
        missing=missing,
        unknown=tuple(unknown),
        out_of_order=order != sorted(order),
    )


def identify(body: str | None, forms: dict[str, Form]) -> Form | None:
    """The form whose labels best match the body's headings (None when none does)."""
    headings = {
        m.group(1).strip() for line in (body or "").splitlines() if (m := _HEADING.match(line))
    }
    best: tuple[int, Form] | None = None
    for form in forms.values():
        score = len(headings & set(form.by_label()))
        if score and (best is None or score > best[0]):
            best = (score, form)
    return best[1] if best else None
