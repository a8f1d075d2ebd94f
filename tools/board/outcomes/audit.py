"""``board draw verify <id>``: every check of one opportunity's draw, from the repository alone
(the files, the ledger, the board's pinned beacon key and git history; no network). The same
checks as `gather`, with git history required: without it nothing can be said about timing."""

from __future__ import annotations

from pathlib import Path

from .. import catalog, formats
from ..content import Content
from ..errors import BoardError
from ..problems import LANGS, Problem
from ..yamlio.load import Document
from . import evaluation_rules, folder, history
from .beacon import chain_of
from .draw import FILE as DRAW_FILE
from .draw_checks import Checked, Verdict, verify
from .evaluation import FILE as EVALUATION_FILE
from .evaluation import Evaluation
from .gather import facts_of


class DrawError(BoardError):
    """A draw that cannot be checked or made: the catalog's message ``key`` with ``values``, in
    the user's language, as a terminal shows it."""

    def __init__(self, key: str, lang: str, /, **values: object) -> None:
        self.lang = "fr" if lang == "fr" else "en"
        super().__init__(formats.terminal(catalog.t(self.lang, key, **values)))
        self.key = key


def load_pair(
    root: Path, content: Content, oid: str, lang: str
) -> tuple[Evaluation, list[Problem], Document]:
    """The evaluation record as `content` loaded it (a `DrawError` when it is missing or does
    not match its schema), the problems of its loading, and its document."""
    path = folder.folder(root, oid) / EVALUATION_FILE
    if not path.is_file():
        where = f"content/outcomes/{oid}/{EVALUATION_FILE}"
        raise DrawError("draw.error.no-evaluation", lang, id=oid, path=where)
    outcome = content.outcome(oid)
    ev, doc = outcome.evaluation, outcome.document(EVALUATION_FILE)
    found = outcome.problems_of(EVALUATION_FILE)
    if ev is None or doc is None:
        said = "\n".join(p.text("fr" if lang == "fr" else "en") for p in found)
        raise DrawError("draw.error.unreadable", lang, id=oid, problems=said)
    return ev, found, doc


def audit(root: Path, content: Content, oid: str, lang: str) -> Verdict:
    """Every check of the draw of ``oid``; a `DrawError` when there is nothing to check."""
    ev, _, doc = load_pair(root, content, oid, lang)
    evaluation_path = folder.folder(root, oid) / EVALUATION_FILE
    facts = facts_of(root, content, oid, evaluation_path)
    rules = evaluation_rules.problems(doc, ev, facts)
    draw_path = folder.folder(root, oid) / DRAW_FILE
    if not draw_path.is_file():
        where = f"content/outcomes/{oid}/{DRAW_FILE}"
        raise DrawError("draw.error.no-draw", lang, id=oid, path=where)
    outcome = content.outcome(oid)
    drawn, drawn_doc = outcome.draw, outcome.document(DRAW_FILE)
    if drawn is None or drawn_doc is None:
        return Verdict((), tuple(rules + outcome.problems_of(DRAW_FILE)))
    chain = chain_of(content.board.raw if content.board is not None else None)
    verdict = verify(drawn_doc, drawn, ev, chain, history.of_draw(root, evaluation_path, draw_path))
    errors = [p for p in rules if p.is_error]
    record = Checked(
        *(
            formats.terminal(
                catalog.t(
                    lang,
                    "draw.check.evaluation-rules",
                    passed=catalog.tn(lang, "draw.count.passed", len(ev.passed)),
                    not_passed=catalog.tn(lang, "draw.count.not-passed", len(ev.not_passed)),
                )
            )
            for lang in LANGS
        )
    )
    return Verdict(
        ((record,) if not errors else ()) + verdict.checked, (*errors, *verdict.problems)
    )
