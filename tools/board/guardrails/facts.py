"""What the guardrails need to know of each opportunity, kept small while validating.

``board validate`` does not keep every opportunity in memory (the archive can be large), so
each valid file leaves a `Facts` behind: the few values the cross-opportunity guardrails
compare, and where to point a problem (line and column of each field in the file).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from ..model import Board, Text
from ..yamlio.load import Document

JUSTIFIED = ("splitting", "repeat_award")  # the guardrails a written justification may lift


@dataclass(frozen=True)
class Facts:
    id: str
    path: str  # as shown to the user
    status: str
    department: str  # English name: the key of the budgets
    department_fr: str
    team: str
    posted: date
    total: Decimal  # the price with the worst-case tax (what counts against the cap)
    taxes_included: bool
    skills: frozenset[str]
    repository: str
    justified: frozenset[str]  # guardrails this opportunity carries a justification for
    where: dict[str, tuple[int, int]] = field(default_factory=dict, compare=False)

    def at(self, name: str) -> tuple[int, int]:
        return self.where.get(name, (1, 1))

    @property
    def department_text(self) -> Text:
        return Text(self.department, self.department_fr)


def _justified(raw: Any) -> frozenset[str]:
    if not isinstance(raw, dict):
        return frozenset()
    return frozenset(k for k in JUSTIFIED if isinstance(raw.get(k), dict))


def of(doc: Document, shown: str, tax_rate: Decimal) -> Facts | None:
    """The facts of a valid opportunity document (None when it is not one)."""
    data = doc.data
    try:
        price = data["price"]
        amount = Decimal(str(price["amount"]))
        total = amount if price["taxes"] == "included" else amount * (1 + tax_rate)
        places = {
            "id": ("id",),
            "posted": ("posted",),
            "price": ("price", "amount"),
            "team": ("client", "team"),
            "justifications": ("justifications",),
            **{name: (name,) for name in ("closing", "start", "delivery", "evaluation")},
            "acceptance": ("acceptance",),
            "eligibility": ("eligibility",),
        }
        return Facts(
            id=data["id"],
            path=shown,
            status=data["status"],
            department=data["client"]["department"]["en"],
            department_fr=data["client"]["department"]["fr"],
            team=data["client"]["team"]["en"],
            posted=date.fromisoformat(str(data["posted"])),
            total=total,
            taxes_included=price["taxes"] == "included",
            skills=frozenset(s.casefold() for s in data.get("skills") or []),
            repository=str(data.get("repository", "")).rstrip("/").casefold(),
            justified=_justified(data.get("justifications")),
            where={k: doc.where(v) for k, v in places.items() if _has(data, v)},
        )
    except (KeyError, TypeError, ValueError, ArithmeticError):
        return None


def collect(doc: Document, shown: str, board: Board | None) -> list[Facts]:
    """The facts of a document that passed its checks, as a list of none or one."""
    found = of(doc, shown, board.tax_rate) if board is not None else None
    return [found] if found is not None else []


def _has(data: Any, keys: tuple[str, ...]) -> bool:
    for key in keys:
        if not isinstance(data, dict) or key not in data:
            return False
        data = data[key]
    return True
