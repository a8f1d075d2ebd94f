"""Every file the package writes: ledgers atomically, private files owner-only.

Readers of a ledger see the old file or the new one, never half of it; a private file (a key,
an evaluation packet, the identities behind it) is created owner-only and never overwrites one.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol


class FileChange(Protocol):
    @property
    def path(self) -> str: ...  # relative to the repository root

    @property
    def content(self) -> str: ...


class WithChanges(Protocol):
    @property
    def ledger(self) -> Iterable[FileChange]: ...


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


def write_private(
    path: Path, content: str | bytes, *, make_folder: bool = True, size: int = 0
) -> None:
    """Write a new owner-only file (in an owner-only folder when it is made here); refuse to
    overwrite one (`FileExistsError`). A ``size`` larger than the content extends the file with
    zeros to that size (a message fetched only in part keeps its real size)."""
    if make_folder:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    data = content.encode("utf-8") if isinstance(content, str) else content
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        if size > len(data):
            handle.truncate(size)
    os.chmod(path, 0o600)


def write_ledger(decision: WithChanges, repo_root: Path) -> list[Path]:
    """Write the ledger files an intake decision changes; the paths written."""
    written = []
    for change in decision.ledger:
        target = repo_root / change.path
        write_atomic(target, change.content)
        written.append(target)
    return written
