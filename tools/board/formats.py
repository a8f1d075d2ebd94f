"""Every figure, date and time a reader sees, in English and in French: the one place for them.

The site, the CLI, intake comments, the pull-request preview, the scaffold and the problem
messages all format through this module; no other module calls Babel's ``format_*`` functions
(a test enforces it).

A moment is shown in the board's time zone, and the zone is named one way: by its generic name,
never by its standard/daylight variant, because a supplier should not have to know whether
daylight saving applies on the closing day to read a deadline.

==============  ==============================================  =====================================================
kind            English                                         French
==============  ==============================================  =====================================================
moment          January 29, 2027, 11:59 p.m. ET                 29 janvier 2027, 23 h 59 HE
+ seconds       January 20, 2027, 10:04:05 a.m. ET              20 janvier 2027, 10 h 04 min 05 s HE
+ weekday,      Wednesday, February 24, 2027, 11:59 p.m.        mercredi 24 février 2027 à 23 h 59 (heure de l'Est)
  full zone     (Eastern Time)
date            January 29, 2027                                29 janvier 2027
money           $6,500 / $8,694.50                              6 500 $ / 8 694,50 $
amount          10,350 / 8,694.50                               10 350 / 8 694,50
number          10,350 / 0.15                                   10 350 / 0,15
percent         15% / 14.975%                                   15 % / 14,975 %
ordinal         1st, 2nd, 3rd, 11th, 21st                       1er / 1re (feminine), 2e, 3e
colon           ":"                                             " :" (no-break space before; plain in a terminal)
==============  ==============================================  =====================================================

The short zone ("ET", "HE") goes where space is tight (tables, pages, receipts); the full name
where a sentence has room (question deadlines), as the Government of Canada writes it:
"11:59 p.m. (Eastern Time)", "23 h 59 (heure de l'Est)".

``amount`` and ``number`` keep an ordinary space as the French thousands separator: they appear
in terminal and CI messages whose expected text is pinned; ``money`` (pages) uses Babel's
no-break space.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from typing import Literal
from zoneinfo import ZoneInfo

from babel.dates import format_date as _babel_date
from babel.dates import format_datetime as _babel_datetime
from babel.numbers import format_currency as _babel_currency
from babel.numbers import format_decimal as _babel_decimal

Lang = Literal["en", "fr"]
LOCALES = {"en": "en_CA", "fr": "fr_CA"}
NBSP = "\u00a0"

# Generic zone names: (short English, short French, full English, full French).
ZONES: dict[str, tuple[str, str, str, str]] = {
    "America/Toronto": ("ET", "HE", "Eastern Time", "heure de l'Est"),
    "America/Montreal": ("ET", "HE", "Eastern Time", "heure de l'Est"),
    "America/Halifax": ("AT", "HA", "Atlantic Time", "heure de l'Atlantique"),
    "America/Winnipeg": ("CT", "HC", "Central Time", "heure du Centre"),
    "America/Edmonton": ("MT", "HR", "Mountain Time", "heure des Rocheuses"),
    "America/Vancouver": ("PT", "HP", "Pacific Time", "heure du Pacifique"),
    "UTC": ("UTC", "UTC", "Coordinated Universal Time", "temps universel coordonné"),
}

_DAY = {"en": "MMMM d, y", "fr": "d MMMM y"}
_WEEKDAY = {"en": "EEEE, ", "fr": "EEEE "}
_TIME = {"en": "h:mm a", "fr": "H 'h' mm"}
_TIME_SECONDS = {"en": "h:mm:ss a", "fr": "H 'h' mm 'min' ss 's'"}
_WHOLE_MONEY = {"en": "¤#,##0", "fr": "#,##0\u00a0¤"}


def _fr(lang: str) -> bool:
    return lang == "fr"


def zone(tz: ZoneInfo, lang: str, *, full: bool = False) -> str:
    """The zone's generic name: ``ET``/``HE``, or ``Eastern Time``/``heure de l'Est``."""
    names = ZONES.get(tz.key, (tz.key,) * 4)
    return names[(2 if full else 0) + _fr(lang)]


def moment(
    when: datetime,
    tz: ZoneInfo,
    lang: str,
    *,
    seconds: bool = False,
    weekday: bool = False,
    full_zone: bool = False,
) -> str:
    """An aware date and time, shown in ``tz`` with the zone named (see the module's table)."""
    local = when.astimezone(tz)
    time = (_TIME_SECONDS if seconds else _TIME)[lang]
    # in French prose (the weekday form) the time follows "à": "mercredi 24 février 2027 à 23 h 59"
    joint = " 'à' " if weekday and _fr(lang) else ", "
    pattern = (_WEEKDAY[lang] if weekday else "") + f"{_DAY[lang]}{joint}{time}"
    text = _babel_datetime(local, pattern, tzinfo=tz, locale=LOCALES[lang])
    if full_zone:
        return f"{text} ({zone(tz, lang, full=True)})"
    return f"{text} {zone(tz, lang)}"


def day(value: date, lang: str, *, weekday: bool = False) -> str:
    """``January 29, 2027`` / ``29 janvier 2027`` (with the weekday: ``Friday, …``)."""
    return _babel_date(value, "full" if weekday else "long", locale=LOCALES[lang])


def money(value: Decimal, currency: str, lang: str) -> str:
    """Whole amounts without cents (``$6,500``, ``6 500 $``); others with two decimals."""
    if value == value.to_integral_value():
        return _babel_currency(
            value, currency, format=_WHOLE_MONEY[lang], locale=LOCALES[lang], currency_digits=False
        )
    return _babel_currency(value, currency, locale=LOCALES[lang])


def amount(value: Decimal, lang: str = "en") -> str:
    """A sum without its currency: ``10,350`` or ``8,694.50``; ``10 350``, ``8 694,50``."""
    if value == value.to_integral_value():
        english = f"{int(value):,}"
    else:
        english = f"{value.quantize(Decimal('0.01')):,}"
    return _french_figure(english) if _fr(lang) else english


def number(value: object, lang: str = "en") -> str:
    """A count or a rate as each language writes it: ``10,350``, ``0.15``; ``10 350``, ``0,15``.

    Anything that is not a number is returned as text.
    """
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return str(value)
    english = f"{value:,f}" if isinstance(value, Decimal) else f"{value:,}"
    return _french_figure(english) if _fr(lang) else english


def percent(rate: Decimal, lang: str) -> str:
    """A rate given as a fraction: ``15%`` in English, ``15 %`` in French."""
    figure = _babel_decimal(rate * 100, format="#,##0.###", locale=LOCALES[lang])
    return figure + (NBSP + "%" if _fr(lang) else "%")


def _french_figure(english: str) -> str:
    return english.replace(",", " ").replace(".", ",")


def colon(lang: str, *, terminal: bool = False) -> str:
    """A colon as each language types it: French puts a no-break space before it.

    In a terminal (prompts, problem lines) the space is an ordinary one, which every terminal
    font shows and every user can type back.
    """
    if not _fr(lang):
        return ":"
    return (" " if terminal else NBSP) + ":"


def terminal(text: str) -> str:
    """Text for a terminal or a CI log: a no-break space becomes an ordinary one (as `colon`
    does with ``terminal=True``), a narrow no-break space before ``; ! ?`` is dropped (what
    French typography does without a thin space). Pages and comments keep them."""
    return text.replace(NBSP, " ").replace("\u202f", "")


def quoted(text: str, lang: str) -> str:
    """``“text”`` in English, ``« text »`` in French (no-break spaces inside the guillemets)."""
    return f"«{NBSP}{text}{NBSP}»" if _fr(lang) else f"“{text}”"


_BEFORE_PUNCTUATION = re.compile(r"[ \u00a0\u202f]*([:;!?»])")
_AFTER_GUILLEMET = re.compile(r"«[ \u00a0\u202f]*")


def french_typography(text: str) -> str:
    """French spacing: a no-break space before ``: ; ! ? »`` and after ``«``.

    Only for prose: a URL (``https:``) or a time (``23:59``) has no space before its colon and
    is left alone, as is punctuation at the start of the text.
    """

    def space(match: re.Match[str]) -> str:
        start = match.start()
        if start == 0 or text[start - 1] == "\n":
            return match.group(0)
        after = text[match.end() : match.end() + 1]
        if match.group(1) == ":" and (after == "/" or after.isdigit()):
            return match.group(0)
        return NBSP + match.group(1)

    return _AFTER_GUILLEMET.sub("«" + NBSP, _BEFORE_PUNCTUATION.sub(space, text))


def plural(lang: str, n: int, one: str, other: str) -> str:
    """``one`` or ``other`` by each language's rule (French treats 0 and 1 as singular)."""
    return one if n == 1 or (_fr(lang) and n == 0) else other


def ordinal(lang: str, n: int, *, feminine: bool = False) -> str:
    """A rank: ``1st 2nd 3rd 4th 11th 21st`` in English; ``1er`` (``1re`` for a feminine noun,
    such as "attribution"), ``2e``, ``3e`` in French."""
    if _fr(lang):
        return f"{n}{('re' if feminine else 'er') if n == 1 else 'e'}"
    last = n % 10 if n % 100 not in (11, 12, 13) else 0
    return f"{n}{({1: 'st', 2: 'nd', 3: 'rd'}).get(last, 'th')}"


def days_until(closing: datetime, now: datetime, tz: ZoneInfo) -> int:
    """Whole calendar days from today to the closing day, both in the board's time zone."""
    return (closing.astimezone(tz).date() - now.astimezone(tz).date()).days
