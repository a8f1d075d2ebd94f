"""Loading ``content/outcomes/<opportunity-id>/delivery.yaml`` and ``payment.yaml`` (issue #12).

Each file is read through the YAML loader (line and column), checked against its schema, then
against the opportunity, the award and the delivery it follows. Problems are collected as
values; an `Outcome` is kept for every opportunity folder, with only the files that passed.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from .. import schemas
from ..content import OPPORTUNITIES_DIR, Content, display_path, yaml_files
from ..model import Board, Opportunity
from ..problems import Problem, said
from ..rules import plaintext
from ..rules._access import get, problem
from ..yamlio.load import Document, load
from . import delivery, payment
from .records import Delivery, Outcome, Payment

OUTCOMES_DIR = "outcomes"
DELIVERY_FILE = "delivery.yaml"
PAYMENT_FILE = "payment.yaml"


def folders(root: Path) -> list[Path]:
    base = root / OUTCOMES_DIR
    if not base.is_dir() or base.is_symlink():
        return []
    return sorted(p for p in base.iterdir() if p.is_dir() and not p.is_symlink())


def targets(paths: list[Path], files: list[Path], root: Path) -> tuple[list[Path], set[str] | None]:
    """The files to validate without those under outcomes/, and the opportunities whose
    outcomes to read (None: none is read). An outcome folder is read whole, with its
    opportunity, when the whole root or any file under outcomes/ is validated."""
    base = (root / OUTCOMES_DIR).resolve()
    outcome_files = [p for p in files if p.parent.parent.resolve() == base]
    if paths and not outcome_files:
        return files, None
    kept = [p for p in files if p not in outcome_files]
    if not paths:
        return kept, {p.name for p in folders(root)}
    ids = {p.parent.name for p in outcome_files}
    wanted = [root / OPPORTUNITIES_DIR / f"{oid}.yaml" for oid in sorted(ids)]
    return kept + [p for p in wanted if p.is_file() and p not in kept], ids


def load_all(content: Content, only: set[str] | None = None) -> list[Problem]:
    """Read every outcome folder (or those named ``only``) into ``content.outcomes``; the
    problems found on the way."""
    out: list[Problem] = []
    board = content.board
    for folder in folders(content.root):
        if only is not None and folder.name not in only:
            continue
        _files, strays = yaml_files(folder)
        out += strays
        opp = content.opportunity(folder.name)
        outcome = content.outcome(folder.name)  # `records`: award, evaluation, delivery, payment
        if board is not None and opp is not None:
            outcome, found = _read(folder, opp, board, outcome)
            out += found
        elif board is not None:
            out += _orphans(folder)
        content.outcomes[folder.name] = outcome
    return out


def _document(path: Path, kind: str) -> tuple[Document | None, list[Problem]]:
    if not path.is_file() or path.is_symlink():
        return None, []
    doc, found = load(path, display_path(path))
    if doc is None:
        return None, found
    found = schemas.problems(doc, kind)
    found += plaintext.check_document(doc, kind)  # no markup where only text belongs
    found += _names_folder(doc, kind, path.parent.name)
    return doc, found


def _read(
    folder: Path, opp: Opportunity, board: Board, outcome: Outcome
) -> tuple[Outcome, list[Problem]]:
    """Check the delivery and payment `records` read (typed once they matched their schema)
    against the opportunity, the award and each other; a slot whose file fails is emptied."""
    out: list[Problem] = []
    docs = dict(outcome.documents)  # those that matched their schema, for `recorded_dates`
    made: Delivery | None = None
    doc, found = _document(folder / DELIVERY_FILE, "delivery")
    if doc is not None and not found:
        docs[DELIVERY_FILE] = doc
        found = delivery.check(doc, opp, board, outcome.award)
        made = outcome.delivery if not any(p.is_error for p in found) else None
    out += found
    paid: Payment | None = None
    doc, found = _document(folder / PAYMENT_FILE, "payment")
    if doc is not None and not found:
        docs[PAYMENT_FILE] = doc
        found = payment.check(doc, opp, board, made)
        paid = outcome.payment if not any(p.is_error for p in found) else None
    out += found
    return replace(outcome, delivery=made, payment=paid, documents=docs), out


def _names_folder(doc: Document, kind: str, folder: str) -> list[Problem]:
    named: Any = get(doc.data, "opportunity")
    if not isinstance(named, str) or named == folder:
        return []
    return [
        problem(
            doc,
            ("opportunity",),
            *said(
                "problem.outcome.wrong-folder",
                named=repr(named),
                folder=repr(folder),
                setting=f"opportunity: {folder}",
                place=f"outcomes/{named}/",
            ),
            code=f"{kind}.wrong-opportunity",
        )
    ]


def _orphans(folder: Path) -> list[Problem]:
    out = []
    for name, kind in ((DELIVERY_FILE, "delivery"), (PAYMENT_FILE, "payment")):
        path = folder / name
        if path.is_file():
            out.append(
                Problem.of(
                    display_path(path),
                    "",
                    *said(
                        "problem.outcome.unknown-opportunity",
                        folder=repr(folder.name),
                        file=name,
                        opportunity_file=f"opportunities/{folder.name}.yaml",
                    ),
                    code=f"{kind}.unknown-opportunity",
                )
            )
    return out
