"""The board's own words for the choices an opportunity makes, in English and French.

Shared by the site (the opportunity page states the taxes choice and the payment method) and
the client tools (`board new` explains each choice with them), so a choice reads the same on the
page and in the terminal. The words are the catalog's ``choice.<field>.<value>`` entries.
"""

from __future__ import annotations

from . import catalog


def choice(field: str, value: str, lang: str) -> str | None:
    """What ``value`` of ``field`` means (``choice.price.taxes.included``), if the board says."""
    key = f"choice.{field}.{value}"
    return catalog.t(lang, key) if catalog.has(key) else None
