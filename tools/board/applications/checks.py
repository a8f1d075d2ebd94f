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

from datetime import date
from pathlib import Path

from .. import schemas
from ..content import Content
from ..problems import Problem, said
from ..yamlio.load import Document
from . import entry_checks
from .ledger import parse_utc, same_account


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
                        *said("problem.ledger.moment-invalid", value=repr(raw[key])),
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
                    *said("problem.ledger.date-invalid", value=repr(raw["date"])),
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
    active: dict[str, int] = {}
    for i, entry in enumerate(doc.data["applications"]):
        found.extend(entry_checks.integrity(doc, oid, i, entry, receipts))
        found.extend(entry_checks.status(doc, i, entry, active))
        if opportunity is not None:
            found.extend(entry_checks.timing(doc, i, entry, opportunity.closing))
    found.extend(_incident_problems(doc))
    return found


def _wrong_file_name(doc: Document, file_path: Path, oid: str) -> Problem:
    return entry_checks.at(
        doc,
        ("opportunity",),
        "opportunity",
        *said(
            "problem.ledger.wrong-file-name",
            given=repr(oid),
            name=repr(file_path.name),
            opportunity=oid,
        ),
        code="ledger.wrong-file-name",
    )


def _no_opportunity(doc: Document, oid: str) -> Problem:
    return entry_checks.at(
        doc,
        ("opportunity",),
        "opportunity",
        *said("problem.ledger.unknown-opportunity", given=repr(oid)),
        code="ledger.unknown-opportunity",
    )


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
                *said(
                    "problem.ledger.incident-ambiguous",
                    # YAML to copy, its own colon: a value, outside French typography
                    restores={"en": "`restores: <full SHA>`", "fr": "`restores: <SHA complet>`"},
                    accepts={"en": "`accepts: [<receipt>, ...]`", "fr": "`accepts: [<reçu>, ...]`"},
                ),
                line,
                col,
                code="ledger.incident-ambiguous",
            )
        )
    return found


__all__ = ["check_document", "problems_of", "same_account"]
