"""Is this binary the structure of a private key? DER, OpenSSH and OpenPGP, read by hand.

Recognising the structure, not a header, catches a key whatever wraps it: a PEM body without
its lines, base64 in a YAML value, a ``.der`` file. Only the outer fields are read (bounded,
no recursion), so any bytes are safe input; a public key (SubjectPublicKeyInfo, or the raw
P-256 point a board publishes) never matches.
"""

from __future__ import annotations

_SEQUENCE, _INTEGER, _OCTETS, _OID = 0x30, 0x02, 0x04, 0x06
# PBES2 and the PKCS#12 password-based schemes: an EncryptedPrivateKeyInfo's algorithm
_ENCRYPTED_OIDS = (bytes.fromhex("2a864886f70d0105"), bytes.fromhex("2a864886f70d010c"))
_OPENSSH = b"openssh-key-v1\x00"
_PGP_SECRET_TAGS = (5, 7)  # secret key, secret subkey
_PGP_ALGORITHMS = {1, 2, 3, 16, 17, 18, 19, 22}


def _tlv(data: bytes, at: int) -> tuple[int, int, int] | None:
    """(tag, start of the value, end of the value) of the element at ``at``, or None."""
    if at + 2 > len(data):
        return None
    tag, first = data[at], data[at + 1]
    at += 2
    if first < 0x80:
        length = first
    else:
        count = first & 0x7F
        if count == 0 or count > 4 or at + count > len(data):
            return None
        length = int.from_bytes(data[at : at + count], "big")
        at += count
    end = at + length
    return (tag, at, end) if end <= len(data) else None


def _children(data: bytes, start: int, end: int, most: int = 12) -> list[tuple[int, int, int]]:
    """The first ``most`` elements inside a constructed value (fewer if it is malformed)."""
    out: list[tuple[int, int, int]] = []
    at = start
    while at < end and len(out) < most:
        element = _tlv(data, at)
        if element is None or element[2] > end:
            break
        out.append(element)
        at = element[2]
    return out


def _small_int(data: bytes, element: tuple[int, int, int]) -> int | None:
    tag, start, end = element
    return data[start] if tag == _INTEGER and end - start == 1 else None


def der_private_key(data: bytes) -> str | None:
    """``PKCS#8``, ``SEC1``, ``PKCS#1``, ``DSA`` or ``encrypted PKCS#8`` when ``data`` starts
    with that structure, else None."""
    outer = _tlv(data, 0)
    if outer is None or outer[0] != _SEQUENCE:
        return None
    parts = _children(data, outer[1], outer[2])
    tags = [tag for tag, _, _ in parts]
    if len(parts) < 2:
        return None
    version = _small_int(data, parts[0])
    if version in (0, 1) and tags[1:3] == [_SEQUENCE, _OCTETS]:
        return "PKCS#8"  # PrivateKeyInfo / OneAsymmetricKey
    if version == 1 and tags[1] == _OCTETS and 16 <= parts[1][2] - parts[1][1] <= 66:
        return "SEC1"  # ECPrivateKey
    if version == 0 and len(parts) >= 9 and all(t == _INTEGER for t in tags[:9]):
        return "PKCS#1"  # RSAPrivateKey
    if version == 0 and len(parts) == 6 and all(t == _INTEGER for t in tags):
        return "DSA"
    if tags[:2] == [_SEQUENCE, _OCTETS]:
        algorithm = _children(data, parts[0][1], parts[0][2], 1)
        if algorithm and algorithm[0][0] == _OID:
            oid = data[algorithm[0][1] : algorithm[0][2]]
            if oid.startswith(_ENCRYPTED_OIDS):
                return "encrypted PKCS#8"
    return None


def _pgp_packet(data: bytes, at: int) -> tuple[int, int, int] | None:
    """(tag, start of the body, end of the body) of the OpenPGP packet at ``at``, or None."""
    if at >= len(data) or not data[at] & 0x80:
        return None
    head = data[at]
    if head & 0x40:  # new format
        tag, at = head & 0x3F, at + 1
        if at >= len(data):
            return None
        first = data[at]
        if first < 192:
            length, at = first, at + 1
        elif first < 224 and at + 1 < len(data):
            length, at = ((first - 192) << 8) + data[at + 1] + 192, at + 2
        elif first == 255 and at + 5 <= len(data):
            length, at = int.from_bytes(data[at + 1 : at + 5], "big"), at + 5
        else:
            return None
    else:
        tag, kind, at = (head >> 2) & 0x0F, head & 0x03, at + 1
        size = (1, 2, 4, 0)[kind]
        if size == 0 or at + size > len(data):
            return None
        length, at = int.from_bytes(data[at : at + size], "big"), at + size
    return tag, at, at + length


def _pgp_key_material(data: bytes, at: int, end: int, algorithm: int) -> bool:
    """Whether the public part starting at ``at`` has the shape its algorithm gives it: an
    MPI of 512 to 16384 bits (RSA, DSA, Elgamal) or a curve OID (ECDH, ECDSA, EdDSA)."""
    if algorithm in (18, 19, 22):
        size = data[at] if at < end else 0
        return 1 <= size <= 10 and at + 1 + size <= end and data[at + 1] in (0x2A, 0x2B)
    if at + 3 > end:
        return False
    bits = int.from_bytes(data[at : at + 2], "big")
    return 512 <= bits <= 16384 and data[at + 2].bit_length() == (bits - 1) % 8 + 1


def pgp_secret_key(data: bytes) -> bool:
    """Whether ``data`` starts with an OpenPGP version 4 secret key packet (version, time,
    algorithm, public key material) whose length ends at the data's end or at a next packet."""
    packet = _pgp_packet(data, 0)
    if packet is None:
        return False
    tag, start, end = packet
    if tag not in _PGP_SECRET_TAGS or end > len(data) or start + 8 > end:
        return False
    version, algorithm = data[start], data[start + 5]
    if version not in (3, 4) or algorithm not in _PGP_ALGORITHMS:
        return False
    if not _pgp_key_material(data, start + 6 + 2 * (version == 3), end, algorithm):
        return False
    return end == len(data) or _pgp_packet(data, end) is not None


def private_structure(data: bytes) -> str | None:
    """What private key structure ``data`` starts with, in words, or None."""
    if data.startswith(_OPENSSH):
        return "OpenSSH"
    kind = der_private_key(data)
    if kind is not None:
        return kind
    return "OpenPGP" if pgp_secret_key(data) else None
