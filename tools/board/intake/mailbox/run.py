"""One pass over the mailbox, in the order that loses nothing and records nothing twice.

For each message waiting in the inbox, oldest first:

1. fetch it (at most one byte over the intake's limit) into a private folder of this run;
2. decide it and record its ledger change on main (`record.through`);
3. send the reply, if there is one;
4. file it: ``Processed`` when the board recorded or acknowledged it, ``Rejected`` when it was
   refused (too large, no block, unverified sender, …) or could not be read at all.

A step that fails leaves the message in the inbox and goes on with the next: the next run does
it again. Deciding again is safe (the ledger already holds what was recorded, and the e-mail
intake then answers with the same receipt), so the worst a crash costs is a second copy of a
reply. The private folder is removed at the end: no message or reply is kept.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ... import writers
from ..mail.message import MAX_BYTES
from . import record, smtp
from .servers import Folders, MailboxError


class Inbox(Protocol):
    def fetch(self, uid: str, limit: int) -> tuple[bytes, int]: ...
    def move(self, uid: str, folder: str) -> None: ...


Record = Callable[[Path, Path], record.Recorded]
Send = Callable[[bytes], smtp.Sent]


@dataclass(frozen=True)
class Handled:
    uid: str
    folder: str  # where the message went; '' when it stays in the inbox for the next run
    summary: str  # what was decided (no address, no content)
    error: str = ""
    said: str = ""  # the push script's lines


def _private(folder: Path, name: str, data: bytes, size: int) -> Path:
    """The message as an owner-only file of the message's own size: a message over the limit
    was fetched only in part, and its file is extended (with zeros, never read) to the size the
    server gave, so that the e-mail intake tells the sender the real size."""
    path = folder / name
    writers.write_private(path, data, make_folder=False, size=size if len(data) > MAX_BYTES else 0)
    return path


def handle(
    uid: str, inbox: Inbox, rec: Record, send: Send, folders: Folders, work: Path
) -> Handled:
    """Fetch, record, answer and file one message."""
    eml = _private(work, f"{uid}.eml", *inbox.fetch(uid, MAX_BYTES))
    reply = work / f"{uid}.reply.eml"
    done = rec(eml, reply)
    if done.error:
        return Handled(uid, "", "not recorded", done.error, done.said)
    decided = done.decided
    summary = " ".join(str(decided.get("summary", "")).split())[:300]  # one line in the log
    folder = folders.processed if decided.get("taken") else folders.rejected
    if decided.get("reply") and reply.exists():
        sent = send(reply.read_bytes())
        if not sent.ok and not sent.final:
            return Handled(uid, "", summary, f"reply not sent: {sent.error}", done.said)
        if not sent.ok:
            summary += f" (reply undeliverable: {sent.error})"
    inbox.move(uid, folder)
    return Handled(uid, folder, summary, "", done.said)


def run_all(
    uids: list[str], inbox: Inbox, rec: Record, send: Send, folders: Folders
) -> list[Handled]:
    """Every message in turn, in a private folder removed at the end."""
    out = []
    with tempfile.TemporaryDirectory(prefix="board-mailbox-") as name:
        work = Path(name)  # owner-only, as tempfile makes it
        for uid in uids:
            try:
                out.append(handle(uid, inbox, rec, send, folders, work))
            except MailboxError as exc:  # the mailbox itself failed: the rest waits
                out.append(Handled(uid, "", "not handled", exc.message))
                break
    return out
