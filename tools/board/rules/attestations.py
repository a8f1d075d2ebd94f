"""The client's guardrail attestations must both be true before anything is posted."""

from __future__ import annotations

from ..model import Board
from ..problems import Problem
from ..yamlfile import Document
from ._access import get, problem

HINTS = {
    "standalone_work": (
        "the work must be a standalone piece, not part of a larger requirement split to stay "
        "under the limit; if it is, it cannot be posted here"
    ),
    "no_internal_capacity": (
        "post only work your team cannot do itself; confirm with true once that is so"
    ),
}


def check(doc: Document, board: Board) -> list[Problem]:
    out = []
    for key, hint in HINTS.items():
        if get(doc.data, "attestations", key) is False:
            out.append(problem(doc, ("attestations", key), "must be true", hint))
    return out
