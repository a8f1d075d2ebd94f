"""The checks of one ledger entry: what intake wrote, its status among the others, its times.

Each returns the problems of entry ``i`` of a ledger that matches its schema; `checks` runs them
over every entry (``board validate``).
"""

from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import Any

from ..problems import Problem, Say
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
    if sha256_text(entry["envelope"]) != entry["sha256"]:
        found.append(
            problem(
                ("applications", i, "sha256"),
                f"{where}.sha256",
                Say(
                    "does not match the envelope",
                    "the envelope or its hash was changed after intake",
                ),
                Say(
                    "ne correspond pas à l'enveloppe",
                    "l'enveloppe ou son hachage a été modifié après la réception",
                ),
                code="ledger.hash-mismatch",
            )
        )
    if entry["receipt"] in receipts:
        found.append(
            problem(
                ("applications", i, "receipt"),
                f"{where}.receipt",
                Say(f"{entry['receipt']} is listed twice", "each receipt appears once"),
                Say(
                    f"{entry['receipt']} figure deux fois",
                    "chaque reçu figure une seule fois",
                ),
                code="ledger.duplicate-receipt",
            )
        )
    receipts.add(entry["receipt"])
    expected = receipt_ids.of_entry(oid, entry)
    if entry["receipt"] != expected:
        found.append(
            problem(
                ("applications", i, "receipt"),
                f"{where}.receipt",
                Say(
                    f"{entry['receipt']} is not the receipt id of this entry ({expected})",
                    "a receipt id is computed from the opportunity, issue, account id (or, for an "
                    "e-mail, message and account), sha256 and received time; one of them was "
                    "changed after intake",
                ),
                Say(
                    f"{entry['receipt']} n'est pas le numéro de reçu de cette entrée ({expected})",
                    "le numéro de reçu est calculé à partir de l'opportunité, du ticket, du "
                    "numéro de compte (ou, pour un courriel, du message et du compte), du sha256 "
                    "et du moment de réception; l'un d'eux a été modifié après la réception",
                ),
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
                Say(
                    "an active (received) entry has no `changed` time",
                    "`changed` records when intake moved the status away from received",
                ),
                Say(
                    "une entrée active (received) ne porte pas de moment `changed`",
                    "`changed` indique quand la réception a fait quitter l'état received",
                ),
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
                    Say(
                        f"{entry['account']} already has an active application (applications[{active[account]}])",
                        "the older one should be superseded",
                    ),
                    Say(
                        f"{entry['account']} a déjà une candidature active (applications[{active[account]}])",
                        "la plus ancienne devrait être remplacée (superseded)",
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
                Say(
                    f"{entry['received']} is after the closing time {closing.isoformat()}",
                    "applications received after closing are refused",
                ),
                Say(
                    f"{entry['received']} est après l'heure de clôture {closing.isoformat()}",
                    "les candidatures reçues après la clôture sont refusées",
                ),
                code="ledger.received-after-closing",
            )
        )
    if "changed" in entry and parse_utc(entry["changed"]) > closing:
        found.append(
            problem(
                ("applications", i, "changed"),
                f"{where}.changed",
                Say(
                    f"{entry['changed']} is after the closing time {closing.isoformat()}",
                    "an application's status is frozen once the opportunity closes",
                ),
                Say(
                    f"{entry['changed']} est après l'heure de clôture {closing.isoformat()}",
                    "l'état d'une candidature est figé dès la clôture de l'opportunité",
                ),
                code="ledger.changed-after-closing",
            )
        )
    return found
