"""Real e-mails for the e-mail intake tests, built with Python's `email` package as the board's
mail server would deliver them: its own ``Received:`` and ``Authentication-Results:`` headers on
top, then whatever the sender wrote (forged headers included)."""

from __future__ import annotations

import email
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HOST = "mx.micro-acquisition.example"  # received_by in content/board.yaml
MAILBOX = "applications-candidatures@micro-acquisition.example"
MAIL_KEY = "test-mail-key-" + "0123456789abcdef" * 3


def moment(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def message(
    *,
    text: str | None = "",
    html: str | None = None,
    sender: str = "ada@example.ca",
    subject: str = "Application · Candidature [accessible-pdf-forms]",
    received: str = "2027-01-20T15:04:05Z",
    auth: str | None = "dkim=pass header.d=example.ca; dmarc=pass header.from=example.ca",
    message_id: str | None = "<a1@mail.example.ca>",
    date: str | None = "Wed, 20 Jan 2027 10:04:00 -0500",
    below: tuple[tuple[str, str], ...] = (),
    attachments: tuple[tuple[str, bytes], ...] = (),
    top: tuple[tuple[str, str], ...] = (),
) -> EmailMessage:
    msg = EmailMessage()
    for name, value in top:
        msg[name] = value
    if auth is not None:  # the server's milter adds it above the server's own Received: line
        msg["Authentication-Results"] = f"{HOST}; spf=pass smtp.mailfrom=example.ca; {auth}"
    msg["Received"] = (
        f"from mail.example.ca (mail.example.ca [192.0.2.10]) by {HOST} (Postfix) with ESMTPS "
        f"id 4Xq9; {format_datetime(moment(received))}"
    )
    for name, value in below:  # written by the sender: forged if they say they are the board's
        msg[name] = value
    msg["From"] = sender
    msg["To"] = MAILBOX
    msg["Subject"] = subject
    if date is not None:
        msg["Date"] = date
    if message_id is not None:
        msg["Message-ID"] = message_id
    if text is not None:
        msg.set_content(text)
    if html is not None:
        if text is None:
            msg.set_content(html, subtype="html")
        else:
            msg.add_alternative(html, subtype="html")
    for name, data in attachments:
        msg.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return msg


def write(folder: Path, msg: EmailMessage, name: str = "mail.eml") -> Path:
    """Write the message as an .eml file and check it parses back to the same headers."""
    path = folder / name
    path.write_bytes(msg.as_bytes())
    back = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert back["Message-ID"] == msg["Message-ID"]
    return path


def read(path: Path) -> EmailMessage:
    parsed = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed
