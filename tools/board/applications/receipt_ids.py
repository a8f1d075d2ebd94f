"""Receipt ids: what a receipt certifies, hashed, so that anyone can recompute it from the ledger.

A post through GitHub: the first 16 hex digits of the SHA-256 of
``opportunity \\n issue \\n account_id \\n sha256 \\n received``. A post by e-mail has no issue and
no GitHub account: the second line is ``email:<message>`` (the keyed hash of its Message-ID) and
the third its ``account`` (``email:<keyed hash of the address>``); an issue number is digits
only, so the two kinds can never give the same text. Both are public fields of the entry.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

EMAIL = "email"  # the ledger's ``channel`` of an e-mailed application (absent: GitHub)


def utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def receipt_id(
    opportunity: str,
    issue: int,
    account_id: int,
    sha256: str,
    received: datetime,
    *,
    message: str = "",
    account: str = "",
) -> str:
    """A short id derived from what the receipt certifies, so anyone can recompute it.

    The account is GitHub's numeric user id (a login can be renamed and then reused by someone
    else); the login is in the ledger for display only. With ``message`` (an e-mail), the issue
    and account id are replaced by the message's and the address's keyed hashes.
    """
    where, who = (f"{EMAIL}:{message}", account) if message else (str(issue), str(account_id))
    seed = f"{opportunity}\n{where}\n{who}\n{sha256}\n{utc_text(received)}"
    digest = hashlib.sha256(seed.encode("utf-8")).hexdigest()[:16]
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


def of_entry(opportunity: str, raw: dict[str, Any]) -> str:
    """The receipt id of a ledger entry as the file holds it (a GitHub post or an e-mail)."""
    return receipt_id(
        opportunity,
        raw.get("issue", 0),
        raw.get("account_id", 0),
        raw["sha256"],
        parse_utc(raw["received"]),
        message=raw.get("message", ""),
        account=raw["account"],
    )
