"""Receipts: what intake tells the applicant, and the labels, once a post is checked.

`receive` records a valid post in the ledger (`applications.transitions` settles its status by
GitHub's timestamps) and says what happened in both languages: received, already replaced by a
later post of the same account, or a copy of a block another account posted first; other issues
whose status the post changed get a `Notice`. `fix` asks for a correction.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from ..applications import ledger as ledgers
from ..applications import transitions
from ..model import Board, Opportunity, Text
from ..sealing.envelope import Envelope
from . import messages as m
from .decision import Decision, LedgerChange, Notice
from .event import Event

LABEL_RECEIVED = "received · reçue"
LABEL_FIX = "needs fix · à corriger"
LABEL_REFUSED = "refused · refusée"
LABEL_WITHDRAWN = "withdrawn · retirée"
ALL_LABELS = (LABEL_RECEIVED, LABEL_FIX, LABEL_REFUSED, LABEL_WITHDRAWN)


def labels(add: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return (add,), tuple(label for label in ALL_LABELS if label != add)


def fix(event: Event, problems: list[Text], ledger: ledgers.Ledger | None) -> Decision:
    paragraphs = [m.say("intake.edit-to-fix")]
    active = ledger.active_for_issue(event.place) if ledger else None
    if active is not None:
        paragraphs.append(m.say("intake.still-active", receipt=active.receipt))
    keep = (LABEL_FIX, LABEL_RECEIVED) if active is not None else (LABEL_FIX,)
    return Decision(
        add_labels=keep,
        remove_labels=tuple(label for label in ALL_LABELS if label not in keep),
        comment=m.comment(m.say("intake.title-fix"), paragraphs, problems),
        summary="needs fix: " + "; ".join(p.en for p in problems),
    )


def edited_after_closing(
    event: Event, entry: ledgers.Entry, oid: str, values: dict[str, dict[str, str]]
) -> Decision:
    """An edit after closing of an issue the ledger already holds: nothing changes, and it says so
    (no refusal, no label removed)."""
    text = m.say(
        "intake.edit-after-closing",
        id=m.quote(oid),
        receipt=entry.receipt,
        **values,
        **m.status_values(entry.status),
    )
    return Decision(
        comment=m.comment(m.say("intake.title-unchanged"), [text]),
        summary=f"edited after closing; receipt {entry.receipt} stays {entry.status}",
    )


def notices(
    before: ledgers.Ledger, after: ledgers.Ledger, board: Board, place: str
) -> tuple[Notice, ...]:
    """What other issues are told when this post changes their status: a receipt that turned out
    to be a copy, or an application that counts again because what replaced it was a copy.
    An e-mailed entry has no issue to tell (its sender's address is not in the ledger)."""
    notices = []
    for old, new in transitions.changes(before, after):
        if new.place == place or new.message:
            continue
        if new.status == ledgers.COPY and old.status == ledgers.RECEIVED:
            first = min(after.by_sha256(new.sha256), key=lambda e: e.order)
            text = m.say(
                "intake.copy-demoted",
                issue=first.issue,
                receipt=new.receipt,
                **m.moment_values("moment", first.received, board.tz),
            )
            copy = m.comment(m.say("intake.title-copy"), [text])
            notices.append(Notice(new.issue, (LABEL_FIX,), (LABEL_RECEIVED,), copy))
        elif new.status == ledgers.RECEIVED and old.status == ledgers.SUPERSEDED:
            text = m.say("intake.restored", receipt=new.receipt)
            add, remove = labels(LABEL_RECEIVED)
            notices.append(
                Notice(new.issue, add, remove, m.comment(m.say("intake.title-received"), [text]))
            )
    return tuple(notices)


def receive(
    event: Event,
    board: Board,
    opportunity: Opportunity,
    ledger: ledgers.Ledger,
    env: Envelope,
    moment: datetime,
) -> Decision:
    new, entry = transitions.record(
        ledger,
        event.issue_number,
        event.issue_author,
        event.issue_author_id,
        env.armored,
        env.sha256,
        moment,
        event.message,
    )
    path = ledgers.relative_path(opportunity.id)
    change = LedgerChange(
        path=path,
        content=ledgers.dump(new),
        message=f"Receive application {entry.receipt} to {opportunity.id} ({event.where})",
    )
    others = notices(ledger, new, board, event.place)
    if entry.status == ledgers.COPY:
        return _copy(event, entry, change, others)
    values = _receipt_values(opportunity, entry, moment, path, board)
    paragraphs = [m.say("intake.receipt", **values), m.say("intake.receipt-table", **values)]
    superseded = _superseded(ledger, new)
    if superseded:
        paragraphs.append(m.say("intake.supersedes", receipts=", ".join(superseded)))
    later = None
    if entry.status == ledgers.SUPERSEDED:
        later = next(e for e in new.entries if e.received == entry.changed and e != entry)
        paragraphs.append(m.say("intake.replaced-by-later", later=later.receipt))
    paragraphs.append(m.say("intake.how-to-withdraw", **values))
    add, remove = labels(LABEL_RECEIVED)
    if later is not None and later.place == event.place:
        add, remove = (), ()  # this issue's later version already carries its label
    return Decision(
        add_labels=add,
        remove_labels=remove,
        comment=m.comment(m.say("intake.title-received"), paragraphs),
        close=event.state == "open",
        close_reason="completed",
        ledger=(change,),
        summary=f"received {entry.receipt} for {opportunity.id}"
        + (f", superseding {', '.join(superseded)}" if superseded else "")
        + (f", already replaced by {later.receipt}" if later else ""),
        others=others,
    )


def _copy(
    event: Event, entry: ledgers.Entry, change: LedgerChange, others: tuple[Notice, ...]
) -> Decision:
    """A post whose block another account posted first: recorded as a copy, and a fix asked."""
    problems = [m.say("intake.copied"), m.say("intake.copy-recorded", receipt=entry.receipt)]
    return replace(
        fix(event, problems, None),
        ledger=(change,),
        others=others,
        summary=f"copy {entry.receipt} of an earlier post by another account",
    )


def _receipt_values(
    opportunity: Opportunity, entry: ledgers.Entry, moment: datetime, path: str, board: Board
) -> dict[str, object]:
    """What the receipt comment names: the opportunity, the receipt, its hash, time and ledger."""
    return {
        "id": m.quote(opportunity.id),
        "title": opportunity.title,
        "receipt": entry.receipt,
        "sha256": entry.sha256,
        "utc": m.utc(moment),
        "ledger": path,
        **m.moment_values("moment", moment, board.tz),
    }


def _superseded(before: ledgers.Ledger, after: ledgers.Ledger) -> list[str]:
    """The receipts this post moved from received to superseded."""
    return [
        old.receipt
        for old, now in transitions.changes(before, after)
        if now.status == ledgers.SUPERSEDED and old.status == ledgers.RECEIVED
    ]
