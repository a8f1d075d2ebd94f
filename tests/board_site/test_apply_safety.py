"""The Apply page never leaks an application and never loses one, in the real Chromium.

Without JavaScript, or when ``apply.js`` or ``seal.js`` cannot run, the form cannot send what was
typed anywhere (no request, no change of address) and says why in the page's language. Sealing
opens nothing: the sealed block, a Copy button and the routes ("Continue to GitHub", "Send by
e-mail") are offered side by side, and a route acts only when the supplier selects it. The page says
a new tab opened only when one did, and says whether copying worked. One built board
(the session's ``built``) and one browser serve every test here.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import (
    Browser,
    BrowserContext,
    Page,
    Request,
    Route,
    expect,
)

OPP = "accessible-pdf-forms"
SECRET = "Zanzibar-7731"  # typed into every field: no request and no address may ever carry it
ISSUE_FORM = (
    "https://github.com/example-org/micro-acquisition-board/issues/new?template=application.yml"
    f"&opportunity={OPP}"
)
NEEDS_SCRIPT = {
    "en": "Sealing happens in your browser and needs JavaScript",
    "fr": "Le scellement se fait dans votre navigateur et nécessite JavaScript",
}
NOTHING_SENT = {"en": "Nothing has been sent", "fr": "Rien n'a été envoyé"}
BLOCKED_TAB = "window.open = (url) => { window.__opened = url; return null; };"


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    context = browser.new_context()
    yield context
    context.close()


def apply_url(base_url: str, lang: str = "en") -> str:
    return base_url + f"{lang}/opportunities/{OPP}/apply/"


def record(context: BrowserContext) -> list[Request]:
    requests: list[Request] = []
    context.on("request", lambda request: requests.append(request))
    return requests


def leaks(requests: list[Request]) -> list[str]:
    """Every request whose address or body carries something the applicant typed."""
    found = []
    for request in requests:
        body = request.post_data_buffer or b""
        submitted = request.resource_type == "document" and "?" in request.url
        if SECRET in request.url or SECRET.encode() in body or submitted:
            found.append(f"{request.method} {request.url}")
    return found


def type_everything(page: Page) -> None:
    """Fill the form the way an applicant would, with the secret marker in every text field."""
    page.fill("#applicant-name", f"Ada {SECRET}")
    page.fill("#applicant-email", f"{SECRET.lower()}@example.ca")
    page.fill("#applicant-business", SECRET)
    page.fill("#answer-skills", f"I tag forms by hand {SECRET}")
    for box in page.locator("#apply-form input[type=checkbox]").all():
        box.check()


def try_to_submit(page: Page) -> None:
    """Enter in a text field (when it can take focus), then a click on the submit button."""
    if page.locator("#applicant-name").is_enabled():
        page.locator("#applicant-name").press("Enter")
    page.locator("#apply-form button[type=submit]").click(force=True)
    page.wait_for_timeout(300)  # a navigation or request started by either would show by now


def assert_shut(page: Page, lang: str, message: str | None = None) -> None:
    notice = page.locator("#apply-notice")
    expect(notice).to_be_visible()
    if message is None:
        expect(notice).to_contain_text(NEEDS_SCRIPT[lang])
        expect(notice).to_contain_text(NOTHING_SENT[lang])
    else:
        expect(notice).to_contain_text(message)
    expect(page.locator("#apply-fields")).to_have_js_property("disabled", True)
    expect(page.locator("#applicant-name")).to_be_disabled()
    expect(page.locator("#answer-skills")).to_be_disabled()
    expect(page.locator("#apply-form button[type=submit]")).to_be_disabled()
    assert page.get_attribute("#apply-form", "data-ready") is None


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_without_javascript_the_form_cannot_send_the_application(
    browser: Browser, base_url: str, lang: str
) -> None:
    context = browser.new_context(java_script_enabled=False)
    requests = record(context)
    page = context.new_page()
    url = apply_url(base_url, lang)
    page.goto(url)
    assert_shut(page, lang)
    # The form itself has nothing that could carry an answer anywhere.
    assert page.locator("#apply-form [name]").count() == 0
    assert page.get_attribute("#apply-form", "action") is None
    assert page.get_attribute("#apply-form", "method") == "dialog"
    try_to_submit(page)
    # Even someone who re-enables the fields (developer tools) and types sends nothing.
    page.evaluate("document.getElementById('apply-fields').disabled = false")
    type_everything(page)
    try_to_submit(page)
    assert page.url == url
    assert leaks(requests) == []
    context.close()


def test_when_apply_js_cannot_load_the_form_stays_shut(browser: Browser, base_url: str) -> None:
    context = browser.new_context()
    requests = record(context)
    page = context.new_page()
    page.route("**/assets/apply.js", lambda route: route.abort())
    page.goto(apply_url(base_url))
    page.wait_for_load_state("networkidle")
    assert_shut(page, "en")
    try_to_submit(page)
    assert page.url == apply_url(base_url)
    assert leaks(requests) == []
    results = Axe().run(page)  # the shut form and its notice are readable by everyone
    assert results.violations_count == 0, results.generate_report()
    context.close()


def test_when_apply_js_throws_the_form_stays_shut(browser: Browser, base_url: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.route(
        "**/assets/apply.js",
        lambda route: route.fulfill(
            content_type="text/javascript", body='throw new Error("broken deployment");'
        ),
    )
    page.goto(apply_url(base_url, "fr"))
    page.wait_for_load_state("networkidle")
    assert errors and "broken deployment" in errors[0]
    assert_shut(page, "fr")
    context.close()


def test_when_seal_js_cannot_load_the_form_stays_shut_and_says_why(
    context: BrowserContext, base_url: str
) -> None:
    page = context.new_page()
    page.route("**/assets/seal.js", lambda route: route.abort())
    page.goto(apply_url(base_url))
    assert_shut(page, "en", "Sealing is unavailable on this copy of the board")


def test_a_key_that_does_not_match_its_fingerprint_keeps_the_form_shut(
    context: BrowserContext, base_url: str
) -> None:
    page = context.new_page()

    def forge(route: Route) -> None:
        response = route.fetch()
        html = response.text().replace('data-fingerprint="', 'data-fingerprint="0000', 1)
        route.fulfill(response=response, body=html)

    page.route(apply_url(base_url, "fr"), forge)
    page.goto(apply_url(base_url, "fr"))
    assert_shut(page, "fr", "ne correspond pas à son empreinte")


def seal_valid(page: Page) -> None:
    """Fill the form and seal it with Enter, as a keyboard user does."""
    type_everything(page)
    page.locator("#applicant-name").press("Enter")


def prefilled(block: str) -> str:
    """The issue form with the block in it, encoded as the page's encodeURIComponent does."""
    return ISSUE_FORM + "&envelope=" + quote(block, safe="!~*'()")


