"""The client's guardrail attestations must both be true before anything is posted."""

from __future__ import annotations

from ..model import Board
from ..problems import Problem, Say, said
from ..yamlio.load import Document
from ._access import get, problem

# The attestations, each with its hint (``problem.attestation.false.<key>.hint``) in the catalog.
ATTESTATIONS = ("standalone_work", "no_internal_capacity")


def check(doc: Document, board: Board) -> list[Problem]:
    out = []
    for key in ATTESTATIONS:
        if get(doc.data, "attestations", key) is False:
            en, fr = said("problem.attestation.false")
            hint_en, hint_fr = said(f"problem.attestation.false.{key}.hint")
            out.append(
                problem(
                    doc,
                    ("attestations", key),
                    Say(en.message, hint_en.message),
                    Say(fr.message, hint_fr.message),
                    code="attestation.false",
                )
            )
    return out
