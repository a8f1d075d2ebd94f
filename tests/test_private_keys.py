"""Private key material is found however it is wrapped, in the files and in every commit of a
pull request, and public keys are never mistaken for it.

Every key here is made when the test runs: none is in the repository (which is scanned too).
"""

from __future__ import annotations

import base64
import bz2
import gzip
import io
import json
import lzma
import random
import subprocess
import time
import zipfile
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from cryptography.hazmat.primitives import serialization as s
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa

from board import secrets
from board.cli import main
from board.sealing import keys
from board.secrets import unpack

ROOT = Path(__file__).resolve().parents[1]
BEGIN, END = "-----BEGIN ", "-----END "
EC_KEY = ec.generate_private_key(ec.SECP256R1())
RSA_KEY = rsa.generate_private_key(65537, 1024)
DER = s.Encoding.DER


def der(key: object, form: s.PrivateFormat, crypt: object = None) -> bytes:
    return key.private_bytes(DER, form, crypt or s.NoEncryption())  # type: ignore[attr-defined]


def lines(data: bytes, width: int = 64, indent: str = "") -> str:
    text = base64.b64encode(data).decode()
    return "\n".join(indent + text[i : i + width] for i in range(0, len(text), width)) + "\n"


def pem(key: object, form: s.PrivateFormat = s.PrivateFormat.PKCS8) -> bytes:
    return key.private_bytes(s.Encoding.PEM, form, s.NoEncryption())  # type: ignore[attr-defined]


def pgp_secret_key() -> bytes:
    """A version 4 EdDSA secret key packet and a user id packet, as gpg writes them."""
    oid = bytes.fromhex("2b06010401da470f01")
    body = (
        b"\x04" + int(time.time()).to_bytes(4, "big") + b"\x16" + bytes([len(oid)]) + oid
        + b"\x01\x07\x40" + bytes(range(32))  # public point, 263 bits
        + b"\x00" + b"\x00\xff" + bytes(range(1, 33)) + b"\x12\x34"  # secret scalar, checksum
    )  # fmt: skip
    uid = b"Ada <ada@example.ca>"
    return b"\xc5" + bytes([len(body)]) + body + b"\xcd" + bytes([len(uid)]) + uid


def jwk(key: ec.EllipticCurvePrivateKey) -> dict[str, str]:
    numbers = key.private_numbers()

    def b64(n: int) -> str:
        return keys.b64url_encode(n.to_bytes(32, "big"))

    return {
        "kty": "EC",
        "crv": "P-256",
        "x": b64(numbers.public_numbers.x),
        "y": b64(numbers.public_numbers.y),
        "d": b64(numbers.private_value),
    }


def openssh_body() -> str:
    text = ed25519.Ed25519PrivateKey.generate().private_bytes(
        s.Encoding.PEM, s.PrivateFormat.OpenSSH, s.NoEncryption()
    )
    return "\n".join(text.decode().splitlines()[1:-1]) + "\n"


def zipped(name: str, data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, data)
    return out.getvalue()


JWK = jwk(EC_KEY)
PKCS8 = der(EC_KEY, s.PrivateFormat.PKCS8)
# name -> content: each holds a private key in a way the first scan missed
HIDDEN: dict[str, bytes] = {
    "pem-body-without-header.txt": lines(PKCS8).encode(),
    "rsa-pkcs1-body.txt": lines(der(RSA_KEY, s.PrivateFormat.TraditionalOpenSSL)).encode(),
    "sec1-in-yaml-block.yaml": (
        "officer:\n  key: |\n" + lines(der(EC_KEY, s.PrivateFormat.TraditionalOpenSSL), 76, "    ")
    ).encode(),
    "one-line-value.yaml": f"signing: {base64.b64encode(PKCS8).decode()}\n".encode(),
    "url-safe.json": json.dumps({"blob": keys.b64url_encode(PKCS8)}).encode(),
    "encrypted-pkcs8.txt": lines(
        der(EC_KEY, s.PrivateFormat.PKCS8, s.BestAvailableEncryption(b"pw"))
    ).encode(),
    "jwk.yaml": "".join(f"{k}: {v}\n" for k, v in JWK.items()).encode(),
    "jwk-rsa.json": json.dumps({"kty": "RSA", "n": "x" * 40, "e": "AQAB", "p": "q" * 40}).encode(),
    "jwk-oct.json": json.dumps({"kty": "oct", "k": keys.b64url_encode(bytes(range(16)))}).encode(),
    "privateKey.yaml": f"privateKey: {'A1b2' * 12}\n".encode(),
    "pgp-armoured.asc": (
        f"{BEGIN}PGP PRIVATE KEY BLOCK-----\n\n{lines(pgp_secret_key())}"
        f"{END}PGP PRIVATE KEY BLOCK-----\n"
    ).encode(),
    "pgp-body-without-header.txt": lines(pgp_secret_key()).encode(),
    "pgp-binary.gpg": pgp_secret_key(),
    "openssh-body.txt": openssh_body().encode(),
    "kubernetes-secret.yaml": (
        "data:\n  tls.key: " + base64.b64encode(pem(EC_KEY)).decode() + "\n"
    ).encode(),
    "key.der": PKCS8,
    "key.pem.gz": gzip.compress(pem(EC_KEY)),
    "key.pem.bz2": bz2.compress(pem(RSA_KEY, s.PrivateFormat.TraditionalOpenSSL)),
    "key.json.xz": lzma.compress(json.dumps(JWK).encode()),
    "keys.zip": zipped("officer/board.pem", pem(EC_KEY)),
    "big-then-key.txt": b"x" * (3 * 2**20) + b"\n" + pem(EC_KEY),  # over the old 2 MiB cap
    "utf16.txt": pem(EC_KEY).decode().encode("utf-16"),
    "hex.txt": f"key = {PKCS8.hex()}\n".encode(),
    "hex-colons.txt": ":".join(f"{b:02x}" for b in PKCS8).encode(),
}


