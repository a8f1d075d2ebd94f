"""What ``board draw verify`` (and ``board validate``) says about each check of a draw, in English
and in French: the catalog's sentence when it holds (``draw.check.…``), its problem when it fails
(``problem.<code>`` and its hint), both with named placeholders, and the field of draw.yaml a
failure points at."""

from __future__ import annotations

from dataclasses import dataclass

from .. import catalog, formats
from ..problems import Say, said


@dataclass(frozen=True)
class Words:
    path: tuple[str, ...]  # the field of draw.yaml a failure points at
    failed_key: str  # the catalog's problem (``problem.<code>``, with its ``.hint``)
    held: str  # the catalog's sentence when the check holds ("" for none)
    code: str

    def held_text(self, **values: object) -> tuple[str, str]:
        """The sentence in English and French, as a terminal shows it."""
        en, fr = catalog.both(self.held, **values)
        return formats.terminal(en), formats.terminal(fr)

    def failed(self, **values: object) -> tuple[Say, Say]:
        return said(self.failed_key, **values)


ROUND = Words(("round",), "problem.draw.wrong-round", "draw.check.round", code="draw.wrong-round")
SIGNATURE = Words(
    ("signature",), "problem.draw.bad-signature", "draw.check.signature", code="draw.bad-signature"
)
RANDOMNESS = Words(
    ("randomness",),
    "problem.draw.wrong-randomness",
    "draw.check.randomness",
    code="draw.wrong-randomness",
)
RANKING = Words(
    ("ranking",), "problem.draw.wrong-ranking", "draw.check.ranking", code="draw.wrong-ranking"
)
RECORD = Words(
    ("evaluation_sha256",),
    "problem.draw.evaluation-changed",
    "draw.check.record",
    code="draw.evaluation-changed",
)
TIMING = Words(
    ("round",), "problem.draw.round-too-early", "draw.check.timing", code="draw.round-too-early"
)
UNCHANGED = Words(
    ("evaluation_sha256",),
    "problem.draw.evaluation-changed-after",
    "draw.check.unchanged",
    code="draw.evaluation-changed-after",
)
NO_HISTORY = Words((), "problem.draw.no-history", "", code="draw.no-history")
