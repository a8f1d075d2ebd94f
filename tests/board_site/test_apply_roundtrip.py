"""The whole sealed-application journey in a real browser, on the real Apply page.

The board is built from a repository sealed to the test's own key; Debian's Chromium fills the
Apply page and seals with ``seal.js`` (WebCrypto only); the link it opens carries the envelope
to the issue form; intake receives the rendered issue; the procurement officer opens it with the
private key after closing and gets back exactly what the applicant typed. Chromium must be
installed: a missing browser fails these tests (``make test`` installs it).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from cryptography.hazmat.primitives.asymmetric import ec
from playwright.sync_api import Page, expect

from board.applications import ledger, opening
from board.forms import Form
from board.intake import dispatch, event
from board.site.build import BuildOptions, build
from board.validate import load_content
from board.writers import write_ledger
from conftest import OPEN_MOMENT, OPPORTUNITY, ROOT, render, webhook

from .browser import chromium, serve

# Accents, guillemets, a dash and a non-Latin-1 sign: the envelope must carry UTF-8 intact.
ANSWER = "Je balise les PDF à la main — « titres », tableaux et champs — puis je teste avec NVDA ✓"
NOW = datetime.fromisoformat(OPEN_MOMENT.replace("Z", "+00:00"))


@pytest.fixture
def apply_page(repo: Path, tmp_path: Path) -> Iterator[tuple[Page, str]]:
    """The Apply page of the sample opportunity, built from ``repo`` and open in Chromium."""
    site = tmp_path / "site"
    result = build(BuildOptions(ROOT / "mkdocs.yml", site, repo / "content", NOW))
    assert result.ok, (result.problems, result.error)
    with serve(site) as base, chromium() as browser:
        page = browser.new_page()
        page.goto(base + f"en/opportunities/{OPPORTUNITY}/apply/")
        page.evaluate("window.open = (url) => { window.__opened = url; return null; }")
        yield page, base


def _fill(page: Page) -> None:
    page.fill("#applicant-name", "Ada Tremblay")
    page.fill("#applicant-email", "ada@example.ca")
    page.check("#language-fr")
    page.fill("#answer-skills", ANSWER)
    for box in page.locator("#apply-form input[type=checkbox]").all():
        box.check()


def test_apply_page_to_intake_to_opening(
    apply_page: tuple[Page, str], repo: Path, form: Form, private_key: ec.EllipticCurvePrivateKey
) -> None:
    page, _ = apply_page
    _fill(page)
    page.click("text=Seal my application")
    expect(page.locator("#apply-result")).to_contain_text("GitHub")
    assert page.evaluate("window.__opened") is None  # nothing opens until the supplier chooses
    page.click("#apply-continue")
    opened = page.evaluate("window.__opened")
    query = parse_qs(urlsplit(opened).query)
    assert query["template"] == ["application.yml"]
    assert query["opportunity"] == [OPPORTUNITY]
    [block] = query["envelope"]
    assert block.startswith("-----BEGIN SEALED APPLICATION-----")
    assert "Ada" not in opened and "NVDA" not in opened  # the plaintext never leaves the page
    assert page.locator("#apply-continue").get_attribute("href") == opened  # tab or link: same form

    body = render(form, {"opportunity": OPPORTUNITY, "envelope": block})
    decision = dispatch.decide(
        event.from_payload("issues", webhook("issues", body, author="ada")), repo, NOW
    )
    assert "received" in decision.summary, decision.summary
    write_ledger(decision, repo)

    content = load_content(repo / "content")
    opportunity = content.opportunity(OPPORTUNITY)
    assert opportunity is not None and content.board is not None
    [result] = opening.open_all(
        ledger.read(repo / "content", OPPORTUNITY), opportunity, content.board, private_key
    )
    assert result.problems == ()
    application = result.payload
    assert application is not None
    assert application.answers == {"skills": ANSWER}
    assert (application.name, application.email, application.language) == (
        "Ada Tremblay",
        "ada@example.ca",
        "fr",
    )
    assert sorted(application.attestations) == sorted(a.id for a in content.board.eligibility)


def test_a_fingerprint_that_is_not_the_keys_is_refused_in_the_browser(
    apply_page: tuple[Page, str],
) -> None:
    page, base = apply_page
    forge = (
        "document.querySelector('form[data-fingerprint]').dataset.fingerprint = "
        "'0000-0000-0000-0000-0000'"
    )
    for lang, words in {"en": "does not match its fingerprint", "fr": "ne correspond pas"}.items():
        page.goto(base + f"{lang}/opportunities/{OPPORTUNITY}/apply/")
        # forge after apply.js checked the key at load (a forgery before that keeps the form
        # shut, tested in test_apply_safety.py): this one must be caught by seal.js
        page.wait_for_selector("#apply-fields:not([disabled])")
        page.evaluate("window.open = (url) => { window.__opened = url; return null; }")
        page.evaluate(forge)
        _fill(page)
        page.locator("button[type=submit]").click()
        expect(page.locator("#apply-result")).to_contain_text(words)
        assert page.evaluate("window.__opened") is None
