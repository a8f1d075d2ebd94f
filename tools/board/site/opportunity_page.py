"""The opportunity page: status, key facts, description, work acceptance criteria before
application evaluation, eligibility, how to apply, received applications, Q&A, addenda, history.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..questions import question_period
from . import formatting, routes, safemarkdown
from .history import Change
from .i18n import colon, plural, t
from .markup import Page, esc, price_text, status_badge, time_tag, updated_badge
from .state import Listing, SiteData

DATETIME_FIELDS = ("closing", "delivery")
CLOSING_ROW = ' class="changed-closing"'


def section(anchor: str, title: str, body: str) -> str:
    return (
        f'<section aria-labelledby="{anchor}"><h2 id="{anchor}">{esc(title)}</h2>{body}</section>'
    )


def banner(listing: Listing, site: SiteData, lang: str) -> str:
    closing = formatting.datetime_text(listing.opp.closing, site.board.tz, lang)
    text = t(lang, f"banner.{listing.status.value}", closing=closing)
    moved = "".join(
        f'<p class="alert alert--changed"><strong>{esc(closing_moved(c, site, lang))}</strong> '
        f"({esc(formatting.date_text(r.when.astimezone(site.board.tz).date(), lang))})</p>"
        for r, c in listing.history.changes_of("closing")
    )
    return (
        f'<div class="status-banner status-banner--{listing.status.value}" role="status">'
        f"<p>{status_badge(listing.status, lang)}{updated_badge(listing, lang)} {esc(text)}</p>"
        f"{moved}</div>"
    )


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


def facts(listing: Listing, site: SiteData, lang: str) -> str:
    opp = listing.opp
    taxes = t(lang, "opp.taxes_included" if opp.price.taxes_included else "opp.taxes_excluded")
    rows = [
        ("opp.price", f"{esc(price_text(listing, site, lang))} ({esc(taxes)})"),
        ("opp.closing", time_tag(opp.closing, site, lang)),
        ("opp.start", esc(formatting.date_text(opp.start, lang))),
        ("opp.delivery", time_tag(opp.delivery, site, lang)),
        ("opp.payment", esc(t(lang, f"payment.{opp.payment}"))),
        ("opp.client", f"{esc(opp.department.get(lang))}, {esc(opp.team.get(lang))}"),
        ("opp.contact", f'<a href="mailto:{esc(opp.contact)}">{esc(opp.contact)}</a>'),
        ("opp.skills", esc(", ".join(opp.skills))),
        ("opp.repository", f'<a href="{esc(opp.repository)}">{esc(opp.repository)}</a>'),
        ("opp.licence", esc(opp.licence)),
        ("opp.posted", esc(formatting.date_text(opp.posted, lang))),
    ]
    body = "".join(f"<div><dt>{esc(t(lang, k))}</dt><dd>{v}</dd></div>" for k, v in rows)
    return section("facts", t(lang, "opp.facts"), f'<dl class="facts">{body}</dl>')


def acceptance(listing: Listing, lang: str) -> str:
    items = "".join(f"<li>{esc(a)}</li>" for a in listing.opp.acceptance.get(lang))
    body = f"<p>{esc(t(lang, 'opp.acceptance_lead'))}</p><ul>{items}</ul>"
    return section("acceptance", t(lang, "opp.acceptance"), body)


def evaluation(listing: Listing, lang: str) -> str:
    opp = listing.opp
    items = []
    for c in opp.criteria:
        limits = t(lang, "opp.max_words", n=c.max_words)
        if opp.method == "scored" and c.weight is not None:
            limits += "; " + t(lang, "opp.weight", w=c.weight, p=c.pass_mark)
        items.append(f"<li>{esc(c.text.get(lang))} <em>({esc(limits)})</em></li>")
    body = f"<p>{esc(t(lang, f'opp.method.{opp.method}'))}</p><ol>{''.join(items)}</ol>"
    return section("evaluation", t(lang, "opp.evaluation"), body)


def eligibility(site: SiteData, lang: str) -> str:
    items = "".join(f"<li>{esc(a.text.get(lang))}</li>" for a in site.board.eligibility)
    body = f"<p>{esc(t(lang, 'opp.eligibility_lead'))}</p><ul>{items}</ul>"
    return section("eligibility", t(lang, "opp.eligibility"), body)


def how_to_apply(listing: Listing, site: SiteData, lang: str, here: str) -> str:
    guide = routes.relative(here, routes.guide(lang, "how-to-apply"))
    parts = [f"<p>{esc(t(lang, 'opp.how_lead'))}</p>"]
    if listing.key is not None:
        parts.append(
            f'<p>{esc(t(lang, "opp.fingerprint"))}{colon(lang)} <code class="fingerprint">'
            f"{esc(listing.key.fingerprint)}</code></p>"
        )
    if not listing.is_open:
        parts.append(f'<p class="notice">{esc(t(lang, "opp.not_open"))}</p>')
    elif listing.key is None:
        parts.append(f'<p class="notice">{esc(t(lang, "opp.no_key"))}</p>')
    else:
        apply = routes.relative(here, routes.apply(lang, listing.opp.id))
        parts.append(
            f'<p class="actions"><a class="button" href="{esc(apply)}">{esc(t(lang, "opp.apply_button"))}</a> '
            f'<a class="button button--secondary" href="{esc(site.issue_form(listing.opp.id))}">'
            f"{esc(t(lang, 'opp.issue_form'))}</a></p>"
        )
    parts.append(f'<p><a href="{esc(guide)}">{esc(t(lang, "opp.guide"))}</a></p>')
    return section("apply", t(lang, "opp.how"), "".join(parts))


def received_text(value: str, site: SiteData, lang: str) -> str:
    """A ledger time (UTC ISO) in the board's zone and the reader's language."""
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    if moment.tzinfo is None:
        return value
    return formatting.datetime_text(moment, site.board.tz, lang)


def received(listing: Listing, site: SiteData, lang: str) -> str:
    receipts = listing.ledger.receipts
    body = f"<p>{esc(plural(lang, 'opp.received_n', len(receipts)))}</p>"
    if receipts:
        rows = "".join(
            f'<tr><td><code>{esc(r.receipt)}</code></td><td><code class="hash">{esc(r.sha256)}</code></td>'
            f"<td>{esc(received_text(r.received, site, lang))}</td></tr>"
            for r in receipts
        )
        body += (
            f'<div class="table-wrap"><table><thead><tr><th scope="col">{esc(t(lang, "opp.receipt"))}</th>'
            f'<th scope="col">{esc(t(lang, "opp.sha256"))}</th><th scope="col">{esc(t(lang, "opp.received_at"))}</th>'
            f"</tr></thead><tbody>{rows}</tbody></table></div>"
        )
    return section("received", t(lang, "opp.received"), body)


def ask(listing: Listing, site: SiteData, lang: str) -> str:
    """The "Ask a question" link while the question period lasts, or when it ended."""
    if not listing.is_open:
        return ""
    period = question_period(listing.opp, site.board)
    cutoff = formatting.datetime_text(period.cutoff, site.board.tz, lang)
    if not period.accepts(site.now):
        return f"<p>{esc(t(lang, 'opp.questions_over', cutoff=cutoff))}</p>"
    link = site.issue_form(listing.opp.id, "question.yml")
    return (
        f"<p>{esc(t(lang, 'opp.questions_until', cutoff=cutoff))}</p>"
        f'<p class="actions"><a class="button button--secondary" href="{esc(link)}">'
        f"{esc(t(lang, 'opp.ask'))}</a></p>"
    )


def questions(listing: Listing, site: SiteData, lang: str) -> str:
    if not listing.opp.questions:
        return section(
            "questions",
            t(lang, "opp.questions"),
            f"<p>{esc(t(lang, 'opp.no_questions'))}</p>" + ask(listing, site, lang),
        )
    items = "".join(
        f'<div class="qa" id="question-{q.issue}"><dt>{esc(t(lang, "opp.question"))}{colon(lang)} {esc(q.question.get(lang))}</dt>'
        f'<dd>{safemarkdown.render(q.answer.get(lang))}<p class="meta">'
        f"{esc(t(lang, 'opp.answered_on', date=formatting.date_text(q.answered, lang), issue=q.issue))}</p></dd></div>"
        for q in listing.opp.questions
    )
    return section(
        "questions",
        t(lang, "opp.questions"),
        f'<dl class="qa-list">{items}</dl>' + ask(listing, site, lang),
    )


def addenda(listing: Listing, lang: str) -> str:
    if not listing.opp.addenda:
        return section(
            "addenda", t(lang, "opp.addenda"), f"<p>{esc(t(lang, 'opp.no_addenda'))}</p>"
        )
    items = "".join(
        f"<li><p><strong>{esc(formatting.date_text(a.date, lang))}</strong></p>"
        f"{safemarkdown.render(a.text.get(lang))}</li>"
        for a in listing.opp.addenda
    )
    return section("addenda", t(lang, "opp.addenda"), f'<ol class="addenda">{items}</ol>')


def history(listing: Listing, site: SiteData, lang: str) -> str:
    h = listing.history
    if not h.available:
        body = f"<p>{esc(t(lang, 'opp.history_unavailable'))}</p>"
    elif h.published is None:
        body = f"<p>{esc(t(lang, 'opp.history_none'))}</p>"
    else:
        tz = site.board.tz
        body = f"<p>{esc(t(lang, 'opp.first_published', date=formatting.datetime_text(h.published, tz, lang)))}</p>"
        if not h.revisions:
            body += f"<p>{esc(t(lang, 'opp.no_changes'))}</p>"
        for r in h.revisions:
            rows = "".join(
                f"<tr{CLOSING_ROW if c.field == 'closing' else ''}>"
                f'<th scope="row"><code>{esc(c.field)}</code></th>'
                f"<td>{esc(value_text(c.field, c.old, site, lang))}</td>"
                f"<td>{esc(value_text(c.field, c.new, site, lang))}</td></tr>"
                for c in r.changes
            )
            caption = t(lang, "opp.changed_on", date=formatting.datetime_text(r.when, tz, lang))
            body += (
                f'<div class="table-wrap"><table class="history"><caption>{esc(caption)}</caption>'
                f'<thead><tr><th scope="col">{esc(t(lang, "opp.field"))}</th><th scope="col">'
                f'{esc(t(lang, "opp.before"))}</th><th scope="col">{esc(t(lang, "opp.after"))}</th></tr>'
                f"</thead><tbody>{rows}</tbody></table></div>"
            )
    return section("history", t(lang, "opp.history"), body)


def page(listing: Listing, site: SiteData, lang: str) -> Page:
    opp = listing.opp
    here = routes.opportunity(lang, opp.id)
    html = "".join(
        [
            f"<h1>{esc(opp.title.get(lang))}</h1>",
            banner(listing, site, lang),
            f'<p class="lead">{esc(opp.summary.get(lang))}</p>',
            facts(listing, site, lang),
            section(
                "description",
                t(lang, "opp.description"),
                safemarkdown.render(opp.description.get(lang)),
            ),
            acceptance(listing, lang),
            evaluation(listing, lang),
            eligibility(site, lang),
            how_to_apply(listing, site, lang, here),
            received(listing, site, lang),
            questions(listing, site, lang),
            addenda(listing, lang),
            history(listing, site, lang),
        ]
    )
    return Page(here, lang, opp.title.get(lang), html)
