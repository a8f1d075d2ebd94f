"""The public randomness beacon of the draws: drand's ``quicknet`` chain (League of Entropy).

A round ``r`` is published at ``genesis_time + (r - 1) * period_seconds``; its signature is a BLS
signature (on G1) of SHA-256 of ``r`` as 8 big-endian bytes, which the chain's public key (on G2,
pinned in ``content/board.yaml`` under ``drand:``) verifies; its randomness is SHA-256 of the
signature. Verification is offline, with the ``drand-verify`` package: no network.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ..errors import BoardError


@dataclass(frozen=True)
class Chain:
    chain_hash: str
    public_key: str
    period_seconds: int
    genesis_time: int

    def round_time(self, round_number: int) -> datetime:
        """When ``round_number`` is published (UTC)."""
        seconds = self.genesis_time + (round_number - 1) * self.period_seconds
        return datetime.fromtimestamp(seconds, tz=UTC)

    def url(self, round_number: int) -> str:
        return f"https://api.drand.sh/{self.chain_hash}/public/{round_number}"


QUICKNET = Chain(
    chain_hash="52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971",
    public_key=(
        "83cf0f2896adee7eb8b5f01fcad3912212c437e0073e911fb90022d3e760183c8c4b450b6a0a6c3ac6a5776a"
        "2d1064510d1fec758c921cc22b0e17e63aaf4bcb5ed66304de9cf809bd274ca73bab4af5a6e9c76a4bc09e76ea"
        "e8991ef5ece45a"
    ),
    period_seconds=3,
    genesis_time=1692803367,
)


def chain_of(board_raw: dict[str, Any] | None) -> Chain:
    """The board's chain (``drand:`` in board.yaml, already schema-checked), else quicknet."""
    raw = (board_raw or {}).get("drand")
    if not raw:
        return QUICKNET
    return Chain(raw["chain_hash"], raw["public_key"], raw["period_seconds"], raw["genesis_time"])


def randomness_of(signature_hex: str) -> str:
    return hashlib.sha256(bytes.fromhex(signature_hex)).hexdigest()


def verifies(chain: Chain, round_number: int, signature_hex: str) -> bool:
    """Whether ``signature_hex`` is the chain's signature of ``round_number``."""
    import drand_verify  # a compiled wheel: loaded only when a draw is checked

    if not re.fullmatch(r"[0-9a-f]{96}", signature_hex) or not 0 < round_number < 2**64:
        return False
    try:  # scheme bls-unchained-g1-rfc9380 (quicknet), against the board's pinned key
        randomness = drand_verify.verify_bls_unchained_g1_rfc9380(
            round_number, signature_hex, chain.public_key
        )
    except (ValueError, TypeError, OverflowError):
        return False
    return bool(randomness == randomness_of(signature_hex))


@dataclass(frozen=True)
class PublishedRound:
    round: int
    signature: str


MAX_ROUND_JSON = 64 * 1024


def read_round(text: str) -> PublishedRound:
    """The round and signature from the beacon's JSON (``/public/<round>``); a `BoardError`
    for anything else (the randomness given with it is ignored: it is recomputed)."""
    if len(text) > MAX_ROUND_JSON:
        raise BoardError("the beacon's answer is too large to be a drand round")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise BoardError(f"the beacon's answer is not JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise BoardError("the beacon's answer is not a JSON object with round and signature")
    number, signature = data.get("round"), data.get("signature")
    if isinstance(number, bool) or not isinstance(number, int) or number < 1:
        raise BoardError("the beacon's answer has no round number")
    if not isinstance(signature, str) or not re.fullmatch(r"[0-9a-f]{96}", signature):
        raise BoardError("the beacon's answer has no signature of 96 hexadecimal digits")
    return PublishedRound(number, signature)
