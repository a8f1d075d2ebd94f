"""The Apply page of an open opportunity: a form that seals the application in the browser.

Nothing is sent anywhere by the page: ``assets/apply.js`` validates, calls ``sealApplication``
from ``assets/seal.js`` and shows the sealed block with the routes to send it, as equal choices:
"Continue to GitHub" (the prefilled issue form, opened in a new tab only when selected) and, when
the board has a mailbox, "Send by e-mail" (``mail_route``). Sealing itself opens nothing. The form cannot send
anything by itself: its controls have no ``name``, it has no ``action`` and ``method="dialog"``
(submitting it never navigates), and its fieldset stays ``disabled`` under a notice saying that
sealing needs JavaScript until apply.js has loaded seal.js and checked the key. The markup is in
``theme/board/apply.html``.
"""

from __future__ import annotations

from ..catalog import forms
from . import mail_route, routes, templates
from .i18n import t
from .markup import Page
from .state import Listing, SiteData

SCRIPT_KEYS = (
    "apply.words",
    "apply.words_over",  # the word counter's announcement over the limit
    "apply.err.name",
    "apply.err.email",
    "apply.err.answer",
    "apply.err.too_long",
    "apply.err.attest",
    "apply.sealing",
    "apply.failed",
    "apply.key_mismatch",
    "apply.sealed_status",
    "apply.choose",
    "apply.choose_github",
    "apply.opened",
    "apply.opened_empty",
    "apply.blocked",
    "apply.too_long",
    "apply.copied_title",
    "apply.step.prefilled",
    "apply.step.copy",
    "apply.step.continue",
    "apply.step3",
    "apply.step4",
    "apply.sealed_block",
    "apply.continue",
    "apply.new_tab",
    "apply.copy",
    "apply.copy_done",
    "apply.copy_failed",
    "apply.unavailable",
    "apply.no_crypto",
    *mail_route.SCRIPT_KEYS,
)


def page(listing: Listing, site: SiteData, lang: str) -> Page:
    opp = listing.opp
    here = routes.apply(lang, opp.id)
    title = t(lang, "apply.title", title=opp.title.get(lang))
    html = templates.render(
        "apply.html",
        lang,
        site=site,
        here=here,
        listing=listing,
        opp=opp,
        title=title,
        strings={k: t(lang, k) for k in SCRIPT_KEYS}
        | {"apply.errors": forms(lang, "apply.errors")},
        mail_subject=mail_route.subject(opp.id, lang),
    )
    return Page(here, lang, title, html)
