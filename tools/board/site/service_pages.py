"""The pages a department needs before going live (issue #11): the privacy notice, the contract
terms and the supplier guide, in both languages, from the settings in ``content/board.yaml``
(``service.py``) and the templates ``theme/board/privacy.html``, ``terms.html`` and
``supplier_guide.html``. They live at ``<lang>/guides/<slug>/`` beside the hand-written guides.
"""

from __future__ import annotations

from . import routes, templates
from .i18n import t
from .markup import Page
from .service import Service, clause, paragraphs
from .state import SiteData

# slug -> (template, title key)
PAGES = {
    routes.PRIVACY: ("privacy.html", "privacy.title"),
    routes.TERMS: ("terms.html", "terms.title"),
    routes.SUPPLIER_GUIDE: ("supplier_guide.html", "supplier.title"),
}


def pages(site: SiteData, lang: str) -> list[Page]:
    service = Service.of(site.board)
    out = []
    for slug, (template, title) in PAGES.items():
        here = routes.guide(lang, slug)
        html = templates.render(
            template, lang, here=here, service=service, paragraphs=paragraphs, clause=clause
        )
        out.append(Page(here, lang, t(lang, title), html))
    return out
