"""One message decided and its ledger change recorded on the board's main branch.

`decide` is what ``board mailbox decide`` runs: the e-mail intake's own decision
(`intake.mail.run`, asked to answer again a message it already recorded), the ledger files
written, the reply written beside the message (outside the repository), and a summary as JSON
for the push script. `through` runs that command inside the ledger's push script
(``.github/scripts/record-ledger.sh``), which decides again from the newest main whenever a push
loses a race, so a message is recorded once however many runs and retries there are.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ... import writers
from ...content import load_board
from ...repository.push import run_script
from ..mail import run, settings
from ..mail.message import MailError
from .servers import IMAP, SMTP, MailboxError

# Why a message could not be taken at all, by what the e-mail intake's error says; the error's
# own text is never shown (it may quote the sender's address).
REASONS = (
    ("topmost Received", "its topmost Received: line is not mailbox.received_by's (if every "
     "message says this, check received_by in content/board.yaml)"),
    ("Received: header of", "the Received: line of mailbox.received_by has no readable date"),
    ("one sender", "it has no single sender address in From:"),
)  # fmt: skip


def unreadable(error: MailError) -> dict[str, Any]:
    """The summary of a message the e-mail intake cannot take: filed, never answered."""
    why = next((said for key, said in REASONS if key in error.message), "not a readable e-mail")
    summary = f"not taken, not answered: {why}"
    return {"kind": "unreadable", "taken": False, "summary": summary, "ledger": [], "reply": False}


RECORD_TIMEOUT = 20 * 60  # the push script's pauses add up to about ten minutes


def mailbox_of(repo_root: Path) -> settings.Mailbox:
    """The board's mailbox settings; a `MailboxError` when the board takes no e-mail."""
    found = settings.of(load_board(repo_root / "content")[0])
    if found is None:
        raise MailboxError(
            "content/board.yaml has no valid `mailbox:` (address and received_by): the board "
            "takes no e-mail, so its mailbox is not read"
        )
    return found


def decide(path: Path, reply_path: Path, repo_root: Path, now: datetime) -> dict[str, Any]:
    """Decide the message at ``path``, write the ledger and the reply; the summary."""
    mailbox_of(repo_root)  # a board without a mailbox is the operator's error, not the sender's
    try:
        result = run.run(path, repo_root, now, repeat=True)
    except MailError as error:
        return unreadable(error)
    writers.write_ledger(result.decision, repo_root)
    if result.reply:
        writers.write_atomic(reply_path, result.reply)
    return {
        "kind": result.kind,
        "taken": result.taken,
        "summary": result.decision.summary,
        "ledger": [{"path": c.path, "message": c.message} for c in result.decision.ledger],
        "reply": bool(result.reply),
    }


def without_servers(env: Mapping[str, str]) -> dict[str, str]:
    """The environment less the mail servers' accounts: the push script and the decision need
    the mail key and the push credentials, never the mailbox's password."""
    return {k: v for k, v in env.items() if not k.startswith((IMAP + "_", SMTP + "_"))}


@dataclass(frozen=True)
class Recorded:
    decided: dict[str, Any]
    said: str  # the push script's own lines (commit messages, retries): no address in them
    error: str = ""


def through(script: Path, repo_root: Path, eml: Path, reply: Path) -> Recorded:
    """Decide and record ``eml`` with the push ``script``; the decision it printed."""
    out = eml.with_name(eml.name + ".json")
    command = [
        str(script.resolve()), str(out),
        sys.executable, "-m", "board.cli", "mailbox", "decide", str(eml),
        "--reply", str(reply), "--repo", str(repo_root.resolve()),
    ]  # fmt: skip
    done = run_script(command, repo_root, without_servers(os.environ), RECORD_TIMEOUT)
    if done.code < 0:
        return Recorded({}, "", f"cannot run {script}: {done.err}")
    said = done.out.strip()
    if done.code != 0:
        last = done.err.strip().splitlines()[-1:] or ["no message"]
        return Recorded({}, said, f"{script} failed ({done.code}): {last[0][:300]}")
    try:
        decided = json.loads(out.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return Recorded({}, said, f"no decision from {script}: {exc}")
    return Recorded(decided if isinstance(decided, dict) else {}, said)
