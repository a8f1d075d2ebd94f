"""Intake of sealed applications (the ``application.yml`` issue form): a pure decision.

Given the event, the form, the repository content and the ledger, decide the labels, the
bilingual comment, whether to close the issue and the new ledger. Checks, in order: the body
answers the form; the opportunity exists and is open at the moment the issue was opened or last
edited; the envelope is well formed, under the size limit, for this opportunity and its key; it
was not already posted by the same account. A valid one is recorded and its status settled by
GitHub's timestamps (`applications.transitions`), whatever the order in which events arrive; a
``/withdraw`` comment by the issue's author before closing withdraws it. Accounts are GitHub's
numeric user ids; logins are shown only.

An e-mailed application (`intake.mail`) is another kind of event: it comes here through `submit`
and `withdraw_from`, the same decisions without the form, its place being the sender's address.
"""

from __future__ import annotations

from datetime import datetime

from ..applications import ledger as ledgers
from ..applications import transitions
from ..content import Content
from ..forms import Form, parse_body
from ..model import Board, Opportunity, Status, Text
from ..sealing.envelope import Envelope, EnvelopeError, parse
from . import debrief, receipts
from . import messages as m
from .decision import NOTHING, Decision, LedgerChange
from .event import Event, same_user

# Field ids of .github/ISSUE_TEMPLATE/application.yml (labels are read from the form itself).
OPPORTUNITY, ENVELOPE = "opportunity", "envelope"
LABEL_RECEIVED, LABEL_FIX = receipts.LABEL_RECEIVED, receipts.LABEL_FIX
LABEL_REFUSED, LABEL_WITHDRAWN = receipts.LABEL_REFUSED, receipts.LABEL_WITHDRAWN
ALL_LABELS = receipts.ALL_LABELS
WITHDRAW = "/withdraw"


def opportunity_of(event: Event, form: Form) -> str:
    """The opportunity the issue names: the one file (and ledger) intake reads."""
    return parse_body(event.body, form).text(OPPORTUNITY).strip()


def decide(event: Event, form: Form, content: Content, now: datetime) -> Decision:
    """The decision for an application issue event (``now`` is unused: GitHub's times count)."""
    if event.name == "issue_comment":
        return _comment(event, form, content)
    if event.action not in ("opened", "edited"):
        return NOTHING
    if event.sender and not same_user(
        event.sender, event.sender_id, event.issue_author, event.issue_author_id
    ):
        return Decision(summary=f"edited by {event.sender}, not the author; ignored")
    return _submission(event, form, content)


def _refuse(problem: Text, event: Event) -> Decision:
    add, remove = receipts.labels(LABEL_REFUSED)
    return Decision(
        add_labels=add,
        remove_labels=remove,
        comment=m.comment(m.say("intake.title-refused"), [problem]),
        close=event.state == "open",
        close_reason="not_planned",
        summary="refused: " + problem.en,
    )


def _form_problems(event: Event, form: Form) -> list[Text]:
    if not event.body.strip():
        return [m.say("intake.empty")]
    parsed = parse_body(event.body, form)
    problems = [m.say("intake.unknown-section", title=m.quote(title)) for title in parsed.unknown]
    for field_id in parsed.missing:
        spec = form.field(field_id)
        problems.append(m.say("intake.missing", label=spec.label if spec else field_id))
    return problems


def _open_opportunity(content: Content, oid: str) -> tuple[Board, Opportunity] | None:
    opportunity = content.opportunity(oid)
    if content.board is None or opportunity is None or opportunity.status != "published":
        return None
    return content.board, opportunity


def _envelope(text: str, oid: str, key_fingerprint: str) -> tuple[Envelope | None, Text | None]:
    try:
        env = parse(text)
    except EnvelopeError as exc:
        details = {k: m.quote(v) if isinstance(v, str) else v for k, v in exc.details.items()}
        return None, m.say(f"intake.envelope.{exc.code}", **details)
    if env.opportunity != oid:
        return None, m.say(
            "intake.other-opportunity", sealed_for=m.quote(env.opportunity), id=m.quote(oid)
        )
    if env.fingerprint != key_fingerprint:
        return None, m.say(
            "intake.other-key",
            sealed_key=m.quote(env.fingerprint),
            key=key_fingerprint,
            id=m.quote(oid),
        )
    return env, None


def _submission(event: Event, form: Form, content: Content) -> Decision:
    problems = _form_problems(event, form)
    if problems:
        return receipts.fix(event, problems, None)
    parsed = parse_body(event.body, form)
    return submit(event, parsed.text(OPPORTUNITY).strip(), parsed.text(ENVELOPE), content)


