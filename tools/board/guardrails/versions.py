"""Each step of the history where an opportunity changed after publication, from one pass.

The states of ``content/opportunities/`` and ``content/applications/`` along the first-parent
history of HEAD come from `board.repository.folder_states` (one pass, a file read only when it
changed), then the working copy. A step is one first-parent commit: on ``main`` one merged pull
request, and in a pull request's check (GitHub checks out the merge of the pull request into its
base) the whole pull request. Only the files that changed in a step are parsed, once per text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import zip_longest
from pathlib import Path
from typing import Any

import yaml

from .. import repository
from ..applications.ledger import LEDGER_DIR
from ..content import OPPORTUNITIES_DIR
from .settings import MATERIAL

WORKING_COPY = ""  # the step of uncommitted changes
PUBLIC = ("published", "cancelled")


class _Loader(yaml.CSafeLoader):
    """Plain YAML, dates kept as written (like the board's own loader)."""


_Loader.yaml_implicit_resolvers = {
    first: [r for r in found if r[0] != "tag:yaml.org,2002:timestamp"]
    for first, found in yaml.CSafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class Step:
    """One opportunity's change after publication, in one step of the history."""

    commit: str  # WORKING_COPY for uncommitted changes
    opportunity: str
    old: dict[str, Any]
    new: dict[str, Any]
    changed: tuple[str, ...]  # the material fields that changed
    applications: int  # applications received before the step

    def added_addenda(self) -> list[dict[str, Any]]:
        before = {_key(a) for a in _list(self.old.get("addenda"))}
        return [a for a in _list(self.new.get("addenda")) if _key(a) not in before]


def _list(value: Any) -> list[Any]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


class _Parsed:
    """Each distinct text parsed once."""

    def __init__(self) -> None:
        self.cache: dict[str, dict[str, Any]] = {}

    def __call__(self, text: str | None) -> dict[str, Any]:
        if text is None:
            return {}
        if text not in self.cache:
            try:
                data = yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader
            except yaml.YAMLError:
                data = None
            self.cache[text] = data if isinstance(data, dict) else {}
        return self.cache[text]


def _working(content_root: Path, folder: str) -> dict[str, str]:
    files = sorted((content_root / folder).glob("*.yaml"))
    return {p.name: p.read_text(encoding="utf-8", errors="replace") for p in files if p.is_file()}


def _states(content_root: Path) -> tuple[str, Iterator[tuple[str, dict[str, str], dict[str, str]]]]:
    """(problem, states): each state is (commit, opportunity texts, ledger texts)."""
    opps = repository.folder_states(content_root, content_root / OPPORTUNITIES_DIR)
    if opps.problem:
        return opps.problem, iter(())
    ledgers = repository.folder_states(content_root, content_root / LEDGER_DIR)
    ledger_states = ledgers.states if not ledgers.problem else ()  # none yet: empty

    def walk() -> Iterator[tuple[str, dict[str, str], dict[str, str]]]:
        pairs: Iterator[tuple[tuple[str, dict[str, str]], ...]] = zip_longest(
            opps.states, ledger_states, fillvalue=("", {})
        )
        for (sha, files), (_, ledger_files) in pairs:
            yield sha, files, ledger_files
        here = (_working(content_root, OPPORTUNITIES_DIR), _working(content_root, LEDGER_DIR))
        yield WORKING_COPY, *here

    return "", walk()


def steps(content_root: Path) -> tuple[str, list[Step], str]:
    """(why there is no history, or ""; every change after publication, oldest first; the
    newest commit). A file deleted and added again is compared with its last version."""
    problem, states = _states(content_root)
    parsed = _Parsed()
    out: list[Step] = []
    last: dict[str, str] = {}  # each file's latest text, kept when a file is deleted
    last_ledgers: dict[str, str] = {}
    seen: dict[str, str] | None = None
    head = ""
    for commit, files, ledgers in states:
        head = commit or head
        if files is not seen:  # the folder changed in this commit (or it is the working copy)
            for name, text in files.items():
                old_text = last.get(name)
                if old_text is None or old_text is text or old_text == text:
                    continue
                step = _step(commit, name, parsed(old_text), parsed(text), parsed, last_ledgers)
                out.extend([step] if step is not None else [])
            last.update(files)
            seen = files
        last_ledgers.update(ledgers)
    return problem, out, head


def _step(
    commit: str, name: str, old: dict[str, Any], new: dict[str, Any], parsed: _Parsed,
    ledgers: dict[str, str],
) -> Step | None:  # fmt: skip
    if old.get("status") not in PUBLIC or new.get("status") == "cancelled":
        return None
    changed = tuple(f for f in MATERIAL if _key(old.get(f)) != _key(new.get(f)))
    if not changed:
        return None
    ledger = parsed(ledgers.get(name))
    received = len(_list(ledger.get("applications")))
    return Step(commit, Path(name).stem, old, new, changed, received)


def current_data(content_root: Path, ids: set[str]) -> dict[str, dict[str, Any]]:
    """The working copy's data of a few opportunities (for the addenda that repair a step)."""
    parsed = _Parsed()
    out = {}
    for oid in sorted(ids):
        path = content_root / OPPORTUNITIES_DIR / f"{oid}.yaml"
        if path.is_file():
            out[oid] = parsed(path.read_text(encoding="utf-8", errors="replace"))
    return out
