"""The board (home) and its archive: compact cards, open first, past ones collapsed.

The home page lists the open opportunities and only the most recent past ones; older ones
live on numbered archive pages, so no page grows with the whole history of the board.
Filtering by skill and text runs in the browser over the cards already on the page.
"""

from __future__ import annotations

from . import formatting, routes
from .i18n import days_left, t
from .markup import Page, esc, feed_links, price_text, status_badge, time_tag, updated_badge
from .state import Listing, SiteData

RECENT_PAST = 20


def card(listing: Listing, site: SiteData, lang: str, here: str) -> str:
    opp = listing.opp
    href = routes.relative(here, routes.opportunity(lang, opp.id))
    days = formatting.days_until(opp.closing, site.now, site.board.tz)
    skills = "".join(f"<li>{esc(s)}</li>" for s in opp.skills)
    return (
        f'<li class="card"><h3><a href="{esc(href)}">{esc(opp.title.get(lang))}</a>'
        f"{updated_badge(listing, lang)}</h3>"
        f"<p>{esc(opp.summary.get(lang))}</p>"
        f'<p class="card__facts"><span><b>{esc(t(lang, "card.price"))}</b> '
        f"{esc(price_text(listing, site, lang))}</span> "
        f"<span><b>{esc(t(lang, 'card.closing'))}</b> {time_tag(opp.closing, site, lang)} "
        f"({esc(days_left(lang, days))})</span></p>"
        f'<ul class="skills" aria-label="{esc(t(lang, "card.skills"))}">{skills}</ul></li>'
    )


def past_item(listing: Listing, site: SiteData, lang: str, here: str) -> str:
    opp = listing.opp
    href = routes.relative(here, routes.opportunity(lang, opp.id))
    return (
        f'<li><a href="{esc(href)}">{esc(opp.title.get(lang))}</a> '
        f"{status_badge(listing.status, lang)} {time_tag(opp.closing, site, lang)}</li>"
    )


def filter_form(lang: str, skills: list[str], total: int) -> str:
    """Hidden until the script runs: without JavaScript every card simply stays visible."""
    options = "".join(f'<option value="{esc(s)}">{esc(s)}</option>' for s in skills)
    return (
        f'<form class="board-filter" data-board-filter hidden role="search" '
        f'data-count-template="{esc(t(lang, "filter.count", n="{n}", total="{total}"))}">'
        f"<fieldset><legend>{esc(t(lang, 'filter.legend'))}</legend>"
        f'<div class="field"><label for="filter-skill">{esc(t(lang, "filter.skill"))}</label>'
        f'<select id="filter-skill" name="skill"><option value="">{esc(t(lang, "filter.any"))}</option>'
        f"{options}</select></div>"
        f'<div class="field"><label for="filter-text">{esc(t(lang, "filter.text"))}</label>'
        f'<input id="filter-text" name="q" type="search" autocomplete="off"></div>'
        f'<button type="reset" class="button button--secondary">{esc(t(lang, "filter.clear"))}</button>'
        f"</fieldset>"
        f'<p class="filter-count" role="status" aria-live="polite">'
        f"{esc(t(lang, 'filter.count', n=total, total=total))}</p></form>"
    )


def home(site: SiteData, lang: str) -> Page:
    here = routes.home(lang)
    opened, past = site.open, site.past
    parts = [
        f'<h1>{esc(site.board.name.get(lang))}</h1><p class="lead">{esc(t(lang, "board.lead"))}</p>',
        f'<h2 id="open">{esc(t(lang, "board.open", n=len(opened)))}</h2>',
    ]
    if opened:
        skills = sorted({s for x in opened for s in x.opp.skills}, key=str.casefold)
        parts.append(filter_form(lang, skills, len(opened)))
        parts.append('<ul class="cards" data-cards>')
        parts.extend(card(x, site, lang, here) for x in opened)
        parts.append("</ul>")
    else:
        parts.append(
            f'<p class="notice">{esc(t(lang, "board.none_open"))}</p>'
            + feed_links(lang, lambda u: routes.relative(here, u))
        )
    if past:
        parts.append(
            f'<details class="past"><summary>{esc(t(lang, "board.past", n=len(past)))}</summary>'
            '<ul class="past-list">'
        )
        parts.extend(past_item(x, site, lang, here) for x in past[:RECENT_PAST])
        parts.append("</ul>")
        parts.append(
            f'<p><a href="{esc(routes.relative(here, routes.archive(lang)))}">'
            f"{esc(t(lang, 'board.past_more'))}</a></p></details>"
        )
    return Page(here, lang, site.board.name.get(lang), "".join(parts))


def archive_pages(site: SiteData, lang: str) -> list[Page]:
    past = site.past
    size = routes.ARCHIVE_PAGE_SIZE
    total = max(1, -(-len(past) // size))
    pages = []
    for number in range(1, total + 1):
        here = routes.archive(lang, number)
        chunk = past[(number - 1) * size : number * size]
        title = t(lang, "board.archive")
        nav = []
        if number > 1:
            nav.append(
                f'<a rel="prev" href="{esc(routes.relative(here, routes.archive(lang, number - 1)))}">'
                f"{esc(t(lang, 'board.previous'))}</a>"
            )
        if number < total:
            nav.append(
                f'<a rel="next" href="{esc(routes.relative(here, routes.archive(lang, number + 1)))}">'
                f"{esc(t(lang, 'board.next'))}</a>"
            )
        html = (
            f"<h1>{esc(title)}</h1>"
            f"<p>{esc(t(lang, 'board.archive_page', n=number, total=total))} · "
            f'<a href="{esc(routes.relative(here, routes.home(lang)))}">{esc(t(lang, "board.back"))}</a></p>'
            '<ul class="past-list">'
            + "".join(past_item(x, site, lang, here) for x in chunk)
            + "</ul>"
            + (f'<nav class="pager" aria-label="{esc(title)}">{" ".join(nav)}</nav>' if nav else "")
        )
        pages.append(Page(here, lang, title if number == 1 else f"{title} ({number})", html))
    return pages
