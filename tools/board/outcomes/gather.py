"""Check every outcome folder (``content/outcomes/<id>/``, loaded into `Content` by `records`):
the evaluation record's rules against the opportunity and its ledger, and the draw's checks. Called
by `board.validate.run`; with ``history`` it also reads git (the merge time of the record, the
draw's commit), which the build skips."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

from ..applications.ledger import LedgerError
from ..content import Content, display_path
from ..problems import Problem, said
from . import evaluation_rules, folder, history, records
from .beacon import chain_of
from .draw import FILE as DRAW_FILE
from .draw_checks import verify
from .evaluation import FILE as EVALUATION_FILE
from .evaluation import Evaluation


def check(
    root: Path, content: Content, *, ids: list[str] | None = None, git: bool
) -> list[Problem]:
    """Problems of the outcome folders (``ids``, default every one), loaded into
    ``content.outcomes``; the records that pass their checks are kept in ``content.evaluations``
    and ``content.draws``."""
    content.outcomes.update(records.read_all(root, ids))  # every file read once, here (#9)
    found: list[Problem] = []
    for oid in folder.opportunity_ids(root) if ids is None else ids:
        found += _one(root, content, oid, git=git)
    return found


def split(files: list[Path], root: Path, *, whole: bool) -> tuple[list[str] | None, list[Path]]:
    """The outcome folders to check among the files given (None: every folder, for a whole
    root), and the other files with the opportunity of each of those folders (its rules need it)."""
    base = (root / folder.OUTCOMES_DIR).resolve()
    given = [p for p in files if p.resolve().parent.parent == base]
    ids = list(dict.fromkeys(p.resolve().parent.name for p in given))
    needed = [root / "opportunities" / f"{oid}.yaml" for oid in ids]
    rest = [p for p in files if p not in given] + [p for p in needed if p.is_file()]
    return (None if whole else ids), list(dict.fromkeys(rest))


def needed(root: Path, ids: list[str] | None) -> set[str]:
    """The opportunities the outcome folders need kept as values (their rules read them)."""
    return set(folder.opportunity_ids(root) if ids is None else ids)


def _one(root: Path, content: Content, oid: str, *, git: bool) -> list[Problem]:
    here = folder.folder(root, oid)
    path = here / EVALUATION_FILE
    if not path.exists():
        return _orphan(here / DRAW_FILE)
    outcome = content.outcome(oid)
    ev, doc = outcome.evaluation, outcome.document(EVALUATION_FILE)
    if ev is None or doc is None:
        return outcome.problems_of(EVALUATION_FILE)
    facts = facts_of(root, content, oid, path if git else None)
    found = evaluation_rules.problems(doc, ev, facts)
    if not any(p.is_error for p in found):
        content.evaluations[oid] = ev
    draw_path = here / DRAW_FILE
    if draw_path.exists():
        found += _draw(root, content, ev, draw_path, git=git)
    return found


def facts_of(root: Path, content: Content, oid: str, path: Path | None) -> evaluation_rules.Facts:
    """What the record's rules compare it with; git is read when ``path`` is given."""
    board = content.board
    try:
        ledger = content.ledger(oid)
    except (LedgerError, OSError):
        ledger = None
    return evaluation_rules.Facts(
        opportunity=content.opportunity(oid),
        ledger=ledger,
        tz=board.tz if board is not None else UTC,
        chain=chain_of(board.raw if board is not None else None),
        merged=history.merged(root, path) if path is not None else None,
    )


def _draw(root: Path, content: Content, ev: Evaluation, path: Path, *, git: bool) -> list[Problem]:
    outcome = content.outcome(ev.opportunity)
    drawn, doc = outcome.draw, outcome.document(DRAW_FILE)
    if drawn is None or doc is None:
        return outcome.problems_of(DRAW_FILE)
    chain = chain_of(content.board.raw if content.board is not None else None)
    facts = history.of_draw(root, path.parent / EVALUATION_FILE, path) if git else None
    if facts is not None and (facts.merged is None or facts.drawn is None):
        facts = None  # not committed yet (a local run): checked once on main, and by verify
    verdict = verify(doc, drawn, ev, chain, facts)
    if verdict.ok:
        content.draws[ev.opportunity] = drawn
    return list(verdict.problems)


def _orphan(draw: Path) -> list[Problem]:
    """A draw without the evaluation record it ranks."""
    if not draw.exists():
        return []
    return [
        Problem.of(
            display_path(draw),
            "",
            *said("problem.draw.without-evaluation"),
            code="draw.without-evaluation",
        )
    ]
