"""Where the mailbox (IMAP) and the outgoing server (SMTP) are, read from the environment.

Host names, accounts and passwords are the department's secrets: the workflow passes them as
environment variables, and nothing here reads them from the repository or prints them. Every
connection is encrypted and the server's certificate checked (the system's authorities, or the
one in ``BOARD_MAIL_CA_FILE`` for a department's own): IMAP over TLS (port 993 by default), SMTP
over TLS on port 465 or with STARTTLS required on any other port (587 by default).
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field

from ...errors import BoardError

IMAP, SMTP = "BOARD_IMAP", "BOARD_SMTP"
CA_FILE = "BOARD_MAIL_CA_FILE"
PORTS = {IMAP: 993, SMTP: 587}
SMTPS_PORT = 465


class MailboxError(BoardError):
    """The mailbox cannot be reached or used; the messages stay where they are."""


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    user: str
    password: str = field(repr=False)
    cafile: str = ""

    def tls(self) -> ssl.SSLContext:
        """Certificates and host names checked; TLS 1.2 at least."""
        context = ssl.create_default_context(cafile=self.cafile or None)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        return context


@dataclass(frozen=True)
class Folders:
    inbox: str = "INBOX"
    processed: str = "Processed"
    rejected: str = "Rejected"


def _server(env: Mapping[str, str], prefix: str, fallback: Server | None) -> Server | list[str]:
    values = {k: env.get(f"{prefix}_{k}", "").strip() for k in ("HOST", "PORT", "USER")}
    password = env.get(f"{prefix}_PASSWORD", "")
    if fallback is not None:  # SMTP: the mailbox's account unless told otherwise
        values["USER"] = values["USER"] or fallback.user
        password = password or fallback.password
    missing = [f"{prefix}_{k}" for k in ("HOST", "USER") if not values[k]]
    missing += [] if password else [f"{prefix}_PASSWORD"]
    port = values["PORT"] or str(PORTS[prefix])
    if not port.isdigit() or not 0 < int(port) < 65536:
        missing.append(f"{prefix}_PORT (a port number, not {port[:20]!r})")
    if missing:
        return missing
    return Server(values["HOST"], int(port), values["USER"], password, env.get(CA_FILE, ""))


def from_env(env: Mapping[str, str]) -> tuple[Server, Server]:
    """The IMAP and SMTP servers; a `MailboxError` naming every variable missing."""
    imap = _server(env, IMAP, None)
    smtp = _server(env, SMTP, imap if isinstance(imap, Server) else None)
    missing = [*(imap if isinstance(imap, list) else []), *(smtp if isinstance(smtp, list) else [])]
    if missing or not isinstance(imap, Server) or not isinstance(smtp, Server):
        raise MailboxError(
            "the mailbox needs these environment variables (repository secrets in the "
            "workflow): " + ", ".join(missing)
        )
    return imap, smtp
