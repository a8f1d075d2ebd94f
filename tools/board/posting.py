"""``posted`` cannot be back-dated to shorten the posting period (#11): the pull-request check.

The posting period runs from ``posted``; a date in the past would shorten it below the board's
minimum while every rule still passed. So, for a pull request (``board validate --since BASE``):

- an opportunity it publishes (new, or a draft made ``published``) must have ``posted`` on or
  after the day it merges: today, in the board's time zone;
- an opportunity already published whose ``posted`` it changes cannot move it before the day
  the opportunity first appeared as published on main, read from main's first-parent history
  (`board.repository.file_versions`): on main each commit is a merge, stamped by GitHub when it
  merged, and a commit dated earlier than one before it counts from that one, so a backdated
  commit gains nothing. Without usable history, the base's own ``posted`` is the floor.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from . import repository
from .content import display_path
from .model import Board
from .problems import Problem, Say, said
from .yamlio.load import Document, parse

PUBLISHED = "published"


def _posted(data: Any) -> date | None:
    value = data.get("posted") if isinstance(data, dict) else None
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def first_day_on_main(path: Path, board: Board) -> date | None:
    """The day (board's zone) the file was first published on the first-parent history."""
    found = repository.file_versions({"x": path}, first_parent=True)
    for when, _sha, text in (found or {}).get("x", []):
        doc, _ = parse(text, str(path))
        if doc is not None and isinstance(doc.data, dict) and doc.data.get("status") == PUBLISHED:
            return when.astimezone(board.tz).date()
    return None


def pull_request_problems(root: Path, base: str, board: Board, now: datetime) -> list[Problem]:
    """Problems for every opportunity the changes since ``base`` publish or re-date too early."""
    before = repository.opportunities_at(root, base)
    today = now.astimezone(board.tz).date()
    out: list[Problem] = []
    top = root.resolve().parent  # the content root's folder: texts_at names files from there
    for name, text in repository.texts_at(root, None).items():
        doc, _ = parse(text, display_path(top / name))
        if doc is None or not isinstance(doc.data, dict) or doc.data.get("status") != PUBLISHED:
            continue
        posted, old = _posted(doc.data), before.get(Path(name).stem)
        if posted is None:
            continue
        if not old or old.get("status") != PUBLISHED:
            if posted < today:
                out.append(_before_merge(doc, posted, today))
        elif posted != _posted(old):
            floor = first_day_on_main(top / name, board) or _posted(old)
            if floor is not None and posted < floor:
                out.append(_before_first_published(doc, posted, floor))
    return out


def _before_merge(doc: Document, posted: date, today: date) -> Problem:
    words = said(
        "problem.posting.backdated",
        posted=posted.isoformat(),
        today=today.isoformat(),
        setting=f"posted: {today.isoformat()}",
    )
    return _at_posted(doc, words, code="posting.backdated")


def _before_first_published(doc: Document, posted: date, floor: date) -> Problem:
    words = said(
        "problem.posting.before-first-published",
        posted=posted.isoformat(),
        first=floor.isoformat(),
        setting=f"posted: {floor.isoformat()}",
    )
    return _at_posted(doc, words, code="posting.before-first-published")


def _at_posted(doc: Document, words: tuple[Say, Say], code: str) -> Problem:
    line, column = doc.where(("posted",))
    return Problem.of(doc.path, "posted", *words, line, column, code=code)
