"""Every git call of the package (gitpython): content at a revision, the versions of the
opportunity files, the commits that changed one file (the draw's timing), the files git tracks
(the key scan). It returns plain data; pure functions elsewhere decide.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

import git

from ..errors import BoardError
from ..yamlio.load import parse

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
    """``{id: raw mapping}`` of the opportunities at ``rev``, by file name. A file that does not
    parse maps to an empty mapping: it is still there (not removed), with nothing to announce."""
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
    if not isinstance(blob, git.Blob):
        return None
    return blob.data_stream.read().decode("utf-8", errors="replace")


def all_texts_at(root: Path, rev: str | None, folder: str) -> dict[str, str]:
    """``{path: text}`` of the YAML files anywhere under ``folder`` at ``rev`` (subfolders too)."""
    if rev is not None:
        return texts_at(root, rev, folder)
    base = Path(_repo(root).working_tree_dir or root)
    files = [p for p in sorted((base / folder).rglob("*.y*ml")) if p.is_file()]
    return {str(p.relative_to(base).as_posix()): p.read_text("utf-8", "replace") for p in files}


@dataclass(frozen=True)
class FolderHistory:
    """The states of one folder along the first-parent history of HEAD, oldest first.

    ``states`` yields ``(commit, {file name: text})`` for every first-parent commit (the folder
    absent is ``{}``), lazily, so a long history is never all in memory. Comparing consecutive
    states along the first parent sees every state main has had, including what a merge brought
    in through its second parent. Commit dates are never read: they can be forged. ``problem``
    says why there is no history: not a repository, no commit yet, or a shallow clone."""

    states: Iterable[tuple[str, dict[str, str]]] = ()
    problem: str = ""
    folder: str = ""  # the folder, relative to the repository's top (for `git show sha:path`)

    @property
    def shallow(self) -> bool:
        return self.problem == SHALLOW


SHALLOW = "shallow clone"


def folder_states(root: Path, folder: Path) -> FolderHistory:
    """The first-parent history from HEAD of ``folder`` (which may no longer exist), in the
    repository holding ``root``."""
    try:
        repo = git.Repo(root, search_parent_directories=True)
        top = Path(repo.working_tree_dir or root).resolve()
        relative = folder.resolve().relative_to(top).as_posix()
        if repo.git.rev_parse("--is-shallow-repository").strip() == "true":
            return FolderHistory(problem=SHALLOW)
        if not repo.head.is_valid():
            return FolderHistory(problem="no commit yet")
        if not repo.git.rev_list("-1", "HEAD", "--", relative):  # never existed: nothing to walk
            return FolderHistory(folder=relative)
        shas = repo.git.rev_list("--first-parent", "--reverse", "HEAD").split()
    except (git.InvalidGitRepositoryError, git.NoSuchPathError, git.GitCommandError):
        return FolderHistory(problem="not a git repository")
    except ValueError:
        return FolderHistory(problem="outside the repository")
    return FolderHistory(states=_walk(repo, shas, relative), folder=relative)


def _walk(repo: git.Repo, shas: list[str], folder: str) -> Iterator[tuple[str, dict[str, str]]]:
    """``(commit, {file name: text})`` for every commit; a file is read only when it changed."""
    previous: str | None = None  # the folder's tree id in the commit before
    files: dict[str, str] = {}
    by_blob: dict[str, str] = {}  # blob id -> text, for the files of the previous state
    for sha in shas:
        try:  # one round trip to git's object reader per commit
            found, kind, _size = repo.git.get_object_header(f"{sha}:{folder}")
            tree_id = _text(found) if _text(kind) == "tree" else ""
        except ValueError:  # absent in that commit
            tree_id = ""
        if tree_id != previous:
            files, kept = {}, {}
            tree = git.Tree(repo, bytes.fromhex(tree_id), 0o040000, folder) if tree_id else None
            for blob in tree.blobs if tree is not None else ():
                if PurePosixPath(blob.name).suffix.lower() in (".yaml", ".yml"):
                    text = by_blob.get(blob.hexsha)
                    if text is None:
                        text = blob.data_stream.read().decode("utf-8", "replace")
                    files[blob.name] = kept[blob.hexsha] = text
            by_blob, previous = kept, tree_id
        yield sha, files


def _text(value: bytes | str) -> str:
    return value.decode("ascii") if isinstance(value, bytes) else value


def file_commits(root: Path, path: Path, since: str = "") -> list[tuple[str, int]] | None:
    """``(commit, committer time in seconds)`` of each commit of HEAD's history that changed
    ``path``, newest first (after ``since`` only, when given); None without a full history."""
    repo = _full_history(root)
    if repo is None or repo.working_tree_dir is None:
        return None
    relative = path.resolve().relative_to(Path(repo.working_tree_dir).resolve()).as_posix()
    log = repo.git.log("--format=%H %ct", f"{since}..HEAD" if since else "HEAD", "--", relative)
    return [(sha, int(stamp)) for sha, stamp in (row.split() for row in log.splitlines() if row)]


def tracked_files(root: Path) -> list[Path]:
    """The files under ``root`` git tracks or would track; a git error is the caller's to handle."""
    repo = git.Repo(root, search_parent_directories=True)
    top = Path(repo.working_tree_dir or root)
    names = repo.git.ls_files("--cached", "--others", "--exclude-standard", "-z").split("\0")
    inside = root.resolve()
    paths = [top / n for n in names if n]
    return [p for p in paths if p.resolve().is_relative_to(inside) and p.is_file()]


