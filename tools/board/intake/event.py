"""The parts of a GitHub ``issues`` / ``issue_comment`` webhook payload that intake uses."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from ..errors import BoardError


class EventError(BoardError, ValueError):
    """The payload is not an event intake can read."""


@dataclass(frozen=True)
class Comment:
    id: int
    author: str
    body: str
    created_at: datetime
    author_id: int = 0  # GitHub's numeric user id (comment.user.id)


@dataclass(frozen=True)
class Event:
    name: str  # issues | issue_comment
    action: str  # opened, edited, created, ...
    issue_number: int
    issue_author: str
    issue_author_id: int
    title: str
    body: str  # '' when GitHub sent null
    labels: tuple[str, ...]
    state: str
    created_at: datetime
    updated_at: datetime
    comment: Comment | None = None
    repository: str = ""  # owner/name
    is_pull_request: bool = False
    sender: str = ""  # who caused the event (an edit may come from someone else)
    sender_id: int = 0  # GitHub's numeric user id of the sender (sender.id)
    message: str = ""  # an e-mail (name "email"): the keyed hash of its Message-ID

    @property
    def place(self) -> str:
        """Where the applicant posts (`ledger.Entry.place`): the issue, or for an e-mail the
        sender (``issue_author`` is then ``email:<keyed hash of the address>``)."""
        return self.issue_author if self.message else f"#{self.issue_number}"

    @property
    def where(self) -> str:
        """The post as a commit message names it."""
        return f"e-mail {self.message}" if self.message else f"#{self.issue_number}"

    @property
    def moment(self) -> datetime:
        """When the submission was made: opened, last edited, or the comment's time."""
        if self.comment is not None:
            return self.comment.created_at
        return self.updated_at if self.action == "edited" else self.created_at


def _time(value: Any, what: str) -> datetime:
    if not isinstance(value, str):
        raise EventError(f"{what} is missing")
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise EventError(f"{what} is not a date and time: {value!r}") from exc


def from_payload(name: str, payload: dict[str, Any]) -> Event:
    """Read an ``issues`` or ``issue_comment`` payload (``name`` is the event's name).

    A payload of the wrong shape (a login that is a list, a number that is text, a label that
    is not an object) is an `EventError`, never another exception.
    """
    try:
        return _from_payload(name, payload)
    except (AttributeError, TypeError, ValueError, OverflowError) as exc:
        if isinstance(exc, EventError):
            raise
        raise EventError(f"the payload is not an issue event GitHub sends: {exc}") from exc


def _from_payload(name: str, payload: dict[str, Any]) -> Event:
    issue = payload.get("issue")
    if not isinstance(issue, dict):
        raise EventError("the payload has no issue")
    user = issue.get("user") or {}
    comment = None
    raw_comment = payload.get("comment")
    if name == "issue_comment" and isinstance(raw_comment, dict):
        comment = Comment(
            id=int(raw_comment.get("id") or 0),
            author=str((raw_comment.get("user") or {}).get("login", "")),
            body=str(raw_comment.get("body") or ""),
            created_at=_time(raw_comment.get("created_at"), "comment.created_at"),
            author_id=_id((raw_comment.get("user") or {}).get("id")),
        )
    return Event(
        name=name,
        action=str(payload.get("action", "")),
        issue_number=int(issue.get("number") or 0),
        issue_author=str(user.get("login", "")),
        issue_author_id=_id(user.get("id")),
        title=str(issue.get("title") or ""),
        body=str(issue.get("body") or ""),
        labels=tuple(str(label.get("name", "")) for label in issue.get("labels") or []),
        state=str(issue.get("state", "open")),
        created_at=_time(issue.get("created_at"), "issue.created_at"),
        updated_at=_time(issue.get("updated_at") or issue.get("created_at"), "issue.updated_at"),
        comment=comment,
        repository=str((payload.get("repository") or {}).get("full_name", "")),
        is_pull_request="pull_request" in issue,
        sender=str((payload.get("sender") or {}).get("login", "")),
        sender_id=_id((payload.get("sender") or {}).get("id")),
    )


def _id(value: Any) -> int:
    """A numeric GitHub id (0 when absent: intake then falls back to the login)."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def same_user(login_a: str, id_a: int, login_b: str, id_b: int) -> bool:
    """The same GitHub account: by numeric id when both are known (a login can be renamed and
    then taken by someone else), else by login, case-insensitively."""
    if id_a and id_b:
        return id_a == id_b
    return bool(login_a) and login_a.casefold() == login_b.casefold()


def from_issue(issue: dict[str, Any], author_edited: datetime | None) -> Event:
    """The submission an issue from the REST API stands for (reconciliation): "opened" at
    ``created_at``, or "edited" at the author's last edit of the body when there is one."""
    author = issue.get("user") or {}
    event = from_payload(
        "issues",
        {"action": "opened", "issue": issue, "sender": author},
    )
    if author_edited is None:
        return event
    return replace(event, action="edited", updated_at=author_edited)


def infer_name(payload: dict[str, Any]) -> str:
    """The event name when only the payload is known: a comment makes it ``issue_comment``."""
    return "issue_comment" if "comment" in payload else "issues"


def read(path: Path, name: str | None = None) -> Event:
    """Read a payload file (``$GITHUB_EVENT_PATH``); ``name`` defaults to what it looks like."""
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise EventError(f"cannot read {path}: {exc.strerror}") from exc
    except (ValueError, RecursionError) as exc:  # not UTF-8, not JSON, too deep, huge number
        raise EventError(f"{path} is not a JSON payload: {exc}") from exc
    if not isinstance(payload, dict):
        raise EventError(f"{path} is not a JSON object")
    return from_payload(name or infer_name(payload), payload)
