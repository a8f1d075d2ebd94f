"""The sealed envelope: ECDH P-256 + HKDF-SHA-256 + AES-256-GCM, in an ASCII armor.

Format version 1 (documented in ``docs/sealed-envelope.md``; ``seal.js`` is the browser twin):

* an ephemeral P-256 key pair per envelope; ``shared = ECDH(ephemeral, recipient)`` (32 bytes);
* ``key = HKDF-SHA-256(shared, salt = ephemeral point || recipient point, info = CONTEXT)``;
* ``AES-256-GCM(key, iv = 12 random bytes, aad = CONTEXT \\n opportunity \\n fingerprint)``,
  so an envelope moved to another opportunity or key does not open;
* binary = ephemeral point (65) || iv (12) || ciphertext with its 16-byte tag, in base64;
* armor headers name the version, opportunity and key fingerprint (readable without the key)
  and a check (first 8 hex digits of the SHA-256 of the binary) that catches damage at intake.

Every way an armored text can be wrong is an `EnvelopeError` with a code and its details; the
intake turns it into a bilingual message.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .keys import KeyProblem, fingerprint, public_key_from_point, public_key_from_text, raw_point

VERSION = "1"
CONTEXT = b"micro-acquisition-board/sealed-application/v1"
BEGIN = "-----BEGIN SEALED APPLICATION-----"
END = "-----END SEALED APPLICATION-----"
MAX_CHARS = 60_000  # armored; a GitHub issue body holds 65,536 characters in all
LINE = 64
IV_BYTES = 12
TAG_BYTES = 16
POINT_BYTES = 65
HEADERS = ("Version", "Opportunity", "Key", "Check")

_HEADER = re.compile(r"^([A-Za-z]+): (.*)$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2028\u2029\ufeff]")
_B64 = re.compile(r"^[A-Za-z0-9+/]+={0,2}$")


class EnvelopeError(ValueError):
    """Why an armored text is not a usable envelope: ``code`` plus details for the message."""

    def __init__(self, code: str, **details: Any) -> None:
        super().__init__(code, details)
        self.code = code
        self.details = details


@dataclass(frozen=True)
class Envelope:
    """A parsed envelope; ``armored`` is its canonical text (what the ledger keeps and hashes)."""

    version: str
    opportunity: str
    fingerprint: str
    binary: bytes

    @property
    def armored(self) -> str:
        body = base64.b64encode(self.binary).decode("ascii")
        lines = [BEGIN]
        lines += [
            f"Version: {self.version}",
            f"Opportunity: {self.opportunity}",
            f"Key: {self.fingerprint}",
            f"Check: {check(self.binary)}",
            "",
        ]
        lines += [body[i : i + LINE] for i in range(0, len(body), LINE)]
        lines.append(END)
        return "\n".join(lines) + "\n"

    @property
    def sha256(self) -> str:
        return sha256_text(self.armored)


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check(binary: bytes) -> str:
    return hashlib.sha256(binary).hexdigest()[:8]


def associated_data(opportunity: str, key_fingerprint: str) -> bytes:
    return CONTEXT + b"\n" + opportunity.encode("utf-8") + b"\n" + key_fingerprint.encode("ascii")


def _aes_key(shared: bytes, ephemeral_point: bytes, recipient_point: bytes) -> bytes:
    hkdf = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=ephemeral_point + recipient_point, info=CONTEXT
    )
    return hkdf.derive(shared)


def seal(plaintext: bytes, public_key_text: str, opportunity: str, key_fingerprint: str) -> str:
    """Armored envelope of ``plaintext`` for ``opportunity``, sealed to the published key."""
    recipient = public_key_from_text(public_key_text)
    recipient_point = raw_point(recipient)
    if fingerprint(recipient_point) != key_fingerprint:
        raise KeyProblem("the fingerprint does not belong to the public key")
    ephemeral = ec.generate_private_key(ec.SECP256R1())
    ephemeral_point = raw_point(ephemeral.public_key())
    shared = ephemeral.exchange(ec.ECDH(), recipient)
    iv = os.urandom(IV_BYTES)
    ciphertext = AESGCM(_aes_key(shared, ephemeral_point, recipient_point)).encrypt(
        iv, plaintext, associated_data(opportunity, key_fingerprint)
    )
    return Envelope(
        VERSION, opportunity, key_fingerprint, ephemeral_point + iv + ciphertext
    ).armored


def parse(text: str) -> Envelope:
    """The envelope in an armored text (surrounding blank lines and spaces are tolerated)."""
    if len(text) > MAX_CHARS:
        raise EnvelopeError("too-large", size=len(text), limit=MAX_CHARS)
    bad = _CONTROL.search(text)
    if bad:
        line = text[: bad.start()].count("\n") + 1
        raise EnvelopeError("control-character", code_point=f"U+{ord(bad.group()):04X}", line=line)
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    if BEGIN not in lines or END not in lines:
        raise EnvelopeError("no-armor")
    start, end = lines.index(BEGIN), lines.index(END)
    if end < start or any(lines[:start]) or any(lines[end + 1 :]):
        raise EnvelopeError("no-armor")
    inner = lines[start + 1 : end]
    headers: dict[str, str] = {}
    while inner and inner[0]:
        match = _HEADER.match(inner.pop(0))
        if not match or match.group(1) not in HEADERS or match.group(1) in headers:
            raise EnvelopeError("bad-header")
        headers[match.group(1)] = match.group(2).strip()
    missing = [h for h in HEADERS if h not in headers]
    if missing:
        raise EnvelopeError("bad-header")
    if headers["Version"] != VERSION:
        raise EnvelopeError("version", version=headers["Version"])
    body = "".join(line for line in inner if line)
    if not body or not _B64.match(body):
        raise EnvelopeError("bad-base64")
    try:
        binary = base64.b64decode(body, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise EnvelopeError("bad-base64") from exc
    if check(binary) != headers["Check"]:
        raise EnvelopeError("damaged")
    if len(binary) < POINT_BYTES + IV_BYTES + TAG_BYTES:
        raise EnvelopeError("damaged")
    try:
        public_key_from_point(binary[:POINT_BYTES])
    except KeyProblem as exc:
        raise EnvelopeError("damaged") from exc
    return Envelope(headers["Version"], headers["Opportunity"], headers["Key"], binary)


def open_(envelope: Envelope, private_key: ec.EllipticCurvePrivateKey) -> bytes:
    """The plaintext; ``EnvelopeError('cannot-open')`` when the key, ids or bytes do not match."""
    recipient_point = raw_point(private_key.public_key())
    if fingerprint(recipient_point) != envelope.fingerprint:
        raise EnvelopeError("wrong-key", key=envelope.fingerprint)
    ephemeral_point = envelope.binary[:POINT_BYTES]
    iv = envelope.binary[POINT_BYTES : POINT_BYTES + IV_BYTES]
    ciphertext = envelope.binary[POINT_BYTES + IV_BYTES :]
    shared = private_key.exchange(ec.ECDH(), public_key_from_point(ephemeral_point))
    try:
        return AESGCM(_aes_key(shared, ephemeral_point, recipient_point)).decrypt(
            iv, ciphertext, associated_data(envelope.opportunity, envelope.fingerprint)
        )
    except InvalidTag as exc:
        raise EnvelopeError("cannot-open") from exc
