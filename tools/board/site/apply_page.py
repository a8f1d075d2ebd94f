"""The Apply page of an open opportunity: a form that seals the application in the browser.

Nothing is sent anywhere by the page: ``assets/apply.js`` validates, calls ``sealApplication``
from ``assets/seal.js`` and hands the sealed block to the GitHub issue form. The form cannot send
anything by itself: its controls have no ``name``, it has no ``action`` and ``method="dialog"``
(submitting it never navigates), and its fieldset stays ``disabled`` under a notice saying that
sealing needs JavaScript until apply.js has loaded seal.js and checked the key.
"""

from __future__ import annotations

import json

from . import routes
from .i18n import LANGUAGE_NAME, colon, t
from .markup import Page, esc
from .state import Listing, SiteData

SCRIPT_KEYS = (
    "apply.words",
    "apply.errors",
    "apply.err.name",
    "apply.err.email",
    "apply.err.answer",
    "apply.err.too_long",
    "apply.err.attest",
    "apply.sealing",
    "apply.failed",
    "apply.key_mismatch",
    "apply.opened",
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
)


def script_json(data: object) -> str:
    """JSON safe inside a <script> element."""
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def field(name: str, label: str, control: str, hint: str = "") -> str:
    return (
        f'<div class="field" data-field="{name}"><label for="{name}">{label}</label>{hint}'
        f'<p class="field-error" id="{name}-error" hidden></p>{control}</div>'
    )


def page(listing: Listing, site: SiteData, lang: str) -> Page:
    opp = listing.opp
    here = routes.apply(lang, opp.id)
    title = t(lang, "apply.title", title=opp.title.get(lang))
    back = routes.relative(here, routes.opportunity(lang, opp.id))
    required = f' <span class="required">{esc(t(lang, "apply.required"))}</span>'
    strings = {k: t(lang, k) for k in SCRIPT_KEYS}
    head = (
        f"<h1>{esc(title)}</h1><p>{esc(t(lang, 'apply.lead'))}</p>"
        f'<p><a href="{esc(back)}">{esc(t(lang, "apply.back"))}</a></p>'
    )
    if listing.key is None:
        return Page(here, lang, title, head + f'<p class="notice">{esc(t(lang, "opp.no_key"))}</p>')
    if not site.sealing_available:
        return Page(
            here,
            lang,
            title,
            head
            + f'<p class="notice" data-sealing="unavailable">{esc(t(lang, "apply.unavailable"))}</p>',
        )
    about = "".join(
        [
            field(
                "applicant-name",
                esc(t(lang, "apply.name")) + required,
                '<input id="applicant-name" type="text" autocomplete="name" required '
                'aria-describedby="applicant-name-error">',
            ),
            field(
                "applicant-email",
                esc(t(lang, "apply.email")) + required,
                '<input id="applicant-email" type="email" autocomplete="email" required '
                'aria-describedby="applicant-email-error">',
            ),
            field(
                "applicant-business",
                esc(t(lang, "apply.business")),
                '<input id="applicant-business" type="text" autocomplete="organization">',
            ),
        ]
    )
    language = (
        f'<fieldset class="field"><legend>{esc(t(lang, "apply.language"))}</legend>'
        + "".join(
            f'<div class="choice"><input type="radio" id="language-{code}" value="{code}"'
            f'{" checked" if code == lang else ""}><label for="language-{code}" lang="{code}">'
            f"{esc(LANGUAGE_NAME[code])}</label></div>"
            for code in ("en", "fr")
        )
        + "</fieldset>"
    )
    answers = "".join(
        field(
            f"answer-{c.id}",
            esc(c.text.get(lang)) + required,
            f'<textarea id="answer-{c.id}" rows="8" required data-criterion="{esc(c.id)}" '
            f'data-max-words="{c.max_words}" aria-describedby="answer-{c.id}-count answer-{c.id}-error"></textarea>'
            f'<p class="word-count" id="answer-{c.id}-count" aria-live="polite">'
            f"{esc(t(lang, 'apply.words').format(n=0, max=c.max_words))}</p>",
        )
        for c in opp.criteria
    )
    attest = "".join(
        f'<div class="field choice" data-field="attest-{a.id}"><p class="field-error" id="attest-{a.id}-error" hidden></p>'
        f'<input type="checkbox" id="attest-{a.id}" value="{esc(a.id)}" required '
        f'aria-describedby="attest-{a.id}-error"><label for="attest-{a.id}">{esc(a.text.get(lang))}{required}</label></div>'
        for a in site.board.eligibility
    )
    form = (
        f'<div class="error-summary" id="error-summary" tabindex="-1" role="alert" hidden></div>'
        f'<p class="notice notice--warning" id="apply-notice">{esc(t(lang, "apply.needs_script"))}</p>'
        f'<form class="apply-form" id="apply-form" method="dialog" novalidate data-opportunity="{esc(opp.id)}" '
        f'data-public-key="{esc(listing.key.public_key)}" data-fingerprint="{esc(listing.key.fingerprint)}" '
        f'data-issue-url="{esc(site.issue_form(opp.id))}" '
        f'data-seal-src="{esc(routes.relative(here, routes.SEAL_JS))}">'
        f'<fieldset class="apply-fields" id="apply-fields" disabled>'
        f"<h2>{esc(t(lang, 'apply.about_you'))}</h2>{about}{language}"
        f"<h2>{esc(t(lang, 'apply.answers'))}</h2>{answers}"
        f"<h2>{esc(t(lang, 'apply.attest'))}</h2>{attest}"
        f'<p class="fingerprint-line">{esc(t(lang, "opp.fingerprint"))}{colon(lang)} <code>{esc(listing.key.fingerprint)}</code></p>'
        f'<button type="submit" class="button">{esc(t(lang, "apply.submit"))}</button></fieldset></form>'
        f'<div class="apply-result" id="apply-result">'
        f'<p class="apply-status" id="apply-status" role="status" aria-live="polite"></p></div>'
        f'<script type="application/json" id="apply-strings">{script_json(strings)}</script>'
    )
    return Page(here, lang, title, head + form)
