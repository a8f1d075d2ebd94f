"""The ledger's statuses follow GitHub's timestamps, not the order in which intake runs happen:
every order of the same posts gives the same ledger."""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import permutations

from board.applications import ledger, transitions

ADA, MALLORY = 501, 666


def at(day: int, hour: int = 12) -> datetime:
    return datetime(2027, 1, day, hour, tzinfo=UTC)


# (issue, login, account id, block, time)
POSTS = [
    (1, "ada", ADA, "a" * 64, at(20)),
    (2, "mallory", MALLORY, "m" * 64, at(21)),
    (3, "mallory", MALLORY, "a" * 64, at(22)),  # ada's block, posted later: a copy
    (1, "ada", ADA, "b" * 64, at(23)),  # ada's edit with a new block
]


def recorded(order: tuple[int, ...]) -> ledger.Ledger:
    current = ledger.Ledger("x")
    for i in order:
        issue, login, account_id, sha, moment = POSTS[i]
        current, _ = transitions.record(current, issue, login, account_id, "env", sha, moment)
    return current


def test_every_order_of_the_same_posts_gives_the_same_ledger() -> None:
    ledgers = {ledger.dump(recorded(order)) for order in permutations(range(len(POSTS)))}
    assert len(ledgers) == 1
    rows = [(e.issue, e.status, e.changed) for e in recorded((3, 2, 1, 0)).entries]
    assert rows == [
        (1, "superseded", at(23)),
        (2, "received", None),  # mallory's own application still counts: the copy does not
        (3, "copy", at(20)),
        (1, "received", None),
    ]


def test_a_withdrawal_applies_to_what_counted_at_the_comment_whatever_arrives_later() -> None:
    first, _ = transitions.record(ledger.Ledger("x"), 1, "ada", ADA, "e", "a" * 64, at(20))
    withdrawn = transitions.withdraw(first, 1, at(21))
    assert withdrawn is not None
    after, _ = transitions.record(withdrawn[0], 1, "ada", ADA, "e", "b" * 64, at(22))
    assert [(e.status, e.changed) for e in after.entries] == [
        ("withdrawn", at(21)),
        ("received", None),
    ]
    # the later post arrives first: the comment at day 21 still withdraws the first version
    later, _ = transitions.record(ledger.Ledger("x"), 1, "ada", ADA, "e", "b" * 64, at(22))
    both, _ = transitions.record(later, 1, "ada", ADA, "e", "a" * 64, at(20))
    again = transitions.withdraw(both, 1, at(21))
    assert again is not None and ledger.dump(again[0]) == ledger.dump(after)
    assert transitions.withdraw(after, 1, at(21, 13)) is None  # already withdrawn then