@pytest.fixture(scope="module")
def found(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """One scan of a folder holding every hidden key (and one harmless file), by file name."""
    folder = tmp_path_factory.mktemp("keys")
    for name, data in HIDDEN.items():
        (folder / name).write_bytes(data)
    (folder / "harmless.txt").write_text("nothing to see\n")
    out: dict[str, list[str]] = {}
    for problem in secrets.scan(folder, lambda p: p.name):
        out.setdefault(problem.path, []).append(problem.text())
        out.setdefault(problem.path, []).append(problem.text("fr"))
    return out


@pytest.mark.parametrize("name", sorted(HIDDEN))
def test_private_key_is_found_however_it_is_wrapped(found: dict[str, list[str]], name: str) -> None:
    assert name in found, f"{name} not reported"
    english, french = found[name][:2]
    assert "looks like private key material" in english and "new key pair" in english
    assert "ressemble à une clé privée" in french and "nouvelle paire de clés" in french


def test_a_find_names_its_line(found: dict[str, list[str]]) -> None:
    assert found["big-then-key.txt"][0].startswith("big-then-key.txt:2:1: ")
    assert found["sec1-in-yaml-block.yaml"][0].startswith("sec1-in-yaml-block.yaml:3:1: ")
    assert "inside this zip file (officer/board.pem:1)" in found["keys.zip"][0]
    # the find inside a compressed file reads in French all the way down
    assert (
        "(un bloc de clé privée PEM, dans ce fichier zip (officer/board.pem:1))"
        in found["keys.zip"][1]
    )
    assert "dans ce fichier gzip (ligne 1)" in found["key.pem.gz"][1]
    assert "harmless.txt" not in found


def public_material() -> dict[str, bytes]:
    """Public keys in every wrapping, sealed envelopes and hashes: none is private."""
    rng = random.Random(8)
    key = EC_KEY.public_key()
    public = {k: v for k, v in JWK.items() if k != "d"}
    out = {
        "spki.txt": lines(key.public_bytes(DER, s.PublicFormat.SubjectPublicKeyInfo)).encode(),
        "rsa-spki.pem": RSA_KEY.public_key().public_bytes(
            s.Encoding.PEM, s.PublicFormat.SubjectPublicKeyInfo
        ),
        "published.yaml": keys.published(key).yaml().encode(),
        "jwk-public.yaml": "".join(f"{k}: {v}\n" for k, v in public.items()).encode(),
        "ssh.pub": key.public_bytes(s.Encoding.OpenSSH, s.PublicFormat.OpenSSH),
    }
    for n in range(300):  # random base64 and hex runs, like envelopes and receipts
        blob = rng.randbytes(rng.randrange(48, 1500))
        out[f"random-{n}.txt"] = (lines(blob) + blob.hex() + "\n").encode()
    return out


def test_public_keys_envelopes_and_hashes_are_not_mistaken_for_private_keys(
    tmp_path: Path,
) -> None:
    for name, data in public_material().items():
        (tmp_path / name).write_bytes(data)
    assert not [p.text() for p in secrets.scan(tmp_path)]


def test_the_shipped_repository_has_no_private_key_material() -> None:
    # its public sealing keys (board.yaml, opportunities) and ledgers included
    assert not [p.text() for p in secrets.scan(ROOT)]


def test_a_compression_bomb_is_reported_not_expanded(tmp_path: Path) -> None:
    bomb = gzip.compress(b"\0" * (unpack.MAX_OUTPUT + 2**20), 9)
    (tmp_path / "bomb.gz").write_bytes(bomb)
    (tmp_path / "bomb.zip").write_bytes(zipped("a", b"\0" * (unpack.MAX_OUTPUT + 1)))
    started = time.monotonic()
    [gz, zp] = sorted(secrets.scan(tmp_path, lambda p: p.name), key=lambda p: p.path)
    assert time.monotonic() - started < 30
    assert "a gzip file that expands beyond 16 MiB, too large to check" in gz.text()
    assert "un fichier zip qui dépasse 16 Mio" in zp.text("fr")


def test_a_file_too_large_to_check_is_an_error(tmp_path: Path) -> None:
    with (tmp_path / "huge.bin").open("wb") as handle:
        handle.truncate(secrets.MAX_BYTES + 1)
    [problem] = secrets.scan(tmp_path, lambda p: p.name)
    assert problem.is_error and "too large to check for private key material" in problem.text()


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.ca", *args],
        cwd=repo,
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout.strip()


@pytest.fixture
def pull_request(tmp_path: Path) -> tuple[Path, str, str]:
    """A repository whose branch adds a private key in one commit and removes it in the next;
    (root, base commit, the commit that added the key)."""
    root = tmp_path / "repo"
    (root / "content").mkdir(parents=True)
    for name in ("content", ".github"):
        subprocess.run(["cp", "-r", str(ROOT / name), str(root)], check=True)
    # the sample draw is valid only with its own dated history (docs/draw.md), not in a new one
    subprocess.run(["rm", "-rf", str(root / "content" / "outcomes")], check=True)
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "board")
    base = git(root, "rev-parse", "HEAD")
    git(root, "checkout", "-qb", "client")
    (root / "content" / "notes.yaml").write_text("notes: yes\nkey: |\n" + lines(PKCS8, 64, "  "))
    git(root, "add", "-A")
    git(root, "commit", "-qm", "notes")
    added = git(root, "rev-parse", "HEAD")
    (root / "content" / "notes.yaml").unlink()
    git(root, "commit", "-qam", "oops, remove the key")
    return root, base, added


