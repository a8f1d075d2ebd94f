"""Render phase: every generated page and data file of the board, from the gathered data.

Pure: ``SiteData`` in, ``Rendered`` out. mkdocs (through the hook) only writes what this returns.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..metrics import export as metrics_export
from . import (
    apply_page,
    board_page,
    feeds,
    opportunity_page,
    results_page,
    routes,
    service_pages,
)
from .i18n import LANGS
from .markup import Page
from .state import SiteData


@dataclass
class Rendered:
    pages: dict[str, Page] = field(default_factory=dict)  # source path (.md) -> page
    files: dict[str, str] = field(default_factory=dict)  # site path -> text
    names: dict[str, str] = field(default_factory=dict)  # the board's name per language

    def add(self, page: Page) -> None:
        self.pages[routes.source(page.url)] = page


def render(site: SiteData, json_schema: str) -> Rendered:
    out = Rendered(names={lang: site.board.name.get(lang) for lang in LANGS})
    for lang in LANGS:
        out.add(board_page.home(site, lang))
        for page in board_page.archive_pages(site, lang):
            out.add(page)
        for listing in site.listings:
            out.add(opportunity_page.page(listing, site, lang))
            if listing.is_open:
                out.add(apply_page.page(listing, site, lang))
        for page in service_pages.pages(site, lang):  # privacy, terms, supplier guide
            out.add(page)
        out.files[routes.feed_atom(lang)] = feeds.atom(site, lang)
    out.files[routes.FEED_ICS] = feeds.ics(site)
    out.files[routes.FEED_JSON] = feeds.as_json(site)
    out.files[routes.FEED_CSV] = feeds.as_csv(site)
    out.files[routes.JSON_SCHEMA] = json_schema
    if site.metrics is not None:  # issue #12: the Results page and its open data
        for lang in LANGS:
            out.add(results_page.page(site.metrics, lang))
        out.files[routes.METRICS_JSON] = metrics_export.as_json(site.metrics)
        out.files[routes.METRICS_CSV] = metrics_export.as_csv(site.metrics)
        out.files[routes.METRICS_SCHEMA] = metrics_export.schema_text()
    return out
