"""``board validate``: load every file, check it against its schema and the business rules.

The pipeline reads as a story: find the board's rules, load each file (a failure becomes a
problem for that file and the run goes on), check schema and rules, then check what only the
whole set can show (ids unique), then the ledgers of applications (which need the
opportunities), and, for a whole repository, that no private key material is in it. The result
knows whether it passed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import rules, schemas
from .applications.ledger import LEDGER_DIR, Ledger
from .applications.ledger import MAX_BYTES as LEDGER_MAX_BYTES
from .content import (
    BOARD_FILE,
    OPPORTUNITIES_DIR,
    Content,
    display_path,
    find_root,
    load_board,
    yaml_files,
)
from .guardrails import facts as guardrail_facts
from .model import Opportunity
from .outcomes import award_check as award
from .outcomes import gather
from .outcomes import loading as outcomes_loading
from .problems import Problem, Severity, said
from .rules import contract_terms
from .rules.ids import unique_ids
from .yamlio.load import Document, load


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


def check_opportunity_document(
    doc: Document, content: Content, file_path: Path, *, quality: bool = True
) -> list[Problem]:
    """Schema, file-name and business-rule problems of one opportunity document (and, with
    ``quality``, of its wording: see `rules.QUALITY_RULES`)."""
    found = schemas.problems(doc, "opportunity")
    if not isinstance(doc.data, dict):
        return found or [
            Problem.of(
                doc.path,
                "",
                *said("problem.file.not-mapping"),
                code="file.not-mapping",
            )
        ]
    oid = doc.data.get("id")
    if isinstance(oid, str) and oid != file_path.stem:
        line, col = doc.where(("id",))
        found.append(
            Problem.of(
                doc.path,
                "id",
                *said(
                    "problem.opportunity.wrong-file-name",
                    id=repr(oid),
                    file=repr(file_path.name),
                    name=f"{oid}.yaml",
                    setting=f"id: {file_path.stem}",
                ),
                line,
                col,
                code="opportunity.wrong-file-name",
            )
        )
    if content.board is not None:
        found = _prefer_rules(found, rules.check_opportunity(doc, content.board, quality=quality))
    return found


def _prefer_rules(schema_found: list[Problem], rule_found: list[Problem]) -> list[Problem]:
    """One message per field: where a rule explains a field the schema also flags, keep the
    rule's message, which says more about how to fix it."""
    explained = {p.field for p in rule_found if p.is_error}
    kept = [p for p in schema_found if not (p.field and p.field in explained)]
    return sorted(kept + rule_found, key=lambda p: (p.line, p.column))


def _targets(
    paths: list[Path], default_root: Path
) -> tuple[Path | None, list[Path], bool, list[Problem]]:
    """(content root, content files, board file requested, problems) for the given paths."""
    if not paths:
        return default_root, *_content_files(default_root)
    root: Path | None = None
    files: list[Path] = []
    want_board = False
    problems: list[Problem] = []
    for path in paths:
        if not path.exists():
            problems.append(
                Problem.of(
                    str(path),
                    "",
                    *said("problem.file.not-found"),
                    code="file.not-found",
                )
            )
            continue
        here = find_root(path) or (default_root if (default_root / BOARD_FILE).exists() else None)
        root = root or here
        if path.is_dir():
            if (path / BOARD_FILE).is_file():
                found, want_board, strays = _content_files(path)
            else:
                found, strays = yaml_files(path, recursive=True)
            files.extend(found)
            problems.extend(strays)
        elif path.name == BOARD_FILE:
            want_board = True
        else:
            files.append(path)
    return root, files, want_board, problems


def _content_files(root: Path) -> tuple[list[Path], bool, list[Problem]]:
    """A content root's opportunity and ledger files, and the entries that would be skipped."""
    opportunities, strays = yaml_files(root / OPPORTUNITIES_DIR)
    ledgers, ledger_strays = yaml_files(root / LEDGER_DIR)
    return opportunities + ledgers, True, strays + ledger_strays


