"""``board validate``: the ledgers across git history, as `Problem`s a maintainer can act on.

One pass over the first-parent history of HEAD (`board.repository.folder_states`) feeds every
ledger file's `frozen.Walk`, then the working copy. A breach no incident excuses is an error
whose hint is the incident to write, with its real commits. A shallow clone cannot show the
whole history: an error under GitHub Actions (the workflows fetch it all), a warning elsewhere.
Outside a git repository (an exported tree) there is no history to check.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .. import catalog, repository
from ..content import Content, display_path
from ..problems import LANGS, Problem, Severity, said
from ..yamlio.load import parse
from .frozen import WORKING_COPY, Breach, Walk
from .ledger import LEDGER_DIR, Incident, ledger_files


def _incidents(text: str | None, name: str) -> tuple[list[Incident], Any]:
    """The well-formed incidents of the working copy (the schema check reports the others)."""
    doc, _ = parse(text, name) if text is not None else (None, [])
    data = doc.data if doc is not None and isinstance(doc.data, dict) else {}
    out = []
    for raw in data.get("incidents") or []:
        try:
            out.append(Incident.from_json(raw))
        except (KeyError, TypeError, AttributeError):
            continue
    return out, doc


def history_problems(content_root: Path, content: Content) -> list[Problem]:
    folder = content_root / LEDGER_DIR
    found = repository.folder_states(content_root, folder)
    if found.shallow:
        return [_shallow(display_path(folder))]
    if found.problem:
        return []
    current = {
        p.name: p.read_text(encoding="utf-8", errors="replace") for p in ledger_files(content_root)
    }
    walks: dict[str, Walk] = {}
    docs: dict[str, Any] = {}

    def walk_of(name: str) -> Walk:
        if name not in walks:
            incidents, docs[name] = _incidents(current.get(name), name)
            opportunity = content.opportunity(Path(name).stem)
            closing = opportunity.closing if opportunity is not None else None
            walks[name] = Walk(name, incidents, closing)
        return walks[name]

    for commit, files in found.states:
        for name in sorted(set(files) | set(walks)):
            walk_of(name).step(commit, files.get(name))
    for name in sorted(set(current) | set(walks)):
        walk_of(name).step(WORKING_COPY, current.get(name))
    out: list[Problem] = []
    for name, walk in walks.items():
        shown = display_path(folder / name)
        source = f"{found.folder}/{name}"
        out.extend(_breach(shown, source, walk, b) for b in walk.breaches)
        out.extend(_unresolved(shown, source, docs[name], walk, i) for i in walk.unresolved())
    return out


def _shallow(shown: str) -> Problem:
    in_ci = os.environ.get("GITHUB_ACTIONS") == "true"
    return Problem.of(
        shown,
        "",
        *said("problem.history.shallow", depth="fetch-depth: 0"),
        severity=Severity.ERROR if in_ci else Severity.WARNING,
        code="history.shallow",
    )


def _what(b: Breach, walk: Walk) -> dict[str, str]:
    """What the commit did to the ledger (``problem.history.what.<kind>``), in both languages."""
    count = len(walk.last.entries)
    values = {
        "receipt": b.receipt or "",
        "fields": ", ".join(b.fields),
        "applications": {lang: catalog.tn(lang, "count.applications", count) for lang in LANGS},
    }
    return {lang: catalog.t(lang, f"problem.history.what.{b.kind}", **values) for lang in LANGS}


def _breach(shown: str, source: str, walk: Walk, b: Breach) -> Problem:
    what = _what(b, walk)
    if b.commit == WORKING_COPY:
        return Problem.of(
            shown,
            "",
            *said("problem.history.uncommitted", what=what, path=shown),
            code="history.uncommitted",
        )
    today = datetime.now(UTC).date().isoformat()
    incident = (
        f"{{commit: {b.commit}, date: '{today}', explanation: {{en: '…', fr: '…'}}, "
        f"restores: {b.before}}}"
    )
    key = "problem.history.rewritten" if b.receipt is None else "problem.history.rewritten.accepts"
    return Problem.of(
        shown,
        "",
        *said(
            key,
            commit=b.commit[:12],
            what=what,
            before=b.before[:12],
            revision=f"{b.before}:{source}",
            incident=incident,
            accepts=f"accepts: [{b.receipt}]",
        ),
        code="history.rewritten",
    )


def _unresolved(shown: str, source: str, doc: Any, walk: Walk, incident: Incident) -> Problem:
    index = walk.incidents.index(incident)
    line, col = doc.where(("incidents", index)) if doc is not None else (1, 1)
    field = f"incidents[{index}]"
    if incident.commit not in walk.commits:
        return Problem.of(
            shown,
            f"{field}.commit",
            *said("problem.history.unknown-commit", commit=incident.commit[:12]),
            line,
            col,
            code="history.unknown-commit",
        )
    restores = incident.restores or ""
    return Problem.of(
        shown,
        f"{field}.restores",
        *said(
            "problem.history.restore-mismatch",
            restores=restores[:12],
            revision=f"{restores}:{source}",
        ),
        line,
        col,
        code="history.restore-mismatch",
    )
