"""One opportunity's outcome folder, ``content/outcomes/<opportunity-id>/``: finding its files,
loading one through its schema, and the rule every file of it shares (``opportunity:`` equals
the folder's name)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from .. import schemas
from ..content import display_path
from ..problems import Problem, said
from ..yamlio.load import Document, load

OUTCOMES_DIR = "outcomes"  # under the content root


def folder(root: Path, opportunity_id: str) -> Path:
    return root / OUTCOMES_DIR / opportunity_id


def opportunity_ids(root: Path) -> list[str]:
    """The opportunity folders under ``content/outcomes/`` (links are never followed)."""
    base = root / OUTCOMES_DIR
    if not base.is_dir():
        return []
    return sorted(p.name for p in base.iterdir() if p.is_dir() and not p.is_symlink())


@dataclass(frozen=True)
class Loaded:
    """A file of the folder that matched its schema: its document and the SHA-256 of its bytes."""

    doc: Document
    sha256: str


def load_file(path: Path, schema: str) -> tuple[Loaded | None, list[Problem]]:
    """The file through the YAML loader and its schema; None with the problems when it fails."""
    _, loaded, problems = load_checked(path, schema)
    return loaded, problems


def load_checked(path: Path, schema: str) -> tuple[Document | None, Loaded | None, list[Problem]]:
    """The file's document as loaded (None: not YAML), the same once it matched its schema and
    named its folder (None: it did not), and the problems."""
    shown = display_path(path)
    doc, problems = load(path, shown)
    if doc is None:
        return None, None, problems
    problems = schemas.problems(doc, schema)
    if problems:
        return doc, None, problems
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    problems = _names_its_folder(doc, path.parent.name)
    return doc, (None if problems else Loaded(doc, digest)), problems


def _names_its_folder(doc: Document, name: str) -> list[Problem]:
    named = doc.data.get("opportunity")
    if named == name:
        return []
    line, column = doc.where(("opportunity",))
    return [
        Problem.of(
            doc.path,
            "opportunity",
            *said(
                "problem.outcome.wrong-folder",
                named=repr(named),
                folder=repr(name),
                setting=f"opportunity: {name}",
                place=f"content/outcomes/{named}/",
            ),
            line,
            column,
            code="outcome.wrong-folder",
        )
    ]
