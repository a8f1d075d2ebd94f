"""The pull-request summary's table header and status words (its texts: ``preview.*`` in the catalog)."""

from __future__ import annotations

from .. import catalog


def table_header() -> str:
    """``| field / champ | before / avant | after / après |``: each column in both languages."""
    keys = ("preview.column.field", "preview.column.before", "preview.column.after")
    return "| " + " | ".join(" / ".join(catalog.both(key)) for key in keys) + " |"


def status_word(value: object, lang: str) -> str:
    """What the board shows, or what the file says (draft, published…), in ``lang``."""
    key = f"preview.status.{value}"
    return catalog.t(lang, key) if catalog.has(key) else str(value)
