"""Skills: an opportunity names skills from the board's controlled list, by id.

The list (``skills`` in ``content/board.yaml``) carries each skill's English and French label, so
the board shows and filters skills in the page's language. A skill the list does not have is an
error that names the closest id, matched on the ids and on both labels (so ``Python`` or
``Accessibilité`` lead to ``python`` or ``accessibility``).
"""

from __future__ import annotations

import difflib

from ..model import Board
from ..problems import Problem, said
from ..yamlio.load import Document
from ._access import get, problem


def closest(value: str, board: Board) -> str | None:
    """The id of the board's skill nearest to ``value`` (by id or label), or None."""
    names: dict[str, str] = {}
    for skill in board.skills:
        for name in (skill.id, skill.text.en, skill.text.fr):
            names.setdefault(name.casefold(), skill.id)
    found = difflib.get_close_matches(value.casefold(), list(names), n=1, cutoff=0.6)
    return names[found[0]] if found else None


def check(doc: Document, board: Board) -> list[Problem]:
    listed = get(doc.data, "skills")
    if not isinstance(listed, list) or not board.skills:
        return []
    known = {s.id for s in board.skills}
    out: list[Problem] = []
    for index, value in enumerate(listed):
        if not isinstance(value, str) or value in known:
            continue
        out.append(_unknown(doc, index, value, board))
    return out


def _unknown(doc: Document, index: int, value: str, board: Board) -> Problem:
    near = closest(value, board)
    # the hint names the closest skill when there is one
    key = "problem.skills.unknown" if near is None else "problem.skills.unknown.near"
    return problem(
        doc,
        ("skills", index),
        *said(key, value=repr(value), near=repr(near)),
        code="skills.unknown",
    )
