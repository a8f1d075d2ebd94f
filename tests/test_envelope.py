"""The envelope format: what opens, and what does not."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric import ec

from board.sealing import envelope, keys


@pytest.fixture
def published(private_key: ec.EllipticCurvePrivateKey) -> keys.PublicKey:
    return keys.published(private_key.public_key())


def test_seal_then_open(private_key: ec.EllipticCurvePrivateKey, published: keys.PublicKey) -> None:
    text = envelope.seal("héllo".encode(), published.public_key, "opp", published.fingerprint)
    parsed = envelope.parse(text)
    assert parsed.armored == text and (parsed.opportunity, parsed.fingerprint) == (
        "opp",
        published.fingerprint,
    )
    assert envelope.open_(parsed, private_key) == "héllo".encode()


def test_two_seals_of_the_same_text_differ(published: keys.PublicKey) -> None:
    a, b = (
        envelope.seal(b"x", published.public_key, "opp", published.fingerprint) for _ in range(2)
    )
    assert a != b


def test_whitespace_around_and_crlf_do_not_change_the_hash(published: keys.PublicKey) -> None:
    text = envelope.seal(b"x", published.public_key, "opp", published.fingerprint)
    pasted = "\r\n  " + text.replace("\n", "  \r\n") + "\r\n\r\n"
    assert envelope.parse(pasted).sha256 == envelope.sha256_text(text)


def test_moving_an_envelope_to_another_opportunity_does_not_open(
    private_key: ec.EllipticCurvePrivateKey, published: keys.PublicKey
) -> None:
    """Rewriting the header passes the intake's format checks, but the bound ids refuse it."""
    text = envelope.seal(b"x", published.public_key, "opp-a", published.fingerprint)
    moved = envelope.parse(text.replace("Opportunity: opp-a", "Opportunity: opp-b"))
    with pytest.raises(envelope.EnvelopeError) as caught:
        envelope.open_(moved, private_key)
    assert caught.value.code == "cannot-open"


def test_another_key_does_not_open(published: keys.PublicKey) -> None:
    text = envelope.seal(b"x", published.public_key, "opp", published.fingerprint)
    with pytest.raises(envelope.EnvelopeError) as caught:
        envelope.open_(envelope.parse(text), keys.new_private_key())
    assert caught.value.code == "wrong-key"


def test_sealing_refuses_a_fingerprint_of_another_key(published: keys.PublicKey) -> None:
    with pytest.raises(keys.KeyProblem):
        envelope.seal(b"x", published.public_key, "opp", "0000-0000-0000-0000-0000")


@pytest.mark.parametrize(
    ("mangle", "code"),
    [
        (lambda t: "", "no-armor"),
        (lambda t: t.replace("Check:", "Chek:"), "bad-header"),
        (lambda t: t.replace("Version: 1", "Version: 9"), "version"),
        (lambda t: t.replace("\n-----END", "!\n-----END"), "bad-base64"),
        (lambda t: "Hi!\n" + t, "no-armor"),
        (lambda t: t.replace("Key:", "Key:\x00"), "control-character"),
        (lambda t: t + "\u200b", "control-character"),
    ],
)
def test_malformed_envelopes_have_a_reason(published: keys.PublicKey, mangle, code: str) -> None:  # type: ignore[no-untyped-def]
    text = envelope.seal(b"x", published.public_key, "opp", published.fingerprint)
    with pytest.raises(envelope.EnvelopeError) as caught:
        envelope.parse(mangle(text))
    assert caught.value.code == code


def test_seal_js_and_the_docs_use_the_same_format_as_python() -> None:
    from conftest import REPO

    js = (REPO / "tools" / "board" / "sealing" / "seal.js").read_text()
    docs = (REPO / "docs" / "sealed-envelope.md").read_text()
    for constant in (envelope.CONTEXT.decode(), envelope.BEGIN, envelope.END):
        assert constant in js and constant in docs
    assert f"{envelope.MAX_CHARS:,}" in docs
    assert (
        "export async function sealApplication(payload, publicKeyB64url, opportunityId, fingerprint)"
        in js
    )
