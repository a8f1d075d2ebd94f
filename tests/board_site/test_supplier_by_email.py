"""Issue #11's "Done when", tried as a new supplier would: in French, on a 390-pixel phone, without
a GitHub account, a person finds, reads, understands and applies to an opportunity by e-mail, and
the application appears in the ledger with a receipt.

One Chromium session over the shared fixture board (built once, ``conftest.built``): the French
board, the skills filter, the opportunity, the Apply page, a real sealing (the shared board is
built with a stub ``seal.js``; this test serves the package's own ``seal.js`` at the same address,
as a production build does), then the ``mailto:`` route. The e-mail the person would send is built
with Python's ``email`` package, topped with the headers the board's mail server adds, and given to
the ``board`` CLI in a real git repository holding the board's settings and that opportunity, as
in the fixture (the whole fixture folder is made for the site, and ``board validate`` rightly
refuses it: contract splitting across its copies, made-up incident commits, draws merged today).
The procurement officer then opens it with the private key after closing.
"""

from __future__ import annotations

import email
import hashlib
import hmac
import os
import re
import shutil
import subprocess
import sys
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import yaml
from axe_playwright_python.sync_playwright import Axe
from cryptography.hazmat.primitives.asymmetric import ec
from playwright.sync_api import Browser, Page, Route, expect

from board.applications import ledger
from board.sealing import keys
from board.site import routes
from conftest import commit_all
from mail_helpers import HOST, MAIL_KEY, message

from .conftest import ROOT

OPP = "accessible-pdf-forms"
TITLE = "Rendre trois formulaires PDF accessibles"
PHONE = {"width": 390, "height": 844}
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
SEAL_JS = ROOT / "tools" / "board" / "sealing" / "seal.js"
# The key the fixture board publishes for this opportunity (conftest._KEY): the test holds it.
PRIVATE_KEY = ec.derive_private_key(20270120, ec.SECP256R1())
BOARD_CLI = str(Path(sys.executable).with_name("board"))

NAME = "Élodie Tremblay-Côté"
ADDRESS = "Elodie.Cote@Courriel-Exemple.ca"  # as she types it: the hash folds the case
DOMAIN = "courriel-exemple.ca"
ANSWER = (
    "J'ai rendu accessibles une quarantaine de formulaires PDF pour une municipalité : "
    "balises « titres », ordre de lecture, champs étiquetés — puis essais avec NVDA et PAC ✓"
)
RECEIVED = "2027-01-20T17:05:09Z"  # the board's server's stamp, while the opportunity is open
HYDRATED = """() => [...document.querySelectorAll("*")].filter((e) => e.tagName.startsWith("GCDS-"))
  .every((e) => e.classList.contains("hydrated"))"""


def readable_at_390(page: Page, where: str) -> None:
    """No sideways scrolling at 390 px (WCAG 1.4.10) and axe at 0 violations."""
    page.wait_for_function(HYDRATED)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{where}: {width} px wide in a 390 px window"
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
    assert results.violations_count == 0, f"{where}:\n{results.generate_report()}"


def before(page: Page, first: str, then: str) -> bool:
    """Every element matching ``then`` comes after the element ``first`` in the page."""
    return bool(
        page.evaluate(
            """([first, then]) => { const a = document.querySelector(first);
            const later = [...document.querySelectorAll(then)];
            return !!a && later.length > 0 && later.every((b) =>
              a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING); }""",
            [first, then],
        )
    )


