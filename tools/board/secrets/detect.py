"""Find private key material in a file's bytes: pure, bounded, any input.

Three ways a key shows, each checked:

- its **armour or name**: a PEM, OpenSSH or PGP private key block, a PuTTY key, a
  ``private_key:`` / ``privateKey:`` value, a JWK (JSON or YAML) with a private member;
- its **structure**: every base64 run (across line breaks and indentation, standard or URL-safe
  alphabet) is decoded and read as DER (PKCS#8, SEC1, PKCS#1), OpenSSH or OpenPGP, and the
  decoded text is searched again (a base64'd PEM file, as in a Kubernetes secret);
- **inside a compressed file** (gzip, bzip2, xz, zip), decompressed to a bounded size.

Nested decoding stops at `MAX_DEPTH`; decompression at `unpack.MAX_OUTPUT`; a find is reported
once per line.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import re
from dataclasses import dataclass, field

from .. import catalog, formats
from . import unpack
from .der import private_structure

MAX_DEPTH = 3  # base64 inside base64 inside a compressed file
_MIN_RUN = 60  # the shortest private key in DER (Ed25519 PKCS#8, 48 bytes) is 64 characters


@dataclass(frozen=True)
class What:
    """What was found, as the catalog's ``key`` (``secret.kind.pem``) and its values (a nested
    `What` among them); the words are looked up only when read, so a scan makes no lookup."""

    key: str
    values: dict[str, object] = field(default_factory=dict)

    def text(self, lang: str) -> str:
        return formats.terminal(catalog.t(lang, self.key, **self.values))

    @property
    def en(self) -> str:
        return self.text("en")

    @property
    def fr(self) -> str:
        return self.text("fr")


@dataclass(frozen=True)
class Found:
    line: int  # 1-based line in the scanned file; 0 when inside a compressed file
    what: What

    @property
    def en(self) -> str:
        return self.what.en

    @property
    def fr(self) -> str:
        return self.what.fr


_PATTERNS = (
    (
        re.compile(rb"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----"),
        What("secret.kind.pem"),
    ),
    (
        re.compile(rb"-----BEGIN PGP PRIVATE" rb" KEY BLOCK-----"),  # split: not a find itself
        What("secret.kind.pgp"),
    ),
    (
        re.compile(rb"PuTTY-User-Key-File-\d+:[^\n]*\n(?:[^\n]*\n){0,12}?Private-Lines:"),
        What("secret.kind.putty"),
    ),
    (
        re.compile(
            rb"(?im)[\"']?(?:private|secret)[_ -]?key[\"']?\s*[:=]\s*[|>]?[-+]?\s*[\"']?"
            rb"[A-Za-z0-9_+/=-]{40,}"
        ),
        What("secret.kind.value"),
    ),
)
# A word each of the `_PATTERNS` cannot match without (lower case): most files hold none of
# them, and a substring search is far cheaper than the expressions.
_NEEDLES = (b"private key", b"private key", b"putty", b"key")
# A JWK's private members (RFC 7518): d for EC, RSA and OKP keys, p q dp dq qi for RSA, k for
# symmetric keys; as JSON ("d": "...") or YAML (d: ...), with kty somewhere near.
_JWK_MEMBER = re.compile(
    rb"""(?m)(?:^|[{,\s])["']?(d|p|q|dp|dq|qi|k)["']?\s*:\s*["']?([A-Za-z0-9_-]{16,})"""
)
_KTY = re.compile(rb"""["']?kty["']?\s*:\s*["']?(EC|RSA|OKP|oct)\b""")
_JWK_REACH = 4_000  # characters around a private member in which kty must appear
# base64 characters, across line breaks (literal or escaped as \\n), spaces between groups,
# indentation, quotes and YAML list dashes; a run is decoded only when it holds at least
# `_MIN_RUN` characters
_BASE64_RUN = re.compile(
    rb"(?:[A-Za-z0-9+/_-]{4,}={0,2}"
    rb"(?:\\[nr]|[ \t\"',>|]*\r?\n[ \t\"']*(?:- )?|[ \t]+(?=[A-Za-z0-9+/_-]{4}))?)+"
)
_HEX_RUN = re.compile(rb"30[:\s]?(?:[0-9a-fA-F]{2}[:\s]?){47,}")  # DER starts with a SEQUENCE, 0x30
_NOT_STANDARD = re.compile(rb"[^A-Za-z0-9+/]")
_URL_SAFE = bytes.maketrans(b"-_", b"+/")


def _jwk(data: bytes) -> list[tuple[int, What]]:
    """(offset, what) of each private JWK member with a ``kty`` near it."""
    if b"kty" not in data:  # a plain substring search first: most files hold no JWK at all
        return []
    kty = [m.start() for m in _KTY.finditer(data)]
    out = []
    for match in _JWK_MEMBER.finditer(data) if kty else ():
        near = bisect.bisect_left(kty, match.start() - _JWK_REACH)
        if near < len(kty) and kty[near] <= match.end() + _JWK_REACH:
            name = match.group(1).decode()
            out.append((match.start(1), What("secret.kind.jwk", {"name": name})))
    return out


def _decode(body: bytes) -> bytes:
    """``body`` (only alphabet characters) decoded, a dangling last character dropped."""
    body = body[: len(body) - (len(body) % 4 == 1)]
    try:
        return base64.b64decode(body + b"=" * (-len(body) % 4), validate=True)
    except (binascii.Error, ValueError):
        return b""


def _clean(piece: bytes) -> bytes:
    """A piece without quotes and separators; empty when it is only a YAML list dash."""
    piece = piece.strip(b" \t\"',>|")
    return piece if piece.strip(b"-") else b""


def _decodings(run: bytes) -> list[bytes]:
    """The run decoded from its start and from each of its next three pieces (lines or
    space-separated groups: a word before the key would shift the alphabet), in the standard
    and the URL-safe alphabet."""
    pieces = [x for x in (_clean(p) for p in re.split(rb"\\[nr]|\s+", run)) if x]
    out = []
    for skip in range(min(len(pieces), 4)):
        text = b"".join(pieces[skip:])
        if len(text) < _MIN_RUN:
            break
        out.append(_decode(_NOT_STANDARD.sub(b"", text.split(b"=")[0])))
        if b"-" in text or b"_" in text:
            out.append(_decode(_NOT_STANDARD.sub(b"", text.translate(_URL_SAFE))))
    return out


def _wraps(decoded: bytes) -> bool:
    """Whether decoded bytes are worth scanning again: text (a PEM file or a JWK in base64) or
    a compressed file. Random bytes (envelopes, hashes, misaligned decodings) are not, which
    keeps the work linear in the file's size."""
    head = decoded[:256]
    if head.startswith((b"\x1f\x8b", b"BZh", b"\xfd7zXZ", b"PK\x03\x04")):
        return True
    printable = sum(32 <= b < 127 or b in (9, 10, 13) for b in head)
    return len(head) > 0 and printable >= 0.9 * len(head)


def _structures(data: bytes, depth: int) -> list[tuple[int, What]]:
    """(offset, what) of each base64 run that decodes to key material."""
    out = []
    for match in _BASE64_RUN.finditer(data):
        run = match.group(0)
        if len(run) < _MIN_RUN:
            continue
        at = match.start()
        for decoded in _decodings(run):
            kind = private_structure(decoded)
            if kind is not None:
                out.append((at, What("secret.kind.base64", {"kind": kind})))
                break
            inner = find(decoded, depth + 1) if depth < MAX_DEPTH and _wraps(decoded) else []
            if inner:
                out.append((at, What("secret.kind.base64-holding", {"what": inner[0].what})))
                break
    return out


def _hex(data: bytes) -> list[tuple[int, What]]:
    """(offset, what) of each long hexadecimal run that is a DER private key."""
    out = []
    for match in _HEX_RUN.finditer(data):
        digits = re.sub(rb"[^0-9a-fA-F]", b"", match.group(0))
        kind = private_structure(bytes.fromhex(digits[: len(digits) // 2 * 2].decode()))
        if kind is not None:
            out.append((match.start(), What("secret.kind.hex", {"kind": kind})))
    return out


def find(data: bytes, depth: int = 0) -> list[Found]:
    """Each piece of private key material in ``data``, one per line, in line order."""
    if depth > MAX_DEPTH:
        return []
    unpacked = unpack.contents(data)
    if unpacked is not None:
        return _inside(unpacked, depth)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text: read it as UTF-8
        codec = "utf-16-le" if data.startswith(b"\xff\xfe") else "utf-16-be"
        return find(data[2:].decode(codec, errors="replace").encode("utf-8"), depth + 1)
    found: list[tuple[int, What]] = []
    kind = private_structure(data)  # a binary key file (.der, .key, .gpg)
    if kind is not None:
        found.append((0, What("secret.kind.binary", {"kind": kind})))
    lowered = data.lower()
    for (pattern, what), needle in zip(_PATTERNS, _NEEDLES, strict=True):
        if needle in lowered:  # a plain substring search before the regular expression
            found += [(m.start(), what) for m in pattern.finditer(data)]
    found += _jwk(data)
    found += _structures(data, depth)
    found += _hex(data)
    if not found:
        return []
    breaks = [m.start() for m in re.finditer(b"\n", data)]
    first: dict[int, Found] = {}
    for at, what in sorted(found, key=lambda f: f[0]):
        line = bisect.bisect_left(breaks, at) + 1
        first.setdefault(line, Found(line, what))
    return list(first.values())


def _inside(unpacked: unpack.Unpacked, depth: int) -> list[Found]:
    if unpacked.too_large:
        cap = unpack.MAX_OUTPUT // 2**20
        return [Found(0, What("secret.kind.too-large", {"kind": unpacked.kind, "cap": cap}))]
    out = []
    for name, member in unpacked.members:
        for inner in find(member, depth + 1)[:1]:
            values: dict[str, object] = {"what": inner.what, "kind": unpacked.kind}
            if name:
                what = What("secret.kind.inside", {**values, "where": f"{name}:{inner.line}"})
            else:
                what = What("secret.kind.inside.line", {**values, "line": inner.line})
            out.append(Found(0, what))
    return out
