"""A published sealing key must be a P-256 point whose fingerprint is the one shown.

The fingerprint is what applicants compare on the opportunity page; if it did not belong to the
key, every application would be sealed to a key nobody checked.
"""

from __future__ import annotations

from typing import Any

from ..model import Board
from ..problems import Problem
from ..yamlfile import Document


def key_problems(doc: Document, raw: Any) -> list[Problem]:
    """Problems of ``raw['sealing_key']`` (silent when the schema already reports its shape)."""
    key = raw.get("sealing_key") if isinstance(raw, dict) else None
    if not isinstance(key, dict):
        return []
    text, shown = key.get("public_key"), key.get("fingerprint")
    if not isinstance(text, str) or not isinstance(shown, str):
        return []

    # cryptography loads only for files that carry a key, so validating thousands stays light
    from ..sealing.keys import KeyProblem, fingerprint, public_key_from_text, raw_point

    def problem(name: str, message: str, hint: str) -> list[Problem]:
        line, col = doc.where(("sealing_key", name))
        return [Problem(doc.path, f"sealing_key.{name}", message, hint, line, col)]

    try:
        point = raw_point(public_key_from_text(text))
    except KeyProblem as exc:
        return problem(
            "public_key",
            f"is not a P-256 public key: {exc}",
            "paste the public_key printed by board keys new",
        )
    expected = fingerprint(point)
    if expected != shown:
        return problem(
            "fingerprint",
            f"{shown} is not the fingerprint of this public key ({expected})",
            "paste both lines printed by board keys new",
        )
    return []


def check(doc: Document, board: Board) -> list[Problem]:
    return key_problems(doc, doc.data)
