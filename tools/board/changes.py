"""What changed between two versions of an opportunity, field by field.

One definition for everyone who shows a change: the pull-request preview (before a merge) and
the board's public history (after it). A moved closing date or a changed price is highlighted,
because applicants rely on them; a changed sealing key is marked as security-relevant.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

HIGHLIGHT = ("closing", "price.")  # a moved closing date or a changed price
SECURITY = ("sealing_key",)  # who can open the applications
# What a supplier decides on: price, dates, what is evaluated, what is accepted, who may apply
# (the attestations and the payment method), and the status. Anything else is editorial.
MATERIAL = (
    "price",
    "posted",
    "closing",
    "start",
    "delivery",
    "evaluation",
    "acceptance",
    "attestations",
    "payment",
    "status",
)


@dataclass(frozen=True)
class Change:
    field: str  # dotted path, e.g. ``closing`` or ``title.fr``
    old: Any
    new: Any

    @property
    def highlighted(self) -> bool:
        return any(self.field == h or self.field.startswith(h) for h in HIGHLIGHT)

    @property
    def material(self) -> bool:
        """A change a supplier must see ("Updated"); the others are editorial."""
        head = self.field.split(".", 1)[0].split("[", 1)[0]
        return head in MATERIAL

    @property
    def security(self) -> bool:
        return any(self.field == h or self.field.startswith(h + ".") for h in SECURITY)


def flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    """Nested mappings and lists of mappings as ``{dotted.path: scalar-or-list}``."""
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            out.update(flatten(item, f"{prefix}.{key}" if prefix else str(key)))
        return out
    if isinstance(value, list) and any(isinstance(item, dict) for item in value):
        out = {}
        for index, item in enumerate(value):
            out.update(flatten(item, f"{prefix}[{index}]"))
        return out
    return {prefix: value}


def diff(old: dict[str, Any], new: dict[str, Any]) -> tuple[Change, ...]:
    """Every field whose value differs, in the order the fields appear."""
    before, after = flatten(old), flatten(new)
    return tuple(
        Change(key, before.get(key), after.get(key))
        for key in dict.fromkeys([*before, *after])
        if before.get(key) != after.get(key)
    )
