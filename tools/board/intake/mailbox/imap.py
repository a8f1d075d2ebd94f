"""The mailbox over IMAP (TLS): list the inbox, fetch a message, file it in a folder.

Fetching never marks a message read (``BODY.PEEK``) and never takes more than ``limit + 1``
bytes of it (a partial fetch): enough to know that it is too large, however large it is. Filing
is a ``MOVE`` (RFC 6851), or where the server has none a copy, a ``\\Deleted`` flag and an
expunge of that one message (``UID EXPUNGE``, RFC 4315).
"""

from __future__ import annotations

import imaplib
import re
import ssl
from collections.abc import Sequence
from types import TracebackType

from .servers import MailboxError, Server

TIMEOUT = 60
_LITERAL = re.compile(rb"BODY\[\]")
_SIZE = re.compile(rb"RFC822\.SIZE (\d+)")
_DETAIL = re.compile(r"[^\x20-\x7e]")


def _quiet(exc: BaseException) -> str:
    """A server's error, shortened, printable: never a message's content."""
    return _DETAIL.sub("?", str(exc))[:200]


class Mailbox:
    """One authenticated IMAP session (a context manager)."""

    def __init__(self, server: Server) -> None:
        try:
            self.conn = imaplib.IMAP4_SSL(
                server.host, server.port, ssl_context=server.tls(), timeout=TIMEOUT
            )
            self.conn.login(server.user, server.password)
            said = self.conn.capability()[1][0]
            self.abilities: set[str] = set(bytes(said).decode("ascii", "replace").upper().split())
        except (imaplib.IMAP4.error, OSError, ssl.SSLError, IndexError) as exc:
            raise MailboxError(
                f"cannot open the mailbox on {server.host}:{server.port}: {_quiet(exc)}"
            ) from exc
        self.selected = ""

    def __enter__(self) -> Mailbox:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            self.conn.logout()
        except (imaplib.IMAP4.error, OSError):
            pass

    def _ok(self, what: str, answer: tuple[str, Sequence[object]]) -> list[object]:
        status, data = answer[0], list(answer[1])
        if status != "OK":
            detail = b" ".join(d for d in data if isinstance(d, bytes)).decode("ascii", "replace")
            raise MailboxError(f"the mailbox refused {what}: {_quiet(Exception(detail))}")
        return data

    def _call(self, what: str, *args: str) -> list[object]:
        try:
            return self._ok(what, self.conn.uid(*args))
        except (imaplib.IMAP4.error, OSError) as exc:
            raise MailboxError(f"the mailbox failed at {what}: {_quiet(exc)}") from exc

    def ensure(self, folder: str) -> None:
        """Create ``folder`` unless it exists."""
        try:
            status, data = self.conn.list('""', folder)
            if status == "OK" and any(isinstance(d, bytes) for d in data):
                return
            self._ok(f"creating {folder}", self.conn.create(folder))
        except (imaplib.IMAP4.error, OSError) as exc:
            raise MailboxError(f"cannot create the folder {folder}: {_quiet(exc)}") from exc

    def select(self, folder: str) -> None:
        try:
            self._ok(f"opening {folder}", self.conn.select(folder))
        except (imaplib.IMAP4.error, OSError) as exc:
            raise MailboxError(f"cannot open the folder {folder}: {_quiet(exc)}") from exc
        self.selected = folder

    def waiting(self) -> list[str]:
        """The UIDs of the selected folder's messages, oldest first."""
        data = self._call("listing the messages", "SEARCH", "UNDELETED")
        found = data[0] if data and isinstance(data[0], bytes) else b""
        return sorted(found.decode("ascii").split(), key=int)

    def fetch(self, uid: str, limit: int) -> tuple[bytes, int]:
        """The message's first ``limit + 1`` bytes (all of it when it is no larger), and its
        size as the server counts it."""
        asked = f"(RFC822.SIZE BODY.PEEK[]<0.{limit + 1}>)"
        data = self._call(f"fetching message {uid}", "FETCH", uid, asked)
        heads = [d[0] if isinstance(d, tuple) else d for d in data]
        size = _SIZE.search(b" ".join(h for h in heads if isinstance(h, bytes)))
        for item in data:
            if isinstance(item, tuple) and _LITERAL.search(item[0]) and isinstance(item[1], bytes):
                return item[1], int(size.group(1)) if size else len(item[1])
        raise MailboxError(f"message {uid} is no longer in {self.selected}")

    def move(self, uid: str, folder: str) -> None:
        """File message ``uid`` in ``folder``: it leaves the inbox."""
        if "MOVE" in self.abilities:
            self._call(f"moving message {uid} to {folder}", "MOVE", uid, folder)
            return
        self._call(f"copying message {uid} to {folder}", "COPY", uid, folder)
        self._call(f"marking message {uid} moved", "STORE", uid, "+FLAGS.SILENT", "(\\Deleted)")
        if "UIDPLUS" in self.abilities:
            self._call(f"removing message {uid}", "EXPUNGE", uid)
        else:  # only this run's messages are \Deleted: the run holds the mailbox alone
            try:
                self._ok("expunging", self.conn.expunge())
            except (imaplib.IMAP4.error, OSError) as exc:
                raise MailboxError(f"the mailbox failed at expunging: {_quiet(exc)}") from exc
