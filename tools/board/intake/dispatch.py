"""Choose the handler for an event by the issue form its issue answers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from ..forms import Form, identify, load_forms
from . import applications, questions
from .decision import NOTHING, Decision
from .event import Event

Handler = Callable[[Event, Form, Path, datetime], Decision]

# form file name -> handler; each feature registers its own form here.
HANDLERS: dict[str, Handler] = {
    "application.yml": applications.decide,
    "question.yml": questions.decide,
}


def by_labels(labels: tuple[str, ...], forms: dict[str, Form]) -> Form | None:
    """The one form whose labels the issue carries: how an empty (null) body is still routed."""
    matches = [f for f in forms.values() if f.labels and set(f.labels) <= set(labels)]
    return matches[0] if len(matches) == 1 else None


def decide(event: Event, repo_root: Path, now: datetime, only: str | None = None) -> Decision:
    """The decision for ``event`` given the repository at ``repo_root`` and the time ``now``.

    ``only`` (a form file name) restricts intake to that form, so that each form's workflow acts
    on its own issues and two workflows never apply the same decision twice.
    """
    if event.is_pull_request:
        return NOTHING
    forms = {
        name: form
        for name, form in load_forms(repo_root).items()
        if name in HANDLERS and only in (None, name)
    }
    form = identify(event.body, forms) or by_labels(event.labels, forms)
    if form is None:
        return NOTHING
    return HANDLERS[form.name](event, form, repo_root, now)
