"""The one way content reaches HTML: Jinja2 templates in ``theme/board/``, autoescaped.

Every page the board generates is a template rendered here with autoescaping on, so a value
from content is always text, whatever characters it holds. The only HTML that is not escaped is
what ``safemarkdown`` makes of a Markdown field (raw HTML escaped, script links dropped); the
``markdown`` filter marks it safe, and that filter is the only place that does. ``StrictUndefined``
turns a misspelt name in a template into an error instead of an empty string.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from . import formatting, mail_route, routes, safemarkdown, timeline
from .i18n import LANGUAGE_NAME, colon, days_left, plural, t
from .inline_code import inline_code
from .state import Listing

FOLDER = Path(__file__).resolve().parent / "theme" / "board"


def markdown(text: str) -> Markup:
    """A Markdown field as HTML: the one value from content marked safe (see safemarkdown)."""
    return Markup(safemarkdown.render(text))  # noqa: S704 - safemarkdown escapes raw HTML


def money(listing: Listing, lang: str) -> str:
    """The price in the reader's conventions ("$6,500", "6 500 $")."""
    price = listing.opp.price
    return formatting.money(price.amount, price.currency, lang)


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(FOLDER),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        auto_reload=True,  # `board serve` shows a template edit at the next rebuild
    )
    env.filters["markdown"] = markdown
    env.filters["inline_code"] = inline_code  # `code` in a plain-text criterion
    env.globals.update(
        t=t,
        colon=colon,
        plural=plural,
        days_left=days_left,
        formatting=formatting,
        routes=routes,
        language_name=LANGUAGE_NAME,
        day=date.fromisoformat,  # a YYYY-MM-DD text from content, for formatting.date_text
        mailbox=mail_route.mailbox,  # the board's application address, or None
        payment_overdue=timeline.payment_overdue,  # issue #12: the board's lists say so
    )
    return env


ENV = _environment()


def render(name: str, lang: str, **context: Any) -> str:
    """The HTML of template ``name`` in ``lang``, every value escaped."""
    return ENV.get_template(name).render(
        lang=lang, money=lambda listing: money(listing, lang), **context
    )
