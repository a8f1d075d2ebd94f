"""Skills: an opportunity names skills from the board's controlled list, by id.

The list (``skills`` in ``content/board.yaml``) carries each skill's English and French label, so
the board shows and filters skills in the page's language. A skill the list does not have is an
error that names the closest id, matched on the ids and on both labels (so ``Python`` or
``Accessibilité`` lead to ``python`` or ``accessibility``).
"""

from __future__ import annotations

import difflib

from ..model import Board
from ..problems import Problem, Say
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
    if near is not None:
        fix_en = f"did you mean {near!r}? Skills are ids from the list in content/board.yaml"
        fix_fr = (
            f"vouliez-vous dire {near!r}? Les compétences sont des identifiants de la liste "
            "de content/board.yaml"
        )
    else:
        fix_en = "use an id from the skills in content/board.yaml, or add the skill there"
        fix_fr = (
            "utilisez un identifiant des compétences de content/board.yaml, ou ajoutez-y la "
            "compétence"
        )
    return problem(
        doc,
        ("skills", index),
        Say(f"{value!r} is not a skill of the board's list", fix_en),
        Say(f"{value!r} ne fait pas partie de la liste des compétences du tableau", fix_fr),
        code="skills.unknown",
    )