def run(
    paths: list[Path], default_root: Path, *, keep: bool = True, repository: bool = True
) -> Result:
    """Validate the given paths (or the whole content root) and collect every problem.

    With ``keep`` the valid opportunities are kept as values for the build; a check-only run
    passes False so memory stays flat however large the archive grows (the opportunities that
    a ledger refers to are kept all the same). With ``repository`` (the default), also read git
    history (ledgers, outcomes) and, for a whole root, scan the repository for private keys."""
    root, files, want_board, problems = _targets(paths, default_root)
    content = Content(root=root or default_root, problems=problems)
    result = Result(content)
    if root is None:
        content.problems.append(_no_board(default_root))
        return result
    board, board_doc, board_problems = load_board(root)
    content.board, content.board_doc = board, board_doc
    if want_board or board_problems:
        content.problems.extend(board_problems)
        if board_doc is not None:
            content.problems.extend(_board_rules(board_doc))
        result.files.append(display_path(root / BOARD_FILE))

    ledgers = [p for p in dict.fromkeys(files) if _is_ledger(p, root)]
    given = list(files)
    outcome_ids, files = gather.split(files, root, whole=not paths)  # after closing (#10)
    with_ledger = {p.stem for p in ledgers} | gather.needed(root, outcome_ids)
    with_ledger |= {p.parent.name for p in award.award_files(root)}
    # Keep only what the whole-set checks need, so memory stays flat as the archive grows.
    ids: list[tuple[str, str, int, int]] = []
    facts: list[guardrail_facts.Facts] = []  # issue #12: what the guardrails compare
    for path in dict.fromkeys(files):  # keep order, drop repeats
        if path in ledgers or award.is_outcome_file(path, root):  # outcomes: below (#10)
            continue
        shown = display_path(path)
        result.files.append(shown)
        doc, load_problems = load(path, shown)
        if doc is None:
            content.problems.extend(load_problems)
            continue
        found = check_opportunity_document(doc, content, path)
        content.problems.extend(found)
        if isinstance(doc.data, dict) and isinstance(doc.data.get("id"), str):
            ids.append((doc.data["id"], shown, *doc.where(("id",))))
        valid = isinstance(doc.data, dict) and not any(p.is_error for p in found)
        facts.extend(guardrail_facts.collect(doc, shown, board) if valid else [])
        wanted = keep or ids[-1:] and ids[-1][0] in with_ledger
        if wanted and valid:
            content.opportunities.append(Opportunity.from_raw(doc.data, shown))
    content.problems.extend(unique_ids(ids))
    for path in ledgers:
        content.problems.extend(_check_ledger(path, content))
        result.files.append(display_path(path))
    content.problems.extend(gather.check(root, content, ids=outcome_ids, git=repository))
    only = set(outcome_ids) if outcome_ids is not None else None  # delivery, payment (#12)
    content.problems.extend(outcomes_loading.load_all(content, only))
    result.files.extend(award.check_into(content, given if paths and not want_board else None))
    if repository:
        content.problems.extend(_beyond_files(content, bool(ledgers), not paths, facts))
    return result


def _board_rules(board_doc: Document) -> list[Problem]:
    """The rules of board.yaml beyond its schema: the key, plain text, wording, contract terms."""
    return [
        *rules.sealing.key_problems(board_doc, board_doc.data),
        *rules.plaintext.check_document(board_doc, "board"),
        *rules.languages.check_document(board_doc),
        *contract_terms.check_board(board_doc),
    ]


def _beyond_files(
    content: Content, ledgers: bool, whole: bool, facts: list[guardrail_facts.Facts]
) -> list[Problem]:
    """The ledgers' history; for a whole root, the guardrails (#12) and private key material."""
    out: list[Problem] = []
    if ledgers or whole:
        from .applications import history_checks  # git: only when history is wanted

        out.extend(history_checks.history_problems(content.root, content))
    if whole:
        from . import guardrails, secrets

        out.extend(guardrails.problems(content, facts))
        out.extend(secrets.scan(_scan_root(content.root), display_path))
    return out


def _no_board(default_root: Path) -> Problem:
    return Problem.of(
        display_path(default_root / BOARD_FILE),
        "",
        *said("problem.board.missing"),
        code="board.missing",
    )


def _scan_root(content_root: Path) -> Path:
    """The repository holding the content (its parent folder when that is a checkout or an
    exported tree of one), or the content folder alone: never an unrelated parent like /tmp."""
    parent = content_root.resolve().parent
    is_repository = (parent / ".git").exists() or (parent / ".github").is_dir()
    return parent if is_repository else content_root


def _is_ledger(path: Path, root: Path) -> bool:
    return path.parent.name == LEDGER_DIR and path.parent.parent.resolve() == root.resolve()


def _check_ledger(path: Path, content: Content) -> list[Problem]:
    shown = display_path(path)
    doc, load_problems = load(path, shown, max_bytes=LEDGER_MAX_BYTES)
    read = path.suffix == ".yaml"  # the file intake and the site read: <id>.yaml
    if doc is None:
        if read:
            content.unreadable[path.stem] = load_problems
        return load_problems
    from .applications import checks as ledger_checks  # cryptography: only for ledgers

    schema = ledger_checks.problems_of(doc)
    if schema:
        if read:
            content.unreadable[path.stem] = schema
        return schema
    if read:  # loaded once here: the build and intake use this value
        content.ledgers[path.stem] = Ledger.from_json(doc.data)
    return ledger_checks.check_loaded(doc, path, content)


def load_content(root: Path) -> Content:
    """Load and validate the whole content root; the entry point for the build and intake."""
    return run([], root, repository=False).content


__all__ = ["OPPORTUNITIES_DIR", "Result", "load_content", "run"]
