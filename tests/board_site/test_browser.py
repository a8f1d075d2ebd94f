"""In a real Chromium: what a supplier does on the board, with the keyboard alone, and axe."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from .conftest import FINGERPRINT

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
    page.select_option("#filter-skill", "SVG")
    assert visible_titles(page) == ["Redraw the team logo as SVG"]
    expect(page.locator(".filter-count")).to_have_text("1 of 2 opportunities shown")
    page.select_option("#filter-skill", "")
    page.fill("#filter-text", "pdf forms")
    assert visible_titles(page) == ["Make three PDF forms accessible"]
    page.fill("#filter-text", "nothing matches this")
    assert visible_titles(page) == []


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
    page.click("a.gc-lang")
    expect(page).to_have_url(base_url + f"fr/opportunities/{OPP}/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator("h1")).to_have_text("Rendre trois formulaires PDF accessibles")
    page.click("a.gc-lang")
    expect(page).to_have_url(base_url + f"en/opportunities/{OPP}/")


def tab_to(page: Page, predicate: str, limit: int = 60) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(() => {{ const el = document.activeElement; return {predicate}; }})()"):
            return
    raise AssertionError(f"could not reach an element where {predicate} with the Tab key")


def test_keyboard_only(page: Page, base_url: str) -> None:
    page.goto(base_url + "en/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('gc-skip')")
    assert page.evaluate("document.activeElement.textContent") == "Skip to main content"
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
    tab_to(page, "el.classList.contains('gc-lang')")
    page.keyboard.press("Enter")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    page.goto(base_url + "en/")
    tab_to(page, "el.tagName === 'SUMMARY'")
    page.keyboard.press("Enter")
    assert page.locator("details.past").get_attribute("open") is not None


AXE_PAGES = [""] + [
    f"{lang}/{path}"
    for lang in ("en", "fr")
    for path in (
        "",
        f"opportunities/{OPP}/",
        "guides/how-to-apply/",
        f"opportunities/{OPP}/apply/",
        "results/",  # issue #12: the Results page with nothing awarded yet
    )
]


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
    assert counter.get_attribute("aria-live") == "polite"
    page.type("#answer-skills", "I fixed forty forms")
    expect(counter).to_have_text("4 of 250 words")
    page.fill("#answer-skills", " ".join(["word"] * 251))
    expect(counter).to_have_text("251 of 250 words")


def test_apply_errors_are_announced_and_linked(page: Page, base_url: str) -> None:
    page.goto(base_url + f"fr/opportunities/{OPP}/apply/")
    page.click("text=Sceller et continuer vers GitHub")
    summary = page.locator("#error-summary")
    expect(summary).to_be_visible()
    assert summary.get_attribute("role") == "alert"
    expect(summary.locator("h2")).to_have_text("Votre candidature comporte 7 problème(s)")
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


def test_apply_seals_and_opens_github_with_the_envelope(page: Page, base_url: str) -> None:
    page.goto(base_url + f"en/opportunities/{OPP}/apply/")
    page.evaluate("window.open = (url) => { window.__opened = url; return {}; }")  # a tab opened
    fill_valid(page)
    page.click("text=Seal and continue to GitHub")
    expect(page.locator("#apply-status")).to_have_text(
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
    page.click("text=Seal and continue to GitHub")
    result = page.locator("#apply-result")
    expect(result.locator("ol li")).to_have_count(4)
    expect(page.locator("#apply-status")).to_contain_text("too long to travel in a link")
    assert page.locator("#apply-block").input_value().startswith("-----BEGIN SEALED APPLICATION")
    assert page.evaluate("window.__opened") is None
    expect(page.locator("#apply-continue")).to_have_attribute(
        "href",
        "https://github.com/example-org/micro-acquisition-board/issues/new?template=application.yml"
        f"&opportunity={OPP}",
    )
