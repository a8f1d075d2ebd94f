"""``board validate`` for ledger files: schema, hashes, the opportunity, and closing time.

Two rules keep a ledger frozen once its opportunity closes (see docs/sealed-envelope.md):

* an entry ``received`` after the closing time is an error (GitHub's own timestamp of the issue);
* where git history is available, a commit dated more than `GRACE` after closing that changed the
  ledger is an error. The grace lets the intake run for an application made in the last second
  land its commit; it never admits an application received after closing.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from .. import schemas
from ..content import Content
from ..problems import Problem, Say
from ..sealing.envelope import sha256_text
from ..yamlfile import Document
from .ledger import parse_utc, same_account

GRACE = timedelta(hours=1)


def check_document(doc: Document, file_path: Path, content: Content) -> list[Problem]:
    found = schemas.problems(doc, "ledger")
    if found or not isinstance(doc.data, dict):
        return found
    oid = doc.data["opportunity"]

    def problem(path: tuple[str | int, ...], field: str, en: Say, fr: Say) -> Problem:
        line, col = doc.where(path)
        return Problem.of(doc.path, field, en, fr, line, col)

    if oid != file_path.stem:
        found.append(
            problem(
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
            )
        )
    opportunity = content.opportunity(oid)
    if opportunity is None:
        found.append(
            problem(
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
            )
        )
    receipts: set[str] = set()
    active: dict[str, int] = {}
    for i, entry in enumerate(doc.data["applications"]):
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
                )
            )
        receipts.add(entry["receipt"])
        if entry["status"] == "received":
            account = entry["account"].casefold()
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
                    )
                )
            active[account] = i
        if opportunity is not None and parse_utc(entry["received"]) > opportunity.closing:
            found.append(
                problem(
                    ("applications", i, "received"),
                    f"{where}.received",
                    Say(
                        f"{entry['received']} is after the closing time {opportunity.closing.isoformat()}",
                        "applications received after closing are refused",
                    ),
                    Say(
                        f"{entry['received']} est après l'heure de clôture {opportunity.closing.isoformat()}",
                        "les candidatures reçues après la clôture sont refusées",
                    ),
                )
            )
    return found


def _commits(path: Path) -> list[tuple[str, datetime]]:
    """(short sha, committed at) of every commit that changed ``path``; [] without git."""
    try:
        import git
    except ImportError:  # pragma: no cover - gitpython is a dependency
        return []
    try:
        repo = git.Repo(path.parent, search_parent_directories=True)
        relative = path.resolve().relative_to(Path(repo.working_tree_dir or ".").resolve())
        return [
            (c.hexsha[:10], c.committed_datetime) for c in repo.iter_commits(paths=str(relative))
        ]
    except (git.InvalidGitRepositoryError, git.NoSuchPathError, git.GitCommandError, ValueError):
        return []


def check_history(file_path: Path, shown: str, closing: datetime) -> list[Problem]:
    """A commit more than `GRACE` after ``closing`` that changed the ledger is an error."""
    return [
        Problem.of(
            shown,
            "",
            Say(
                f"commit {sha} changed the ledger on {when.isoformat()}, after the closing time {closing.isoformat()}",
                "a ledger is frozen once its opportunity closes; revert the change",
            ),
            Say(
                f"le commit {sha} a modifié le registre le {when.isoformat()}, après l'heure de clôture {closing.isoformat()}",
                "un registre est figé dès la clôture de son opportunité; annulez la modification",
            ),
        )
        for sha, when in _commits(file_path)
        if when > closing + GRACE
    ]


__all__ = ["GRACE", "check_document", "check_history", "same_account"]
