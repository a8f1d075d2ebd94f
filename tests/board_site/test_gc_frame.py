"""The board looks and behaves like Canada.ca (issue #11 §3), in one Chromium session over the
fixture board: every page type in both languages at 320, 390 and 1280 CSS pixels wide, with no
sideways scrolling (WCAG 1.4.10), axe at 0 violations for WCAG 2.1 AA and 2.2's target size,
one skip link, the GC header, footer, "Date modified" and "Report a problem", and nothing loaded
from another site. Then the Apply page's privacy link before the form, the contract terms on
every opportunity, the key facts on a phone's first two screens and the word counter's
announcements at thresholds."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlparse

import pytest
import yaml
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page

from board.site import routes

from .conftest import ROOT

OPP = "accessible-pdf-forms"
OPPORTUNITIES = [OPP, "soon-closing-logo", "closed-survey", "cancelled-map"]
WIDTHS = [320, 390, 1280]
PHONE = {"width": 390, "height": 844}
PREFIX = urlparse(yaml.safe_load((ROOT / "mkdocs.yml").read_text("utf-8"))["site_url"]).path
CONTACT = yaml.safe_load((ROOT / "content" / "board.yaml").read_text("utf-8"))["contact"]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]  # 2.2 AA: target size


def framed_pages(lang: str) -> list[str]:
    """Every page type of the board in ``lang``, in the GC frame."""
    urls = [routes.home(lang), routes.archive(lang)]
    urls += [routes.opportunity(lang, oid) for oid in OPPORTUNITIES]
    urls += [routes.apply(lang, OPP)]
    urls += [routes.guide(lang, slug) for slug in (*routes.GUIDES, *routes.SERVICE_PAGES)]
    return urls


EVERY_PAGE = [u for lang in ("en", "fr") for u in framed_pages(lang)] + ["", "404.html"]

# Links and components, inside the shadow DOM of the GC Design System's components too.
DEEP = """() => {
  const all = [];
  const walk = (root) => root.querySelectorAll("*").forEach((e) => {
    all.push(e); if (e.shadowRoot) walk(e.shadowRoot); });
  walk(document);
  const links = all.filter((e) => e.tagName === "A" && e.hasAttribute("href"));
  const within = (e, tag) => { for (let n = e; n; n = n.parentNode || n.host) {
    if (n.tagName === tag) return true; } return false; };
  const words = (a) => (a.textContent.trim() || (a.getRootNode().host || a).textContent).trim();
  return {
    width: document.documentElement.scrollWidth, viewport: window.innerWidth,
    skips: links.filter((a) => /^(skip|passer)/i.test(words(a)) || a.matches(".md-skip"))
      .map((a) => a.getAttribute("href")),
    report: links.filter((a) => a.getAttribute("href").startsWith("mailto:")
      && a.closest(".report-problem")).map((a) => a.getAttribute("href")),
    modified: [...document.querySelectorAll("gcds-date-modified")].map((e) => e.textContent.trim()),
    header: !!document.querySelector("gcds-header.hydrated"),
    footer: !!document.querySelector("gcds-footer.hydrated"),
    signature: !!all.find((e) => e.tagName === "GCDS-SIGNATURE" && e.classList.contains("hydrated")),
    toggle: links.filter((a) => within(a, "GCDS-LANG-TOGGLE")).map((a) => a.getAttribute("href")),
    small: links.filter((a) => a.closest(".gc-board-footer, .gc-splash__foot")
      && (a.getBoundingClientRect().height < 24 || a.getBoundingClientRect().width < 24))
      .map((a) => a.textContent.trim()),
  };
}"""
HYDRATED = """() => [...document.querySelectorAll("*")].filter((e) => e.tagName.startsWith("GCDS-"))
  .every((e) => e.classList.contains("hydrated"))"""


@pytest.fixture(scope="module")
def session(browser: Browser, base_url: str) -> Iterator[tuple[Page, list[str]]]:
    """One page for the module; any request to another host is recorded and refused."""
    context = browser.new_context()
    page = context.new_page()
    foreign: list[str] = []

    def guard(route: Any) -> None:
        url = route.request.url
        if urlparse(url).hostname != "127.0.0.1":
            foreign.append(url)
            route.abort()
        elif urlparse(url).path.startswith(PREFIX):  # the 404 page's links start at site_url
            route.continue_(url=base_url + urlparse(url).path[len(PREFIX) :])
        else:
            route.continue_()

    page.route("**/*", guard)
    yield page, foreign
    context.close()


def load(page: Page, url: str) -> None:
    page.goto(url)
    page.wait_for_function(HYDRATED)
    page.evaluate("document.querySelectorAll('details').forEach((d) => d.open = true)")


def frame_problems(url: str, got: dict[str, Any]) -> list[str]:
    problems = []
    if got["width"] > got["viewport"]:
        problems.append(f"{url}: {got['width']} px wide in a {got['viewport']} px window")
    if got["small"]:
        problems.append(f"{url}: footer links under 24 by 24 px: {got['small']}")
    if url in ("", "404.html"):
        return problems + ([] if got["signature"] else [f"{url}: no GC signature"])
    if got["skips"] != ["#main-content"]:
        problems.append(f"{url}: skip links {got['skips']}")
    if not (got["header"] and got["footer"]):
        problems.append(f"{url}: the GC header or footer did not load")
    if len(got["toggle"]) != 1 or not got["toggle"][0].endswith(routes.translate(url)):
        problems.append(f"{url}: language toggle {got['toggle']}")
    if len(got["modified"]) != 1 or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", got["modified"][0]):
        problems.append(f"{url}: date modified {got['modified']}")
    if len(got["report"]) != 1 or not got["report"][0].startswith(f"mailto:{CONTACT}?subject="):
        problems.append(f"{url}: report a problem {got['report']}")
    return problems


@pytest.mark.parametrize("width", WIDTHS)
def test_every_page_reflows_passes_axe_and_wears_the_gc_frame(
    session: tuple[Page, list[str]], base_url: str, width: int
) -> None:
    page, foreign = session
    page.set_viewport_size({"width": width, "height": 800})
    problems: list[str] = []
    for url in EVERY_PAGE:
        load(page, base_url + url)
        problems += frame_problems(url, page.evaluate(DEEP))
        results = Axe().run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
        if results.violations_count:
            problems.append(f"{url} at {width} px:\n{results.generate_report()}")
    assert problems == [], "\n".join(problems)
    assert foreign == []


def test_the_bilingual_pages_hold_both_languages_without_the_theme(
    session: tuple[Page, list[str]], base_url: str
) -> None:
    page, _ = session
    for url, leads in (("", ["English", "Français"]), ("404.html", ["Error 404", "Erreur 404"])):
        load(page, base_url + url)
        text = page.inner_text("body")
        assert all(lead in text for lead in leads), url
        assert page.locator("[lang=fr]").count() >= 1
        assert page.locator(".md-header, .md-container, .md-footer, .md-skip").count() == 0, url
    assert page.evaluate(DEEP)["toggle"] == [PREFIX + "fr/"]  # the 404's toggle: the French board


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_privacy_notice_is_linked_before_anything_is_sealed(
    session: tuple[Page, list[str]], base_url: str, lang: str
) -> None:
    page, _ = session
    load(page, base_url + routes.apply(lang, OPP))
    link = page.locator("a.privacy-link")
    assert link.is_visible()
    before = page.evaluate(
        """() => { const a = document.querySelector("a.privacy-link");
        const form = document.querySelector("#apply-form");
        return !!(a.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING); }"""
    )
    assert before, "the privacy link comes after the form"
    link.click()
    page.wait_for_url(base_url + routes.guide(lang, routes.PRIVACY))
    assert page.locator("h1").inner_text() in ("Privacy notice", "Avis de confidentialité")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_opportunity_links_its_contract_terms(
    session: tuple[Page, list[str]], base_url: str, lang: str
) -> None:
    page, _ = session
    terms = base_url + routes.guide(lang, routes.TERMS)
    for oid in OPPORTUNITIES:
        load(page, base_url + routes.opportunity(lang, oid))
        link = page.locator("a.terms-link")
        assert link.count() == 1 and link.is_visible(), oid
        assert page.evaluate("document.querySelector('a.terms-link').href") == terms


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_on_a_phone_the_key_facts_and_apply_come_within_two_screens(
    session: tuple[Page, list[str]], base_url: str, lang: str
) -> None:
    page, _ = session
    page.set_viewport_size(PHONE)
    load(page, base_url + routes.opportunity(lang, OPP))
    two_screens = 2 * PHONE["height"]
    facts = page.locator("dl.facts").first.bounding_box()
    apply = page.locator(".banner-apply a.button").bounding_box()
    assert facts and apply
    assert facts["y"] + facts["height"] <= two_screens
    assert apply["y"] + apply["height"] <= two_screens
    page.locator(".banner-apply a.button").click()
    page.wait_for_url(base_url + routes.apply(lang, OPP))


LIVE = """() => { window.__said = [];
  const live = document.querySelector("#answer-skills-live");
  new MutationObserver(() => window.__said.push(live.textContent)).observe(
    live, { childList: true, characterData: true, subtree: true }); }"""


def test_the_word_counter_speaks_at_thresholds_not_at_each_key(
    session: tuple[Page, list[str]], base_url: str
) -> None:
    page, _ = session
    load(page, base_url + routes.apply("en", OPP))
    page.wait_for_selector("#apply-fields:not([disabled])")
    counter = page.locator("#answer-skills-count")
    assert counter.get_attribute("aria-live") is None  # the visible count does not speak
    assert page.locator("#answer-skills-live").get_attribute("aria-live") == "polite"
    page.evaluate(LIVE)
    page.type("#answer-skills", "I fixed forty forms")  # one key at a time: 19 inputs
    assert counter.inner_text() == "4 of 250 words"
    assert page.evaluate("window.__said") == []
    for words in (124, 125, 126, 200, 225, 240, 251, 252, 240):
        page.fill("#answer-skills", " ".join(["word"] * words))
    said = page.evaluate("window.__said")
    assert said == [
        "125 of 250 words",
        "225 of 250 words",
        "251 of 250 words, over the limit",
        "240 of 250 words",
    ]


FONTS = """async () => { await document.fonts.ready;
  const strip = (family) => family.replace(/^["']|["']$/g, "");
  return {
    loaded: [...document.fonts].filter((f) => f.status === "loaded")
      .map((f) => [strip(f.family), String(f.weight), f.style]),
    files: performance.getEntriesByType("resource").map((e) => e.name)
      .filter((name) => /\\.(woff2?|ttf|otf|eot)(\\?|$)/.test(name)),
    heading: getComputedStyle(document.querySelector("h1")).fontFamily,
  };
}"""


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_gc_typefaces_are_served_by_the_board_itself(
    session: tuple[Page, list[str]], base_url: str, lang: str
) -> None:
    """Lato (headings) and Noto Sans (text) load, from the board's own origin; nothing else does."""
    page, foreign = session
    page.set_viewport_size({"width": 1280, "height": 800})
    fonts = base_url + "assets/gcds/fonts/"
    for url in (routes.home(lang), routes.opportunity(lang, OPP), routes.apply(lang, OPP)):
        load(page, base_url + url)
        got = page.evaluate(FONTS)
        families = {family for family, _, _ in got["loaded"]}
        assert {"Lato", "Noto Sans"} <= families, (url, got["loaded"])
        assert ["Lato", "700", "normal"] in got["loaded"], url  # the headings' face
        assert ["Noto Sans", "400", "normal"] in got["loaded"], url  # the text's face
        assert got["heading"].startswith('Lato, "Noto Sans"'), got["heading"]
        assert got["files"] and all(f.startswith(fonts) for f in got["files"]), got["files"]
        assert all(f.endswith(".woff2") for f in got["files"]), got["files"]
    assert foreign == []  # the session refuses and records any request to another host
