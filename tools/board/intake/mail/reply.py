"""The answer to an e-mail, as an ``.eml`` file ready to send from the board's mailbox.

It goes to the sender's address (the one the ledger's hash stands for, never a ``Reply-To:``
the sender chose), threads under the sender's message (``In-Reply-To``, ``References``), and
says it is automatic (``Auto-Submitted: auto-replied``, RFC 3834) so that out-of-office robots
do not answer it. Its Message-ID is derived from what it answers, so the same e-mail decided
twice gives the same file.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime

from ..messages import MARKER
from .message import Mail, MailError
from .settings import Mailbox

_ROW = re.compile(r"^\|\s*(.+?)\s*\|\s*(.+?)\s*\|$")
_RULE = re.compile(r"^\|(\s*\|)+$|^\|-")
_CODE = re.compile(r"`([^`\n]*)`")
_STRONG = re.compile(r"\*\*([^*\n]+)\*\*")
_MESSAGE_ID = re.compile(r"<[\x21-\x3b\x3d\x3f-\x7e]{1,250}>")  # printable, no < or >
# A subject that starts in French (the French Apply page's "Candidature · Application [id]", a
# "RETRAIT", after any "Re:" or gateway "[tag]") is answered French first.
_FRENCH_FIRST = re.compile(
    r"^(?:\s*(?:\[[^\]]*\]|(?:re|tr|fwd?|réf)\s*:))*\s*(?:candidature|retrait)\b", re.IGNORECASE
)


def french_first(subject: str) -> bool:
    return bool(_FRENCH_FIRST.match(subject))


def _subject(text: str, mail: Mail, opportunity: str) -> str:
    titles = [line[4:].strip() for line in text.splitlines() if line.startswith("### ")][:2]
    if french_first(mail.subject):
        titles.reverse()
    title = " · ".join(titles) or "Micro-acquisition board · Tableau des microacquisitions"
    tag = f" [{opportunity}]" if opportunity else ""
    return f"{title}{tag}"[:200]


def _plain_part(text: str, colon: str) -> list[str]:
    out = []
    for line in text.split("\n"):
        line = _STRONG.sub(r"\1", _CODE.sub(r"\1", line))
        if _RULE.match(line):
            continue
        row = _ROW.match(line)
        if row:
            out.append(f"{row.group(1)}{colon} {row.group(2)}")
        elif line.startswith("### "):
            out += [line[4:], "=" * len(line[4:])]
        else:
            out.append(line)
    return out


def plain(text: str, french: bool = False) -> str:
    """The bilingual Markdown of a decision as plain text for an e-mail: headings underlined,
    table rows as "name: value" (with the French colon in the French part), no marks; the
    French part first when ``french``."""
    parts = text.replace(MARKER, "").strip().split("\n---\n", 1)
    english = _plain_part(parts[0], ":")
    if len(parts) == 1:
        return "\n".join(english).strip() + "\n"
    halves = [english, _plain_part(parts[1], "\u00a0:")]
    if french:
        halves.reverse()
    return "\n".join([*halves[0], "---", *halves[1]]).strip() + "\n"


def compose(text: str, mail: Mail, mailbox: Mailbox, opportunity: str, now: datetime) -> str:
    """The reply as the text of an ``.eml`` file."""
    reply = EmailMessage()
    try:
        local, _, domain = mail.sender.rpartition("@")
        reply["To"] = Address(addr_spec=f"{local}@{domain}")
    except (ValueError, IndexError) as exc:
        raise MailError(f"cannot answer the address {mail.sender!r}: {exc}") from exc
    reply["From"] = Address("Micro-acquisition board", addr_spec=mailbox.address)
    reply["Subject"] = _subject(text, mail, opportunity)
    reply["Date"] = format_datetime(now)
    seed = f"{mail.message_id}\n{mail.digest}\n{text}".encode()
    reply["Message-ID"] = f"<{hashlib.sha256(seed).hexdigest()[:32]}@{mailbox.domain}>"
    if _MESSAGE_ID.fullmatch(mail.message_id):
        reply["In-Reply-To"] = mail.message_id
        earlier = [r for r in mail.references.split() if _MESSAGE_ID.fullmatch(r)][-10:]
        reply["References"] = " ".join([*earlier, mail.message_id])
    reply["Auto-Submitted"] = "auto-replied"
    french = french_first(mail.subject)
    reply.set_content(plain(text, french))
    reply["Content-Language"] = "fr, en" if french else "en, fr"  # after: set_content drops it
    return reply.as_string()
