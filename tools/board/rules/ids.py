"""Ids unique across the board: a check only the whole set of opportunities can make."""

from __future__ import annotations

from collections.abc import Iterable

from ..problems import Problem, said


def unique_ids(ids: Iterable[tuple[str, str, int, int]]) -> list[Problem]:
    """Problems for every (id, path, line, column) whose id an earlier file already used."""
    seen: dict[str, str] = {}
    out = []
    for oid, path, line, col in ids:
        if oid in seen:
            out.append(
                Problem.of(
                    path,
                    "id",
                    *said("problem.opportunity.duplicate-id", id=repr(oid), path=seen[oid]),
                    line,
                    col,
                    code="opportunity.duplicate-id",
                )
            )
        else:
            seen[oid] = path
    return out