def assert_block_copy_and_continue(page: Page) -> str:
    """The sealed block, the Copy button and the Continue link are on the page; returns the block."""
    block = page.locator("#apply-block")
    expect(block).to_be_visible()
    assert block.get_attribute("readonly") is not None
    text = block.input_value()
    assert text.startswith("-----BEGIN SEALED APPLICATION-----")
    expect(page.locator("#apply-copy")).to_be_visible()
    go = page.locator("#apply-continue")
    expect(go).to_be_visible()
    expect(go).to_contain_text("Continue to GitHub")
    assert go.get_attribute("href") == prefilled(text)
    assert go.get_attribute("target") == "_blank"
    assert SECRET not in prefilled(text)  # sealed, never plaintext
    return text


SEALED = {
    "en": "Your application is sealed. Nothing has been sent yet",
    "fr": "Votre candidature est scellée. Rien n'a encore été envoyé",
}


def seal_and_see_nothing_open(context: BrowserContext, page: Page, lang: str = "en") -> None:
    """Seal with Enter: the sealed block comes, and no tab, window or navigation with it."""
    popups: list[Page] = []
    page.on("popup", lambda popup: popups.append(popup))
    context.on("page", lambda tab: popups.append(tab))
    seal_valid(page)
    expect(page.locator("#apply-status")).to_contain_text(SEALED[lang])
    page.wait_for_timeout(500)  # a tab opened by sealing would have shown by now
    assert popups == [] and len(context.pages) == 1
    assert page.evaluate("window.__opened === undefined || window.__opened === null")
    expect(page.locator("#apply-result")).not_to_contain_text("opened in a new tab")


