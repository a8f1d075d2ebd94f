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

from .. import repository
from ..catalog import tn
from ..content import Content, display_path
from ..problems import Problem, Say, Severity
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
        Say(
            "the git history is shallow, so the ledgers cannot be checked against every commit",
            "fetch the whole history (actions/checkout with fetch-depth: 0, or git fetch "
            "--unshallow)",
        ),
        Say(
            "l'historique git est partiel (shallow), donc les registres ne peuvent pas être "
            "vérifiés à chaque commit",
            "récupérez tout l'historique (actions/checkout avec fetch-depth: 0, ou git fetch "
            "--unshallow)",
        ),
        severity=Severity.ERROR if in_ci else Severity.WARNING,
        code="history.shallow",
    )


def _what(b: Breach, walk: Walk) -> tuple[str, str]:
    receipt = b.receipt or ""
    fields = ", ".join(b.fields)
    count = len(walk.last.entries)
    return {
        "deleted": (
            f"deleted the ledger, which held {tn('en', 'count.applications', count)}",
            f"supprimé le registre, qui comptait {tn('fr', 'count.applications', count)}",
        ),
        "unreadable": ("left the ledger unreadable", "rendu le registre illisible"),
        "opportunity": (
            "changed the ledger's opportunity",
            "modifié l'opportunité du registre",
        ),
        "removed": (f"removed entry {receipt}", f"retiré l'entrée {receipt}"),
        "changed": (
            f"changed {fields} of entry {receipt} (only a status may change, from received, "
            "before closing)",
            f"modifié {fields} de l'entrée {receipt} (seul l'état peut changer, à partir de "
            "received, avant la clôture)",
        ),
        "order": ("reordered the entries", "changé l'ordre des entrées"),
        "incidents": (
            "removed or changed a recorded incident",
            "retiré ou modifié un incident consigné",
        ),
    }[b.kind]


def _breach(shown: str, source: str, walk: Walk, b: Breach) -> Problem:
    en, fr = _what(b, walk)
    if b.commit == WORKING_COPY:
        return Problem.of(
            shown,
            "",
            Say(
                f"uncommitted changes {en}",
                f"a ledger only grows and is never rewritten; undo them (git checkout -- {shown})",
            ),
            Say(
                f"des modifications non enregistrées ont {fr}",
                "un registre ne fait que s'allonger et n'est jamais réécrit; annulez-les "
                f"(git checkout -- {shown})",
            ),
            code="history.uncommitted",
        )
    today = datetime.now(UTC).date().isoformat()
    incident = (
        f"{{commit: {b.commit}, date: '{today}', explanation: {{en: '…', fr: '…'}}, "
        f"restores: {b.before}}}"
    )
    accept_en = accept_fr = ""
    if b.receipt is not None:
        accept_en = f"; to let the change stand, write accepts: [{b.receipt}] instead of restores"
        accept_fr = (
            f"; pour maintenir la modification, écrivez accepts: [{b.receipt}] au lieu de restores"
        )
    return Problem.of(
        shown,
        "",
        Say(
            f"commit {b.commit[:12]} {en}",
            "a ledger only grows and is never rewritten; repair it in the open: put the ledger "
            f"back as it was at {b.before[:12]} (git show {b.before}:{source}) and add under "
            f"incidents: {incident}{accept_en}",
        ),
        Say(
            f"le commit {b.commit[:12]} a {fr}",
            "un registre ne fait que s'allonger et n'est jamais réécrit; réparez-le au grand "
            f"jour : remettez le registre dans son état au commit {b.before[:12]} (git show "
            f"{b.before}:{source}) et ajoutez sous incidents : {incident}{accept_fr}",
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
            Say(
                f"{incident.commit[:12]} is not a commit of this branch's first-parent history "
                "that changed this ledger",
                "give the full SHA of the commit on main that broke the ledger's rules",
            ),
            Say(
                f"{incident.commit[:12]} n'est pas un commit de l'historique (premiers parents) "
                "de cette branche ayant modifié ce registre",
                "indiquez le SHA complet du commit de main qui a enfreint les règles du registre",
            ),
            line,
            col,
            code="history.unknown-commit",
        )
    restores = incident.restores or ""
    return Problem.of(
        shown,
        f"{field}.restores",
        Say(
            f"the ledger does not hold what it held at {restores[:12]}",
            f"put the entries back as they were (git show {restores}:{source}), or name the "
            "commit the ledger was restored to",
        ),
        Say(
            f"le registre ne contient pas ce qu'il contenait au commit {restores[:12]}",
            f"remettez les entrées telles qu'elles étaient (git show {restores}:{source}), ou "
            "indiquez le commit dont le registre a été rétabli",
        ),
        line,
        col,
        code="history.restore-mismatch",
    )
