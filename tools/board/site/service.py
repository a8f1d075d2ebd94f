"""The service settings of ``content/board.yaml`` (issue #11) as values for the pages.

The department that runs the board, the address for "Report a problem", the facts of the
privacy notice, the contract terms and the supplier guide. The schema requires them and has
already checked them (plain text, e-mail addresses, an https address), so this only reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..model import Board, Text

LICENCE = "{licence}"  # the one placeholder a clause of the contract terms may hold


@dataclass(frozen=True)
class Privacy:
    authority: Text
    purpose: Text
    bank: Text
    sealed_access: Text
    retention: Text
    coordinator: str  # the ATIP office's e-mail address


@dataclass(frozen=True)
class Service:
    department: Text
    contact: str
    privacy: Privacy
    contract_terms: tuple[Text, ...]
    invoices: str
    help: str

    @classmethod
    def of(cls, board: Board) -> Service:
        raw: dict[str, Any] = board.raw
        privacy = raw["privacy"]
        return cls(
            department=Text.of(raw["department"]),
            contact=raw["contact"],
            privacy=Privacy(
                **{k: Text.of(privacy[k]) for k in ("authority", "purpose", "bank")},
                sealed_access=Text.of(privacy["sealed_access"]),
                retention=Text.of(privacy["retention"]),
                coordinator=privacy["coordinator"],
            ),
            contract_terms=tuple(Text.of(clause) for clause in raw["contract_terms"]),
            invoices=raw["supplier_guide"]["invoices"],
            help=raw["supplier_guide"]["help"],
        )


def paragraphs(text: str) -> list[str]:
    """A plain-text setting's paragraphs: a blank line starts a new one."""
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


def clause(text: str, licence: str | None) -> str:
    """A clause of the contract terms with the opportunity's licence in place of ``{licence}``
    (on the general page, where no opportunity is named, the words for "the opportunity's
    licence" stand in)."""
    return text.replace(LICENCE, licence) if licence is not None else text
