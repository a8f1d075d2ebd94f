"""The contract terms of ``content/board.yaml`` (issue #11): a clause may say ``{licence}``, which
the board replaces by the opportunity's open-source licence; any other ``{name}`` would be shown
as typed on every opportunity's terms, so it is refused on its line, with the fix."""

from __future__ import annotations

import re

from ..problems import Problem, said
from ..yamlio.load import Document

PLACEHOLDER = "{licence}"
_BRACES = re.compile(r"\{[^{}\n]{0,40}\}")


def check_board(doc: Document) -> list[Problem]:
    clauses = doc.data.get("contract_terms") if isinstance(doc.data, dict) else None
    if not isinstance(clauses, list):
        return []  # the schema says what is wrong
    out = []
    for i, clause in enumerate(clauses):
        if not isinstance(clause, dict):
            continue
        for lang in ("en", "fr"):
            text = clause.get(lang)
            if not isinstance(text, str):
                continue
            for match in _BRACES.finditer(text):
                if match.group(0) == PLACEHOLDER:
                    continue
                line, column = doc.where(("contract_terms", i, lang))
                out.append(
                    _unknown(doc.path, f"contract_terms[{i}].{lang}", match.group(0), line, column)
                )
    return out


def _unknown(path: str, field: str, found: str, line: int, column: int) -> Problem:
    return Problem.of(
        path,
        field,
        *said("problem.contract-terms.placeholder", found=found, placeholder=PLACEHOLDER),
        line,
        column,
        code="contract-terms.placeholder",
    )
