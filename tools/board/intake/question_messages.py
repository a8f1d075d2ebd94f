"""The bilingual replies to a question issue: one function per situation, English and French.

The texts are the catalog's ``question.*`` entries; each function fills them in and returns ``{"en": ..., "fr": ...}``; `bilingual` puts the asker's preferred language first.
Text the asker typed (the opportunity field) is reflected only through `messages.quote`: one
line, in a code span, so it cannot mention anyone, link an issue, start a heading or render
markup.
The French is written, not translated word for word: it is what applicants in Quebec and
elsewhere read first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from zoneinfo import ZoneInfo

from .. import catalog, formats
from ..model import Board, Opportunity
from ..question_period import QuestionPeriod
from .messages import quote

Texts = dict[str, str]
LANGS = ("en", "fr")


def moment_text(moment: datetime, tz: ZoneInfo, lang: str) -> str:
    """A deadline in a sentence: ``Wednesday, February 24, 2027, 11:59 p.m. (Eastern Time)``."""
    return formats.moment(moment, tz, lang, weekday=True, full_zone=True)


def date_text(day: date, lang: str) -> str:
    """``Wednesday, February 24, 2027`` / ``mercredi 24 février 2027``."""
    return formats.day(day, lang, weekday=True)


def bilingual(texts: Texts, first: str = "en") -> str:
    order = ("fr", "en") if first == "fr" else ("en", "fr")
    return "\n\n---\n\n".join(texts[lang] for lang in order)


def _texts(key: str, **values: object) -> Texts:
    """The catalog's ``key`` in each language (a value may be given in both)."""
    return {lang: catalog.t(lang, key, **values) for lang in LANGS}


def _each(make: Callable[[str], str]) -> dict[str, str]:
    return {lang: make(lang) for lang in LANGS}


def accepted(opp: Opportunity, period: QuestionPeriod, board: Board) -> Texts:
    said = _texts(
        "question.accepted",
        title=opp.title,
        id=opp.id,
        cutoff=_each(lambda lang: moment_text(period.cutoff, board.tz, lang)),
        due=_each(lambda lang: date_text(period.answers_due, lang)),
    )
    # its own entry, so that an e-mail reply can say it otherwise (mail.question.closed-with-link)
    closing = _texts("question.closed-with-link")
    return {lang: f"{said[lang]} {closing[lang]}" for lang in LANGS}


def missing(labels: list[str]) -> Texts:
    return _texts("question.missing", listed="\n".join(f"- {label}" for label in labels))


def unknown(given: str) -> Texts:
    return _texts("question.unknown", given=quote(given))


def cancelled(opp: Opportunity) -> Texts:
    return _texts("question.cancelled", title=opp.title, id=opp.id)


def closed(opp: Opportunity, board: Board) -> Texts:
    return _texts(
        "question.closed",
        title=opp.title,
        id=opp.id,
        closing=_each(lambda lang: moment_text(opp.closing, board.tz, lang)),
    )


def too_late(opp: Opportunity, period: QuestionPeriod, board: Board) -> Texts:
    n = board.question_cutoff_business_days
    return _texts(
        "question.too-late",
        title=opp.title,
        id=opp.id,
        cutoff=_each(lambda lang: moment_text(period.cutoff, board.tz, lang)),
        days=_each(lambda lang: catalog.tn(lang, "count.business-days", n)),
        closing=_each(lambda lang: moment_text(opp.closing, board.tz, lang)),
    )
