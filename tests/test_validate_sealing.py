"""``board validate`` on what sealing adds: keys, private key material and the ledgers."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from board.applications import ledger
from board.forms import Form
from board.intake import dispatch, event
from board.sealing import keys
from board.validate import run
from board.writers import write_ledger
from conftest import OPPORTUNITY, render, sealed, webhook

NOW = __import__("datetime").datetime.fromisoformat("2027-01-20T16:00:00+00:00")


def errors(repo: Path) -> list[str]:
    return [p.text() for p in run([], repo / "content").errors]


def receive(
    repo: Path, form: Form, at: str = "2027-01-20T15:04:05Z", author: str = "ada", number: int = 1
) -> Path:
    data = webhook(
        "issues",
        render(form, {"opportunity": OPPORTUNITY, "envelope": sealed(repo)}),
        at=at,
        author=author,
        number=number,
    )
    write_ledger(dispatch.decide(event.from_payload("issues", data), repo, NOW), repo)
    return repo / ledger.relative_path(OPPORTUNITY)


def test_the_shipped_repository_is_valid() -> None:
    repo = Path(__file__).resolve().parents[1]
    assert not [p.text() for p in run([], repo / "content").errors]


def test_a_fingerprint_that_is_not_the_keys_is_an_error(repo: Path) -> None:
    board = repo / "content" / "board.yaml"
    board.write_text(
        re.sub(r"fingerprint: \S+", "fingerprint: 0000-0000-0000-0000-0000", board.read_text())
    )
    [problem] = errors(repo)
    assert (
        "sealing_key.fingerprint: 0000-0000-0000-0000-0000 is not the fingerprint of this public key"
        in problem
    )


def test_an_opportunity_key_off_the_curve_is_an_error(repo: Path) -> None:
    path = repo / "content" / "opportunities" / f"{OPPORTUNITY}.yaml"
    bogus = keys.b64url_encode(b"\x04" + b"\x01" * 64)
    path.write_text(
        path.read_text()
        + f"sealing_key:\n  public_key: {bogus}\n  fingerprint: {keys.fingerprint(b'x')}\n"
    )
    assert any("not a point on the P-256 curve" in p for p in errors(repo))


PEM = "-----BEGIN " + "EC PRIVATE KEY-----\nMHcCAQEEIA==\n-----END " + "EC PRIVATE KEY-----\n"
JWK = json.dumps({"kty": "EC", "crv": "P-256", "x": "a" * 43, "y": "b" * 43, "d": "c" * 43})


@pytest.mark.parametrize(
    ("name", "text", "what"),
    [
        ("notes/officer.pem", PEM, "a PEM private key block"),
        ("docs/key.json", JWK, 'a JWK with its private member "d"'),
        (
            "content/secrets.yaml",
            "private_key: " + "A" * 44 + "\n",
            "a private key value (private_key, privateKey…)",
        ),
    ],
)
def test_private_key_material_anywhere_in_the_repository_is_an_error(
    repo: Path, name: str, text: str, what: str
) -> None:
    path = repo / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    assert f"{name}:1:1: looks like private key material ({what})" in "\n".join(errors(repo))


def test_a_public_key_is_not_mistaken_for_a_private_one(repo: Path) -> None:
    public = {"kty": "EC", "crv": "P-256", "x": "a" * 43, "y": "b" * 43}
    (repo / "key.json").write_text(json.dumps(public))
    assert not errors(repo)


def test_a_ledger_edited_by_hand_is_caught(repo: Path, form: Form) -> None:
    path = receive(repo, form)
    data = yaml.safe_load(path.read_text())
    data["applications"][0]["envelope"] = data["applications"][0]["envelope"].replace(
        "Version: 1", "Version: 2"
    )
    path.write_text(yaml.safe_dump(data))
    assert any("applications[0].sha256: does not match the envelope" in p for p in errors(repo))


def test_an_entry_received_after_closing_is_an_error(repo: Path, form: Form) -> None:
    path = receive(repo, form)
    text = path.read_text().replace("2027-01-20T15:04:05Z", "2027-01-30T05:00:00Z")
    path.write_text(text)
    assert any(
        "applications[0].received: 2027-01-30T05:00:00Z is after the closing time" in p
        for p in errors(repo)
    )


def test_a_ledger_for_no_opportunity_and_two_active_entries_are_errors(
    repo: Path, form: Form
) -> None:
    path = receive(repo, form)
    data = yaml.safe_load(path.read_text())
    data["applications"].append(
        dict(data["applications"][0], receipt="0000-0000-0000-0000", issue=2)
    )
    other = path.with_name("no-such-opportunity.yaml")
    other.write_text(yaml.safe_dump(dict(data, opportunity="no-such-opportunity")))
    found = "\n".join(errors(repo))
    assert "no opportunity 'no-such-opportunity' on the board" in found
    assert "ada already has an active application (applications[0])" in found
