"""``/debrief`` on an application issue (issue #10): a pure decision.

The issue's author may ask for a debrief within ten business days of the result (the award
file's date, in the board's time zone, by GitHub's time of the comment). The request is
acknowledged in both languages and listed for the procurement officer: the label
``debrief · compte rendu`` (to filter the issues by) and a line in the comment. Too early, too
late, someone else, or nothing evaluated on this issue: a comment saying so, nothing listed.
A second ``/debrief`` on an issue that already carries the label changes nothing.
"""

from __future__ import annotations

from ..applications import ledger as ledgers
from ..content import Content
from . import messages as m
from .award_answers import DEBRIEF_BUSINESS_DAYS, MARKER, day_values, debrief_deadline
from .decision import NOTHING, Decision
from .event import Event, same_user

DEBRIEF = "/debrief"
DEBRIEF_LABEL = "debrief · compte rendu"


def is_debrief(body: str) -> bool:
    first = next((line.strip() for line in body.splitlines() if line.strip()), "")
    return first.casefold() == DEBRIEF


def _no(key: str, summary: str, **values: object) -> Decision:
    return Decision(
        comment=m.comment(m.say("award.title-no-debrief"), [m.say(key, **values)], marker=MARKER),
        summary=summary,
    )


def decide(event: Event, oid: str, content: Content) -> Decision:
    """The answer to a ``/debrief`` comment on an application issue naming ``oid``."""
    comment = event.comment
    if comment is None or not is_debrief(comment.body):
        return NOTHING
    if not same_user(comment.author, comment.author_id, event.issue_author, event.issue_author_id):
        return _no(
            "award.debrief-not-author", "/debrief by someone else", author=event.issue_author
        )
    opp, board = content.opportunity(oid), content.board
    if opp is None or board is None:
        return _no("award.debrief-nothing", "/debrief: unknown opportunity")
    outcome = content.outcome(oid)
    days = DEBRIEF_BUSINESS_DAYS
    if outcome.award is None:
        title = f"**{opp.title.en}**"
        return _no("award.debrief-too-early", "/debrief before the result", title=title, days=days)
    try:
        entry = content.ledger(oid).active_for_issue(event.issue_number)
    except ledgers.LedgerError:
        entry = None
    if entry is None:
        return _no("award.debrief-nothing", "/debrief: no evaluated application on this issue")
    if DEBRIEF_LABEL in event.labels:
        return Decision(summary="debrief already requested")
    asked = comment.created_at.astimezone(board.tz).date()
    deadline = debrief_deadline(outcome.award)
    if asked > deadline:
        over = day_values(deadline)
        return _no("award.debrief-over", "/debrief after the period", days=days, deadline=over)
    date = day_values(asked)
    officer = m.say("award.debrief-officer", receipt=entry.receipt, label=DEBRIEF_LABEL, date=date)
    return Decision(
        add_labels=(DEBRIEF_LABEL,),
        comment=m.comment(
            m.say("award.title-debrief"), [m.say("award.debrief-listed"), officer], marker=MARKER
        ),
        summary=f"debrief requested for {entry.receipt} on {oid}",
    )
