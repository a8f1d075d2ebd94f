"""Finding and loading the content tree: ``content/board.yaml`` and the opportunity files.

Loading returns values and problems side by side; nothing here prints or exits.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import schemas
from .model import Board, Opportunity
from .problems import Problem
from .yamlfile import Document, load

BOARD_FILE = "board.yaml"
OPPORTUNITIES_DIR = "opportunities"


@dataclass
class Content:
    """Everything loaded from one content root, with every problem found on the way."""

    root: Path
    board: Board | None = None
    board_doc: Document | None = None
    opportunities: list[Opportunity] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(p.is_error for p in self.problems)

    def opportunity(self, opportunity_id: str) -> Opportunity | None:
        return next((o for o in self.opportunities if o.id == opportunity_id), None)


def display_path(path: Path) -> str:
    """A path as the user would type it: relative to the working directory when possible."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


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


def opportunity_files(root: Path) -> list[Path]:
    folder = root / OPPORTUNITIES_DIR
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
