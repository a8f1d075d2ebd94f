"""What happened after closing, as the OCDS releases need it: award, delivery and payment.

LEAD: a small reader of its own, to reconcile with the `award` (issue #10) and
`delivery-metrics` (issue #12 §1–2) engineers' loaders once the branches are merged. It reads
``content/outcomes/<id>/{award,delivery,payment}.yaml`` in the shapes fixed by the outcomes
contract, through the board's YAML loader, and keeps each file's mapping as it is; a file that
does not load is left out (its own schema check reports it). Nothing here is sealed: the
evaluation's private packet never enters the repository.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...yamlio.load import load

OUTCOMES = "outcomes"
KINDS = ("award", "delivery", "payment")


@dataclass(frozen=True)
class Outcome:
    award: dict[str, Any] = field(default_factory=dict)  # the award.yaml mapping
    delivery: dict[str, Any] = field(default_factory=dict)
    payment: dict[str, Any] = field(default_factory=dict)


def read(content_root: Path) -> dict[str, Outcome]:
    out: dict[str, Outcome] = {}
    folder = content_root / OUTCOMES
    if not folder.is_dir():
        return out
    for sub in sorted(p for p in folder.iterdir() if p.is_dir() and not p.is_symlink()):
        found: dict[str, dict[str, Any]] = {}
        for kind in KINDS:
            path = sub / f"{kind}.yaml"
            if path.is_file() and not path.is_symlink():
                doc, _ = load(path, str(path))
                if doc is not None and isinstance(doc.data, dict):
                    found[kind] = doc.data
        if found:
            out[sub.name] = Outcome(**found)
    return out
