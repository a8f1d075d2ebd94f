"""Private key material must never be committed: find anything under the repository that looks
like it (a PEM private key block, a JWK with its private ``d``, a ``private_key:`` value).

The files scanned are those git tracks or would track (ignored files such as ``.venv`` are not),
or, outside git, every file not in a hidden folder.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from pathlib import Path

from .problems import Problem, Say

MAX_BYTES = 2 * 1024 * 1024
_PATTERNS = (
    (
        re.compile(r"-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY-----"),
        Say("a PEM private key block"),
        Say("un bloc de clé privée PEM"),
    ),
    (
        re.compile(r'"d"\s*:\s*"[A-Za-z0-9_-]{40,}"'),
        Say('a JWK with its private part "d"'),
        Say("une JWK avec sa partie privée « d »"),
    ),
    (
        re.compile(r"(?m)^\s*[\"']?private_key[\"']?\s*[:=]\s*[\"']?[A-Za-z0-9_+/=-]{40,}"),
        Say("a private_key value"),
        Say("une valeur private_key"),
    ),
)


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
        import git

        repo = git.Repo(repo_root, search_parent_directories=True)
        top = Path(repo.working_tree_dir or repo_root)
        names = repo.git.ls_files("--cached", "--others", "--exclude-standard", "-z").split("\0")
        root = repo_root.resolve()
        paths = [top / n for n in names if n]
        return [p for p in paths if p.resolve().is_relative_to(root) and p.is_file()]
    except Exception:  # noqa: BLE001 - any git trouble: fall back to walking the tree
        return _walk(repo_root)


def scan_text(text: str) -> list[tuple[int, str, str]]:
    """(line, what in English, what in French) for each piece of key material in ``text``."""
    found = []
    for pattern, what, quoi in _PATTERNS:
        for match in pattern.finditer(text):
            found.append((text.count("\n", 0, match.start()) + 1, what.message, quoi.message))
    return sorted(found)


def scan(repo_root: Path, shown: Callable[[Path], str] = str) -> list[Problem]:
    """A problem for each piece of key material in the repository's files."""
    problems = []
    for path in _files(repo_root):
        try:
            info = path.lstat()  # never follow a link, never open a pipe (it would block)
            if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_BYTES:
                continue
            text = path.read_bytes().decode("utf-8", errors="replace")
        except OSError:
            continue
        for line, what, quoi in scan_text(text):
            problems.append(
                Problem.of(
                    shown(path),
                    "",
                    Say(
                        f"looks like private key material ({what})",
                        "remove it and its history, and make a new key pair: a private key never belongs in the repository",
                    ),
                    Say(
                        f"ressemble à une clé privée ({quoi})",
                        "retirez-la, ainsi que son historique, et créez une nouvelle paire de clés : une clé privée n'a jamais sa place dans le dépôt",
                    ),
                    line,
                )
            )
    return problems
