"""The site's words: lookups into the board's catalog (``board/catalog/fr.po``).

Templates and page modules call ``t(lang, key, **values)``; every key is an entry of the
catalog (its ``msgctxt``). Content text (titles, descriptions) comes from the YAML; only the
board's own words are here.
"""

from __future__ import annotations

from .. import catalog, formats

LANGS = ("en", "fr")
OTHER = {"en": "fr", "fr": "en"}
LANGUAGE_NAME = {"en": "English", "fr": "Français"}

# Tables still in the old ``key: (English, French)`` shape, merged here by features that are not
# yet in the catalog; they win over it. Move them into fr.po with po_convert (see
# CONTRIBUTING in README.md) and delete them.
STRINGS: dict[str, tuple[str, str]] = {}


def t(lang: str, key: str, **values: object) -> str:
    """The interface text ``key`` in ``lang``, with ``values`` filled in."""
    if key in STRINGS:
        en, fr = STRINGS[key]
        text = fr if lang == "fr" else en
        return text.format(**values) if values else text
    return catalog.t(lang, key, **values)


def days_left(lang: str, days: int) -> str:
    if days <= 0:
        return t(lang, "days.today")
    return catalog.tn(lang, "days", days)


def colon(lang: str) -> str:
    """A colon as each language types it: French puts a no-break space before it."""
    return formats.colon(lang)


def plural(lang: str, key: str, n: int) -> str:
    """The plural entry ``key`` in the form ``n`` takes in ``lang`` (French: 0 is singular)."""
    return catalog.tn(lang, key, n)
