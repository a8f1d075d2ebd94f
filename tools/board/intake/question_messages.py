"""The bilingual replies to a question issue: one function per situation, English and French.

Each returns ``{"en": ..., "fr": ...}``; `bilingual` puts the asker's preferred language first.
Text the asker typed (the opportunity field) is reflected only through `messages.quote`: one
line, in a code span, so it cannot mention anyone, link an issue, start a heading or render
markup.
The French is written, not translated word for word: it is what applicants in Quebec and
elsewhere read first.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from .. import formats
from ..model import Board, Opportunity
from ..question_period import QuestionPeriod
from .messages import quote

Texts = dict[str, str]


def moment_text(moment: datetime, tz: ZoneInfo, lang: str) -> str:
    """A deadline in a sentence: ``Wednesday, February 24, 2027, 11:59 p.m. (Eastern Time)``."""
    return formats.moment(moment, tz, lang, weekday=True, full_zone=True)


def date_text(day: date, lang: str) -> str:
    """``Wednesday, February 24, 2027`` / ``mercredi 24 février 2027``."""
    return formats.day(day, lang, weekday=True)


def bilingual(texts: Texts, first: str = "en") -> str:
    order = ("fr", "en") if first == "fr" else ("en", "fr")
    return "\n\n---\n\n".join(texts[lang] for lang in order)


def accepted(opp: Opportunity, period: QuestionPeriod, board: Board) -> Texts:
    tz = board.tz
    return {
        "en": (
            f"Thank you for your question about **{opp.title.en}** (`{opp.id}`).\n\n"
            f"Questions about this opportunity are accepted until "
            f"{moment_text(period.cutoff, tz, 'en')}. The answer will be published, possibly "
            f"reworded, on the opportunity page in English and French by the end of "
            f"{date_text(period.answers_due, 'en')}. This issue will then be closed with a link "
            "to the answer."
        ),
        "fr": (
            f"Merci de votre question sur **{opp.title.fr}** (`{opp.id}`).\n\n"
            f"Les questions sur cette opportunité sont acceptées jusqu'au "
            f"{moment_text(period.cutoff, tz, 'fr')}. La réponse, reformulée au besoin, sera "
            f"publiée en français et en anglais sur la page de l'opportunité au plus tard le "
            f"{date_text(period.answers_due, 'fr')}. Ce ticket sera alors fermé, avec un lien "
            "vers la réponse."
        ),
    }


def missing(labels: list[str]) -> Texts:
    listed = "\n".join(f"- {label}" for label in labels)
    return {
        "en": (
            "This question cannot be processed yet: these sections are empty or missing.\n\n"
            f"{listed}\n\n"
            "Please edit this issue and fill them in (use the **Ask a question** link on the "
            "opportunity page to start from the form); it is checked again after each edit."
        ),
        "fr": (
            "Nous ne pouvons pas encore traiter cette question : ces sections sont vides ou "
            f"absentes.\n\n{listed}\n\n"
            "Veuillez modifier ce ticket pour les remplir (le lien **Poser une question** de la "
            "page de l'opportunité ouvre le formulaire); il est vérifié de nouveau après chaque "
            "modification."
        ),
    }


def unknown(given: str) -> Texts:
    return {
        "en": (
            f"No open opportunity on the board has the identifier {quote(given)}, so this question "
            "is closed. The identifier is the last part of the opportunity page's address; "
            "please ask again from the **Ask a question** link on that page."
        ),
        "fr": (
            f"Aucune opportunité ouverte du tableau ne porte l'identifiant {quote(given)}; cette "
            "question est donc fermée. L'identifiant est la dernière partie de l'adresse de la "
            "page de l'opportunité; veuillez poser de nouveau votre question à partir du lien "
            "**Poser une question** de cette page."
        ),
    }


def cancelled(opp: Opportunity) -> Texts:
    return {
        "en": (
            f"**{opp.title.en}** (`{opp.id}`) was cancelled, so it no longer takes questions. "
            "This question is closed."
        ),
        "fr": (
            f"L'opportunité **{opp.title.fr}** (`{opp.id}`) a été annulée; elle n'accepte donc "
            "plus de questions. Cette question est fermée."
        ),
    }


def closed(opp: Opportunity, board: Board) -> Texts:
    tz = board.tz
    return {
        "en": (
            f"**{opp.title.en}** (`{opp.id}`) closed on {moment_text(opp.closing, tz, 'en')}, "
            "so it no longer takes questions. This question is closed."
        ),
        "fr": (
            f"La période de candidature de l'opportunité **{opp.title.fr}** (`{opp.id}`) a pris "
            f"fin le {moment_text(opp.closing, tz, 'fr')}; l'opportunité n'accepte donc plus "
            "de questions. Cette question est fermée."
        ),
    }


def too_late(opp: Opportunity, period: QuestionPeriod, board: Board) -> Texts:
    tz = board.tz
    n = board.question_cutoff_business_days
    days = {
        lang: f"{n} " + formats.plural(lang, n, *words)
        for lang, words in (
            ("en", ("business day", "business days")),
            ("fr", ("jour ouvrable", "jours ouvrables")),
        )
    }
    return {
        "en": (
            f"Questions about **{opp.title.en}** (`{opp.id}`) closed on "
            f"{moment_text(period.cutoff, tz, 'en')}, {days['en']} before the closing "
            f"date ({moment_text(opp.closing, tz, 'en')}), so that every answer reaches all "
            "applicants in time. This question is closed without an answer; the answers "
            "already published are on the opportunity page."
        ),
        "fr": (
            f"La période des questions sur **{opp.title.fr}** (`{opp.id}`) a pris fin le "
            f"{moment_text(period.cutoff, tz, 'fr')}, {days['fr']} avant la date "
            f"de clôture ({moment_text(opp.closing, tz, 'fr')}), pour que chaque réponse "
            "parvienne à temps à tous les candidats. Cette question est fermée sans réponse; "
            "les réponses déjà publiées figurent sur la page de l'opportunité."
        ),
    }
