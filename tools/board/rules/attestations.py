"""The client's guardrail attestations must both be true before anything is posted."""

from __future__ import annotations

from ..model import Board
from ..problems import Problem, said
from ..yamlio.load import Document
from ._access import get, problem

# The attestations, each with its message and hint (``problem.attestation.false.<key>``) in the
# catalog.
ATTESTATIONS = ("standalone_work", "no_internal_capacity")


def check(doc: Document, board: Board) -> list[Problem]:
    out = []
    for key in ATTESTATIONS:
        if get(doc.data, "attestations", key) is False:
            out.append(
                problem(
                    doc,
                    ("attestations", key),
                    *said(f"problem.attestation.false.{key}"),
                    code="attestation.false",
                )
            )
    return out
