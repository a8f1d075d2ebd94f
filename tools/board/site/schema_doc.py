"""The opportunity YAML format, explained from the schema's own ``description`` texts.

English comes straight from ``schemas/opportunity.schema.json``. French comes from
``board.schemas.fr.FRENCH`` (shared with the validation messages), which records the English it translates: when the schema's wording changes, the
test suite fails until the translation follows, so the two guides never drift apart.
"""

from __future__ import annotations

from typing import Any

from .. import catalog, schemas
from ..schemas.fr import FRENCH, french
from .i18n import t


def fields(schema: dict[str, Any] | None = None) -> list[tuple[str, bool, str, str]]:
    """(path, required, JSON type or choices, English description) for every described field."""
    root = schema if schema is not None else schemas.load_schema("opportunity")
    out: list[tuple[str, bool, str, str]] = []

    def walk(node: dict[str, Any], path: str, required: bool) -> None:
        if path and "description" in node:
            kind = (
                " | ".join(map(str, node["enum"])) if "enum" in node else str(node.get("type", ""))
            )
            out.append((path, required, kind, node["description"]))
        needed = set(node.get("required", ()))
        for key, child in node.get("properties", {}).items():
            walk(child, f"{path}.{key}" if path else key, key in needed)
        if isinstance(node.get("items"), dict):
            walk(node["items"], f"{path}[]", required)

    walk(root, "", True)
    return out


def table(lang: str, schema: dict[str, Any] | None = None) -> str:
    """A Markdown table of the format (the opportunity's unless ``schema`` is given), in ``lang``."""
    yes, no = t(lang, "guide.yes"), t(lang, "guide.no")
    lines = [
        f"| {t(lang, 'guide.fields')} | {t(lang, 'guide.required')} | {t(lang, 'guide.type')} | {t(lang, 'guide.meaning')} |",
        "|---|---|---|---|",
    ]
    for path, required, kind, english in fields(schema):
        text = english
        if lang == "fr":
            text = FRENCH[path][1] if schema is None else (french(english) or english)
        if catalog.has(f"guide.type.{kind}"):
            kind = catalog.t(lang, f"guide.type.{kind}")
        cell = text.replace("|", "\\|")
        lines.append(
            f"| `{path}` | {yes if required else no} | {kind.replace('|', '/')} | {cell} |"
        )
    return "\n".join(lines) + "\n"
