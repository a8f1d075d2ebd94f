"""File side effects: ledger files written atomically, private files written owner-only."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .intake.decision import Decision


def write_atomic(path: Path, content: str) -> None:
    """Write ``content`` so that readers see the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_private(path: Path, content: str) -> None:
    """Write a new owner-only file (in an owner-only folder); refuse to overwrite one."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(content)


def write_ledger(decision: Decision, repo_root: Path) -> list[Path]:
    written = []
    for change in decision.ledger:
        target = repo_root / change.path
        write_atomic(target, change.content)
        written.append(target)
    return written
