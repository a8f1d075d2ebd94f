"""Dates, times and money in each language's conventions (Babel), in the board's time zone.

English: "January 29, 2027, 11:59 p.m. ET" and "$6,500". French: "29 janvier 2027, 23 h 59 HE"
and "6 500 $".
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from babel.dates import format_date as _format_date
from babel.dates import format_datetime as _format_datetime
from babel.numbers import format_currency

from .i18n import TZ_ABBREVIATIONS

LOCALES = {"en": "en_CA", "fr": "fr_CA"}
_DATETIME = {"en": "MMMM d, y, h:mm a", "fr": "d MMMM y, H 'h' mm"}
_WHOLE_MONEY = {"en": "¤#,##0", "fr": "#,##0\u00a0¤"}


def tz_abbreviation(tz: ZoneInfo, lang: str) -> str:
    en, fr = TZ_ABBREVIATIONS.get(tz.key, (tz.key, tz.key))
    return fr if lang == "fr" else en


def datetime_text(moment: datetime, tz: ZoneInfo, lang: str) -> str:
    """A moment shown in the board's time zone, with the zone named."""
    local = moment.astimezone(tz)
    text = _format_datetime(local, _DATETIME[lang], tzinfo=tz, locale=LOCALES[lang])
    return f"{text} {tz_abbreviation(tz, lang)}"


def date_text(day: date, lang: str) -> str:
    return _format_date(day, "long", locale=LOCALES[lang])


def money(amount: Decimal, currency: str, lang: str) -> str:
    """Whole amounts without cents ("$6,500", "6 500 $"); others with two decimals."""
    if amount == amount.to_integral_value():
        return format_currency(
            amount, currency, format=_WHOLE_MONEY[lang], locale=LOCALES[lang], currency_digits=False
        )
    return format_currency(amount, currency, locale=LOCALES[lang])


def days_until(closing: datetime, now: datetime, tz: ZoneInfo) -> int:
    """Whole calendar days from today to the closing day, both in the board's time zone."""
    return (closing.astimezone(tz).date() - now.astimezone(tz).date()).days
