"""The client's guardrail attestations must both be true before anything is posted."""

from __future__ import annotations

from ..model import Board
from ..problems import Problem, Say
from ..yamlio.load import Document
from ._access import get, problem

HINTS = {
    "standalone_work": (
        "the work must be a standalone piece, not part of a larger requirement split to stay "
        "under the limit; if it is, it cannot be posted here",
        "les travaux doivent former un tout et ne pas faire partie d'un besoin plus vaste "
        "fractionné pour rester sous la limite; si c'est le cas, ils ne peuvent pas être "
        "publiés ici",
    ),
    "no_internal_capacity": (
        "post only work your team cannot do itself; confirm with true once that is so",
        "ne publiez que des travaux que votre équipe ne peut pas faire elle-même; confirmez "
        "avec true une fois que c'est le cas",
    ),
}


def check(doc: Document, board: Board) -> list[Problem]:
    out = []
    for key, (hint, conseil) in HINTS.items():
        if get(doc.data, "attestations", key) is False:
            out.append(
                problem(
                    doc,
                    ("attestations", key),
                    Say("must be true", hint),
                    Say("doit être true (vrai)", conseil),
                    code="attestation.false",
                )
            )
    return out
