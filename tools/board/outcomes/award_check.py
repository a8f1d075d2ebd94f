"""Finding the award files of a content root and checking each one (`award` holds the rules).

``board validate`` calls `problems`: for a whole content root every
``content/outcomes/<id>/award.yaml``, or only the outcome files it was given.
"""

from __future__ import annotations

from pathlib import Path

from .. import schemas
from ..content import Content, display_path
from ..model import Opportunity
from ..problems import Problem, said
from . import records
from .award import check, located
from .records import AWARD_FILE


def check_file(path: Path, content: Content) -> list[Problem]:
    """Every problem of one ``content/outcomes/<id>/award.yaml``."""
    oid = path.parent.name
    outcome = content.outcome(oid)
    doc = outcome.document(AWARD_FILE)
    if doc is None:
        return outcome.problems_of(AWARD_FILE)
    if doc.data["opportunity"] != oid:
        return [
            located(
                doc,
                ("opportunity",),
                *said(
                    "problem.award.wrong-folder", named=repr(doc.data["opportunity"]), folder=oid
                ),
                code="award.wrong-folder",
            )
        ]
    opportunity = content.opportunity(oid) or _opportunity_file(content.root, oid)
    if opportunity is None:
        return [
            located(
                doc,
                ("opportunity",),
                *said("problem.award.unknown-opportunity", folder=repr(oid)),
                code="award.unknown-opportunity",
            )
        ]
    return check(doc, records.award_of(doc.data), opportunity, content, outcome)


def is_outcome_file(path: Path, content_root: Path) -> bool:
    """A file under ``content/outcomes/``: not an opportunity, whatever its name."""
    try:
        path.resolve().relative_to((content_root / records.OUTCOMES_DIR).resolve())
    except ValueError:
        return False
    return True


def award_files(content_root: Path) -> list[Path]:
    base = content_root / records.OUTCOMES_DIR
    if not base.is_dir():
        return []
    return sorted(p / AWARD_FILE for p in base.iterdir() if (p / AWARD_FILE).is_file())


def _opportunity_file(content_root: Path, oid: str) -> Opportunity | None:
    """The opportunity an award names, read on its own (a run given only outcome files)."""
    path = content_root / "opportunities" / f"{oid}.yaml"
    doc = records.load_doc(path, display_path(path))
    if doc is None or schemas.problems(doc, "opportunity"):
        return None
    return Opportunity.from_raw(doc.data, display_path(path))


def problems(content: Content, only: list[Path] | None = None) -> tuple[list[Problem], list[str]]:
    """The problems of every award file (of those in ``only``, when given), and the files."""
    wanted = award_files(content.root)
    if only is not None:
        asked = {p.resolve() for p in only}
        wanted = [p for p in wanted if p.resolve() in asked]
    out: list[Problem] = []
    for path in wanted:
        out.extend(check_file(path, content))
    return out, [display_path(p) for p in wanted]


def check_into(content: Content, given: list[Path] | None) -> list[str]:
    """Add the award files' problems to ``content`` and return the files checked, as shown:
    every award file for a whole content root (``given`` None), else the award files among the
    paths ``validate`` was given (after the opportunities, which the rules need)."""
    only = None
    if given is not None:
        only = [p for p in given if is_outcome_file(p, content.root)]
        if not only:
            return []
    found, checked = problems(content, only)
    content.problems.extend(found)
    return checked
