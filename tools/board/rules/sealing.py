"""A published sealing key must be a P-256 point whose fingerprint is the one shown.

The fingerprint is what applicants compare on the opportunity page; if it did not belong to the
key, every application would be sealed to a key nobody checked.
"""

from __future__ import annotations

from typing import Any

from .. import catalog
from ..model import Board
from ..problems import LANGS, Problem, Say, said
from ..yamlio.load import Document


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

    def problem(name: str, en: Say, fr: Say, *, code: str) -> list[Problem]:
        line, col = doc.where(("sealing_key", name))
        return [Problem.of(doc.path, f"sealing_key.{name}", en, fr, line, col, code=code)]

    try:
        point = raw_point(public_key_from_text(text))
    except KeyProblem as exc:
        return problem(
            "public_key",
            *said("problem.sealing.not-p256", reason=_reason(str(exc))),
            code="sealing.not-p256",
        )
    expected = fingerprint(point)
    if expected != shown:
        return problem(
            "fingerprint",
            *said("problem.sealing.fingerprint-mismatch", shown=shown, expected=expected),
            code="sealing.fingerprint-mismatch",
        )
    return []


# Why a published key cannot be read: the reasons `board.sealing.keys` gives, as catalog keys.
_REASONS = {
    "not an uncompressed P-256 point (65 bytes starting with 0x04)": "sealing.reason.not-point",
    "not a point on the P-256 curve": "sealing.reason.not-on-curve",
}
_NOT_BASE64URL = "not base64url: "


def _reason(reason: str) -> dict[str, str]:
    """The reason in English and French (as given, in both, when the catalog has no words)."""
    if reason.startswith(_NOT_BASE64URL):
        detail = reason.removeprefix(_NOT_BASE64URL)
        return {
            lang: catalog.t(lang, "sealing.reason.not-base64url", detail=detail) for lang in LANGS
        }
    key = _REASONS.get(reason)
    return {lang: catalog.t(lang, key) if key else reason for lang in LANGS}


def check(doc: Document, board: Board) -> list[Problem]:
    return key_problems(doc, doc.data)
