"""Applying without a GitHub account: the board's mailbox on the opportunity and Apply pages.

``mailbox(board)`` is the address set under ``mailbox:`` in ``content/board.yaml`` (None when the
board takes no e-mail). The Apply page hands it to ``assets/apply.js``, which, after sealing,
offers both routes as equal choices, opening neither: continue to GitHub, or a ``mailto:`` link with the subject (and the block, when
the link stays short enough for every mail program) and the address and subject written out.
Its words are the catalog's ``apply.mail.*`` and ``apply.github.*`` entries.
"""

from __future__ import annotations

from .. import catalog
from ..model import Board

SCRIPT_KEYS = (
    "apply.github.title",
    "apply.mail.title",
    "apply.mail.lead",
    "apply.mail.step.prefilled",
    "apply.mail.step.paste",
    "apply.mail.step.send",
    "apply.mail.button",
    "apply.mail.to",
    "apply.mail.subject",
)


def mailbox(board: Board | None) -> str | None:
    """The board's application address, or None when it takes no e-mail."""
    raw = (board.raw if board is not None else {}).get("mailbox")
    address = raw.get("address") if isinstance(raw, dict) else None
    return address if isinstance(address, str) and address else None


def subject(opportunity_id: str, lang: str = "en") -> str:
    """The mailto subject. Its ``[id]`` is what `board intake --email` reads; its first word is
    the page's language, so that the reply can open in it (intake/mail/reply.py)."""
    return catalog.t(lang, "apply.mail.subject-line", id=opportunity_id)