def test_sealing_opens_nothing_until_the_supplier_chooses_a_route(
    context: BrowserContext, base_url: str
) -> None:
    context.route(
        "https://github.com/**", lambda route: route.fulfill(body="<title>GitHub</title>")
    )
    requests = record(context)
    page = context.new_page()
    page.goto(apply_url(base_url))
    expect(page.locator("#apply-form button[type=submit]")).to_have_text("Seal my application")
    seal_and_see_nothing_open(context, page)
    assert_block_copy_and_continue(page)
    assert page.evaluate("document.activeElement.id") == "apply-sealed-title"
    assert page.url == apply_url(base_url) and leaks(requests) == []
    assert not [r for r in requests if r.url.startswith("https://github.com/")]


def test_a_blocked_tab_is_never_reported_as_opened(context: BrowserContext, base_url: str) -> None:
    context.add_init_script(BLOCKED_TAB)  # what a pop-up blocker makes window.open return
    requests = record(context)
    page = context.new_page()
    page.goto(apply_url(base_url))
    seal_and_see_nothing_open(context, page)
    block = assert_block_copy_and_continue(page)
    page.locator("#apply-continue").click()
    status = page.locator("#apply-github-status")
    expect(status).to_contain_text("Your browser did not open a new tab")
    expect(page.locator("#apply-result")).not_to_contain_text("opened in a new tab")
    assert page.evaluate("window.__opened") == prefilled(block)
    assert page.url == apply_url(base_url) and leaks(requests) == []
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_a_tab_that_really_opens_is_reported_and_cut_from_the_page(
    context: BrowserContext, base_url: str
) -> None:
    context.route(
        "https://github.com/**", lambda route: route.fulfill(body="<title>GitHub</title>")
    )
    page = context.new_page()
    page.goto(apply_url(base_url))
    seal_and_see_nothing_open(context, page)
    block = assert_block_copy_and_continue(page)
    with page.expect_popup() as popup:
        page.locator("#apply-continue").click()
    tab = popup.value
    expect(page.locator("#apply-github-status")).to_have_text(
        "GitHub opened in a new tab with your sealed application."
    )
    assert tab.url == prefilled(block) and len(context.pages) == 2  # one tab, the one chosen
    assert tab.evaluate("window.opener") is None  # GitHub's page cannot reach back into this one


def deny_clipboard(context: BrowserContext, page: Page, base_url: str) -> None:
    """Chromium's own permission setting, as a user or an administrator denies it."""
    cdp = context.new_cdp_session(page)
    target = cdp.send("Target.getTargetInfo")["targetInfo"]
    cdp.send(
        "Browser.setPermission",
        {
            "permission": {"name": "clipboard-write"},
            "setting": "denied",
            "origin": base_url.rstrip("/"),
            "browserContextId": target["browserContextId"],
        },
    )


def test_copy_refused_by_the_browser_says_so_and_selects_the_block(
    context: BrowserContext, base_url: str
) -> None:
    context.add_init_script(BLOCKED_TAB)
    page = context.new_page()
    page.goto(apply_url(base_url, "fr"))
    deny_clipboard(context, page, base_url)
    type_everything(page)
    page.locator("#apply-form button[type=submit]").click()
    page.locator("#apply-copy").click()
    status = page.locator("#apply-copy-status")
    expect(status).to_contain_text("Votre navigateur n'a pas permis à cette page de copier")
    expect(status).to_contain_text("copiez-le vous-même")
    assert status.get_attribute("role") == "status"
    selected = page.evaluate(
        """(() => { const a = document.getElementById('apply-block');
        return document.activeElement === a && a.selectionStart === 0
          && a.selectionEnd === a.value.length && a.value.length > 0; })()"""
    )
    assert selected, "the block must be selected, ready to copy by hand"


