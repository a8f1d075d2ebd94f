"""Replies sent over SMTP: TLS from the first byte on port 465, STARTTLS required elsewhere.

A reply goes to the one address in its ``To:`` (the sender of the message it answers, which the
e-mail intake wrote there) and nowhere else; a server that offers no STARTTLS is refused rather
than sent the applicant's address in clear.
"""

from __future__ import annotations

import re
import smtplib
import ssl
from dataclasses import dataclass
from email.utils import getaddresses

from .imap import TIMEOUT, _quiet
from .servers import SMTPS_PORT, Server

_HEADERS_END = (b"\r\n\r\n", b"\n\n")


def wire(data: bytes) -> bytes:
    """Lines ended by CRLF, as SMTP requires (smtplib sends bytes as they are: a file written
    with bare LF would reach the server as one line far over the 1,000-byte limit)."""
    return re.sub(rb"\r?\n", b"\r\n", data)


def recipient(reply: bytes) -> str:
    """The one address in the reply's ``To:`` ('' when there is not exactly one)."""
    head = reply
    for end in _HEADERS_END:
        head = head.split(end, 1)[0]
    lines = head.decode("utf-8", "replace").replace("\r\n", "\n").replace("\n ", " ").split("\n")
    values = [line.split(":", 1)[1] for line in lines if line.lower().startswith("to:")]
    found = [address for _, address in getaddresses(values) if "@" in address]
    return found[0] if len(values) == 1 and len(found) == 1 else ""


@dataclass(frozen=True)
class Sent:
    error: str = ""  # why not ('' when the server took it); never the address
    final: bool = False  # the server refused the recipient for good: trying again is no use

    @property
    def ok(self) -> bool:
        return not self.error


def _open(server: Server) -> smtplib.SMTP | str:
    """A connection encrypted from the first byte (465) or by STARTTLS; why not, as text."""
    if server.port == SMTPS_PORT:
        return smtplib.SMTP_SSL(server.host, server.port, timeout=TIMEOUT, context=server.tls())
    client = smtplib.SMTP(server.host, server.port, timeout=TIMEOUT)
    try:
        client.ehlo()
        if not client.has_extn("starttls"):
            _close(client)
            return f"{server.host}:{server.port} offers no STARTTLS; nothing was sent"
        client.starttls(context=server.tls())
        client.ehlo()
    except BaseException:
        client.close()
        raise
    return client


def _close(client: smtplib.SMTP) -> None:
    """QUIT, whatever the server answers to it (the message, once taken, is sent)."""
    try:
        client.quit()
    except (smtplib.SMTPException, OSError):
        pass
    finally:
        client.close()


def send(server: Server, sender: str, reply: bytes) -> Sent:
    """Send ``reply`` from ``sender``."""
    to = recipient(reply)
    if not to:
        return Sent("the reply has no single recipient", final=True)
    try:
        client = _open(server)
        if isinstance(client, str):
            return Sent(client)
        try:
            client.login(server.user, server.password)
            client.sendmail(sender, [to], wire(reply))
        finally:
            _close(client)
    except smtplib.SMTPRecipientsRefused as exc:  # its text holds the address: never shown
        codes = sorted({code for code, _ in exc.recipients.values()})
        return Sent(
            f"the server refused the recipient (SMTP {codes})", all(c >= 500 for c in codes)
        )
    except smtplib.SMTPResponseException as exc:  # the server's words may quote the address
        return Sent(f"cannot send through {server.host}:{server.port}: SMTP {exc.smtp_code}")
    except (smtplib.SMTPException, OSError, ssl.SSLError) as exc:
        return Sent(f"cannot send through {server.host}:{server.port}: {_quiet(exc)}")
    return Sent()
