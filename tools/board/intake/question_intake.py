"""Intake of a question issue (``.github/ISSUE_TEMPLATE/question.yml``).

Opened, edited or reopened by the asker (never by someone else, such as a maintainer who
redacts it): label the issue with its opportunity, refuse it (comment, close as not
planned) when the opportunity is unknown, a draft, cancelled or closed, or the question period is
over, and otherwise acknowledge it in both languages with the date answers are due. A question
with empty sections gets a bilingual list of what is missing and stays open for an edit.
"""

from __future__ import annotations

from datetime import datetime

from ..content import Content
from ..forms import Form, parse_body
from ..model import Status
from ..question_period import question_period
from . import question_messages as say
from .decision import NOTHING, Decision
from .event import Event, same_user
from .messages import quote

LABEL = "question"
OPPORTUNITY_LABEL = "opportunity:"


def _preferred(value: str) -> str:
    return "fr" if value.strip().lower().startswith("fr") else "en"


def _opportunity_id(value: str) -> str:
    return value.strip().strip("`").strip().rstrip("/").rsplit("/", 1)[-1].lower()


def by_author(event: Event) -> bool:
    """Whether the asker caused this event (an old payload without a sender counts as theirs).

    A maintainer who edits a question (to redact a name, say) or reopens it is not asking
    anything: the bot leaves the issue alone rather than refuse and close it after the cut-off.
    Accounts are compared by GitHub's numeric id (a login can be renamed and reused), by login
    only for a payload without ids.
    """
    return not event.sender or same_user(
        event.sender, event.sender_id, event.issue_author, event.issue_author_id
    )


def opportunity_of(event: Event, form: Form) -> str:
    """The opportunity the question names: the one file intake reads."""
    return _opportunity_id(parse_body(event.body, form).text("opportunity"))


def decide(event: Event, form: Form, content: Content, now: datetime) -> Decision:
    """The decision for a question issue; ``now`` is not used: the issue's own time counts."""
    if event.name != "issues" or event.action not in ("opened", "edited", "reopened"):
        return NOTHING
    if not by_author(event):
        return Decision(
            summary=f"#{event.issue_number}: {event.action} by {event.sender}, not the asker; ignored"
        )
    if event.state != "open":
        return Decision(summary=f"#{event.issue_number} is closed; edits are not re-checked")
    return decide_question(event, form, content)


def judge(given: str, moment: datetime, content: Content) -> tuple[say.Texts | None, str]:
    """Why a question asked at ``moment`` about ``given`` is refused (texts and a short reason),
    or ``(None, "")`` when it is accepted: the same rules for an issue and an e-mail."""
    opp = content.opportunity(given)
    board = content.board
    status = opp.status_at(moment, board.tz) if opp is not None and board is not None else None
    if opp is None or board is None or status in (Status.DRAFT, Status.SCHEDULED):
        return say.unknown(given), "unknown opportunity"
    if status is Status.CANCELLED:
        return say.cancelled(opp), "cancelled"
    if status is not Status.OPEN:
        return say.closed(opp, board), "closed"
    if not question_period(opp, board).accepts(moment):
        return say.too_late(opp, question_period(opp, board), board), "after the cut-off"
    return None, ""


def decide_question(event: Event, form: Form, content: Content) -> Decision:
    parsed = parse_body(event.body, form)
    lang = _preferred(parsed.text("language"))
    stale = tuple(x for x in event.labels if x.startswith(OPPORTUNITY_LABEL))
    if parsed.missing:
        labels = [spec.label for fid in parsed.missing if (spec := form.field(fid))]
        return Decision(
            add_labels=(LABEL,),
            remove_labels=stale,
            comment=say.bilingual(say.missing(labels), lang),
            summary=f"#{event.issue_number}: missing {', '.join(parsed.missing)}",
        )
    given = _opportunity_id(parsed.text("opportunity"))
    opp = content.opportunity(given)
    board = content.board
    refused, why = judge(given, event.moment, content)
    known = () if opp is None or why == "unknown opportunity" else (OPPORTUNITY_LABEL + opp.id,)
    if refused is not None:
        return Decision(
            add_labels=(LABEL, *known),
            remove_labels=tuple(x for x in stale if x not in known),
            comment=say.bilingual(refused, lang),
            close=True,
            close_reason="not_planned",
            # one line: the log is where ::workflow-commands:: would take effect
            summary=f"#{event.issue_number}: refused ({why}: {quote(given)})",
        )
    assert opp is not None and board is not None
    label = f"{OPPORTUNITY_LABEL}{opp.id}"
    return Decision(
        add_labels=(LABEL, label),
        remove_labels=tuple(x for x in stale if x != label),
        comment=say.bilingual(say.accepted(opp, question_period(opp, board), board), lang),
        summary=f"#{event.issue_number}: question about {opp.id} acknowledged",
    )