def submit(event: Event, oid: str, block: str, content: Content) -> Decision:
    """The decision for a sealed ``block`` posted for the opportunity ``oid`` (issue or e-mail)."""
    found = _open_opportunity(content, oid)
    if found is None:
        return receipts.fix(event, [m.say("intake.no-opportunity", id=m.quote(oid))], None)
    board, opportunity = found
    moment = event.moment
    try:
        ledger = content.ledger(oid)
    except ledgers.LedgerError:
        return Decision(
            comment=m.comment(m.say("intake.title-fix"), [m.say("intake.ledger-unreadable")]),
            summary=f"ledger of {oid} unreadable",
        )
    status = opportunity.status_at(moment, board.tz)
    if status is Status.SCHEDULED:
        values = m.moment_values("opens", opportunity.published_from(board.tz), board.tz)
        return receipts.fix(
            event, [m.say("intake.not-yet-open", id=m.quote(oid), **values)], ledger
        )
    if status is not Status.OPEN:
        values = m.moment_values("closing", opportunity.closing, board.tz) | m.moment_values(
            "moment", moment, board.tz
        )
        recorded = ledger.for_issue(event.place)
        if recorded and event.action == "edited":
            return receipts.edited_after_closing(event, recorded[-1], oid, values)
        return _refuse(m.say("intake.closed", id=m.quote(oid), **values), event)
    key = opportunity.key(board)
    if key is None:
        return receipts.fix(event, [m.say("intake.no-key", id=m.quote(oid))], ledger)
    env, problem = _envelope(block, oid, key.fingerprint)
    if problem is not None or env is None:
        return receipts.fix(event, [problem or m.say("intake.envelope.damaged")], ledger)
    mine = [
        e
        for e in ledger.by_sha256(env.sha256)
        if same_user(e.account, e.account_id, event.issue_author, event.issue_author_id)
    ]
    if mine:
        earlier = mine[0]
        if earlier.place == event.place and (
            earlier.received == moment or earlier.status in (ledgers.RECEIVED, ledgers.COPY)
        ):
            return Decision(summary=f"unchanged: receipt {earlier.receipt} already recorded")
        return receipts.fix(
            event, [m.say("intake.reused", receipt=earlier.receipt, issue=earlier.issue)], ledger
        )
    return receipts.receive(event, board, opportunity, ledger, env, moment)


def is_withdraw(body: str) -> bool:
    first = next((line.strip() for line in body.splitlines() if line.strip()), "")
    return first.lower() == WITHDRAW


def _comment(event: Event, form: Form, content: Content) -> Decision:
    comment = event.comment
    if comment is not None and debrief.is_debrief(comment.body):  # after the result (#10)
        return debrief.decide(event, opportunity_of(event, form), content)
    if comment is None or not is_withdraw(comment.body):
        return NOTHING
    title = m.say("intake.title-not-withdrawn")
    if not same_user(comment.author, comment.author_id, event.issue_author, event.issue_author_id):
        return Decision(
            comment=m.comment(
                title, [m.say("intake.withdraw-not-author", author=event.issue_author)]
            ),
            summary=f"/withdraw by {comment.author}, not the author; ignored",
        )
    return withdraw_from(event, opportunity_of(event, form), comment.created_at, content)


def withdraw_from(event: Event, oid: str, moment: datetime, content: Content) -> Decision:
    """Withdraw what counted, at ``moment``, in the event's place (its issue, or the sender's
    address for an e-mail) from the opportunity ``oid``."""
    title = m.say("intake.title-not-withdrawn")
    found = _open_opportunity(content, oid)
    try:
        ledger = content.ledger(oid) if found else None
    except ledgers.LedgerError:
        return Decision(
            comment=m.comment(title, [m.say("intake.ledger-unreadable")]),
            summary=f"ledger of {oid} unreadable",
        )
    withdrawn = transitions.withdraw(ledger, event.place, moment) if ledger else None
    if found is None or ledger is None or withdrawn is None:
        return Decision(
            comment=m.comment(title, [m.say("intake.withdraw-nothing")]),
            summary="nothing to withdraw",
        )
    board, opportunity = found
    if opportunity.status_at(moment, board.tz) is not Status.OPEN:
        values = m.moment_values("closing", opportunity.closing, board.tz)
        return Decision(
            comment=m.comment(title, [m.say("intake.withdraw-closed", id=m.quote(oid), **values)]),
            summary="withdrawal after closing refused",
        )
    new, entry = withdrawn
    add, remove = receipts.labels(LABEL_WITHDRAWN)
    still = new.active_for_issue(event.place) is not None
    if still:  # a later version on this issue still counts (its event came first)
        add, remove = (), ()
    return Decision(
        add_labels=add,
        remove_labels=remove,
        comment=m.comment(
            m.say("intake.title-withdrawn"), [m.say("intake.withdrawn", receipt=entry.receipt)]
        ),
        close=event.state == "open" and not still,
        close_reason="not_planned",
        ledger=(
            LedgerChange(
                path=ledgers.relative_path(oid),
                content=ledgers.dump(new),
                message=f"Withdraw application {entry.receipt} from {oid} ({event.where})",
            ),
        ),
        summary=f"withdrew {entry.receipt} from {oid}",
    )
