"""The public ledger of sealed applications: ``content/applications/<opportunity-id>.yaml``.

Only what may be public leaves this module: receipt ids, hashes and times. The account that
filed an application and the sealed envelope itself are never read into the site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..yamlfile import load

LEDGER_DIR = "applications"
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Receipt:
    receipt: str
    sha256: str
    received: str  # UTC ISO datetime, as recorded


@dataclass(frozen=True)
class Ledger:
    receipts: tuple[Receipt, ...] = ()

    @property
    def count(self) -> int:
        return len(self.receipts)


def read(content_root: Path, opportunity_id: str) -> Ledger:
    """Applications with status ``received``; an absent or unreadable file is an empty ledger."""
    path = content_root / LEDGER_DIR / f"{opportunity_id}.yaml"
    if not path.is_file():
        return Ledger()
    doc, _problems = load(path)
    data = doc.data if doc is not None else None
    if not isinstance(data, dict) or not isinstance(data.get("applications"), list):
        return Ledger()
    receipts = []
    for item in data["applications"]:
        if not isinstance(item, dict) or item.get("status") != "received":
            continue
        sha = str(item.get("sha256", "")).lower()
        if not _SHA256.match(sha):
            continue
        receipts.append(Receipt(str(item.get("receipt", "")), sha, str(item.get("received", ""))))
    return Ledger(tuple(receipts))
