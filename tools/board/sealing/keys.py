"""Sealing key pairs: P-256 keys, their published form and their fingerprint.

The public key is published in ``content/board.yaml`` as the uncompressed point (65 bytes),
base64url without padding, with a short fingerprint: the first 20 hexadecimal digits of the
SHA-256 of that point, in five groups of four. The private key never enters the repository: it
is written once, owner-only, to a file outside it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from ..errors import BoardError

POINT_BYTES = 65


class KeyProblem(BoardError, ValueError):
    """A key that cannot be used, with a message the user can act on."""


def b64url_encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise KeyProblem(f"not base64url: {exc}") from exc


def fingerprint(point: bytes) -> str:
    """``ab12-cd34-ef56-7890-abcd`` for a raw public point."""
    digest = hashlib.sha256(point).hexdigest()[:20]
    return "-".join(digest[i : i + 4] for i in range(0, 20, 4))


def raw_point(public_key: ec.EllipticCurvePublicKey) -> bytes:
    return public_key.public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )


def public_key_from_text(text: str) -> ec.EllipticCurvePublicKey:
    """The P-256 public key published as base64url text; `KeyProblem` if it is not one."""
    point = b64url_decode(text)
    return public_key_from_point(point)


def public_key_from_point(point: bytes) -> ec.EllipticCurvePublicKey:
    if len(point) != POINT_BYTES or point[0] != 4:
        raise KeyProblem("not an uncompressed P-256 point (65 bytes starting with 0x04)")
    try:
        return ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), point)
    except ValueError as exc:
        raise KeyProblem("not a point on the P-256 curve") from exc


@dataclass(frozen=True)
class PublicKey:
    """What goes into the YAML: the point as base64url and its fingerprint."""

    public_key: str
    fingerprint: str

    def yaml(self) -> str:
        return f"sealing_key:\n  public_key: {self.public_key}\n  fingerprint: {self.fingerprint}\n"


def published(public_key: ec.EllipticCurvePublicKey) -> PublicKey:
    point = raw_point(public_key)
    return PublicKey(b64url_encode(point), fingerprint(point))


def new_private_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def private_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def load_private_key(path: Path) -> ec.EllipticCurvePrivateKey:
    """Read a PEM private key file; `KeyProblem` with a plain message when it is not one."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise KeyProblem(f"cannot read {path}: {exc.strerror}") from exc
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise KeyProblem(f"{path} is not an unencrypted PEM private key") from exc
    if not isinstance(key, ec.EllipticCurvePrivateKey) or key.curve.name != "secp256r1":
        raise KeyProblem(f"{path} is not a P-256 key")
    return key


def is_inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def write_private_key(key: ec.EllipticCurvePrivateKey, path: Path, repo_root: Path) -> None:
    """Write the key owner-only; refuse a path inside the repository or an existing file."""
    if is_inside(path, repo_root):
        raise KeyProblem(
            f"{path} is inside the repository {repo_root.resolve()}; "
            "keep the private key elsewhere, e.g. ~/.board/<board>.pem"
        )
    from ..writers import write_private

    try:
        write_private(path, private_pem(key), make_folder=False)
    except FileExistsError as exc:
        raise KeyProblem(f"{path} already exists; refusing to overwrite a key") from exc
    except OSError as exc:
        raise KeyProblem(f"cannot create {path}: {exc.strerror}") from exc
