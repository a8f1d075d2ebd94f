"""Opening the applications to an opportunity, after its closing time.

Every active entry of the ledger is decrypted and checked (word limits, attestations); a failure
is reported beside the application, never dropped. The evaluators get an anonymised packet
(Application A, B, C…: answers only), the procurement officer a separate identities file.

The order is random but anyone can recompute it from the public ledger: ``seed`` is the SHA-256
of the active entries' envelope hashes, sorted and joined by newlines; the applications are
sorted by SHA-256 of ``seed + ":" + envelope hash``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from itertools import product
from string import ascii_uppercase

import yaml
from cryptography.hazmat.primitives.asymmetric import ec

from ..model import Board, Opportunity
from ..sealing import payload as payloads
from ..sealing.envelope import EnvelopeError, open_, parse
from .ledger import Entry, Ledger, utc_text


@dataclass(frozen=True)
class Opened:
    letter: str
    entry: Entry
    payload: payloads.Payload | None
    problems: tuple[str, ...]


def seed(entries: tuple[Entry, ...]) -> str:
    return hashlib.sha256("\n".join(sorted(e.sha256 for e in entries)).encode()).hexdigest()


def order(entries: tuple[Entry, ...]) -> list[Entry]:
    s = seed(entries)
    return sorted(entries, key=lambda e: hashlib.sha256(f"{s}:{e.sha256}".encode()).hexdigest())


def letters() -> list[str]:
    """A, B, … Z, then AA, AB, … ZZ: 702 names, more than any opportunity receives."""
    return list(ascii_uppercase) + ["".join(p) for p in product(ascii_uppercase, repeat=2)]


def _open_one(
    entry: Entry, opportunity: Opportunity, board: Board, key: ec.EllipticCurvePrivateKey
) -> tuple[payloads.Payload | None, tuple[str, ...]]:
    try:
        env = parse(entry.envelope)
        if env.opportunity != opportunity.id:
            return None, (f"sealed for {env.opportunity}, not {opportunity.id}",)
        payload = payloads.from_bytes(open_(env, key))
    except EnvelopeError as exc:
        return None, (f"cannot be opened ({exc.code})",)
    except payloads.PayloadError as exc:
        return None, (f"opened, but not an application: {exc}",)
    return payload, tuple(payloads.problems(payload, opportunity, board))


def open_all(
    ledger: Ledger, opportunity: Opportunity, board: Board, key: ec.EllipticCurvePrivateKey
) -> list[Opened]:
    out = []
    for letter, entry in zip(letters(), order(ledger.active), strict=False):
        payload, problems = _open_one(entry, opportunity, board, key)
        out.append(Opened(letter, entry, payload, problems))
    return out


def packet(opportunity: Opportunity, opened: list[Opened], seed_text: str) -> str:
    """The evaluators' packet in Markdown: answers and checks only, no names or accounts."""
    lines = [
        f"# Evaluation packet · Dossier d'évaluation: {opportunity.title.en} · {opportunity.title.fr}",
        "",
        f"Opportunity `{opportunity.id}`, {len(opened)} application(s). Order seed: `{seed_text}`.",
        "",
    ]
    for item in opened:
        lines += [f"## Application {item.letter}", ""]
        if item.problems:
            lines += ["**Checks failed · Vérifications échouées :**", ""]
            lines += [f"- {p}" for p in item.problems] + [""]
        if item.payload is None:
            continue
        for criterion in opportunity.criteria:
            answer = item.payload.answers.get(criterion.id, "")
            words = payloads.word_count(answer)
            lines += [
                f"### {criterion.text.en} · {criterion.text.fr}",
                "",
                f"*{criterion.id}: {words} / {criterion.max_words} words · mots*",
                "",
                answer.strip() or "_(no answer · aucune réponse)_",
                "",
            ]
    return "\n".join(lines).rstrip() + "\n"


def identities(opportunity: Opportunity, opened: list[Opened]) -> str:
    """Who is behind each letter, for the procurement officer only (YAML)."""
    rows = []
    for item in opened:
        p = item.payload
        rows.append(
            {
                "application": item.letter,
                "receipt": item.entry.receipt,
                "issue": item.entry.issue,
                "account": item.entry.account,
                "received": utc_text(item.entry.received),
                "name": p.name if p else None,
                "email": p.email if p else None,
                "business": p.business if p else None,
                "language": p.language if p else None,
                "attestations": list(p.attestations) if p else [],
                "problems": list(item.problems),
            }
        )
    return yaml.safe_dump(
        {"opportunity": opportunity.id, "applications": rows}, sort_keys=False, allow_unicode=True
    )
