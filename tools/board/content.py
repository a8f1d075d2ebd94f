"""Finding and loading the content tree: ``content/board.yaml`` and the opportunity files.

Loading returns values and problems side by side; nothing here prints or exits.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from . import schemas
from .model import Board, Opportunity
from .problems import Problem, said
from .yamlio.load import Document, load

if TYPE_CHECKING:
    from .applications.ledger import Ledger
    from .outcomes.draw import Draw
    from .outcomes.evaluation import Evaluation
    from .outcomes.records import Outcome

BOARD_FILE = "board.yaml"
OPPORTUNITIES_DIR = "opportunities"
YAML_SUFFIXES = (".yaml", ".yml")


@dataclass
class Content:
    """Everything loaded from one content root, with every problem found on the way.

    The ledgers of applications are loaded with the rest, once: ``ledgers`` holds each ledger
    whose file matched its schema, ``unreadable`` the schema problems of each one that did not.
    """

    root: Path
    board: Board | None = None
    board_doc: Document | None = None
    opportunities: list[Opportunity] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    ledgers: dict[str, Ledger] = field(default_factory=dict)
    unreadable: dict[str, list[Problem]] = field(default_factory=dict)
    # After closing (#10, #12), by opportunity id: every file of content/outcomes/<id>/ as
    # loaded (`outcomes.records`, the one reader), and the records among them that passed
    # every check of their rules (the same values).
    outcomes: dict[str, Outcome] = field(default_factory=dict)
    evaluations: dict[str, Evaluation] = field(default_factory=dict)
    draws: dict[str, Draw] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not any(p.is_error for p in self.problems)

    def opportunity(self, opportunity_id: str) -> Opportunity | None:
        return next((o for o in self.opportunities if o.id == opportunity_id), None)

    def ledger(self, opportunity_id: str) -> Ledger:
        """The opportunity's ledger as loaded (empty when it has none yet).

        Raises `LedgerError` with its problems when the file did not match its schema. A ledger
        this content was not asked to load (a run on some files only) is read now.
        """
        from .applications import ledger as ledgers  # the ledger model imports this layer

        if opportunity_id in self.unreadable:
            raise ledgers.LedgerError(self.unreadable[opportunity_id])
        if opportunity_id not in self.ledgers:
            self.ledgers[opportunity_id] = ledgers.read(self.root, opportunity_id)
        return self.ledgers[opportunity_id]

    def outcome(self, opportunity_id: str) -> Outcome:
        """The opportunity's outcome files as loaded (read now when this content was not asked
        to load them: a run on some files only)."""
        from .outcomes import records  # the outcome values import this layer

        if opportunity_id not in self.outcomes:
            self.outcomes[opportunity_id] = records.read(self.root, opportunity_id)
        return self.outcomes[opportunity_id]

    def reload_ledger(self, opportunity_id: str) -> None:
        """Forget the loaded ledger, after a new version of it was written."""
        self.ledgers.pop(opportunity_id, None)
        self.unreadable.pop(opportunity_id, None)


def display_path(path: Path) -> str:
    """A path as the user would type it: relative to the working directory when possible."""
    try:  # the folder resolved, the name kept: a link is shown as itself, not as its target
        return str(_shown_folder(str(path.parent), os.getcwd()) / path.name)
    except (ValueError, OSError, RuntimeError):  # elsewhere, or a folder that loops
        return str(path)


@functools.lru_cache(maxsize=256)
def _shown_folder(folder: str, cwd: str) -> Path:
    """``folder`` resolved and made relative to ``cwd``; a board's thousands of files share a
    few folders, so each is resolved once (keyed by the working directory, which may change)."""
    return Path(folder).resolve().relative_to(Path(cwd).resolve())


def find_root(start: Path) -> Path | None:
    """The content root (the folder holding board.yaml) at or above ``start``."""
    here = start.resolve()
    if here.is_file():
        here = here.parent
    for folder in (here, *here.parents):
        if (folder / BOARD_FILE).is_file():
            return folder
    return None


def load_board(root: Path) -> tuple[Board | None, Document | None, list[Problem]]:
    path = root / BOARD_FILE
    doc, problems = load(path, display_path(path))
    if doc is None:
        return None, None, problems
    problems = schemas.problems(doc, "board")
    if problems:
        return None, doc, problems
    return Board.from_raw(doc.data), doc, []


def is_content_file(path: Path) -> bool:
    """A regular file (not a link) named ``*.yaml`` or ``*.yml``: what the board reads."""
    return path.suffix in YAML_SUFFIXES and not path.is_symlink() and path.is_file()


def opportunity_files(root: Path) -> list[Path]:
    folder = root / OPPORTUNITIES_DIR
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if is_content_file(p))


def yaml_files(folder: Path, *, recursive: bool = False) -> tuple[list[Path], list[Problem]]:
    """The content files in ``folder``, and a problem for each entry that looks like one but
    would not be read (``.YAML``, a symbolic link, a link that loops, a folder), so that nothing
    is skipped in silence. Links are never followed: a link may lead outside the repository."""
    if not folder.is_dir():
        return [], []
    entries = folder.rglob("*") if recursive else folder.iterdir()
    files: list[Path] = []
    problems: list[Problem] = []
    for path in sorted(entries):
        if path.suffix.lower() not in YAML_SUFFIXES:
            continue
        if is_content_file(path):
            files.append(path)
            continue
        problem = _not_read(path, recursive=recursive)
        if problem is not None:
            problems.append(problem)
    return files, problems


def _not_read(path: Path, *, recursive: bool) -> Problem | None:
    """Why ``path``, named like a content file, is not read; None for a folder met recursively."""
    if path.is_symlink():
        return Problem.of(
            display_path(path),
            "",
            *said("problem.file.symlink"),
            code="file.symlink",
        )
    if path.suffix not in YAML_SUFFIXES:
        right = path.stem + path.suffix.lower()
        return Problem.of(
            display_path(path),
            "",
            *said("problem.file.wrong-extension", suffix=repr(path.suffix), name=right),
            code="file.wrong-extension",
        )
    if not recursive or not path.is_dir():
        return Problem.of(
            display_path(path),
            "",
            *said("problem.file.not-regular"),
            code="file.not-regular",
        )
    return None
