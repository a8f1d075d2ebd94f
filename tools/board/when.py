"""Dates and times as a reader sees them, in the board's time zone and in each language."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime

_LOCALES = {"en": "en_CA", "fr": "fr_CA"}
_MOMENT = {
    "en": "EEEE, MMMM d, y, h:mm a zzzz",  # Friday, February 26, 2027, 11:59 p.m. Eastern Standard Time
    "fr": "EEEE d MMMM y 'à' H 'h' mm zzzz",  # vendredi 26 février 2027 à 23 h 59 heure normale de l’Est
}


def moment_text(moment: datetime, tz: ZoneInfo, lang: str) -> str:
    """An aware date and time, shown in ``tz`` with its zone's name, in ``lang``."""
    local = moment.astimezone(tz)
    return format_datetime(local, _MOMENT[lang], tzinfo=tz, locale=_LOCALES[lang])


def date_text(day: date, lang: str) -> str:
    """A date in full (``Wednesday, February 24, 2027`` / ``mercredi 24 février 2027``)."""
    return format_date(day, "full", locale=_LOCALES[lang])
