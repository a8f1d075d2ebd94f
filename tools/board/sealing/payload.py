"""What travels inside an envelope: the applicant, the answers and the attestations.

``{"name", "email", "business" (may be ""), "language": "en"|"fr",
"answers": {"<criterion id>": "text"}, "attestations": ["<eligibility id>", ...]}``

`findings` checks a payload against an opportunity and the board (word limits, every
attestation confirmed, every criterion answered) and says what is wrong in English and French,
field by field: `board seal` shows them to the applicant in their language, and the opening
report lists them (`problems`) rather than dropping an application.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import catalog, formats
from ..model import Board, Opportunity

_WORD = re.compile(r"\S+")
FIELDS = ("name", "email", "business", "language", "answers", "attestations")


def _render(lang: str, key: str, values: Mapping[str, object]) -> str:
    """The catalog's ``key`` in ``lang`` as a terminal shows it; a count ``n`` picks the plural."""
    n = values.get("n")
    if isinstance(n, int):
        rest = {k: v for k, v in values.items() if k != "n"}
        return formats.terminal(catalog.tn(lang, key, n, **rest))
    return formats.terminal(catalog.t(lang, key, **values))


class PayloadError(ValueError):
    """The data is not an application payload: the catalog's ``key`` (``payload.not-json``)
    with its values, in either language through `text`; ``field`` names the wrong field."""

    def __init__(self, key: str, /, field: str = "", **values: object) -> None:
        self.key = key
        self.field = field
        self.values = values
        super().__init__(self.text("en"))

    def text(self, lang: str) -> str:
        return _render(lang, self.key, self.values)


@dataclass(frozen=True)
class Finding:
    """One thing wrong with an application: the catalog's ``key`` and its values, readable in
    both official languages through `text`."""

    field: tuple[str | int, ...]  # where in the payload, e.g. ("answers", "skills")
    key: str
    values: Mapping[str, object]

    def text(self, lang: str) -> str:
        return _render(lang, self.key, self.values)


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
        raise PayloadError("payload.not-text", key, name=key)
    return value


def from_json(data: Any) -> Payload:
    """A payload from parsed JSON or YAML; `PayloadError` names the first wrong field."""
    if not isinstance(data, dict):
        raise PayloadError("payload.not-a-mapping")
    unknown = sorted(
        set(data) - {"name", "email", "business", "language", "answers", "attestations"}
    )
    if unknown:
        raise PayloadError(
            "payload.unknown-fields",
            unknown[0],
            n=len(unknown),
            fields=", ".join(unknown),
            known=", ".join(FIELDS),
        )
    answers = data.get("answers") or {}
    if not isinstance(answers, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in answers.items()
    ):
        raise PayloadError("payload.answers-not-texts", "answers")
    attestations = data.get("attestations") or []
    if not isinstance(attestations, list) or not all(isinstance(a, str) for a in attestations):
        raise PayloadError("payload.attestations-not-ids", "attestations")
    language = _text(data, "language") or "en"
    if language not in ("en", "fr"):
        raise PayloadError("payload.language", "language")
    return Payload(
        name=_text(data, "name"),
        email=_text(data, "email"),
        business=_text(data, "business"),
        language=language,
        answers=dict(answers),
        attestations=tuple(attestations),
    )


MAX_DEPTH = 20  # a payload nests three levels; deeper JSON is refused before it is parsed


def _too_deep(data: bytes) -> bool:
    """Whether JSON ``data`` could nest deeper than `MAX_DEPTH` (a cheap upper bound: brackets
    inside strings count too, which only ever refuses a payload no form produces)."""
    depth = 0
    for match in re.finditer(rb'[\[{\]}]|"(?:[^"\\]|\\.)*"', data):
        token = match.group()
        if token in (b"[", b"{"):
            depth += 1
            if depth > MAX_DEPTH:
                return True
        elif token in (b"]", b"}"):
            depth -= 1
    return False


def _no_huge_int(text: str) -> int:
    if len(text.lstrip("-")) > 100:
        raise ValueError("integer too long")
    return int(text)


def from_bytes(data: bytes) -> Payload:
    """A payload from the sealed bytes; anything else (not UTF-8, not JSON, nested too deeply,
    a number too long to convert) is a `PayloadError`, never another exception."""
    not_json = PayloadError("payload.not-json")
    try:
        text = data.decode("utf-8")
        if _too_deep(data):
            raise PayloadError("payload.too-deep", depth=MAX_DEPTH)
        parsed = json.loads(text, parse_int=_no_huge_int)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, PayloadError):
            raise
        raise not_json from exc
    return from_json(parsed)


def word_count(text: str) -> int:
    """Words as the Apply page counts them: runs of non-space characters."""
    return len(_WORD.findall(text))


def findings(payload: Payload, opportunity: Opportunity, board: Board) -> list[Finding]:
    """What is wrong with an application for this opportunity (empty when nothing is)."""
    out = []
    if not payload.name.strip():
        out.append(Finding(("name",), "payload.name-empty", {}))
    if "@" not in payload.email:
        out.append(Finding(("email",), "payload.email-invalid", {}))
    for criterion in opportunity.criteria:
        where = ("answers", criterion.id)
        words = word_count(payload.answers.get(criterion.id, ""))
        if not words:
            out.append(Finding(where, "payload.no-answer", {"criterion": criterion.id}))
        elif words > criterion.max_words:
            values = {"criterion": criterion.id, "n": words, "limit": criterion.max_words}
            out.append(Finding(where, "payload.answer-too-long", values))
    known = {c.id for c in opportunity.criteria}
    criteria = ", ".join(sorted(known))
    for extra in sorted(set(payload.answers) - known):
        values = {"answer": repr(extra), "criteria": criteria}
        out.append(Finding(("answers", extra), "payload.unknown-criterion", values))
    for attestation in board.eligibility:
        if attestation.id not in payload.attestations:
            values = {"attestation": attestation.id, "text": attestation.text}
            out.append(Finding(("attestations",), "payload.not-confirmed", values))
    return out


def problems(payload: Payload, opportunity: Opportunity, board: Board) -> list[str]:
    """The findings in English, for the procurement officer's opening report."""
    return [f.text("en") for f in findings(payload, opportunity, board)]
