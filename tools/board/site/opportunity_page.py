"""The opportunity page: status, key facts, description, work acceptance criteria before
application evaluation, eligibility, how to apply, received applications, Q&A, addenda, history.

The markup is in ``theme/board/opportunity.html``; this module gives it the data and the few
helpers that turn values into the reader's text.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..question_period import question_period
from . import change_words, formatting, routes, templates, timeline, worddiff
from .i18n import t
from .markup import Page
from .revisions import Change
from .state import Listing, SiteData

DATETIME_FIELDS = ("closing", "delivery")


def closing_moved(change: Change, site: SiteData, lang: str) -> str:
    return t(
        lang,
        "opp.closing_moved",
        old=value_text(change.field, change.old, site, lang),
        new=value_text(change.field, change.new, site, lang),
    )


def value_text(field: str, value: Any, site: SiteData, lang: str) -> str:
    if value is None:
        return t(lang, "opp.added")
    if field in DATETIME_FIELDS and isinstance(value, str):
        try:
            return formatting.datetime_text(datetime.fromisoformat(value), site.board.tz, lang)
        except ValueError:
            return value
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def received_text(value: str, site: SiteData, lang: str) -> str:
    """A ledger time (UTC ISO) in the board's zone and the reader's language."""
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    if moment.tzinfo is None:
        return value
    return formatting.datetime_text(moment, site.board.tz, lang)


def page(listing: Listing, site: SiteData, lang: str) -> Page:
    opp = listing.opp
    here = routes.opportunity(lang, opp.id)
    html = templates.render(
        "opportunity.html",
        lang,
        site=site,
        tz=site.board.tz,
        here=here,
        listing=listing,
        opp=opp,
        # the "Ask a question" link shows only while the opportunity is open
        period=question_period(opp, site.board) if listing.is_open else None,
        value_text=lambda field, value: value_text(field, value, site, lang),
        closing_moved=lambda change: closing_moved(change, site, lang),
        received_text=lambda value: received_text(value, site, lang),
        field_change=lambda change: worddiff.field_change(change.field, change.old, change.new),
        change_summaries=lambda revision, skip_closing=False: [
            text
            for change in revision.changes
            if not (skip_closing and change.field == "closing")
            for text in change_words.summaries((change,), site.board, lang)
        ],
        timeline=timeline.steps(opp, site, lang),  # issue #12
    )
    return Page(here, lang, opp.title.get(lang), html)
