"""Published questions and answers: one entry per question issue, answered while it was open.

Both languages are required by the schema; this rule checks what the schema cannot: each issue
number appears once, and each answer is dated on or after posting and on or before the closing
date (in the board's time zone), and not before the question was asked.
"""

from __future__ import annotations

from datetime import date, datetime

from ..calendar import zone
from ..model import Board
from ..problems import Problem, said
from ..yamlio.load import Document, JsonPath
from ._access import get, iso_date, problem


def _closing_day(doc: Document, board: Board) -> date | None:
    value = get(doc.data, "closing")
    tz = zone(board.timezone)
    if not isinstance(value, str) or tz is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment.astimezone(tz).date() if moment.tzinfo else None


def check(doc: Document, board: Board) -> list[Problem]:
    entries = get(doc.data, "questions")
    if not isinstance(entries, list):
        return []
    posted = iso_date(get(doc.data, "posted"))
    closing = _closing_day(doc, board)
    seen: dict[int, int] = {}
    out: list[Problem] = []
    for i, entry in enumerate(entries):
        out.extend(_duplicate_issue(doc, i, entry, seen))
        answered = iso_date(get(entry, "answered"))
        if answered is None:
            continue
        where = ("questions", i, "answered")
        out.extend(_answered_in_window(doc, board, where, answered, posted, closing))
        asked = iso_date(get(entry, "asked"))
        if asked and answered < asked:
            out.append(_answered_before_asked(doc, where, answered, asked))
    return out


def _duplicate_issue(doc: Document, i: int, entry: object, seen: dict[int, int]) -> list[Problem]:
    """A second entry for a question issue; the first one's place is added to ``seen``."""
    issue = get(entry, "issue")
    if not isinstance(issue, int) or isinstance(issue, bool):
        return []
    if issue not in seen:
        seen[issue] = i
        return []
    return [
        problem(
            doc,
            ("questions", i, "issue"),
            *said("problem.question.duplicate-issue", issue=issue, first=seen[issue]),
            code="question.duplicate-issue",
        )
    ]


def _answered_in_window(
    doc: Document,
    board: Board,
    where: JsonPath,
    answered: date,
    posted: date | None,
    closing: date | None,
) -> list[Problem]:
    """An answer dated before the opportunity was posted or after it closed."""
    out: list[Problem] = []
    if posted and answered < posted:
        out.append(
            problem(
                doc,
                where,
                *said(
                    "problem.question.answered-before-posting",
                    answered=answered.isoformat(),
                    posted=posted.isoformat(),
                ),
                code="question.answered-before-posting",
            )
        )
    if closing and answered > closing:
        out.append(
            problem(
                doc,
                where,
                *said(
                    "problem.question.answered-after-closing",
                    answered=answered.isoformat(),
                    closing=closing.isoformat(),
                    timezone=board.timezone,
                ),
                code="question.answered-after-closing",
            )
        )
    return out


def _answered_before_asked(doc: Document, where: JsonPath, answered: date, asked: date) -> Problem:
    return problem(
        doc,
        where,
        *said(
            "problem.question.answered-before-asked",
            answered=answered.isoformat(),
            asked=asked.isoformat(),
        ),
        code="question.answered-before-asked",
    )
