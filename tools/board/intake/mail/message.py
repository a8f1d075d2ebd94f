"""An e-mail delivered to the board's mailbox, read from its ``.eml`` file into a `Mail`.

Reading never raises anything but `MailError`: a file that is not an e-mail, has no single
sender address, or did not come through the board's server (its topmost ``Received:`` header,
see `headers`) is the operator's problem, reported with the file; everything else about the
message (too large, unauthenticated, no block, attachments) is the sender's, answered by reply.
"""

from __future__ import annotations

import email
import email.errors
import hashlib
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.message import Message
from email.utils import getaddresses
from pathlib import Path

from ...errors import BoardError
from . import body, headers

MAX_BYTES = 1024 * 1024  # a sealed block is at most 60,000 characters, twice with HTML


class MailError(BoardError):
    """The file cannot be taken as an e-mail the board's server delivered."""


@dataclass(frozen=True)
class Mail:
    sender: str  # the one address in From:
    subject: str  # decoded (encoded words), on one line
    message_id: str  # as the sender's program wrote it ('' when none)
    references: str
    received: datetime  # the board's server's time, from its own Received: header
    authenticated: bool  # the board's server verified the sender's domain
    text: str  # the readable body ('' when oversized)
    attachments: int
    size: int  # bytes of the file
    auto: bool  # an automatic message (bounce, out-of-office): never answered
    digest: str = ""  # SHA-256 of the file: names a message that has no Message-ID

    @property
    def oversized(self) -> bool:
        return self.size > MAX_BYTES


def _header(message: Message, name: str) -> str:
    try:
        return " ".join(str(message.get(name, "") or "").split())
    except (ValueError, TypeError, IndexError, email.errors.MessageError):
        return ""


def _sender(message: Message, path: Path) -> str:
    values = [str(v) for v in message.get_all("From") or []]
    addresses = [a for _, a in getaddresses(values) if "@" in a]
    if len(values) != 1 or len(addresses) != 1:
        raise MailError(f"{path}: an e-mail needs exactly one sender address in From:")
    return addresses[0]


def _automatic(message: Message) -> bool:
    auto = _header(message, "Auto-Submitted").lower()
    precedence = _header(message, "Precedence").lower()
    return (auto not in ("", "no")) or precedence in ("bulk", "junk", "list")


def read(path: Path, host: str) -> Mail:
    """The e-mail at ``path``, delivered by the board's server ``host``."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise MailError(f"cannot read {path}: {exc.strerror}") from exc
    try:
        return _parse(data, size, path, host.lower().rstrip("."))
    except MailError:
        raise
    except (ValueError, TypeError, IndexError, LookupError, email.errors.MessageError) as exc:
        raise MailError(f"{path}: not an e-mail the board can read ({exc})") from exc


def _parse(data: bytes, size: int, path: Path, host: str) -> Mail:
    readable = data
    if size > MAX_BYTES:  # the headers only: enough to answer
        readable = data.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0] + b"\n\n"
    message = email.message_from_bytes(readable, policy=policy.default)
    stamp = headers.topmost_received(message, host)
    if stamp is None or stamp.host != host:
        raise MailError(
            f"{path}: its topmost Received: header was not added by {host} (mailbox.received_by "
            "in content/board.yaml): give the message as the board's server delivered it"
        )
    if stamp.moment is None:
        raise MailError(f"{path}: the Received: header of {host} has no readable date")
    sender = _sender(message, path)
    text, attachments = ("", 0) if size > MAX_BYTES else body.readable(message)
    return Mail(
        sender=sender,
        subject=_header(message, "Subject"),
        message_id=_header(message, "Message-ID"),
        references=_header(message, "References"),
        received=stamp.moment,
        authenticated=headers.authenticated(message, host, sender),
        text=text,
        attachments=attachments,
        size=size,
        auto=_automatic(message),
        digest=hashlib.sha256(data).hexdigest(),
    )
