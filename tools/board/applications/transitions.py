"""How the ledger changes: a post recorded, a withdrawal, and the statuses that follow.

Events reach intake late, twice or out of order, and runs race to push. So a status is never
decided by the order runs happen in: it is a pure function of the facts in the ledger, each
carrying GitHub's own timestamp (`settle`):

- a block belongs to the applicant (GitHub account or e-mail address) that posted it first (``received``, then the lower issue
  number); the same block from any other account is a ``copy``, ``changed`` at the first post;
- an account has one application that counts, its latest post: an earlier one is
  ``superseded``, ``changed`` at the next post of the same account (copies do not count);
- a ``withdrawn`` entry stays withdrawn if the withdrawal (its ``changed``) came before the next
  post of the account;
- everything else is ``received``.

Entries are kept in GitHub's order, so the same facts give the same file whatever the order in
which the runs happened.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from .ledger import COPY, RECEIVED, SUPERSEDED, WITHDRAWN, Entry, Ledger, receipt_id


def _settled(entry: Entry, entries: tuple[Entry, ...], copies: set[str]) -> Entry:
    if entry.receipt in copies:
        first = min((e for e in entries if e.sha256 == entry.sha256), key=lambda e: e.order)
        return replace(entry, status=COPY, changed=first.received)
    later = [
        e
        for e in entries
        if e.applicant == entry.applicant and e.receipt not in copies and e.order > entry.order
    ]
    following = min(later, key=lambda e: e.order) if later else None
    withdrawn = entry.changed if entry.status == WITHDRAWN else None
    if withdrawn is not None and (following is None or withdrawn <= following.received):
        return replace(entry, status=WITHDRAWN, changed=withdrawn)
    if following is not None:
        return replace(entry, status=SUPERSEDED, changed=following.received)
    return replace(entry, status=RECEIVED, changed=None)


def settle(ledger: Ledger) -> Ledger:
    """The ledger in GitHub's order with every status recomputed from the facts (see above)."""
    entries = tuple(sorted(ledger.entries, key=lambda e: e.order))
    first_by_block: dict[str, Entry] = {}
    for entry in entries:
        first_by_block.setdefault(entry.sha256, entry)
    copies = {e.receipt for e in entries if first_by_block[e.sha256].applicant != e.applicant}
    return replace(ledger, entries=tuple(_settled(e, entries, copies) for e in entries))


def record(
    ledger: Ledger,
    issue: int,
    account: str,
    account_id: int,
    envelope: str,
    sha256: str,
    received: datetime,
    message: str = "",
) -> tuple[Ledger, Entry]:
    """The ledger with a new post, settled; the new entry as settled (it may be a copy or already
    superseded when a later post was recorded first). ``message`` (the keyed hash of an e-mail's
    Message-ID) makes it an e-mailed post: ``issue`` and ``account_id`` are then 0."""
    entry = Entry(
        receipt=receipt_id(
            ledger.opportunity,
            issue,
            account_id,
            sha256,
            received,
            message=message,
            account=account,
        ),
        issue=issue,
        account=account,
        account_id=account_id,
        received=received.astimezone(UTC),
        sha256=sha256,
        status=RECEIVED,
        envelope=envelope,
        message=message,
    )
    new = settle(replace(ledger, entries=(*ledger.entries, entry)))
    return new, next(e for e in new.entries if e.receipt == entry.receipt)


def active_at(ledger: Ledger, issue: int | str, moment: datetime) -> Entry | None:
    """The entry of ``issue`` (a number, or an `Entry.place`) that counted at ``moment`` (what a
    /withdraw, or a withdrawal by e-mail, then withdraws)."""
    posted = [e for e in ledger.for_issue(issue) if e.received <= moment and e.status != COPY]
    if not posted:
        return None
    latest = max(posted, key=lambda e: e.order)
    if latest.status == RECEIVED or (
        latest.status == SUPERSEDED and latest.changed is not None and latest.changed > moment
    ):
        return latest
    return None


def withdraw(ledger: Ledger, issue: int | str, moment: datetime) -> tuple[Ledger, Entry] | None:
    """The ledger with the entry that counted at ``moment`` withdrawn; None when there is none."""
    target = active_at(ledger, issue, moment)
    if target is None:
        return None
    done = replace(target, status=WITHDRAWN, changed=moment.astimezone(UTC))
    new = settle(replace(ledger, entries=tuple(done if e == target else e for e in ledger.entries)))
    return new, next(e for e in new.entries if e.receipt == target.receipt)


def changes(before: Ledger, after: Ledger) -> list[tuple[Entry, Entry]]:
    """(old, new) for every entry already in ``before`` whose status changed in ``after``."""
    old = {e.receipt: e for e in before.entries}
    return [
        (old[e.receipt], e)
        for e in after.entries
        if e.receipt in old and old[e.receipt].status != e.status
    ]
