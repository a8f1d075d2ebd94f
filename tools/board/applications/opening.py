"""Opening the applications to an opportunity, after its closing time.

Every active entry of the ledger is decrypted and checked (word limits, attestations); a failure
is reported beside the application, never dropped. The evaluators get an anonymised packet
(Application A, B, C…: answers only), the procurement officer a separate identities file.

The order, and so the letters, come from a secret: 32 random bytes drawn when the applications
are opened (``new_seed``), written only to the private identities file. The applications are
sorted by HMAC-SHA-256(seed, envelope hash), so the procurement officer can reproduce and audit
the mapping from the seed and the ledger, while nobody holding only the public ledger can tell
which account is behind which letter, and no applicant can choose a letter by re-sealing.
Nothing in the packet (no receipt, hash, issue or time) leads back to the ledger's order.

Every text from an application enters the packet through `inert`, as a fenced block that no
answer can break out of; an answer to a criterion the opportunity does not ask is reported,
never shown.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from itertools import product
from string import ascii_uppercase

import yaml
from cryptography.hazmat.primitives.asymmetric import ec

from .. import catalog
from ..catalog import tn
from ..model import Board, Opportunity
from ..sealing import payload as payloads
from ..sealing.envelope import EnvelopeError, open_, parse
from . import inert
from .ledger import Entry, Ledger, utc_text

SEED_BYTES = 32
ORDER_RULE = (
    "sorted by HMAC-SHA-256(key = order_seed as bytes, message = the entry's sha256 as text)"
)


@dataclass(frozen=True)
class Opened:
    letter: str
    entry: Entry
    payload: payloads.Payload | None
    problems: tuple[str, ...]


def new_seed() -> str:
    """A fresh secret for the order: 32 random bytes, as hexadecimal."""
    return secrets.token_bytes(SEED_BYTES).hex()


def order(entries: tuple[Entry, ...], seed: str) -> list[Entry]:
    """The entries in the order the seed draws (`ValueError` when the seed is not hexadecimal)."""
    key = bytes.fromhex(seed)

    def rank(entry: Entry) -> tuple[str, str]:
        digest = hmac.new(key, str(entry.sha256).encode("utf-8"), hashlib.sha256).hexdigest()
        return digest, str(entry.receipt)

    return sorted(entries, key=rank)


def letters() -> list[str]:
    """A, B, … Z, then AA, AB, … ZZ: 702 names, more than any opportunity receives."""
    return list(ascii_uppercase) + ["".join(p) for p in product(ascii_uppercase, repeat=2)]


def _problems(payload: payloads.Payload, opportunity: Opportunity, board: Board) -> list[str]:
    """The checks that failed, in English; an answer to an unknown criterion is counted, since
    its key is the applicant's text and could carry anything (markup, a name)."""
    known = {c.id for c in opportunity.criteria}
    found = [
        f.text("en")
        for f in payloads.findings(payload, opportunity, board)
        if not (f.field[:1] == ("answers",) and f.field[1:2] and f.field[1] not in known)
    ]
    extra = len(set(payload.answers) - known)
    if extra:
        found.append(
            f"{tn('en', 'count.answers', extra)} to a criterion this opportunity does not have, left out "
            "(their keys are not shown)"
        )
    return found


def _open_one(
    entry: Entry, opportunity: Opportunity, board: Board, key: ec.EllipticCurvePrivateKey
) -> tuple[payloads.Payload | None, tuple[str, ...]]:
    """The payload and what is wrong with it; whatever the envelope holds, a problem, never a
    crash, so that one applicant cannot stop every application from being opened."""
    try:
        env = parse(str(entry.envelope))
        if env.opportunity != opportunity.id:
            return None, (f"sealed for another opportunity, not {opportunity.id}",)
        payload = payloads.from_bytes(open_(env, key))
    except EnvelopeError as exc:
        return None, (f"cannot be opened ({exc.code})",)
    except payloads.PayloadError as exc:
        known = not exc.field or exc.field in payloads.FIELDS
        why = exc.text("en") if known else "unknown fields (not shown)"
        return None, (f"opened, but not an application: {why}",)
    except (ValueError, RecursionError, MemoryError) as exc:  # belt and braces
        return None, (f"cannot be read ({type(exc).__name__})",)
    return payload, tuple(_problems(payload, opportunity, board))


def open_all(
    ledger: Ledger,
    opportunity: Opportunity,
    board: Board,
    key: ec.EllipticCurvePrivateKey,
    seed: str | None = None,
) -> list[Opened]:
    """Every active entry, opened, lettered in the order ``seed`` draws (a fresh secret when
    none is given: pass the seed you record in the identities file to reproduce the letters)."""
    out = []
    drawn = order(ledger.active, seed if seed is not None else new_seed())
    for letter, entry in zip(letters(), drawn, strict=False):
        payload, problems = _open_one(entry, opportunity, board, key)
        out.append(Opened(letter, entry, payload, problems))
    return out


def _both(key: str) -> str:
    """A heading of the packet in both languages: ``Evaluation packet · Dossier d'évaluation``."""
    return " · ".join(catalog.both(key))


def packet(opportunity: Opportunity, opened: list[Opened]) -> str:
    """The evaluators' packet in Markdown: answers and checks only, no names or accounts, and
    every applicant's text in an inert block."""
    lines = [
        f"# {_both('packet.title')}: {opportunity.title.en} · {opportunity.title.fr}",
        "",
        f"Opportunity `{opportunity.id}`, {tn('en', 'count.applications', len(opened))}, in random order.",
        "",
    ]
    for item in opened:
        lines += [f"## Application {item.letter}", ""]
        if item.problems:
            lines += [f"**{_both('packet.checks-failed')} :**", ""]
            lines += inert.block("\n".join(f"- {p}" for p in item.problems)) + [""]
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
            ]
            if answer.strip():
                lines += inert.block(answer.strip("\n")) + [""]
            else:
                lines += [f"_({_both('packet.no-answer')})_", ""]
    return "\n".join(lines).rstrip() + "\n"


def identities(opportunity: Opportunity, opened: list[Opened], seed: str) -> str:
    """Who is behind each letter, and the secret seed of the order, for the procurement officer
    only (YAML)."""
    rows = []
    for item in opened:
        p = item.payload
        rows.append(
            {
                "application": item.letter,
                "receipt": item.entry.receipt,
                # an e-mailed application: its message hash (the mailbox holds the message)
                **(
                    {"message": item.entry.message}
                    if item.entry.message
                    else {"issue": item.entry.issue}
                ),
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
        {
            "opportunity": opportunity.id,
            "order_seed": seed,
            "order_rule": ORDER_RULE,
            "applications": rows,
        },
        sort_keys=False,
        allow_unicode=True,
    )
