"""What an e-mail's headers can be trusted for, and what they cannot.

A sender writes every header of the message it sends, ``Date:``, ``From:`` and ``Received:``
lines included. Mail servers only ever *add* headers on top. So the board trusts exactly two
headers, both added by its own server (the host named ``received_by`` under ``mailbox:`` in
``content/board.yaml``):

- the **topmost** ``Received:`` header, which must be the board's server's: its date is the time
  received (a forged ``Received:`` line written by the sender is below it and never read, and a
  forged ``Date:`` is never read at all);
- an ``Authentication-Results:`` header of the board's server (its authentication service id
  is that host) *above* that ``Received:`` line, so never one the sender wrote: the sender's
  address counts only when DMARC passed for its domain, or a DKIM signature of its domain (or
  of a parent domain of two labels or more) verified. Without that, anyone could write someone
  else's address in ``From:`` and replace or withdraw their application.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import Message
from email.utils import parsedate_to_datetime

# Every "by <host>" of the line, overlapping: a HELO name (one token, the sender's) cannot hide
# the server's own clause.
_BY = re.compile(r"(?=\bby\s+\[?([A-Za-z0-9.-]+))", re.IGNORECASE)
_COMMENT = re.compile(r"\([^()]*\)")


@dataclass(frozen=True)
class Stamp:
    """The board's server's own ``Received:`` line: who added it, and when."""

    host: str
    moment: datetime | None  # None when the line holds no readable date


def _text(value: object) -> str:
    return " ".join(str(value).split())


def topmost_received(message: Message, host: str = "") -> Stamp | None:
    """The topmost ``Received:`` header: the last server that handled the message (its host is
    ``host`` when one of its ``by`` clauses names it)."""
    found = message.get_all("Received") or []
    if not found:
        return None
    line = _text(found[0])
    hosts = [h.lower().rstrip(".") for h in _BY.findall(_COMMENT.sub(" ", line.rsplit(";", 1)[0]))]
    moment = None
    if ";" in line:
        try:
            moment = parsedate_to_datetime(line.rsplit(";", 1)[1].strip())
        except (TypeError, ValueError, IndexError):
            moment = None
    if moment is not None and moment.tzinfo is None:
        moment = None  # "-0000": no time zone given, so no instant
    return Stamp(
        host=host if host in hosts else (hosts[0] if hosts else ""),
        moment=moment.astimezone(UTC) if moment else None,
    )


def _results(line: str) -> tuple[str, list[dict[str, str]]]:
    """``authserv-id`` and each method's result and properties (RFC 8601, leniently)."""
    parts = [p.strip() for p in _COMMENT.sub(" ", line).split(";")]
    server = parts[0].split()[0].lower().rstrip(".") if parts and parts[0] else ""
    out = []
    for part in parts[1:]:
        fields: dict[str, str] = {}
        for i, token in enumerate(part.split()):
            key, _, value = token.partition("=")
            if i == 0:
                fields["method"], fields["result"] = key.lower(), value.lower()
            else:
                fields[key.lower()] = value.strip('"').lower().rstrip(".")
        if fields:
            out.append(fields)
    return server, out


def _aligned(domain: str, signer: str) -> bool:
    """The signer is the domain, or a parent of it that is more than a top-level domain."""
    return bool(signer) and (domain == signer or ("." in signer and domain.endswith("." + signer)))


def _above_received(message: Message) -> list[str]:
    """The Authentication-Results headers above the topmost Received: (added after it)."""
    out = []
    for name, value in message.raw_items():
        if name.lower() == "received":
            break
        if name.lower() == "authentication-results":
            out.append(_text(value))
    return out


def authenticated(message: Message, host: str, address: str) -> bool:
    """Whether the board's server verified that ``address``'s domain sent the message."""
    domain = address.rsplit("@", 1)[-1].casefold().rstrip(".")
    for value in _above_received(message):
        server, results = _results(value)
        if server != host:
            continue
        for r in results:
            if r.get("result") != "pass":
                continue
            if r["method"] == "dmarc" and r.get("header.from", domain) == domain:
                return True
            if r["method"] == "dkim" and _aligned(domain, r.get("header.d", "")):
                return True
        return False  # only the topmost result of the board's own server counts
    return False