def apply_in_the_browser(browser: Browser, base_url: str) -> dict[str, str]:
    """The person's journey on the board; returns what the mailto: link (or the page) gives."""
    context = browser.new_context(viewport=PHONE, locale="fr-CA", has_touch=True)
    github: list[str] = []

    def no_github(route: Route) -> None:  # no account: nothing may take her there
        github.append(route.request.url)
        route.abort()

    context.route("https://github.com/**", no_github)
    context.route(
        "**/" + routes.SEAL_JS,
        lambda route: route.fulfill(path=SEAL_JS, content_type="text/javascript"),
    )
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    # 1. The French board: she finds the work by its skill.
    page.goto(base_url + routes.home("fr"))
    readable_at_390(page, "fr/")
    page.select_option("#filter-skill", label="Essais d'accessibilité")
    cards = page.locator("[data-cards] .card:visible h3 a")
    expect(cards).to_have_text([TITLE])
    cards.first.click()
    page.wait_for_url(base_url + routes.opportunity("fr", OPP))

    # 2. The opportunity: what she needs to apply comes before anything else about applying.
    readable_at_390(page, "opportunity")
    need = page.locator("#what-you-need")
    expect(need).to_be_visible()
    for words in ("compte GitHub", "gratuit", "anglais seulement", "ou une adresse courriel"):
        expect(need).to_contain_text(words)
    about_applying = 'a[href$="/apply/"], a[href*="issues/new"], .banner-apply, [id^="apply"]'
    assert before(page, "#what-you-need", about_applying), "what is needed comes first"
    page.locator(".banner-apply a.button").click()
    page.wait_for_url(base_url + routes.apply("fr", OPP))

    # 3. The Apply page: the privacy notice is linked before the form; she fills it in French.
    readable_at_390(page, "apply")
    expect(page.locator("a.privacy-link")).to_be_visible()
    assert before(page, "a.privacy-link", "#apply-form"), "the privacy link comes first"
    page.wait_for_selector("#apply-form[data-ready=true]")
    page.fill("#applicant-name", NAME)
    page.fill("#applicant-email", ADDRESS)
    page.check("#language-fr")
    page.fill("#answer-skills", ANSWER)
    for box in page.locator("#apply-form input[type=checkbox]").all():
        box.check()
    page.locator("#apply-form button[type=submit]").click()

    # 4. Sealed: she takes the e-mail route and reads the link's address, subject and body.
    mail = page.locator("#apply-mail")
    expect(mail).to_be_visible()
    expect(mail.locator("h3")).to_have_text("Par courriel, sans compte GitHub")
    block = page.locator("#apply-block").input_value()
    assert block.startswith("-----BEGIN SEALED APPLICATION-----") and "Élodie" not in block
    href = page.locator("#apply-mail-link").get_attribute("href") or ""
    readable_at_390(page, "apply, sealed")
    split = urlsplit(href)
    query = parse_qs(split.query)
    found = {"to": unquote(split.path), "subject": query["subject"][0]}
    if "body" in query:
        found["body"] = query["body"][0]
    else:  # too long for a link: the page says to paste the block, and shows it
        expect(mail).to_contain_text("collez")
        found["body"] = block
    expect(mail).to_contain_text(found["to"])
    expect(mail).to_contain_text(found["subject"])
    # Sealing opened nothing: no tab, and GitHub was never asked for anything.
    assert len(context.pages) == 1 and github == []
    assert page.url == base_url + routes.apply("fr", OPP)  # she never left the board
    assert errors == []
    context.close()
    return found


def the_sent_email(found: dict[str, str]) -> EmailMessage:
    """Her message as the board's server delivers it: its Received: and DKIM/DMARC results on top."""
    return message(
        text=f"Bonjour,\n\nVoici ma candidature.\n\n{found['body']}\n\nÉlodie Tremblay-Côté\n",
        sender=f"{NAME} <{ADDRESS}>",
        subject=found["subject"],
        received=RECEIVED,
        auth=f"dkim=pass header.d={DOMAIN}; dmarc=pass header.from={DOMAIN}",
        message_id="<c4nd1d4tur3@courriel-exemple.ca>",
        date="Wed, 20 Jan 2027 12:05:01 -0500",
    )


def board_repository(fixture_content: Path, root: Path) -> Path:
    """A real git repository with the fixture's board settings and this opportunity."""
    (root / "content" / "opportunities").mkdir(parents=True)
    shutil.copy(fixture_content / "board.yaml", root / "content" / "board.yaml")
    name = f"opportunities/{OPP}.yaml"
    shutil.copy(fixture_content / name, root / "content" / name)
    shutil.copytree(ROOT / ".github" / "ISSUE_TEMPLATE", root / ".github" / "ISSUE_TEMPLATE")
    commit_all(root, "Publish accessible-pdf-forms")
    return root


