"""Reading the content as it was at a git revision (gitpython): the one I/O edge for
``board answers``, ``board preview`` and ``board pr-scope``.

Everything returned is plain data (paths and texts, or parsed mappings); the decisions are made
by pure functions elsewhere.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import git

from .errors import BoardError
from .yamlfile import parse

OPPORTUNITIES = "content/opportunities"
NULL_SHA = "0" * 40


def _repo(root: Path) -> git.Repo:
    try:
        return git.Repo(root, search_parent_directories=True)
    except (git.InvalidGitRepositoryError, git.NoSuchPathError) as exc:
        raise BoardError(f"{root} is not inside a git repository") from exc


def _commit(repo: git.Repo, rev: str) -> git.Commit:
    try:
        return repo.commit(rev)
    except (git.BadName, ValueError) as exc:
        raise BoardError(
            f"unknown revision {rev!r} (in Actions, fetch it: actions/checkout with fetch-depth: 0)"
        ) from exc


def texts_at(root: Path, rev: str | None, folder: str = OPPORTUNITIES) -> dict[str, str]:
    """``{path: text}`` of the YAML files under ``folder`` at ``rev``; None reads the work tree.

    The null revision (a branch that did not exist before a push) has no files.
    """
    if rev is None:
        base = Path(_repo(root).working_tree_dir or root)
        return {
            str(p.relative_to(base).as_posix()): p.read_text(encoding="utf-8")
            for p in sorted((base / folder).glob("*.y*ml"))
        }
    if rev == NULL_SHA:
        return {}
    tree = _commit(_repo(root), rev).tree
    try:
        sub = tree / folder
    except KeyError:
        return {}
    return {
        str(blob.path): blob.data_stream.read().decode("utf-8")
        for blob in sub.traverse()
        if isinstance(blob, git.Blob) and PurePosixPath(blob.path).suffix in (".yaml", ".yml")
    }


def opportunities_at(root: Path, rev: str | None) -> dict[str, dict[str, Any]]:
    """``{id: raw mapping}`` of the opportunities at ``rev``, by file name.

    A file that does not parse maps to an empty mapping: it is still there (not removed), but
    has nothing to preview or announce.
    """
    out: dict[str, dict[str, Any]] = {}
    for path, text in texts_at(root, rev).items():
        doc, _ = parse(text, path)
        data = doc.data if doc is not None and isinstance(doc.data, dict) else {}
        out[PurePosixPath(path).stem] = data
    return out


def changed_paths(root: Path, base: str, head: str = "HEAD") -> list[str]:
    """Paths a pull request changes: from the merge base of ``base`` and ``head`` to ``head``."""
    repo = _repo(root)
    head_commit = _commit(repo, head)
    bases = repo.merge_base(_commit(repo, base), head_commit)
    if not bases or not isinstance(bases[0], git.Commit):
        raise BoardError(f"{base} and {head} share no history")
    paths: set[str] = set()
    for diff in bases[0].diff(head_commit):
        paths.update(p for p in (diff.a_path, diff.b_path) if p)
    return sorted(paths)


@dataclass(frozen=True)
class AddedBlob:
    """A file version a pull request adds in one of its commits (maybe removed by a later one);
    ``data`` is None when the file is over the size limit asked for."""

    commit: str
    path: str
    size: int
    data: bytes | None


def added_blobs(
    root: Path, base: str, head: str, limit: int, *, gone_only: bool = False
) -> Iterator[AddedBlob]:
    """Every file version added by the commits in ``base..head`` and not already in ``base``
    (what ``git rev-list --objects base..head`` lists), with the oldest commit that adds it.

    With ``gone_only``, only those no longer in ``head``'s tree (for a caller that checks the
    final files already)."""
    repo = _repo(root)
    tip, since = _commit(repo, head).hexsha, _commit(repo, base).hexsha
    new = set(repo.git.rev_list("--objects", "--no-object-names", f"{since}..{tip}").split())
    if gone_only:
        new -= {row.split()[2] for row in repo.git.ls_tree("-r", tip).splitlines() if row}
    log = repo.git.log(
        "--reverse", "-m", "--raw", "--no-abbrev", "--no-renames", "--format=%x00%H",
        "--diff-filter=d", f"{since}..{tip}",
    )  # fmt: skip
    seen: set[str] = set()
    commit = tip
    for line in log.splitlines():
        if line.startswith("\0"):
            commit = line[1:]
            continue
        meta, _, path = line.partition("\t")
        fields = meta.split()
        if not line.startswith(":") or len(fields) < 4:
            continue
        mode, sha = fields[1], fields[3]
        if sha in seen or sha not in new or mode == "160000":  # a submodule is a commit
            continue
        seen.add(sha)
        binsha = bytes.fromhex(sha)
        size = repo.odb.info(binsha).size
        data = repo.odb.stream(binsha).read() if size <= limit else None
        yield AddedBlob(commit, path, size, data)


def file_at(root: Path, rev: str | None, path: str) -> str | None:
    """The text of one file at ``rev`` (None: the work tree), or None when it is not there."""
    if rev is None:
        file = Path(_repo(root).working_tree_dir or root) / path
        return file.read_text(encoding="utf-8", errors="replace") if file.is_file() else None
    if rev == NULL_SHA:
        return None
    try:
        blob = _commit(_repo(root), rev).tree / path
    except KeyError:
        return None
    return (
        blob.data_stream.read().decode("utf-8", errors="replace")
        if isinstance(blob, git.Blob)
        else None
    )


def all_texts_at(root: Path, rev: str | None, folder: str) -> dict[str, str]:
    """``{path: text}`` of the YAML files anywhere under ``folder`` at ``rev`` (subfolders too)."""
    if rev is not None:
        return texts_at(root, rev, folder)
    base = Path(_repo(root).working_tree_dir or root)
    return {
        str(p.relative_to(base).as_posix()): p.read_text(encoding="utf-8", errors="replace")
        for p in sorted((base / folder).rglob("*.y*ml"))
        if p.is_file()
    }
