"""Changes shown so that a supplier sees them (#11): from a real git repository, "Updated" only
for a material change and saying what changed, editorial fixes collapsed, the changed words
marked within the field as the page renders it (markup in content stays text), "Posted" and
"first published" in agreement; then the same page in Chromium, axe clean."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from board.site import revisions as history

from .browser import serve
from .conftest import build_board, sample, write_content
from .test_history import git

OPP = "accessible-pdf-forms"
HOSTILE = "`<img src=x onerror=alert(1)>`"


@pytest.fixture(scope="module")
def changed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("changes")
    repo = root / "repo"
    data: dict[str, Any] = dict(sample(), posted="2027-01-11", status="draft")
    content = write_content(repo / "content", [data])
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "draft", when="2027-01-08T09:00:00-05:00")
    path = content / "opportunities" / f"{OPP}.yaml"

    def save(changes: dict[str, Any], when: str) -> None:
        data.update(changes)
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000))
        git(repo, "commit", "-q", "-am", "change", when=when)

    save({"status": "published"}, "2027-01-11T09:00:00-05:00")
    description = dict(data["description"])
    description["en"] = description["en"].replace(
        "Our team publishes three", f"Our team publishes four {HOSTILE}"
    )
    save({"description": description}, "2027-01-12T10:00:00-05:00")  # editorial
    save(
        {"closing": "2027-02-05T23:59:59-05:00", "start": "2027-02-10"},
        "2027-01-18T10:30:00-05:00",
    )
    return build_board(content, root / "site")


def page_html(site: Path, lang: str) -> str:
    return (site / lang / "opportunities" / OPP / "index.html").read_text(encoding="utf-8")


def test_updated_says_what_changed_in_both_languages(changed_site: Path) -> None:
    en, fr = page_html(changed_site, "en"), page_html(changed_site, "fr")
    assert (
        "Closing date moved from January 29, 2027, 11:59 p.m. ET to February 5, 2027, "
        "11:59 p.m. ET" in en
    )
    assert "Start date moved from February 3, 2027 to February 10, 2027" in en
    assert "Date de clôture reportée du 29 janvier 2027, 23 h 59 HE au 5 février 2027" in fr
    board = (changed_site / "en" / "index.html").read_text(encoding="utf-8")
    assert "badge--updated" in board
    card = board.split('class="card__changed">', 1)[1].split("</p>", 1)[0]
    assert card.startswith("Closing date moved from January 29, 2027")
    french = (changed_site / "fr" / "index.html").read_text(encoding="utf-8")
    assert '<p class="card__changed">Date de clôture reportée du 29 janvier 2027' in french


def test_editorial_fixes_are_collapsed_and_do_not_make_an_update() -> None:
    base = {"status": "published", "title": {"en": "Fix teh form"}, "closing": "2027-01-29"}
    fixed = dict(base, title={"en": "Fix the form"})
    found = history.from_versions(
        [
            (history.datetime.fromisoformat("2027-01-11T14:00:00+00:00"), "a" * 40, base),
            (history.datetime.fromisoformat("2027-01-12T14:00:00+00:00"), "b" * 40, fixed),
        ]
    )
    assert not found.updated and len(found.editorial) == 1 and found.material == ()
    moved = dict(fixed, closing="2027-02-05")
    found = history.from_versions(
        [
            (history.datetime.fromisoformat("2027-01-11T14:00:00+00:00"), "a" * 40, base),
            (history.datetime.fromisoformat("2027-01-12T14:00:00+00:00"), "b" * 40, fixed),
            (history.datetime.fromisoformat("2027-01-13T14:00:00+00:00"), "c" * 40, moved),
        ]
    )
    assert found.updated and len(found.material) == 1


def test_history_marks_changed_words_in_the_rendered_field(changed_site: Path) -> None:
    en = page_html(changed_site, "en")
    section = en.split('id="history"', 1)[1]
    editorial = section.split('<details class="editorial">', 1)[1].split("</details>", 1)[0]
    assert "Editorial changes (1)" in editorial
    diff = editorial.split('<div class="word-diff">', 1)[1].split("</div>", 1)[0]
    assert diff.startswith("<p>Our team publishes <del>three</del> <ins>four</ins> <code><ins>")
    # the hostile code span stays text: escaped, inside <code>, never a tag
    assert "&lt;img src=x onerror=alert(1)&gt;" in diff
    assert "<img" not in section
    assert "**" not in diff and "`" not in diff  # rendered Markdown, not its source


def test_posted_and_first_published_agree(changed_site: Path) -> None:
    en = page_html(changed_site, "en")
    assert "<dd>January 11, 2027</dd>" in en
    assert "First published on January 11, 2027, 9:00 a.m. ET." in en
    ahead = history.History(
        available=True, published=history.datetime.fromisoformat("2027-01-08T14:00:00+00:00")
    )
    posted_from = history.datetime.fromisoformat("2027-01-11T00:00:00-05:00")
    assert ahead.first_shown(posted_from) == posted_from  # merged ahead: shown on `posted`


@pytest.fixture(scope="module")
def served(changed_site: Path) -> Iterator[str]:
    with serve(changed_site) as url:
        yield url


def test_history_in_chromium_is_readable_and_axe_clean(browser: Browser, served: str) -> None:
    context = browser.new_context()
    page: Page = context.new_page()
    for lang in ("en", "fr"):
        page.goto(f"{served}{lang}/opportunities/{OPP}/")
        editorial = page.locator("details.editorial")
        expect(editorial.locator("ins").first).to_be_hidden()  # collapsed until asked
        editorial.locator("summary").click()
        expect(editorial.locator(".word-diff del").first).to_have_text("three")
        expect(editorial.locator(".word-diff code ins")).to_have_text(
            "<img src=x onerror=alert(1)>"
        )
        assert page.evaluate("typeof window.__xss") == "undefined"
        summary = page.locator(".change-summary li").first
        expect(summary).to_have_text(re.compile(r"(Closing date moved|Date de clôture reportée)"))
        results = Axe().run(page)
        assert results.violations_count == 0, results.generate_report()
        page.goto(f"{served}{lang}/")  # the card that says what changed
        expect(page.locator(".card__changed")).to_be_visible()
        results = Axe().run(page)
        assert results.violations_count == 0, results.generate_report()
    context.close()
