"""Choose the handler for an event by the issue form its issue answers, and read what it needs.

The dispatcher is intake's reading edge: it loads the forms, then only what the decision needs
(the board's settings, the one opportunity the issue names and its ledger, see ``reading``),
and hands them to the handler, a pure ``decide(event, form, content, now)``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..content import Content
from ..forms import Form, identify, load_forms
from . import applications, question_intake, reading
from .decision import NOTHING, Decision
from .event import Event

CONTENT_DIR = "content"


@dataclass(frozen=True)
class Handler:
    decide: Callable[[Event, Form, Content, datetime], Decision]
    opportunity: Callable[[Event, Form], str]  # the opportunity the issue names


# form file name -> handler; each feature registers its own form here.
HANDLERS: dict[str, Handler] = {
    "application.yml": Handler(applications.decide, applications.opportunity_of),
    "question.yml": Handler(question_intake.decide, question_intake.opportunity_of),
}


def by_labels(labels: tuple[str, ...], forms: dict[str, Form]) -> Form | None:
    """The one form whose labels the issue carries: how an empty (null) body is still routed."""
    matches = [f for f in forms.values() if f.labels and set(f.labels) <= set(labels)]
    return matches[0] if len(matches) == 1 else None


def intake_forms(repo_root: Path, only: str | None = None) -> dict[str, Form]:
    """The forms intake acts on; ``only`` (a form file name) restricts intake to that form, so
    that each form's workflow acts on its own issues and two workflows never apply the same
    decision twice."""
    return {
        name: form
        for name, form in load_forms(repo_root).items()
        if name in HANDLERS and only in (None, name)
    }


def route(event: Event, forms: dict[str, Form]) -> Form | None:
    """The form whose handler decides ``event``, or None when intake has nothing to do."""
    if event.is_pull_request:
        return None
    return identify(event.body, forms) or by_labels(event.labels, forms)


def decide(event: Event, repo_root: Path, now: datetime, only: str | None = None) -> Decision:
    """The decision for ``event`` given the repository at ``repo_root`` and the time ``now``."""
    form = route(event, intake_forms(repo_root, only))
    if form is None:
        return NOTHING
    handler = HANDLERS[form.name]
    content = reading.load_one(repo_root / CONTENT_DIR, handler.opportunity(event, form))
    return handler.decide(event, form, content, now)


def decide_loaded(
    event: Event, forms: dict[str, Form], content: Content, now: datetime
) -> Decision:
    """The decision for ``event`` with forms and content already loaded (many issues at once)."""
    form = route(event, forms)
    if form is None:
        return NOTHING
    return HANDLERS[form.name].decide(event, form, content, now)
