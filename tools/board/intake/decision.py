"""What intake decided: applied to GitHub by the workflow, tested without GitHub."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class LedgerChange:
    """A whole new text for one ledger file (written atomically by the CLI)."""

    path: str  # relative to the repository root
    content: str
    message: str  # commit message


@dataclass(frozen=True)
class Notice:
    """What to do on another issue than the event's (a receipt demoted to a copy)."""

    issue: int
    add_labels: tuple[str, ...] = ()
    remove_labels: tuple[str, ...] = ()
    comment: str = ""


@dataclass(frozen=True)
class Decision:
    add_labels: tuple[str, ...] = ()
    remove_labels: tuple[str, ...] = ()
    comment: str = ""  # bilingual Markdown; empty: no comment
    close: bool = False
    close_reason: str = "completed"  # completed | not_planned
    ledger: tuple[LedgerChange, ...] = ()
    summary: str = ""  # one line for the workflow log
    others: tuple[Notice, ...] = ()  # other issues the ledger change concerns

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


NOTHING = Decision(summary="nothing to do")
