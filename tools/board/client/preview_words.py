"""The pull-request summary's table header and status words (its texts: ``preview.*`` in the catalog)."""

from __future__ import annotations

from .. import catalog

TABLE_HEADER = "| field / champ | before / avant | after / après |"


def status_word(value: object, lang: str) -> str:
    """What the board shows, or what the file says (draft, published…), in ``lang``."""
    key = f"preview.status.{value}"
    return catalog.t(lang, key) if catalog.has(key) else str(value)