def test_a_key_added_then_removed_in_a_pull_request_is_an_error(
    pull_request: tuple[Path, str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root, base, added = pull_request
    monkeypatch.chdir(root)
    runner = CliRunner()
    assert runner.invoke(main, ["validate"]).exit_code == 0  # the final tree is clean
    result = runner.invoke(main, ["validate", "--since", base, "--format", "json"])
    assert result.exit_code == 1, result.output
    [problem] = json.loads(result.output)["problems"]
    assert problem["path"] == "content/notes.yaml" and problem["line"] == 3
    assert f"in commit {added[:12]}" in problem["message"]
    assert "rewrite the pull request's history" in problem["hint"]
    assert f"dans le commit {added[:12]}" in problem["message_fr"]
    assert "réécrivez l'historique" in problem["hint_fr"]


def test_a_key_still_in_the_pull_request_is_reported_once(
    pull_request: tuple[Path, str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    root, base, _ = pull_request
    (root / "officer.pem").write_bytes(pem(EC_KEY))
    git(root, "add", "-A")
    git(root, "commit", "-qm", "key again")
    monkeypatch.chdir(root)
    result = CliRunner().invoke(main, ["validate", "--since", base, "--format", "json"])
    paths = sorted(p["path"] for p in json.loads(result.output)["problems"])
    assert paths == ["content/notes.yaml", "officer.pem"]


def test_an_unknown_base_is_a_clear_error(
    pull_request: tuple[Path, str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(pull_request[0])
    result = CliRunner().invoke(main, ["validate", "--since", "origin/nowhere"])
    assert result.exit_code == 2
    assert "unknown revision 'origin/nowhere'" in result.output


def test_any_bytes_are_scanned_without_an_exception() -> None:
    rng = random.Random(88)
    samples = [data[:cut] for data in HIDDEN.values() for cut in (1, 7, 40, 100, len(data) - 3)]
    samples += [rng.randbytes(rng.randrange(0, 4000)) for _ in range(200)]
    samples += [b"\x1f\x8b" + rng.randbytes(200), b"PK\x03\x04" + rng.randbytes(200)]
    samples += [b"BZh9" + rng.randbytes(100), b"\xfd7zXZ\x00" + rng.randbytes(100)]
    samples += [b"\x30\x84\xff\xff\xff\xff" * 50, b"\xc5\xff" * 300, b"A" * 100_000]
    for data in samples:
        assert isinstance(secrets.detect.find(data), list)


def test_pull_request_checks_scan_every_commit_of_the_pull_request() -> None:
    workflow = yaml.safe_load((ROOT / ".github/workflows/pr-checks.yml").read_text())
    steps = workflow["jobs"]["checks"]["steps"]
    assert steps[0]["with"]["fetch-depth"] == 0  # every commit, not only the merge result
    [validate] = [step for step in steps if "board validate" in step.get("run", "")]
    assert '--since "origin/$BASE_REF"' in validate["run"]
    assert validate["env"]["BASE_REF"] == "${{ github.base_ref }}"


@pytest.mark.parametrize(
    "text",
    [
        "signing material follows " + base64.b64encode(PKCS8).decode(),
        " ".join(base64.b64encode(PKCS8).decode()[i : i + 4] for i in range(0, 200, 4))
        + base64.b64encode(PKCS8).decode()[200:],
        "keys:\n  - " + base64.b64encode(PKCS8).decode() + "\n",
        '{"k": "' + lines(PKCS8).replace("\n", "\\n") + '"}',
    ],
    ids=["after-words", "spaced-groups", "yaml-list", "json-escaped-newlines"],
)
def test_a_key_inside_other_text_is_found(text: str) -> None:
    assert secrets.scan_text(text), text
