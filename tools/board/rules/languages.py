"""French that is French, English that is English: every bilingual value checked three ways.

- a ``fr:`` value identical to its ``en:`` (codes, proper nouns, URLs and short values aside:
  fewer than `MIN_SAME_WORDS` words, or no word in lower case, is taken as a name or a code);
- a placeholder left in either language (TODO, TBD, XXX, FIXME, « à traduire »…);
- a value that the language-identification library `lingua` finds to be the other language.

Language identification costs time, so it is kept small: a value full of its own language's
function words ("the", "and"; « le », « et ») and nearly none of the other's is taken as it is
(most values, five times faster on the sample content), and lingua reads only the others; it
compares only English and French, in low-accuracy mode (trigrams only: its models load in about
0.2 s instead of about 3 s), only values of at least `MIN_DETECT_WORDS` words (shorter ones are
too often misread), their first `MAX_DETECT_CHARS` characters with code and addresses removed,
and speaks only when lingua is sure (`MIN_CONFIDENCE`). ``bench/validate`` reports the cost.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

from .. import catalog
from ..model import Board
from ..problems import Problem, said
from ..yamlio.load import Document, JsonPath
from ._access import problem

if TYPE_CHECKING:
    from lingua import LanguageDetector

MIN_SAME_WORDS = 3
MIN_DETECT_WORDS = 8
MIN_CONFIDENCE = 0.9
MAX_DETECT_CHARS = 200  # about 30 words: enough to know the language; time grows with length

OTHER = {"en": "fr", "fr": "en"}
PLACEHOLDER = re.compile(
    r"\b(?:TODO|TBD|TBC|FIXME|XXX+)\b|\?\?\?"
    r"|(?i:\b(?:à|a) traduire\b|\btraduction à venir\b|\bto be translated\b"
    r"|\btranslation to come\b|\blorem ipsum\b)"
)
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Short words each language cannot do without: a text full of its own and nearly none of the
# other's is what it says, without asking lingua (most values, at a fraction of the cost).
FUNCTION_WORDS = {
    "en": frozenset("the and of to is are for with that this in on be by an will we you".split()),
    "fr": frozenset(
        "le la les des du et est sont pour avec que qui dans sur une un au aux".split()
    ),
}
NOISE = re.compile(r"`[^`]*`|https?://\S+|\S+@\S+|\[[^\]]*\]\([^)]*\)")


def bilingual_values(data: Any, path: JsonPath = ()) -> Iterator[tuple[JsonPath, str, str]]:
    """(path of the mapping or list item pair, English, French) for every en/fr pair: a mapping
    with both texts, and the lists of work acceptance criteria item by item."""
    if isinstance(data, dict):
        en, fr = data.get("en"), data.get("fr")
        if isinstance(en, str) and isinstance(fr, str):
            yield path, en, fr
        elif isinstance(en, list) and isinstance(fr, list):
            for i, (one, other) in enumerate(zip(en, fr, strict=False)):
                if isinstance(one, str) and isinstance(other, str):
                    yield (*path, "[", i), one, other  # marker: en/fr hold the lists
        for key, value in data.items():
            if key not in ("en", "fr"):
                yield from bilingual_values(value, (*path, key))
    elif isinstance(data, list):
        for i, item in enumerate(data):
            yield from bilingual_values(item, (*path, i))


def _at(path: JsonPath, lang: str) -> JsonPath:
    """The path of the ``lang`` text of a pair found by `bilingual_values`."""
    if len(path) >= 2 and path[-2] == "[":
        return (*path[:-2], lang, path[-1])
    return (*path, lang)


def check(doc: Document, board: Board) -> list[Problem]:
    return check_document(doc)


def check_document(doc: Document) -> list[Problem]:
    out: list[Problem] = []
    for path, en, fr in bilingual_values(doc.data):
        if _same(en, fr):
            out.append(_identical(doc, path, en))
            continue
        for lang, text in (("en", en), ("fr", fr)):
            found = PLACEHOLDER.search(text)
            if found:
                out.append(_placeholder(doc, _at(path, lang), lang, found.group(0)))
            elif (other := _other_language(text, lang)) is not None:
                out.append(_wrong_language(doc, _at(path, lang), lang, other, text))
    return out


def _words(text: str) -> list[str]:
    return WORD.findall(text)


def _same(en: str, fr: str) -> bool:
    """The same text in both languages, and long enough, and worded enough, to be a sentence."""
    if en.strip() != fr.strip() or not en.strip():
        return False
    words = _words(NOISE.sub(" ", en))
    return len(words) >= MIN_SAME_WORDS and any(w.islower() for w in words)


@cache
def detector() -> LanguageDetector:
    from lingua import Language, LanguageDetectorBuilder

    return (
        LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.FRENCH)
        .with_low_accuracy_mode()
        .build()
    )


def _other_language(text: str, lang: str) -> str | None:
    """``OTHER[lang]`` when lingua is sure ``text`` is written in it, else None."""
    clean = NOISE.sub(" ", text)[:MAX_DETECT_CHARS]
    clean = clean.encode("utf-8", "replace").decode("utf-8")  # a lone surrogate from "\\ud800"
    words = [w.casefold() for w in _words(clean)]
    if len(words) < MIN_DETECT_WORDS:
        return None
    own = sum(w in FUNCTION_WORDS[lang] for w in words)
    if own >= 2 and own >= 3 * sum(w in FUNCTION_WORDS[OTHER[lang]] for w in words):
        return None
    from lingua import Language

    wanted = Language.FRENCH if OTHER[lang] == "fr" else Language.ENGLISH
    confidence = detector().compute_language_confidence(clean, wanted)
    return OTHER[lang] if confidence >= MIN_CONFIDENCE else None


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= 50 else flat[:49] + "…")


def _identical(doc: Document, path: JsonPath, en: str) -> Problem:
    return problem(
        doc,
        _at(path, "fr"),
        *said("problem.language.identical", excerpt=_excerpt(en)),
        code="language.identical",
    )


def _names(lang: str) -> dict[str, str]:
    """``lang``'s name as English and French write it (the catalog's ``language.name.<lang>``)."""
    return dict(zip(("en", "fr"), catalog.both(f"language.name.{lang}"), strict=True))


def _placeholder(doc: Document, path: JsonPath, lang: str, found: str) -> Problem:
    return problem(
        doc,
        path,
        *said("problem.language.placeholder", found=repr(found), language=_names(lang)),
        code="language.placeholder",
    )


def _wrong_language(doc: Document, path: JsonPath, lang: str, other: str, text: str) -> Problem:
    return problem(
        doc,
        path,
        *said(
            "problem.language.wrong-language",
            other=_names(other),
            language=_names(lang),
            excerpt=_excerpt(text),
            key=f"{other}:",  # the YAML key, written as in the file
        ),
        code="language.wrong-language",
    )
