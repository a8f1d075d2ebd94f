"""``board validate`` for ledger files: schema, hashes, receipts, the opportunity, closing time.

What keeps a ledger frozen (see docs/sealed-envelope.md, "Why it is frozen"):

* in the file as it is: each receipt id is recomputed from its entry; an entry ``received``, or
  whose status ``changed``, after the closing time is an error (GitHub's own timestamps);
* across the first-parent history of the branch (`frozen`, read through `board.repository`): a
  ledger only grows, its entries never change except for the status transitions intake makes,
  and a ledger file is never deleted; a breach is an error until an incident recorded in the
  ledger repairs it in the open (`history_problems`, in `history_checks`).
"""

from __future__ import annotations

from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any

from .. import schemas
from ..content import Content
from ..problems import Problem, Say
from ..sealing.envelope import sha256_text
from ..yamlfile import Document
from .ledger import RECEIVED, parse_utc, receipt_id, same_account


def problems_of(doc: Document) -> list[Problem]:
    """Schema problems of a loaded ledger, and times that match the pattern but are no date."""
    found = schemas.problems(doc, "ledger")
    if found:
        return found
    for i, raw in enumerate(doc.data["applications"]):
        for key in ("received", "changed"):
            try:
                if key in raw:
                    parse_utc(raw[key])
            except ValueError:
                line, col = doc.where(("applications", i, key))
                found.append(
                    Problem.of(
                        doc.path,
                        f"applications[{i}].{key}",
                        Say(f"{raw[key]!r} is not a real date and time", "write it in UTC"),
                        Say(
                            f"{raw[key]!r} n'est pas une date et une heure réelles",
                            "écrivez-la en UTC",
                        ),
                        line,
                        col,
                        code="ledger.moment-invalid",
                    )
                )
    for i, raw in enumerate(doc.data.get("incidents", [])):
        try:
            date.fromisoformat(raw["date"])
        except ValueError:
            line, col = doc.where(("incidents", i, "date"))
            found.append(
                Problem.of(
                    doc.path,
                    f"incidents[{i}].date",
                    Say(f"{raw['date']!r} is not a real date", "write it as 2027-02-03"),
                    Say(
                        f"{raw['date']!r} n'est pas une date réelle",
                        "écrivez-la ainsi : 2027-02-03",
                    ),
                    line,
                    col,
                    code="ledger.date-invalid",
                )
            )
    return found


def check_document(doc: Document, file_path: Path, content: Content) -> list[Problem]:
    return problems_of(doc) or check_loaded(doc, file_path, content)


def check_loaded(doc: Document, file_path: Path, content: Content) -> list[Problem]:
    """What a ledger that matches its schema must also be: its file name, its opportunity's,
    hashes, receipts and times."""
    found: list[Problem] = []
    oid = doc.data["opportunity"]
    if oid != file_path.stem:
        found.append(_wrong_file_name(doc, file_path, oid))
    opportunity = content.opportunity(oid)
    if opportunity is None:
        found.append(_no_opportunity(doc, oid))
    receipts: set[str] = set()
    active: dict[int, int] = {}
    for i, entry in enumerate(doc.data["applications"]):
        found.extend(_entry_integrity(doc, oid, i, entry, receipts))
        found.extend(_entry_status(doc, i, entry, active))
        if opportunity is not None:
            found.extend(_entry_timing(doc, i, entry, opportunity.closing))
    found.extend(_incident_problems(doc))
    return found


def _at(
    doc: Document, path: tuple[str | int, ...], field: str, en: Say, fr: Say, *, code: str
) -> Problem:
    line, col = doc.where(path)
    return Problem.of(doc.path, field, en, fr, line, col, code=code)


def _wrong_file_name(doc: Document, file_path: Path, oid: str) -> Problem:
    return _at(
        doc,
        ("opportunity",),
        "opportunity",
        Say(
            f"{oid!r} does not match the file name {file_path.name!r}",
            f"the ledger of {oid} is {oid}.yaml",
        ),
        Say(
            f"{oid!r} ne correspond pas au nom du fichier {file_path.name!r}",
            f"le registre de {oid} est {oid}.yaml",
        ),
        code="ledger.wrong-file-name",
    )


def _no_opportunity(doc: Document, oid: str) -> Problem:
    return _at(
        doc,
        ("opportunity",),
        "opportunity",
        Say(
            f"no opportunity {oid!r} on the board",
            "a ledger belongs to an opportunity in content/opportunities/",
        ),
        Say(
            f"aucune opportunité {oid!r} au tableau",
            "un registre appartient à une opportunité de content/opportunities/",
        ),
        code="ledger.unknown-opportunity",
    )


def _entry_integrity(
    doc: Document, oid: str, i: int, entry: dict[str, Any], receipts: set[str]
) -> list[Problem]:
    """The entry is what intake wrote: its hash, its receipt id, once."""
    problem = partial(_at, doc)
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
    expected = receipt_id(
        oid, entry["issue"], entry["account_id"], entry["sha256"], parse_utc(entry["received"])
    )
    if entry["receipt"] != expected:
        found.append(
            problem(
                ("applications", i, "receipt"),
                f"{where}.receipt",
                Say(
                    f"{entry['receipt']} is not the receipt id of this entry ({expected})",
                    "a receipt id is computed from the opportunity, issue, account id, sha256 and "
                    "received time; one of them was changed after intake",
                ),
                Say(
                    f"{entry['receipt']} n'est pas le numéro de reçu de cette entrée ({expected})",
                    "le numéro de reçu est calculé à partir de l'opportunité, du ticket, du "
                    "numéro de compte, du sha256 et du moment de réception; l'un d'eux a été modifié "
                    "après la réception",
                ),
                code="ledger.wrong-receipt",
            )
        )
    return found


def _entry_status(
    doc: Document, i: int, entry: dict[str, Any], active: dict[int, int]
) -> list[Problem]:
    """One active application per applicant; `changed` only once it left received."""
    problem = partial(_at, doc)
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
        account = entry["account_id"]  # the applicant; a login can be renamed and reused
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


def _entry_timing(doc: Document, i: int, entry: dict[str, Any], closing: datetime) -> list[Problem]:
    """Nothing received or changed after the closing time."""
    problem = partial(_at, doc)
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


def _incident_problems(doc: Document) -> list[Problem]:
    found = []
    for i, incident in enumerate(doc.data.get("incidents", [])):
        if ("restores" in incident) != ("accepts" in incident):
            continue
        line, col = doc.where(("incidents", i))
        found.append(
            Problem.of(
                doc.path,
                f"incidents[{i}]",
                Say(
                    "an incident says either what it restores or what it accepts",
                    "write `restores: <full SHA>` when the ledger was put back as it was at that "
                    "commit, or `accepts: [<receipt>, ...]` when the change stands",
                ),
                Say(
                    "un incident indique soit ce qu'il rétablit, soit ce qu'il accepte",
                    "écrivez `restores: <SHA complet>` si le registre a été remis dans son état à "
                    "ce commit, ou `accepts: [<reçu>, ...]` si la modification est maintenue",
                ),
                line,
                col,
                code="ledger.incident-ambiguous",
            )
        )
    return found


__all__ = ["check_document", "problems_of", "same_account"]
