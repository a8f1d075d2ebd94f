"""Every interface string of the board, in English and French, from one gettext catalog.

``fr.po`` beside this module is the single source of the board's own words (pages, bot
comments, CLI messages): each entry's ``msgctxt`` is a stable key (``board.lead``,
``intake.title-fix``), its ``msgid`` the English and its ``msgstr`` the French, so a translator
reviews both side by side in Poedit or Weblate without reading Python. Placeholders are
``str.format`` names (``{title}``); an entry with ``msgid_plural`` has a form per plural
category, chosen by the catalog's ``Plural-Forms`` (French: 0 and 1 are singular).

There is one way to write a message: ``t(lang, "key", **values)``, or ``tn(lang, "key", n,
**values)`` for a count (``{n}`` is filled in). A value that differs by language (a title, a
formatted date) is given in both, as a ``Text`` or a ``{"en": …, "fr": …}`` mapping, and each
language gets its own. The catalog is read once per process, by `po.messages` (Babel's
``read_po`` is the reference the tests hold it to, and too slow for every command).
``tests/test_catalog.py`` checks that every key the code uses is in the
catalog with both languages, that every entry is used, that placeholders agree, and French
typography.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .po import messages

CATALOG = Path(__file__).resolve().parent / "fr.po"


class MissingMessage(KeyError):
    """A key the code asks for is not in the catalog (``tests/test_catalog.py`` prevents it)."""


@dataclass(frozen=True)
class Entry:
    """One entry: its English and French forms (one each, or one per plural category)."""

    key: str
    en: tuple[str, ...]
    fr: tuple[str, ...]

    @property
    def plural(self) -> bool:
        return len(self.en) > 1


@dataclass(frozen=True)
class Catalog:
    entries: dict[str, Entry]
    plural_fr: Callable[[int], int]


def read(path: Path = CATALOG) -> Catalog:
    """The catalog at ``path``: every keyed entry (fuzzy ones count as untranslated)."""
    found, plural = messages(path.read_text(encoding="utf-8"))
    entries = {}
    for message in found:
        if not message.context or not any(message.en):
            continue
        fr = () if message.fuzzy else tuple(message.fr[i] for i in sorted(message.fr))
        entries[message.context] = Entry(message.context, tuple(message.en), fr)
    return Catalog(entries, gettext.c2py(plural))


@cache
def catalog() -> Catalog:
    """The board's catalog, read once."""
    return read()


def entry(key: str) -> Entry:
    try:
        return catalog().entries[key]
    except KeyError:
        raise MissingMessage(f"no message {key!r} in {CATALOG.name}") from None


def _pick(found: Entry, lang: str, index: int) -> str:
    forms = found.fr if lang == "fr" and found.fr and all(found.fr) else found.en
    return forms[min(index, len(forms) - 1)]


def _in(lang: str, value: object) -> object:
    """``value`` in ``lang`` when it is given in both languages, else ``value``."""
    if isinstance(value, Mapping) and lang in value:
        return value[lang]
    if hasattr(value, "en") and hasattr(value, "fr"):
        return getattr(value, lang)
    return value


def fill(lang: str, text: str, /, **values: object) -> str:
    """``text`` (a form of a message in ``lang``) with ``values`` filled in."""
    return text.format(**{k: _in(lang, v) for k, v in values.items()}) if values else text


def t(lang: str, key: str, /, **values: object) -> str:
    """The message ``key`` in ``lang`` (``"en"`` or ``"fr"``), with ``values`` filled in."""
    return fill(lang, _pick(entry(key), lang, 0), **values)


def tn(lang: str, key: str, n: int, /, **values: object) -> str:
    """The plural message ``key`` in the form ``n`` takes in ``lang``; ``{n}`` is ``n``."""
    found = entry(key)
    index = (catalog().plural_fr(n) if lang == "fr" else int(n != 1)) if found.plural else 0
    return _pick(found, lang, index).format(
        **{"n": n, **{k: _in(lang, v) for k, v in values.items()}}
    )


def both(key: str, /, **values: object) -> tuple[str, str]:
    """The message in English and in French."""
    return t("en", key, **values), t("fr", key, **values)


def has(key: str) -> bool:
    """Whether the catalog has the message ``key`` (for words that exist for some values only)."""
    return key in catalog().entries


def forms(lang: str, key: str, /) -> tuple[str, ...]:
    """Every form of ``key`` in ``lang``, placeholders unfilled: for a script that picks the
    form itself (the Apply page's count of problems)."""
    found = entry(key)
    return found.fr if lang == "fr" and found.fr and all(found.fr) else found.en


def family(prefix: str, /) -> list[Entry]:
    """Every entry whose key starts with ``prefix`` (``"yaml.parser."``), in the catalog's order."""
    return [found for key, found in catalog().entries.items() if key.startswith(prefix)]
