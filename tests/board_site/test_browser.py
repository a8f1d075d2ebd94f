"""In a real Chromium: what a supplier does on the board, with the keyboard alone, and axe."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from .conftest import FINGERPRINT
from .draw_content import DRAWN

OPP = "accessible-pdf-forms"


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    context.close()
    assert not errors, f"JavaScript errors: {errors}"


def visible_titles(page: Page) -> list[str]:
    return page.locator("[data-cards] .card:visible h3 a").all_inner_texts()


def test_filter_by_skill_and_text(page: Page, base_url: str) -> None:
    page.goto(base_url + "en/")
    assert len(visible_titles(page)) == 2
    page.select_option("#filter-skill", label="SVG")
    assert visible_titles(page) == ["Redraw the team logo as SVG"]
    expect(page.locator(".filter-count")).to_have_text("1 of 2 opportunities shown")
    page.select_option("#filter-skill", "")
    page.fill("#filter-text", "pdf forms")
    assert visible_titles(page) == ["Make three PDF forms accessible"]
    page.fill("#filter-text", "nothing matches this")
    assert visible_titles(page) == []


def test_skills_show_and_filter_in_the_pages_language(page: Page, base_url: str) -> None:
    """The skill menu and the cards' skills are the board's French labels on the French board,
    and choosing one filters by the skill, whatever its label."""
    page.goto(base_url + "fr/")
    options = page.locator("#filter-skill option").all_inner_texts()
    assert options == [
        "Toutes les compétences",
        "Essais d'accessibilité",
        "Illustration",
        "PDF/UA",
        "SVG",
        "WCAG 2.1",
    ]
    page.select_option("#filter-skill", label="Essais d'accessibilité")
    assert visible_titles(page) == ["Rendre trois formulaires PDF accessibles"]
    card = page.locator("[data-cards] .card:visible .skills li")
    assert "Essais d'accessibilité" in card.all_inner_texts()
    expect(page.locator(".filter-count")).to_have_text(re.compile(r"\b1\b.*\b2\b"))
    page.goto(base_url + "en/")
    assert "Accessibility testing" in page.locator("#filter-skill option").all_inner_texts()


def test_without_javascript_every_card_shows_and_no_dead_filter(
    browser: Browser, base_url: str
) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "fr/")
    assert len(page.locator("[data-cards] .card:visible").all()) == 2
    assert not page.locator("[data-board-filter]").is_visible()
    context.close()


def test_open_an_opportunity_and_switch_language(page: Page, base_url: str) -> None:
    page.goto(base_url + "en/")
    page.click("text=Make three PDF forms accessible")
    expect(page).to_have_url(base_url + f"en/opportunities/{OPP}/")
    page.click("gcds-lang-toggle a")  # the GC header's toggle, in its shadow DOM
    expect(page).to_have_url(base_url + f"fr/opportunities/{OPP}/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator("h1")).to_have_text("Rendre trois formulaires PDF accessibles")
    page.click("gcds-lang-toggle a")
    expect(page).to_have_url(base_url + f"en/opportunities/{OPP}/")


# The focused element, inside the shadow DOM of the GC Design System's components too.
DEEP_ACTIVE = """(() => { let el = document.activeElement;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  return el; })()"""


def tab_to(page: Page, predicate: str, limit: int = 60) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(() => {{ const el = {DEEP_ACTIVE}; return {predicate}; }})()"):
            return
    raise AssertionError(f"could not reach an element where {predicate} with the Tab key")


def test_keyboard_only(page: Page, base_url: str) -> None:
    page.goto(base_url + "en/")
    page.wait_for_selector("gcds-header.hydrated")
    page.keyboard.press("Tab")
    assert page.evaluate(f"{DEEP_ACTIVE}.getAttribute('href')") == "#main-content"
    # the link's words are slotted into gcds-link: they are its host's text
    assert page.evaluate(f"{DEEP_ACTIVE}.getRootNode().host.textContent.trim()") == (
        "Skip to main content"
    )
    page.keyboard.press("Enter")
    tab_to(page, "el.id === 'filter-skill'")
    page.keyboard.press("End")  # choose the last skill from the keyboard
    tab_to(
        page,
        "el.textContent === 'Make three PDF forms accessible' || el.textContent === 'Redraw the team logo as SVG'",
    )
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/opportunities/[a-z-]+/$"))
    page.wait_for_load_state()  # Tab presses during a page load would land on the old page
    tab_to(page, "el.getAttribute && /fr\\/opportunities\\//.test(el.getAttribute('href') || '')")
    page.keyboard.press("Enter")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    page.goto(base_url + "en/")
    tab_to(page, "el.tagName === 'SUMMARY'")
    page.keyboard.press("Enter")
    assert page.locator("details.past").get_attribute("open") is not None


AXE_PAGES = (
    [""]
    + [
        f"{lang}/{path}"
        for lang in ("en", "fr")
        for path in (
            "",
            f"opportunities/{OPP}/",
            "guides/how-to-apply/",
            f"opportunities/{OPP}/apply/",
            "results/",  # issue #12: the Results page
        )
    ]
    + [  # the results after closing (issue #10): awarded, not awarded, overdue
        f"{lang}/opportunities/{oid}/"
        for lang in ("en", "fr")
        for oid in ("awarded-survey", "unawarded-survey", "closed-survey")
    ]
    + [f"{lang}/opportunities/{DRAWN}/" for lang in ("en", "fr")]  # the draw (#10)
)


@pytest.mark.parametrize("path", AXE_PAGES)
def test_axe_finds_no_violation(page: Page, base_url: str, path: str) -> None:
    page.goto(base_url + path)
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def fill_valid(page: Page, words: int = 12, word: str = "accessible") -> None:
    page.fill("#applicant-name", "Alex Tremblay")
    page.fill("#applicant-email", "alex@example.ca")
    page.fill("#answer-skills", " ".join([word] * words))
    page.check("#language-fr")
    for box in page.locator("#apply-form input[type=checkbox]").all():
        box.check()


def test_apply_word_counter_is_live(page: Page, base_url: str) -> None:
    page.goto(base_url + f"en/opportunities/{OPP}/apply/")
    counter = page.locator("#answer-skills-count")
    expect(counter).to_have_text("0 of 250 words")
    # the count is shown, and a separate live region speaks at thresholds (test_gc_frame.py)
    assert page.locator("#answer-skills-live").get_attribute("aria-live") == "polite"
    page.type("#answer-skills", "I fixed forty forms")
    expect(counter).to_have_text("4 of 250 words")
    page.fill("#answer-skills", " ".join(["word"] * 251))
    expect(counter).to_have_text("251 of 250 words")


def test_apply_errors_are_announced_and_linked(page: Page, base_url: str) -> None:
    page.goto(base_url + f"fr/opportunities/{OPP}/apply/")
    page.click("text=Sceller ma candidature")
    summary = page.locator("#error-summary")
    expect(summary).to_be_visible()
    assert summary.get_attribute("role") == "alert"
    expect(summary.locator("h2")).to_have_text("Votre candidature comporte 7 problèmes")
    assert page.evaluate("document.activeElement.id") == "error-summary"
    name = page.locator("#applicant-name")
    assert name.get_attribute("aria-invalid") == "true"
    expect(page.locator("#" + name.get_attribute("aria-describedby"))).to_have_text(
        "Entrez votre nom complet."
    )
    expect(summary.locator("a").first).to_have_text("Votre nom complet — Entrez votre nom complet.")
    expect(summary.locator("a").nth(3)).to_contain_text("J'ai atteint l'âge de la majorité")
    summary.locator("a").first.click()
    assert page.evaluate("document.activeElement.id") == "applicant-name"
    assert page.evaluate("window.__sealed") is None  # nothing sealed while invalid


def test_one_apply_error_is_counted_in_the_singular(page: Page, base_url: str) -> None:
    # a real plural form from the catalog, not "problème(s)"
    for lang, heading in (
        ("fr", "Votre candidature comporte 1 problème"),
        ("en", "There is 1 problem with your application"),
    ):
        page.goto(base_url + f"{lang}/opportunities/{OPP}/apply/")
        fill_valid(page)
        page.fill("#applicant-name", "")
        page.click("#apply-form [type=submit]")
        expect(page.locator("#error-summary h2")).to_have_text(heading)


def test_apply_seals_then_opens_github_with_the_envelope_when_chosen(
    page: Page, base_url: str
) -> None:
    page.goto(base_url + f"en/opportunities/{OPP}/apply/")
    page.evaluate("window.open = (url) => { window.__opened = url; return {}; }")  # a tab opened
    fill_valid(page)
    page.click("text=Seal my application")
    expect(page.locator("#apply-continue")).to_be_visible()
    assert page.evaluate("window.__opened") is None  # sealing opens nothing by itself
    page.click("#apply-continue")
    expect(page.locator("#apply-github-status")).to_have_text(
        "GitHub opened in a new tab with your sealed application."
    )
    sealed: dict[str, Any] = page.evaluate("window.__sealed")
    assert sealed["id"] == OPP and sealed["fingerprint"] == FINGERPRINT
    assert sealed["payload"] == {
        "name": "Alex Tremblay",
        "email": "alex@example.ca",
        "business": "",
        "language": "fr",
        "answers": {"skills": " ".join(["accessible"] * 12)},
        "attestations": ["age-of-majority", "right-to-work", "public-servant-approval", "own-work"],
    }
    opened = page.evaluate("window.__opened")
    assert opened.startswith(
        "https://github.com/example-org/micro-acquisition-board/issues/new?template=application.yml"
        f"&opportunity={OPP}&envelope=-----BEGIN"
    )
    expect(page.locator("#apply-continue")).to_have_attribute("href", opened)


def test_apply_long_envelope_falls_back_to_numbered_steps(page: Page, base_url: str) -> None:
    page.goto(base_url + f"en/opportunities/{OPP}/apply/")
    page.evaluate("window.open = (url) => { window.__opened = url; return null; }")
    fill_valid(page, words=240, word="accessibility-remediation-documentation")  # > 8000 characters
    page.click("text=Seal my application")
    result = page.locator("#apply-result")
    expect(result.locator("#apply-github ol li")).to_have_count(4)  # the GitHub route
    expect(result.locator("#apply-mail ol li")).to_have_count(2)  # the e-mail route
    expect(page.locator("#apply-github")).to_contain_text("too long to travel in a link")
    assert page.locator("#apply-block").input_value().startswith("-----BEGIN SEALED APPLICATION")
    assert page.evaluate("window.__opened") is None
    form = (
        "https://github.com/example-org/micro-acquisition-board/issues/new?template=application.yml"
        f"&opportunity={OPP}"
    )
    expect(page.locator("#apply-continue")).to_have_attribute("href", form)
    # Chosen: the empty form opens, and the page says to paste the block there.
    page.evaluate("window.open = (url) => { window.__opened = url; return {}; }")
    page.click("#apply-continue")
    assert page.evaluate("window.__opened") == form
    expect(page.locator("#apply-github-status")).to_have_text(
        "GitHub's application form opened in a new tab: paste your sealed application into the "
        "field “Sealed application”."
    )


def test_the_ranking_recomputed_in_the_browser_equals_board_draw_verify(
    page: Page, base_url: str, fixture_content: Path
) -> None:
    """The page's script (WebCrypto) gives the ranking that `board draw verify` recomputes (the
    same function, `Evaluation.ranking`), says so in the page's language, says so when the
    published ranking was edited, and the page passes axe with the result shown (#10)."""
    from board.outcomes import folder
    from board.outcomes.evaluation import Evaluation

    here = fixture_content / "outcomes" / DRAWN
    loaded, problems = folder.load_file(here / "evaluation.yaml", "evaluation")
    assert loaded is not None, problems
    record = Evaluation.from_raw(loaded.doc.data, loaded.doc.path, loaded.sha256)
    draw = yaml.safe_load((here / "draw.yaml").read_text())
    verified = list(record.ranking(draw["randomness"]))
    assert verified == draw["ranking"] and len(verified) == 3
    for lang, said in (
        ("en", "The ranking recomputed in your browser matches the published ranking."),
        ("fr", "Le classement recalculé dans votre navigateur correspond au classement publié."),
    ):
        page.goto(f"{base_url}{lang}/opportunities/{DRAWN}/")
        expect(page.locator("section[aria-labelledby=draw] pre")).to_have_text(
            f"board draw verify {DRAWN}"
        )
        assert page.locator(".draw-ranking code").all_inner_texts() == verified
        page.click("#draw-recompute")
        expect(page.locator("#draw-result")).to_have_text(said)
        assert page.locator("#draw-recomputed code").all_inner_texts() == verified
        results = Axe().run(page)
        assert results.violations_count == 0, results.generate_report()
    swapped = " ".join([verified[1], verified[0], verified[2]])
    page.evaluate(f"document.getElementById('draw-check').dataset.ranking = '{swapped}'")
    page.click("#draw-recompute")
    expect(page.locator("#draw-result")).to_have_text(
        "Le classement recalculé dans votre navigateur ne correspond pas au classement publié."
    )
