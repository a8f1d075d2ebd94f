"""Small HTML helpers shared by the page renderers; everything from content goes through ``esc``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from html import escape

from ..model import Status
from . import formatting, routes
from .i18n import t
from .state import Listing, SiteData


def esc(value: object) -> str:
    return escape(str(value), quote=True)


@dataclass(frozen=True)
class Page:
    """A generated page: its site URL, language, title and the HTML of its body."""

    url: str
    lang: str
    title: str
    html: str


def time_tag(moment: datetime, site: SiteData, lang: str) -> str:
    text = formatting.datetime_text(moment, site.board.tz, lang)
    return f'<time datetime="{esc(moment.isoformat())}">{esc(text)}</time>'


def status_badge(status: Status, lang: str) -> str:
    return (
        f'<span class="badge badge--{status.value}">{esc(t(lang, "status." + status.value))}</span>'
    )


def updated_badge(listing: Listing, lang: str) -> str:
    if not listing.history.updated:
        return ""
    return f' <span class="badge badge--updated">{esc(t(lang, "card.updated"))}</span>'


def price_text(listing: Listing, site: SiteData, lang: str) -> str:
    """The price in the reader's conventions ("$6,500", "6 500 $")."""
    price = listing.opp.price
    return formatting.money(price.amount, price.currency, lang)


def feed_links(lang: str, link: Callable[[str], str]) -> str:
    """The feeds and open data as a list; ``link`` turns a site URL into the href to use."""
    items = [
        (routes.feed_atom(lang), "feed.atom"),
        (routes.FEED_ICS, "feed.ics"),
        (routes.FEED_JSON, "feed.json"),
        (routes.FEED_CSV, "feed.csv"),
    ]
    entries = "".join(
        f'<li><a href="{esc(link(url))}">{esc(t(lang, key))}</a></li>' for url, key in items
    )
    return f'<ul class="feed-links">{entries}</ul>'
