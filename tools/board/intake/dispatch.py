"""Choose the handler for an event by the issue form its issue answers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from ..forms import Form, identify, load_forms
from . import applications
from .decision import NOTHING, Decision
from .event import Event

Handler = Callable[[Event, Form, Path, datetime], Decision]

# form file name -> handler; each feature registers its own form here.
HANDLERS: dict[str, Handler] = {
    "application.yml": applications.decide,
}


def decide(event: Event, repo_root: Path, now: datetime) -> Decision:
    """The decision for ``event`` given the repository at ``repo_root`` and the time ``now``."""
    if event.is_pull_request:
        return NOTHING
    forms = {name: form for name, form in load_forms(repo_root).items() if name in HANDLERS}
    form = identify(event.body, forms) or by_label(event, forms)
    if form is None:
        return NOTHING
    return HANDLERS[form.name](event, form, repo_root, now)


def by_label(event: Event, forms: dict[str, Form]) -> Form | None:
    """The form whose labels the issue carries: an empty or mangled body still reaches it."""
    return next(
        (f for f in forms.values() if f.labels and set(f.labels) <= set(event.labels)), None
    )
