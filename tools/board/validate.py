"""``board validate``: load every file, check it against its schema and the business rules.

The pipeline reads as a story: find the board's rules, load each file (a failure becomes a
problem for that file and the run goes on), check schema and rules, then check what only the
whole set can show (ids unique). The result knows whether it passed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from . import rules, schemas
from .content import (
    BOARD_FILE,
    OPPORTUNITIES_DIR,
    Content,
    display_path,
    find_root,
    load_board,
    opportunity_files,
)
from .model import Opportunity
from .problems import Problem, Severity
from .yamlfile import Document, load


@dataclass
class Result:
    content: Content
    files: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[Problem]:
        return self.content.problems

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.WARNING]

    def passed(self, strict: bool = False) -> bool:
        return not self.errors and not (strict and self.warnings)


def check_opportunity_document(doc: Document, content: Content, file_path: Path) -> list[Problem]:
    """Schema, file-name and business-rule problems of one opportunity document."""
    found = schemas.problems(doc, "opportunity")
    if not isinstance(doc.data, dict):
        return found or [Problem(doc.path, "", "expected a mapping of fields", "start from a sample")]
    oid = doc.data.get("id")
    if isinstance(oid, str) and oid != file_path.stem:
        line, col = doc.where(("id",))
        found.append(
            Problem(
                doc.path,
                "id",
                f"{oid!r} does not match the file name {file_path.name!r}",
                f"rename the file to {oid}.yaml or set id: {file_path.stem}",
                line,
                col,
            )
        )
    if content.board is not None:
        found.extend(rules.check_opportunity(doc, content.board))
    return found


def _unique_ids(docs: Iterable[Document]) -> list[Problem]:
    seen: dict[str, Document] = {}
    out = []
    for doc in docs:
        oid = doc.data.get("id") if isinstance(doc.data, dict) else None
        if not isinstance(oid, str):
            continue
        if oid in seen:
            line, col = doc.where(("id",))
            out.append(
                Problem(
                    doc.path,
                    "id",
                    f"{oid!r} is already used by {seen[oid].path}",
                    "give each opportunity its own id",
                    line,
                    col,
                )
            )
        else:
            seen[oid] = doc
    return out


def _targets(paths: list[Path], default_root: Path) -> tuple[Path | None, list[Path], bool, list[Problem]]:
    """(content root, opportunity files, board file requested, problems) for the given paths."""
    if not paths:
        return default_root, opportunity_files(default_root), True, []
    root: Path | None = None
    files: list[Path] = []
    want_board = False
    problems: list[Problem] = []
    for path in paths:
        if not path.exists():
            problems.append(Problem(str(path), "", "no such file or folder", "check the path"))
            continue
        here = find_root(path) or (default_root if (default_root / BOARD_FILE).exists() else None)
        root = root or here
        if path.is_dir():
            if (path / BOARD_FILE).is_file():
                want_board = True
                files.extend(opportunity_files(path))
            else:
                files.extend(sorted(p for p in path.rglob("*.y*ml") if p.is_file()))
        elif path.name == BOARD_FILE:
            want_board = True
        else:
            files.append(path)
    return root, files, want_board, problems


def run(paths: list[Path], default_root: Path) -> Result:
    """Validate the given paths (or the whole content root) and collect every problem."""
    root, files, want_board, problems = _targets(paths, default_root)
    content = Content(root=root or default_root, problems=problems)
    result = Result(content)
    if root is None:
        content.problems.append(
            Problem(
                display_path(default_root / BOARD_FILE),
                "",
                "no board.yaml found",
                "run from the repository root or pass files under content/",
            )
        )
        return result
    board, board_doc, board_problems = load_board(root)
    content.board, content.board_doc = board, board_doc
    if want_board or board_problems:
        content.problems.extend(board_problems)
        result.files.append(display_path(root / BOARD_FILE))

    docs: list[Document] = []
    for path in dict.fromkeys(files):  # keep order, drop repeats
        shown = display_path(path)
        result.files.append(shown)
        doc, load_problems = load(path, shown)
        if doc is None:
            content.problems.extend(load_problems)
            continue
        found = check_opportunity_document(doc, content, path)
        content.problems.extend(found)
        docs.append(doc)
        content.documents.append(doc)
        if not any(p.is_error for p in found):
            content.opportunities.append(Opportunity.from_raw(doc.data, shown))
    content.problems.extend(_unique_ids(docs))
    return result


def load_content(root: Path) -> Content:
    """Load and validate the whole content root; the entry point for the build and intake."""
    return run([], root).content


__all__ = ["OPPORTUNITIES_DIR", "Result", "load_content", "run"]
