"""``board intake --email FILE``: read, decide and compose, as values the CLI writes.

Everything is decided before anything is written: the ledger change (written first, atomically,
by `writers.write_ledger`) and the reply (written next). A run that stops between the two is
run again: the same e-mail then changes nothing more, and the reply can be composed again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ...content import load_board
from ..decision import Decision
from . import decide, identity, message, reply, settings

CONTENT = "content"


@dataclass(frozen=True)
class Result:
    kind: str
    decision: Decision
    reply: str  # the .eml text; '' when nothing is sent
    taken: bool = False  # recorded or acknowledged (not refused)

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "summary": self.decision.summary,
            "ledger": [change.path for change in self.decision.ledger],
            "reply": bool(self.reply),
        }


def run(
    path: Path,
    repo_root: Path,
    now: datetime,
    environ: dict[str, str] | None = None,
    repeat: bool = False,
) -> Result:
    """The decision and the reply for the e-mail at ``path``; a `BoardError` for the operator
    (no mailbox configured, no key, a file the board's server did not deliver)."""
    board, _, problems = load_board(repo_root / CONTENT)
    mailbox = settings.of(board)
    if mailbox is None:
        raise message.MailError(
            "content/board.yaml has no valid `mailbox:` (address and received_by): "
            "the board takes no e-mail"
            + ("".join(f"\n{p.text()}" for p in problems) if problems else "")
        )
    key = identity.load(repo_root, environ)
    mail = message.read(path, mailbox.received_by)
    outcome = decide.decide(mail, key, repo_root, repeat)
    text = (
        reply.compose(outcome.reply, mail, mailbox, outcome.opportunity, now)
        if outcome.reply.strip()
        else ""
    )
    return Result(outcome.kind, outcome.decision, text, outcome.taken)
