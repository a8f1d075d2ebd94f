"""No record after closing is dated in the future.

The evaluation, award, delivery and payment files say what has happened, and their dates feed
the public measures: time to award, time to pay, the on-time flags, the Results page,
metrics.json and the OCDS records. A payment "made" next week or an acceptance dated after today
would make those measures false from the day the file merges. So every date of these files
(every value their schema declares ``format: date``, found by walking the schema with the
document) must be on or before the board's today, in the board's time zone.

`problems` is pure: it is given ``today``. The ``board validate`` command, and so the
pull-request check, reads its own clock at the edge (``BOARD_NOW`` in tests) and `of_content`
turns it into the board's today, in the board's time zone: that clock is the check's, not the
contributor's, whereas git commit dates can be backdated and are not read. The build does not
apply this rule: it renders the content as merged, and a date that was not in the future the
day it merged never becomes so later.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import UTC, date, datetime
from functools import cache
from typing import Any

from .. import schemas
from ..content import Content
from ..model import Board
from ..problems import Problem, said
from ..rules._access import iso_date, problem
from ..yamlio.load import Document, JsonPath
from .evaluation import FILE as EVALUATION_FILE
from .records import AWARD_FILE, DELIVERY_FILE, PAYMENT_FILE, Outcome

# The files whose dates say what happened, and the schema of each.
RECORDS = {
    EVALUATION_FILE: "evaluation",
    AWARD_FILE: "award",
    DELIVERY_FILE: "delivery",
    PAYMENT_FILE: "payment",
}


def today_of(board: Board, now: datetime | None = None) -> date:
    """The board's today: ``now`` (default the clock) as a date in the board's time zone."""
    return (now or datetime.now(UTC)).astimezone(board.tz).date()


def problems(doc: Document, schema: str, today: date, zone: str) -> list[Problem]:
    """A problem at each date of ``doc`` (a file that matched ``schema``) after ``today``."""
    out = []
    for path, day in dates(doc.data, schema):
        if day > today:
            words = said(
                "problem.outcome.date-in-future",
                day=day.isoformat(),
                today=today.isoformat(),
                timezone=zone,
            )
            out.append(problem(doc, path, *words, code="outcome.date-in-future"))
    return out


def of_content(content: Content, now: datetime | None = None) -> list[Problem]:
    """The future dates of the outcome folders a validation read into ``content``, by the
    board's today at ``now`` (default: the clock)."""
    board = content.board
    if board is None:
        return []
    return of_outcomes(content.outcomes, today_of(board, now), board.timezone)


def of_outcomes(outcomes: Mapping[str, Outcome], today: date, zone: str) -> list[Problem]:
    """The future dates of every record of ``outcomes`` that matched its schema."""
    out: list[Problem] = []
    for oid in sorted(outcomes):
        for name, schema in RECORDS.items():
            doc = outcomes[oid].document(name)
            if doc is not None:
                out.extend(problems(doc, schema, today, zone))
    return out


def dates(data: Any, schema: str) -> Iterator[tuple[JsonPath, date]]:
    """Each date of ``data`` that ``schema`` declares ``format: date``, with its path."""
    root = _schema(schema)
    for path, value in _walk(root, root, data, ()):
        day = iso_date(value)
        if day is not None:
            yield path, day


@cache
def _schema(name: str) -> Mapping[str, Any]:
    """One of the four schemas, kept (`schemas.load_schema` keeps only the last few used)."""
    return schemas.load_schema(name)


def _walk(
    root: Mapping[str, Any], node: Any, data: Any, path: JsonPath
) -> Iterator[tuple[JsonPath, Any]]:
    node = _resolved(root, node)
    if not isinstance(node, Mapping):
        return
    if node.get("format") == "date":
        yield path, data
    properties = node.get("properties")
    if isinstance(data, dict) and isinstance(properties, Mapping):
        for key, value in data.items():
            if key in properties:
                yield from _walk(root, properties[key], value, (*path, key))
    items = node.get("items")
    if isinstance(data, list) and items is not None:
        for index, value in enumerate(data):
            yield from _walk(root, items, value, (*path, index))


def _resolved(root: Mapping[str, Any], node: Any) -> Any:
    """``node``, or what its local ``$ref`` (``#/$defs/text``) points to."""
    ref = node.get("$ref") if isinstance(node, Mapping) else None
    if not isinstance(ref, str) or not ref.startswith("#/"):
        return node
    target: Any = root
    for part in ref[2:].split("/"):
        target = target.get(part) if isinstance(target, Mapping) else None
    return target
