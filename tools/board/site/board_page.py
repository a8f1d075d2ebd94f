"""The board (home) and its archive: compact cards, open first, past ones collapsed.

The home page lists the open opportunities and only the most recent past ones; older ones
live on numbered archive pages, so no page grows with the whole history of the board.
Filtering by skill and text runs in the browser over the cards already on the page.
The markup is in ``theme/board/board.html`` and ``archive.html``.
"""

from __future__ import annotations

from . import routes, templates
from .change_words import summaries
from .i18n import t
from .markup import Page
from .state import Listing, SiteData

RECENT_PAST = 20


def latest_change(listing: Listing, site: SiteData, lang: str) -> str:
    """What the last material change said ("Closing date moved from … to …"), or ''."""
    material = listing.history.material
    return "; ".join(summaries(material[-1].changes, site.board, lang)) if material else ""


def skill_choices(site: SiteData, lang: str) -> list[tuple[str, str]]:
    """(id, label in ``lang``) of every skill an open opportunity names, by label."""
    ids = {s for x in site.open for s in x.opp.skills}
    choices = [(s, site.board.skill_label(s, lang)) for s in ids]
    return sorted(choices, key=lambda choice: (choice[1].casefold(), choice[0]))


def home(site: SiteData, lang: str) -> Page:
    here = routes.home(lang)
    opened = site.open
    html = templates.render(
        "board.html",
        lang,
        site=site,
        tz=site.board.tz,
        here=here,
        opened=opened,
        past=site.past,
        skills=skill_choices(site, lang),
        latest_change=lambda listing: latest_change(listing, site, lang),
        recent_past=RECENT_PAST,
    )
    return Page(here, lang, site.board.name.get(lang), html)


def archive_pages(site: SiteData, lang: str) -> list[Page]:
    past = site.past
    size = routes.ARCHIVE_PAGE_SIZE
    total = max(1, -(-len(past) // size))
    title = t(lang, "board.archive")
    pages = []
    for number in range(1, total + 1):
        here = routes.archive(lang, number)
        html = templates.render(
            "archive.html",
            lang,
            site=site,
            tz=site.board.tz,
            here=here,
            title=title,
            number=number,
            total=total,
            chunk=past[(number - 1) * size : number * size],
        )
        pages.append(Page(here, lang, title if number == 1 else f"{title} ({number})", html))
    return pages
