"""Private key material must never be committed: find it in the repository's files, and in
every commit of a pull request (a key added then removed stays in the history that is merged).

What counts as key material, and how it is recognised, is `detect`; this module chooses the
files (those git tracks or would track, or outside git every file not in a hidden folder),
bounds their size, and words the problems in English and French.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

from ..problems import Problem, said
from .detect import Found, find

MAX_BYTES = 16 * 2**20  # a larger file is reported as too large to check, not skipped


def _in_git(folder: Path) -> bool:
    here = folder.resolve()
    return any((p / ".git").exists() for p in (here, *here.parents))


def _walk(repo_root: Path) -> list[Path]:
    out: list[Path] = []
    for folder, dirs, files in os.walk(repo_root):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d not in ("node_modules", "site")]
        out.extend(Path(folder) / f for f in files)
    return out


def _files(repo_root: Path) -> list[Path]:
    if not _in_git(repo_root):  # an exported tree: no need to load gitpython
        return _walk(repo_root)
    try:
        from ..repository import tracked_files  # gitpython: only inside a repository

        return tracked_files(repo_root)
    except Exception:  # noqa: BLE001 - any git trouble: fall back to walking the tree
        return _walk(repo_root)


def scan_text(text: str) -> list[tuple[int, str, str]]:
    """(line, what in English, what in French) for each piece of key material in ``text``."""
    return [(f.line, f.en, f.fr) for f in find(text.encode("utf-8", errors="replace"))]


def _problem(path: str, found: Found, commit: str = "") -> Problem:
    what = found.what  # in either language, looked up now
    return Problem.of(
        path,
        "",
        *(
            said("problem.secret.private-key.in-commit", what=what, commit=commit[:12])
            if commit
            else said("problem.secret.private-key", what=what)
        ),
        max(found.line, 1),
        code="secret.private-key",
    )


def _too_large(path: str, size: int, commit: str = "") -> Problem:
    mib = f"{size / 2**20:.1f}"
    values = {"size": {"en": mib, "fr": mib.replace(".", ",")}, "cap": MAX_BYTES // 2**20}
    return Problem.of(
        path,
        "",
        *(
            said("problem.secret.too-large.in-commit", commit=commit[:12], **values)
            if commit
            else said("problem.secret.too-large", **values)
        ),
        code="secret.too-large",
    )


def scan(repo_root: Path, shown: Callable[[Path], str] = str) -> list[Problem]:
    """A problem for each piece of key material in the repository's files."""
    problems = []
    for path in _files(repo_root):
        try:
            info = path.lstat()  # never follow a link, never open a pipe (it would block)
            if not stat.S_ISREG(info.st_mode):
                continue
            size = info.st_size
            if size > MAX_BYTES:
                problems.append(_too_large(shown(path), size))
                continue
            data = path.read_bytes()
        except OSError:
            continue
        problems += [_problem(shown(path), found) for found in find(data)]
    return problems


def scan_history(
    repo_root: Path, base: str, head: str = "HEAD", *, gone_only: bool = False
) -> list[Problem]:
    """A problem for each piece of key material in a file version that a commit of
    ``base..head`` adds, even if a later commit removes it; located by path, line and commit.

    With ``gone_only``, only file versions no longer in ``head`` (`scan` reports the others)."""
    from ..repository import added_blobs

    problems = []
    for blob in added_blobs(repo_root, base, head, MAX_BYTES, gone_only=gone_only):
        if blob.data is None:
            problems.append(_too_large(blob.path, blob.size, blob.commit))
            continue
        problems += [_problem(blob.path, found, blob.commit) for found in find(blob.data)]
    return problems