def board(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [BOARD_CLI, *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=60
    )


def test_a_french_supplier_on_a_phone_applies_by_email_and_gets_a_receipt_in_the_ledger(
    browser: Browser, base_url: str, fixture_content: Path, tmp_path: Path
) -> None:
    settings: dict[str, Any] = yaml.safe_load((fixture_content / "board.yaml").read_text())
    found = apply_in_the_browser(browser, base_url)
    assert found["to"] == settings["mailbox"]["address"]
    assert found["subject"] == f"Candidature · Application [{OPP}]"  # French first, as the page
    assert found["body"].strip().startswith("-----BEGIN SEALED APPLICATION-----")

    # 5. The officer's side: the message as delivered, intake by the CLI in a git repository.
    repo = board_repository(fixture_content, tmp_path / "repo")
    assert settings["mailbox"]["received_by"] == HOST
    sent = the_sent_email(found)
    eml, reply = tmp_path / "inbox" / "candidature.eml", tmp_path / "outbox" / "reply.eml"
    eml.parent.mkdir()
    eml.write_bytes(sent.as_bytes())
    secure = tmp_path / "secure"
    secure.mkdir(mode=0o700)
    key_file = secure / "board-mail.key"
    key_file.write_text(MAIL_KEY + "\n")
    key_file.chmod(0o600)
    env = {k: v for k, v in os.environ.items() if k != "BOARD_MAIL_KEY"}
    env["BOARD_MAIL_KEY_FILE"] = str(key_file)
    done = board(
        "intake", "--email", str(eml), "--reply", str(reply), "--repo", str(repo),
        "--now", "2027-01-20T17:06:00+00:00", env=env, cwd=repo,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr

    # the ledger: one received entry, its receipt, the keyed hash of the address, never the address
    path = repo / ledger.relative_path(OPP)
    text = path.read_text(encoding="utf-8")
    [entry] = yaml.safe_load(text)["applications"]
    assert entry["status"] == "received" and entry["channel"] == "email"
    assert re.fullmatch(r"[0-9a-f]{4}(-[0-9a-f]{4}){3}", entry["receipt"])
    digest = hmac.new(MAIL_KEY.encode(), f"address\n{ADDRESS.casefold()}".encode(), "sha256")
    assert entry["account"] == "email:" + digest.hexdigest()[:20]
    assert entry["received"] == RECEIVED
    assert entry["envelope"].strip() == found["body"].strip()
    assert entry["sha256"] == hashlib.sha256(entry["envelope"].encode()).hexdigest()
    for secret in (ADDRESS.casefold(), "elodie", DOMAIN, "c4nd1d4tur3", "Élodie"):
        assert secret not in text.casefold(), secret

    # the reply: to her, French first, with the same receipt
    answer = email.message_from_bytes(reply.read_bytes(), policy=policy.default)
    assert isinstance(answer, EmailMessage)
    assert answer["To"].addresses[0].addr_spec == ADDRESS
    assert answer["In-Reply-To"] == "<c4nd1d4tur3@courriel-exemple.ca>"
    assert answer["Subject"] == f"Candidature reçue · Application received [{OPP}]"
    assert answer["Content-Language"] == "fr, en"
    part = answer.get_body(("plain",))
    assert part is not None
    body = str(part.get_content())
    first, second = body.split("\n---\n", 1)
    assert f"Reçu\u00a0: {entry['receipt']}" in first, "the reply is in French first"
    assert f"Receipt: {entry['receipt']}" in second

    commit_all(repo, f"Intake: e-mailed application {entry['receipt']}")
    checked = board("validate", env=env, cwd=repo)
    assert checked.returncode == 0, checked.stdout + checked.stderr

    # 6. After closing, the officer opens it with the private key: her French answers, intact.
    officer = tmp_path / "officer"
    officer.mkdir()
    keys.write_private_key(PRIVATE_KEY, officer / "board.pem", repo)
    opened = board(
        "applications", "open", OPP, "--key", str(officer / "board.pem"),
        "--out", str(officer / "opened"), "--now", "2027-01-30T12:00:00+00:00", env=env, cwd=repo,
    )  # fmt: skip
    assert opened.returncode == 0, opened.stdout + opened.stderr
    packet = (officer / "opened" / f"{OPP}-evaluation-packet.md").read_text(encoding="utf-8")
    assert ANSWER in packet and NAME not in packet  # anonymised for the evaluators
    who = yaml.safe_load((officer / "opened" / f"{OPP}-identities.yaml").read_text())
    [row] = who["applications"]
    assert row["receipt"] == entry["receipt"]
    assert (row["name"], row["email"], row["language"]) == (NAME, ADDRESS, "fr")
