"""The fixture board's drawn opportunity (#10): a copy of the sample that closed on 2023-08-31,
three active applications, an evaluation record naming the real recorded drand quicknet round
657413, and the draw `board draw run` writes for it. The build reads no git history, so only the
files' own checks apply here (tests/test_draw.py checks the history)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import yaml

from board.applications.ledger import parse_utc, receipt_id
from board.outcomes import ranking
from board.sealing.envelope import sha256_text

ROOT = Path(__file__).resolve().parents[2]
DRAWN = "drawn-forms-inventory"
ROUND = next(
    r
    for r in json.loads((ROOT / "tests/fixtures/drand/quicknet.json").read_text())["rounds"]
    if r["round"] == 657413
)


def ledger(oid: str, received: list[str], first_issue: int = 50) -> dict[str, Any]:
    """A ledger of ``oid`` with one active application per time in ``received`` (UTC, ``Z``),
    each with its real receipt id."""
    entries = []
    for issue, when in enumerate(received, start=first_issue):
        envelope = f"SECRET-ENVELOPE-{issue}"
        entry = {
            "issue": issue,
            "account": f"supplier-{issue}",
            "account_id": 2000 + issue,
            "received": when,
            "sha256": sha256_text(envelope),
            "status": "received",
            "envelope": envelope,
        }
        receipt = receipt_id(oid, issue, 2000 + issue, entry["sha256"], parse_utc(when))
        entries.append({"receipt": receipt, **entry})
    return {"opportunity": oid, "applications": entries}


def _ledger() -> dict[str, Any]:
    return ledger(DRAWN, [f"2023-08-{day}T14:00:00Z" for day in (20, 21, 22, 23)])


def draw(oid: str, passed: list[str], record: bytes) -> dict[str, Any]:
    """The draw `board draw run` writes for ``record`` (its bytes), from the recorded round."""
    order = list(
        ranking.rank("pass-fail-draw", oid, [(r, None) for r in passed], ROUND["randomness"])
    )
    return {
        "opportunity": oid,
        "round": ROUND["round"],
        "signature": ROUND["signature"],
        "randomness": ROUND["randomness"],
        "evaluation_sha256": hashlib.sha256(record).hexdigest(),
        "ranking": order,
    }


def write(folder: Path, opportunity: dict[str, Any]) -> list[str]:
    """Write the opportunity, its ledger, record and draw under ``folder`` (a content root);
    the published ranking."""
    text = yaml.safe_dump(opportunity, allow_unicode=True, sort_keys=False, width=1000)
    (folder / "opportunities" / f"{DRAWN}.yaml").write_text(text, encoding="utf-8")
    ledger = _ledger()
    (folder / "applications").mkdir(exist_ok=True)
    (folder / "applications" / f"{DRAWN}.yaml").write_text(yaml.safe_dump(ledger, sort_keys=False))
    receipts = [e["receipt"] for e in ledger["applications"]]
    record = {
        "opportunity": DRAWN,
        "evaluated": "2023-09-14",
        "method": "pass-fail-draw",
        "criteria": [{"id": "skills", "failed": 1}],
        "passed": [{"receipt": r} for r in receipts[:3]],
        "not_passed": receipts[3:],
        "draw_round": ROUND["round"],
    }
    outcomes = folder / "outcomes" / DRAWN
    outcomes.mkdir(parents=True)
    body = yaml.safe_dump(record, sort_keys=False).encode()
    (outcomes / "evaluation.yaml").write_bytes(body)
    order = list(
        ranking.rank(
            "pass-fail-draw", DRAWN, [(r, None) for r in receipts[:3]], ROUND["randomness"]
        )
    )
    draw = {
        "opportunity": DRAWN,
        "round": ROUND["round"],
        "signature": ROUND["signature"],
        "randomness": ROUND["randomness"],
        "evaluation_sha256": hashlib.sha256(body).hexdigest(),
        "ranking": order,
    }
    (outcomes / "draw.yaml").write_text(yaml.safe_dump(draw, sort_keys=False))
    return order
