"""A real-browser round trip: seal.js in Debian's Chromium, intake in Python, opened with the key.

Chromium must be installed (``make test`` installs Debian's package); a missing browser fails
this test rather than skipping it, so a green run always means the browser side was exercised.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from urllib.parse import urlencode

import pytest
import yaml
from cryptography.hazmat.primitives.asymmetric import ec

from board.applications import ledger, opening
from board.forms import Form
from board.intake import dispatch, event
from board.intake.apply import write_ledger
from board.sealing.envelope import open_, parse
from board.sealing.payload import from_bytes
from board.validate import load_content
from conftest import OPPORTUNITY, REPO, render, webhook

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ANSWER = "Je balise les PDF à la main — « titres », tableaux et champs — puis je teste avec NVDA. ✓"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    """The test page and seal.js served from 127.0.0.1 (a secure context for WebCrypto)."""
    root = tmp_path / "site"
    root.mkdir()
    shutil.copy(REPO / "tools" / "board" / "sealing" / "seal.js", root / "seal.js")
    shutil.copy(Path(__file__).parent / "browser" / "apply.html", root / "apply.html")
    handler = functools.partial(_Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


def seal_in_browser(url: str) -> tuple[str, str]:
    """(the sealed block, the page's error message) after filling and submitting the form."""
    from playwright.sync_api import sync_playwright

    assert CHROMIUM.exists(), f"{CHROMIUM} is missing: install Debian's chromium (make test does)"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page()
            page.goto(url)
            page.fill("#name", "Ada Tremblay")
            page.fill("#email", "ada@example.ca")
            page.select_option("#language", "fr")
            page.fill("#answer-skills", ANSWER)
            for box in page.locator("input[name=attestation]").all():
                box.check()
            page.click("#seal")
            page.wait_for_function(
                "document.querySelector('#sealed').value || document.querySelector('#error').textContent"
            )
            return page.input_value("#sealed"), page.text_content("#error") or ""
        finally:
            browser.close()


def test_sealed_in_chromium_received_by_intake_opened_in_python(
    site: str, repo: Path, form: Form, private_key: ec.EllipticCurvePrivateKey
) -> None:
    board = yaml.safe_load((repo / "content" / "board.yaml").read_text())
    key = board["sealing_key"]
    query = urlencode(
        {
            "key": key["public_key"],
            "fingerprint": key["fingerprint"],
            "opportunity": OPPORTUNITY,
            "attestations": ",".join(a["id"] for a in board["eligibility"]),
        }
    )
    block, error = seal_in_browser(f"{site}/apply.html?{query}")
    assert not error and block.startswith("-----BEGIN SEALED APPLICATION-----")

    body = render(form, {"opportunity": OPPORTUNITY, "envelope": block})
    data = webhook("issues", body, author="ada")
    decision = dispatch.decide(
        event.from_payload("issues", data), repo, datetime.now().astimezone()
    )
    assert "received" in decision.summary, decision.summary
    write_ledger(decision, repo)

    [entry] = ledger.read(repo / "content", OPPORTUNITY).active
    application = from_bytes(open_(parse(entry.envelope), private_key))
    assert application.answers == {"skills": ANSWER}
    assert (application.name, application.email, application.language) == (
        "Ada Tremblay",
        "ada@example.ca",
        "fr",
    )
    content = load_content(repo / "content")
    opportunity = content.opportunity(OPPORTUNITY)
    assert opportunity is not None and content.board is not None
    [opened] = opening.open_all(
        ledger.read(repo / "content", OPPORTUNITY), opportunity, content.board, private_key
    )
    assert opened.problems == ()  # word limit and every attestation pass


def test_the_browser_refuses_a_fingerprint_that_is_not_the_keys(site: str, repo: Path) -> None:
    board = yaml.safe_load((repo / "content" / "board.yaml").read_text())
    query = urlencode(
        {
            "key": board["sealing_key"]["public_key"],
            "fingerprint": "0000-0000-0000-0000-0000",
            "opportunity": OPPORTUNITY,
            "attestations": "own-work",
        }
    )
    block, error = seal_in_browser(f"{site}/apply.html?{query}")
    assert block == "" and error == "The sealing key and its fingerprint do not match."
