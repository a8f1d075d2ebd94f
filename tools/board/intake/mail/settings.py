"""The board's application mailbox: ``mailbox:`` in ``content/board.yaml``.

``address`` is where applicants send sealed blocks and questions (the Apply page shows it);
``received_by`` is the host name the board's own mail server writes in the ``Received:`` header
it adds (``by mx.example.ca``): the one header whose time the board trusts (`headers`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ...model import Board


@dataclass(frozen=True)
class Mailbox:
    address: str
    received_by: str

    @property
    def domain(self) -> str:
        return self.address.rsplit("@", 1)[-1]


def of(board: Board | None) -> Mailbox | None:
    """The mailbox the board's settings name, or None when the board takes no e-mail."""
    raw = (board.raw if board is not None else {}).get("mailbox")
    if not isinstance(raw, dict):
        return None
    address, host = raw.get("address"), raw.get("received_by")
    if not isinstance(address, str) or not isinstance(host, str):
        return None
    return Mailbox(address, host.lower().rstrip("."))
