"""Who sent an e-mail, as the public ledger may show it: a keyed hash of the address, never the
address.

The key (32 bytes or more) comes from ``BOARD_MAIL_KEY`` or the file named by
``BOARD_MAIL_KEY_FILE``, never from the repository: without it, nobody can test whether a known
address applied by hashing it. The same key must be used for the whole life of the board (a new
key makes every applicant a new one); docs/sealed-envelope.md says how to make and keep it.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass
from pathlib import Path

from ...errors import BoardError

KEY_VARIABLE, KEY_FILE_VARIABLE = "BOARD_MAIL_KEY", "BOARD_MAIL_KEY_FILE"
MIN_KEY_BYTES = 32
HASH_DIGITS = 20  # 80 bits: no two applicants of a board share one


class MailKeyError(BoardError):
    """No usable key for the address hashes."""


@dataclass(frozen=True)
class MailKey:
    secret: bytes

    def hash(self, what: str, text: str) -> str:
        """HMAC-SHA-256 of ``what`` and ``text`` (``address`` or ``message-id``), shortened."""
        data = f"{what}\n{text}".encode("utf-8", "surrogateescape")
        return hmac.new(self.secret, data, hashlib.sha256).hexdigest()[:HASH_DIGITS]

    def account(self, address: str) -> str:
        """The ledger's ``account`` of an e-mailed application: ``email:<hash>``."""
        return f"email:{self.hash('address', normalized(address))}"


def normalized(address: str) -> str:
    """One spelling per address: no spaces, case folded (mail providers ignore the case)."""
    return address.strip().strip("<>").casefold()


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
    except ValueError:
        return False
    return True


def load(repo_root: Path, environ: dict[str, str] | None = None) -> MailKey:
    """The key from the environment; refused when missing, short, or kept in the repository."""
    env = os.environ if environ is None else environ
    value = env.get(KEY_VARIABLE, "").strip().encode("utf-8")
    name = env.get(KEY_FILE_VARIABLE, "").strip()
    if not value and name:
        path = Path(name)
        if _inside(path, repo_root):
            raise MailKeyError(f"{name}: the mail key must be kept outside the repository")
        try:
            value = path.read_bytes().strip()
        except OSError as exc:
            raise MailKeyError(f"cannot read the mail key {name}: {exc.strerror}") from exc
    if not value:
        raise MailKeyError(
            f"no mail key: set {KEY_VARIABLE} or {KEY_FILE_VARIABLE} (make one with "
            "`python -c 'import secrets; print(secrets.token_hex(32))'`, kept outside the "
            "repository)"
        )
    if len(value) < MIN_KEY_BYTES:
        raise MailKeyError(f"the mail key is shorter than {MIN_KEY_BYTES} bytes")
    return MailKey(value)
