"""Reconciliation: decide every application issue whose events never produced a decision.

Webhook deliveries can be lost, and a run can be cancelled or fail. The reconciliation run lists
the application issues through GitHub's API and decides each from what GitHub holds now: the
issue's body, and the moment of that body by GitHub's own timestamps, `created_at`, or the last
edit the issue's author made to the body (GraphQL ``userContentEdits``; the REST
``updated_at`` moves with every comment and label, so it cannot be used). Never the time the run
happens: an application posted on time is received even if every event for it was lost and
reconciliation runs after closing.

An issue is decided when it carries no intake label and the ledger has no entry for it (its
events were lost); an issue already decided is decided again, and acted on only if that changes
the ledger (an edit whose event was lost). Decisions are pure, so deciding again what a run
already decided changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any

from ..content import Content
from ..validate import load_content
from .applications import ALL_LABELS
from .decision import NOTHING, Decision
from .dispatch import CONTENT_DIR, decide_loaded, intake_forms
from .event import Event, EventError, from_issue

FORM = "application.yml"


@dataclass(frozen=True)
class Outcome:
    issue: int
    decision: Decision

    def to_json(self) -> dict[str, Any]:
        return {"issue": self.issue, **self.decision.to_json()}


def _time(text: Any) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def author_edits(nodes: Iterable[Any], authors: dict[int, int]) -> dict[int, datetime]:
    """Issue number -> the last time its author edited the body.

    ``nodes`` are GraphQL issue nodes ``{number, userContentEdits: {nodes: [{editedAt, editor:
    {databaseId}}]}}``; ``authors`` maps issue numbers to their authors' user ids. Edits by anyone
    else (a maintainer redacting) do not move the application's time, as intake ignores them.
    """
    found: dict[int, datetime] = {}
    for node in nodes:
        if not isinstance(node, dict) or not isinstance(node.get("number"), int):
            continue
        number = node["number"]
        edits = (node.get("userContentEdits") or {}).get("nodes") or []
        for edit in edits:
            editor = (edit or {}).get("editor") or {}
            moment = _time((edit or {}).get("editedAt"))
            if moment is None or editor.get("databaseId") != authors.get(number):
                continue
            if number not in found or moment > found[number]:
                found[number] = moment
    return found


def _recorded(content: Content) -> set[int]:
    """Issue numbers the ledgers already hold (an unreadable ledger holds none: intake reports it)."""
    return {e.issue for ledger in content.ledgers.values() for e in ledger.entries}


def events(issues: Iterable[Any], edits: dict[int, datetime]) -> list[Event]:
    """The submissions the listed issues stand for, in GitHub's order (pull requests left out)."""
    found = []
    for issue in issues:
        if not isinstance(issue, dict) or "pull_request" in issue:
            continue
        try:
            event = from_issue(issue, edits.get(issue.get("number") or 0))
        except (EventError, ValueError, TypeError, AttributeError):
            continue
        found.append(event)
    return sorted(found, key=lambda e: (e.moment, e.issue_number))


def reconcile(
    issues: Iterable[Any],
    edits: dict[int, datetime],
    repo_root: Path,
    write: Callable[[Decision], object],
) -> list[Outcome]:
    """The decisions reconciliation acts on, in GitHub's order; ``write`` records each decision's
    ledger change before the next issue is decided (as the intake workflow's run would)."""
    forms = intake_forms(repo_root, FORM)
    content = load_content(repo_root / CONTENT_DIR)  # once, for every issue
    outcomes = []
    recorded = _recorded(content)
    for event in events(issues, edits):
        decided = bool(set(event.labels) & set(ALL_LABELS)) or event.issue_number in recorded
        decision = decide_loaded(event, forms, content, event.moment)
        if decided and not decision.ledger:
            continue
        if decision == NOTHING:
            continue
        write(decision)
        for change in decision.ledger:  # the next issue is decided on the ledger as written
            content.reload_ledger(PurePosixPath(change.path).stem)
        recorded.add(event.issue_number)
        outcomes.append(Outcome(event.issue_number, decision))
    return outcomes
