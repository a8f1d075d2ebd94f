"""The checks of one ledger entry: what intake wrote, its status among the others, its times.

Each returns the problems of entry ``i`` of a ledger that matches its schema; `checks` runs them
over every entry (``board validate``).
"""

from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import Any

from ..problems import Problem, Say, said
from ..sealing.envelope import sha256_text
from ..yamlio.load import Document
from . import receipt_ids
from .ledger import RECEIVED, Entry, parse_utc


def at(
    doc: Document, path: tuple[str | int, ...], field: str, en: Say, fr: Say, *, code: str
) -> Problem:
    line, col = doc.where(path)
    return Problem.of(doc.path, field, en, fr, line, col, code=code)


def integrity(
    doc: Document, oid: str, i: int, entry: dict[str, Any], receipts: set[str]
) -> list[Problem]:
    """The entry is what intake wrote: its hash, its receipt id, once."""
    problem = partial(at, doc)
    found: list[Problem] = []
    where = f"applications[{i}]"
    receipt = entry["receipt"]
    if sha256_text(entry["envelope"]) != entry["sha256"]:
        found.append(
            problem(
                ("applications", i, "sha256"),
                f"{where}.sha256",
                *said("problem.ledger.hash-mismatch"),
                code="ledger.hash-mismatch",
            )
        )
    if receipt in receipts:
        found.append(
            problem(
                ("applications", i, "receipt"),
                f"{where}.receipt",
                *said("problem.ledger.duplicate-receipt", receipt=receipt),
                code="ledger.duplicate-receipt",
            )
        )
    receipts.add(receipt)
    expected = receipt_ids.of_entry(oid, entry)
    if receipt != expected:
        found.append(
            problem(
                ("applications", i, "receipt"),
                f"{where}.receipt",
                *said("problem.ledger.wrong-receipt", receipt=receipt, expected=expected),
                code="ledger.wrong-receipt",
            )
        )
    return found


def status(doc: Document, i: int, entry: dict[str, Any], active: dict[str, int]) -> list[Problem]:
    """One active application per applicant; `changed` only once it left received."""
    problem = partial(at, doc)
    found: list[Problem] = []
    where = f"applications[{i}]"
    if entry["status"] == RECEIVED and "changed" in entry:
        found.append(
            problem(
                ("applications", i, "changed"),
                f"{where}.changed",
                *said("problem.ledger.changed-missing"),
                code="ledger.changed-missing",
            )
        )
    if entry["status"] == RECEIVED:
        account = Entry.from_json(entry).applicant  # a login can be renamed and reused
        if account in active:
            found.append(
                problem(
                    ("applications", i, "status"),
                    f"{where}.status",
                    *said(
                        "problem.ledger.second-active",
                        account=entry["account"],
                        other=active[account],
                    ),
                    code="ledger.second-active",
                )
            )
        active[account] = i
    return found


def timing(doc: Document, i: int, entry: dict[str, Any], closing: datetime) -> list[Problem]:
    """Nothing received or changed after the closing time."""
    problem = partial(at, doc)
    found: list[Problem] = []
    where = f"applications[{i}]"
    if parse_utc(entry["received"]) > closing:
        found.append(
            problem(
                ("applications", i, "received"),
                f"{where}.received",
                *said(
                    "problem.ledger.received-after-closing",
                    moment=entry["received"],
                    closing=closing.isoformat(),
                ),
                code="ledger.received-after-closing",
            )
        )
    if "changed" in entry and parse_utc(entry["changed"]) > closing:
        found.append(
            problem(
                ("applications", i, "changed"),
                f"{where}.changed",
                *said(
                    "problem.ledger.changed-after-closing",
                    moment=entry["changed"],
                    closing=closing.isoformat(),
                ),
                code="ledger.changed-after-closing",
            )
        )
    return found