def _full_history(path: Path) -> git.Repo | None:
    """The repository holding ``path``, when it has commits and is not a shallow clone."""
    try:
        repo = git.Repo(path, search_parent_directories=True)
        shallow = repo.git.rev_parse("--is-shallow-repository").strip() == "true"
        return None if shallow or not repo.head.is_valid() else repo
    except (git.InvalidGitRepositoryError, git.NoSuchPathError, git.GitCommandError):
        return None


Version = tuple[datetime, str, str]  # commit time, commit, text of the file
Versions = dict[str, list[Version]]


def file_versions(files: dict[str, Path], first_parent: bool = False) -> Versions | None:
    """Every committed version of each file (keyed like ``files``), oldest first, from one
    ``git log``; None without a usable history (no repository, no commit, a shallow clone).
    ``first_parent``: as main saw them (merges), each raised to the latest before: no backdating."""
    first = next(iter(files.values())).resolve()
    repo = _full_history(first.parent)
    if repo is None or repo.working_tree_dir is None:
        return None
    top = Path(repo.working_tree_dir).resolve()
    relative = {key: path.resolve().relative_to(top).as_posix() for key, path in files.items()}
    folders = sorted({str(Path(rel).parent) for rel in relative.values()})
    parents = ["--first-parent", "--diff-merges=first-parent"] if first_parent else []
    log = repo.git.log("--reverse", *parents, "--format=%x00%H %ct", "--name-only", "--", *folders)
    touched: dict[str, list[tuple[datetime, str]]] = {}
    latest = datetime.fromtimestamp(0, tz=UTC)
    for block in log.split("\x00")[1:]:
        header, *names = block.strip().splitlines()
        sha, stamp = header.split()
        when = datetime.fromtimestamp(int(stamp), tz=UTC)
        latest = when = max(latest, when) if first_parent else when
        for name in names:
            if name.strip():
                touched.setdefault(name.strip(), []).append((when, sha))
    out: Versions = {}
    for key, rel in relative.items():
        out[key] = []
        for when, sha in touched.get(rel, []):
            try:
                blob = repo.commit(sha).tree / rel
            except KeyError:  # deleted in that commit
                continue
            out[key].append((when, sha, blob.data_stream.read().decode("utf-8")))
    return out
