"""A changed sealing key is security-relevant: it decides who can open the applications.

An opportunity's key is its own ``sealing_key`` or, without one, the board's. A pull request
that changes that key once the opportunity has applications (its ledger holds entries, before or
after the pull request) would leave them sealed to a key nobody may use any more, or let someone
who holds a new private key open what arrives next: it is an error, located at the key. Before
any application, it is allowed, and `board preview` shows it first.

Pure: the contents of ``board.yaml``, the opportunities and the ledgers, as they are on the base
branch and in the pull request, go in; key changes and problems come out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from ..catalog import t
from ..problems import Problem, said
from ..yamlio.load import parse

BOARD = "content/board.yaml"
OPPORTUNITIES = "content/opportunities"
LEDGERS = "content/applications"


@dataclass(frozen=True)
class Key:
    public_key: str
    fingerprint: str


@dataclass(frozen=True)
class KeyChange:
    opportunity: str
    old: Key | None  # None: no key (the opportunity could not take applications)
    new: Key | None
    path: str  # the file whose sealing_key made the change (the opportunity's or board.yaml)


@dataclass(frozen=True)
class Snapshot:
    """The texts that decide the keys and whether applications exist, at one revision."""

    board: str | None
    opportunities: Mapping[str, str]  # path -> text
    ledgers: Mapping[str, str]  # path -> text


def _data(text: str | None, path: str) -> Any:
    if text is None:
        return None
    doc, _ = parse(text, path)
    return doc.data if doc is not None else None


def _key(raw: Any) -> Key | None:
    if not isinstance(raw, dict):
        return None
    key = raw.get("sealing_key")
    if not isinstance(key, dict):
        return None
    return Key(str(key.get("public_key", "")), str(key.get("fingerprint", "")))


def keys(snap: Snapshot) -> dict[str, tuple[Key | None, str]]:
    """``{opportunity id: (its key, the file that gives it)}``."""
    board = _key(_data(snap.board, BOARD))
    out: dict[str, tuple[Key | None, str]] = {}
    for path, text in snap.opportunities.items():
        own = _key(_data(text, path))
        out[PurePosixPath(path).stem] = (own, path) if own is not None else (board, BOARD)
    return out


def with_applications(snap: Snapshot) -> set[str]:
    """Opportunities whose ledger holds at least one entry: ``<id>.yaml`` with a non-empty
    ``applications`` list, or any file under a folder ``<id>/`` (one file per application)."""
    out = set()
    for path, text in snap.ledgers.items():
        parts = PurePosixPath(path).relative_to(LEDGERS).parts
        if len(parts) > 1:
            out.add(parts[0])
            continue
        data = _data(text, path)
        if isinstance(data, dict) and data.get("applications"):
            out.add(str(data.get("opportunity") or PurePosixPath(path).stem))
    return out


def changes(base: Snapshot, head: Snapshot) -> list[KeyChange]:
    """Each opportunity on both sides whose key differs, by id."""
    before, after = keys(base), keys(head)
    return [
        # a key removed from the opportunity (the board's now applies) is shown where it was
        KeyChange(oid, before[oid][0], key, before[oid][1] if path == BOARD else path)
        for oid, (key, path) in sorted(after.items())
        if oid in before and before[oid][0] != key
    ]


def problems(base: Snapshot, head: Snapshot) -> list[Problem]:
    """An error at the key for each key change of an opportunity that has applications."""
    applied = with_applications(base) | with_applications(head)
    out = []
    for change in changes(base, head):
        if change.opportunity not in applied:
            continue
        text = head.board if change.path == BOARD else head.opportunities.get(change.path)
        doc, _ = parse(text or "", change.path)
        line, column = doc.where(("sealing_key",), key=True) if doc is not None else (1, 1)
        oid = change.opportunity
        out.append(
            Problem.of(
                change.path,
                "sealing_key",
                *said("problem.sealing.key-changed", id=oid),
                line,
                column,
                code="sealing.key-changed",
            )
        )
    return out


def read(root: Path, rev: str | None) -> Snapshot:
    """The snapshot at git revision ``rev`` (None: the work tree) of the repository at ``root``."""
    from .. import repository

    return Snapshot(
        board=repository.file_at(root, rev, BOARD),
        opportunities=repository.texts_at(root, rev, OPPORTUNITIES),
        ledgers=repository.all_texts_at(root, rev, LEDGERS),
    )


def _fingerprint(key: Key | None, lang: str) -> str:
    if key is None:
        return t(lang, "preview.no_key")
    shown = "".join(ch for ch in key.fingerprint[:40] if ch.isalnum() or ch == "-")
    return f"`{shown}`"


def key_section(found: Sequence[KeyChange]) -> list[str]:
    """Markdown lines for the pull-request preview: the changed sealing keys, as a caution in
    English then in French; nothing when no key changes."""
    if not found:
        return []
    lines = []
    for lang in ("en", "fr"):
        lines += [f"> [!CAUTION]\n> **{t(lang, 'preview.key_heading')}**", ">"]
        for change in found:
            item = t(
                lang,
                "preview.key_change",
                id=change.opportunity,
                old=_fingerprint(change.old, lang),
                new=_fingerprint(change.new, lang),
                path=change.path,
            )
            lines.append(f"> - {item}")
        lines += [">", f"> {t(lang, 'preview.key_intro')}", ""]
    return lines
