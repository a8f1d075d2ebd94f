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
from dataclasses import dataclass, field
from typing import Any

from ..catalog import tn
from ..model import Board, Opportunity

_WORD = re.compile(r"\S+")
FIELDS = ("name", "email", "business", "language", "answers", "attestations")


class PayloadError(ValueError):
    """The data is not an application payload; the message exists in both languages."""

    def __init__(self, en: str, fr: str = "", field: str = "") -> None:
        super().__init__(en)
        self.en = en
        self.fr = fr or en
        self.field = field


@dataclass(frozen=True)
class Finding:
    """One thing wrong with an application, in both official languages."""

    field: tuple[str | int, ...]  # where in the payload, e.g. ("answers", "skills")
    en: str
    fr: str

    def text(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en


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
        raise PayloadError(f"{key} must be text", f"{key} doit être du texte", key)
    return value


def from_json(data: Any) -> Payload:
    """A payload from parsed JSON or YAML; `PayloadError` names the first wrong field."""
    if not isinstance(data, dict):
        raise PayloadError(
            "expected a mapping with name, email, answers and attestations",
            "un dictionnaire contenant name, email, answers et attestations est attendu",
        )
    unknown = sorted(
        set(data) - {"name", "email", "business", "language", "answers", "attestations"}
    )
    if unknown:
        raise PayloadError(
            f"{tn('en', 'count.unknown-fields', len(unknown))}: {', '.join(unknown)} (known: {', '.join(FIELDS)})",
            f"{tn('fr', 'count.unknown-fields', len(unknown))} : {', '.join(unknown)} "
            f"(champs connus : {', '.join(FIELDS)})",
            unknown[0],
        )
    answers = data.get("answers") or {}
    if not isinstance(answers, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in answers.items()
    ):
        raise PayloadError(
            "answers must map each criterion id to a text",
            "answers doit associer un texte à chaque identifiant de critère",
            "answers",
        )
    attestations = data.get("attestations") or []
    if not isinstance(attestations, list) or not all(isinstance(a, str) for a in attestations):
        raise PayloadError(
            "attestations must be a list of eligibility ids",
            "attestations doit être une liste d'identifiants d'admissibilité",
            "attestations",
        )
    language = _text(data, "language") or "en"
    if language not in ("en", "fr"):
        raise PayloadError("language must be en or fr", "language doit être en ou fr", "language")
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
    not_json = PayloadError("the sealed content is not JSON", "le contenu scellé n'est pas du JSON")
    try:
        text = data.decode("utf-8")
        if _too_deep(data):
            raise PayloadError(
                f"the sealed content nests deeper than {MAX_DEPTH} levels",
                f"le contenu scellé est imbriqué sur plus de {MAX_DEPTH} niveaux",
            )
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
        out.append(Finding(("name",), "your name is empty", "votre nom n'est pas indiqué"))
    if "@" not in payload.email:
        out.append(
            Finding(
                ("email",),
                "the e-mail address is missing or is not an address",
                "l'adresse courriel est absente ou n'est pas une adresse valide",
            )
        )
    for criterion in opportunity.criteria:
        where = ("answers", criterion.id)
        words = word_count(payload.answers.get(criterion.id, ""))
        if not words:
            out.append(
                Finding(
                    where,
                    f"criterion {criterion.id}: no answer",
                    f"critère {criterion.id} : aucune réponse",
                )
            )
        elif words > criterion.max_words:
            out.append(
                Finding(
                    where,
                    f"criterion {criterion.id}: {words} words, over the limit of "
                    f"{criterion.max_words}",
                    f"critère {criterion.id} : {words} mots, au-delà de la limite de "
                    f"{criterion.max_words}",
                )
            )
    known = {c.id for c in opportunity.criteria}
    for extra in sorted(set(payload.answers) - known):
        out.append(
            Finding(
                ("answers", extra),
                f"answer to unknown criterion {extra!r} (criteria: {', '.join(sorted(known))})",
                f"réponse à un critère inconnu {extra!r} (critères : {', '.join(sorted(known))})",
            )
        )
    for attestation in board.eligibility:
        if attestation.id not in payload.attestations:
            out.append(
                Finding(
                    ("attestations",),
                    f"attestation {attestation.id} not confirmed: {attestation.text.en}",
                    f"attestation {attestation.id} non confirmée : {attestation.text.fr}",
                )
            )
    return out


def problems(payload: Payload, opportunity: Opportunity, board: Board) -> list[str]:
    """The findings in English, for the procurement officer's opening report."""
    return [f.en for f in findings(payload, opportunity, board)]
