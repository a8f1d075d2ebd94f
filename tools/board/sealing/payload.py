"""What travels inside an envelope: the applicant, the answers and the attestations.

``{"name", "email", "business" (may be ""), "language": "en"|"fr",
"answers": {"<criterion id>": "text"}, "attestations": ["<eligibility id>", ...]}``

`problems` checks a payload against an opportunity and the board (word limits, every
attestation confirmed, every criterion answered) and returns plain-English findings; the
opening report lists them rather than dropping an application.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from ..model import Board, Opportunity

_WORD = re.compile(r"\S+")


class PayloadError(ValueError):
    """The decrypted bytes are not an application payload."""


@dataclass(frozen=True)
class Payload:
    name: str
    email: str
    business: str
    language: str
    answers: dict[str, str] = field(default_factory=dict)
    attestations: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "email": self.email,
            "business": self.business,
            "language": self.language,
            "answers": dict(self.answers),
            "attestations": list(self.attestations),
        }

    def to_bytes(self) -> bytes:
        return json.dumps(self.to_json(), ensure_ascii=False).encode("utf-8")


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise PayloadError(f"{key} must be text")
    return value


def from_json(data: Any) -> Payload:
    """A payload from parsed JSON or YAML; `PayloadError` names the first wrong field."""
    if not isinstance(data, dict):
        raise PayloadError("expected a mapping with name, email, answers and attestations")
    unknown = sorted(
        set(data) - {"name", "email", "business", "language", "answers", "attestations"}
    )
    if unknown:
        raise PayloadError(f"unknown field(s): {', '.join(unknown)}")
    answers = data.get("answers") or {}
    if not isinstance(answers, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in answers.items()
    ):
        raise PayloadError("answers must map each criterion id to a text")
    attestations = data.get("attestations") or []
    if not isinstance(attestations, list) or not all(isinstance(a, str) for a in attestations):
        raise PayloadError("attestations must be a list of eligibility ids")
    language = _text(data, "language") or "en"
    if language not in ("en", "fr"):
        raise PayloadError("language must be en or fr")
    return Payload(
        name=_text(data, "name"),
        email=_text(data, "email"),
        business=_text(data, "business"),
        language=language,
        answers=dict(answers),
        attestations=tuple(attestations),
    )


def from_bytes(data: bytes) -> Payload:
    try:
        return from_json(json.loads(data.decode("utf-8")))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PayloadError("the sealed content is not JSON") from exc


def word_count(text: str) -> int:
    """Words as the Apply page counts them: runs of non-space characters."""
    return len(_WORD.findall(text))


def problems(payload: Payload, opportunity: Opportunity, board: Board) -> list[str]:
    """What is wrong with an application for this opportunity (empty when nothing is)."""
    out = []
    if not payload.name.strip():
        out.append("name is empty")
    if "@" not in payload.email:
        out.append("e-mail address is missing or not an address")
    for criterion in opportunity.criteria:
        answer = payload.answers.get(criterion.id, "")
        words = word_count(answer)
        if not words:
            out.append(f"criterion {criterion.id}: no answer")
        elif words > criterion.max_words:
            out.append(
                f"criterion {criterion.id}: {words} words, over the limit of {criterion.max_words}"
            )
    known = {c.id for c in opportunity.criteria}
    for extra in sorted(set(payload.answers) - known):
        out.append(f"answer to unknown criterion {extra!r}")
    for attestation in board.eligibility:
        if attestation.id not in payload.attestations:
            out.append(f"attestation {attestation.id} not confirmed")
    return out