def test_copy_allowed_says_copied_and_the_clipboard_holds_the_block(
    context: BrowserContext, base_url: str
) -> None:
    context.add_init_script(BLOCKED_TAB)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url.rstrip("/"))
    page = context.new_page()
    page.goto(apply_url(base_url))
    page.evaluate("navigator.clipboard.writeText('something else')")
    seal_valid(page)
    block = assert_block_copy_and_continue(page)
    page.locator("#apply-copy").click()
    expect(page.locator("#apply-copy-status")).to_have_text(
        "Copied. Paste it into the field “Sealed application” on GitHub."
    )
    assert page.evaluate("navigator.clipboard.readText()") == block


MAILBOX = "applications-candidatures@micro-acquisition.example"
MAIL_ROUTE = {
    "en": ("By e-mail, without a GitHub account", "Send by e-mail", "With a GitHub account"),
    "fr": ("Par courriel, sans compte GitHub", "Envoyer par courriel", "Avec un compte GitHub"),
}
NEEDED = {
    "en": ("A GitHub account (free) or an e-mail address", MAILBOX),
    "fr": ("l'interface de GitHub est offerte en anglais seulement", "ou une adresse courriel"),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_after_sealing_both_routes_are_offered_github_and_email(
    context: BrowserContext, base_url: str, lang: str
) -> None:
    context.add_init_script(BLOCKED_TAB)
    requests = record(context)
    page = context.new_page()
    page.goto(base_url + f"{lang}/opportunities/{OPP}/")
    needed = page.locator("#what-you-need")
    for words in NEEDED[lang]:
        expect(needed).to_contain_text(words)
    first = page.evaluate(
        """(() => { const need = document.getElementById('what-you-need');
        const about = [...document.querySelectorAll('a[href$="/apply/"], a[href*="issues/new"]')];
        return about.length > 0 && about.every((a) =>
          need.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING); })()"""
    )
    assert first, "what is needed is said before any link to apply"
    page.goto(apply_url(base_url, lang))
    seal_and_see_nothing_open(context, page, lang)
    title, button, github = MAIL_ROUTE[lang]
    expect(page.locator("#apply-continue")).to_be_visible()  # route 1: GitHub
    expect(page.locator("#apply-github h3")).to_have_text(github)
    mail = page.locator("#apply-mail")  # route 2: e-mail
    expect(mail.locator("h3")).to_have_text(title)
    # Equal choices: side by side on a laptop, the same kind of button, the same height of heading.
    github_box = page.locator("#apply-github").bounding_box()
    mail_box = page.locator("#apply-mail").bounding_box()
    assert github_box and mail_box and github_box["y"] == mail_box["y"]
    assert github_box["x"] + github_box["width"] <= mail_box["x"]
    assert page.locator("#apply-continue").get_attribute("class") == "button apply-continue"
    assert page.locator("#apply-mail-link").get_attribute("class") == "button apply-mail-link"
    expect(mail).to_contain_text(MAILBOX)
    subject = {"en": "Application · Candidature", "fr": "Candidature · Application"}[lang]
    expect(mail).to_contain_text(f"{subject} [{OPP}]")  # the page's language first
    link = page.locator("#apply-mail-link")
    expect(link).to_have_text(button)
    href = link.get_attribute("href") or ""
    block = page.locator("#apply-block").input_value()
    assert href.startswith(f"mailto:{MAILBOX}?subject=" + quote(f"{subject} [", safe=""))
    if len(href) <= 2000:  # the stub's block is short: it travels in the link's body
        assert "&body=" + quote(block, safe="") in href
    assert SECRET not in href and leaks(requests) == []
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_a_block_too_long_for_a_mailto_link_is_pasted_and_the_page_says_so(
    context: BrowserContext, base_url: str
) -> None:
    context.add_init_script(BLOCKED_TAB)
    page = context.new_page()
    page.goto(apply_url(base_url))
    type_everything(page)
    page.fill("#answer-skills", "word " * 240)  # within the limit, too long for a mailto: link
    page.locator("#applicant-name").press("Enter")
    href = page.locator("#apply-mail-link").get_attribute("href") or ""
    assert "&body=" not in href and href.startswith(f"mailto:{MAILBOX}?subject=")
    expect(page.locator("#apply-mail")).to_contain_text("paste the whole block in the body")
