"""Results after closing on the board (issue #10): awarded, not awarded and overdue, on the
opportunity page, in the list, the feeds and the open data, in both languages."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import feedparser

from board.site import routes

from .conftest import OUTCOME_RECEIPTS, ROOT


def page(built: Path, path: str) -> str:
    return (built / path / "index.html").read_text(encoding="utf-8")


def test_an_awarded_page_says_to_whom_when_and_at_what_price_first(built: Path) -> None:
    en = page(built, "en/opportunities/awarded-survey")
    result = en.index('id="result"')
    assert result < en.index('class="lead"') < en.index('id="facts"')
    assert "Awarded on January 13, 2027 to Tremblay &amp; Fils &lt;script&gt;, at $6,500" in en
    assert "<script>" not in en.split('id="result"')[1].split("</section>")[0]
    fr = page(built, "fr/opportunities/awarded-survey")
    assert (
        "Attribuée le 13 janvier 2027 à Tremblay &amp; Fils &lt;script&gt;, au prix de 6\u00a0500\u00a0$"
        in fr
    )


def test_a_passed_over_selection_is_shown_with_its_reason(built: Path) -> None:
    en = page(built, "en/opportunities/awarded-survey")
    assert (
        f"Receipt {OUTCOME_RECEIPTS[1]}, place 1 in the ranking: the supplier declined the work on January 12, 2027."
        in en
    )
    assert "The supplier &lt;b&gt;declined&lt;/b&gt;" in en
    fr = page(built, "fr/opportunities/awarded-survey")
    assert (
        f"Reçu {OUTCOME_RECEIPTS[1]}, rang 1 au classement\u00a0: le fournisseur a refusé les travaux le 12 janvier 2027."
        in fr
    )


def test_the_evaluation_summary_counts_passes_and_failures_per_criterion(built: Path) -> None:
    en = page(built, "en/opportunities/awarded-survey")
    assert "2 applications passed every mandatory criterion." in en
    # with a draw, the ranking is the draw's, shown once in its section
    ranking = en.split('class="draw-ranking"')[1].split("</ol>")[0]
    assert ranking.index(OUTCOME_RECEIPTS[1]) < ranking.index(OUTCOME_RECEIPTS[0])
    assert OUTCOME_RECEIPTS[2] not in ranking  # did not pass: never listed by receipt
    fr = page(built, "fr/opportunities/awarded-survey")
    assert "2 candidatures ont satisfait à tous les critères obligatoires." in fr


def test_not_awarded_says_why_in_both_languages(built: Path) -> None:
    en = page(built, "en/opportunities/unawarded-survey")
    assert "Not awarded (January 12, 2027)." in en
    assert "No application passed every mandatory criterion." in en
    fr = page(built, "fr/opportunities/unawarded-survey")
    assert "Non attribuée (12 janvier 2027)." in fr
    assert "Aucune candidature n'a satisfait" in fr.replace("&#39;", "'")


def test_a_late_result_is_visible_on_its_page_and_in_the_list(built: Path) -> None:
    # closed-survey closed on January 15; the result was due two business days later (the 19th)
    en = page(built, "en/opportunities/closed-survey")
    assert "Result overdue" in en and "The result was due on January 19, 2027" in en
    assert "Résultat en retard" in page(built, "fr/opportunities/closed-survey")
    for lang, word in (("en", "Result overdue"), ("fr", "Résultat en retard")):
        for listing in (page(built, lang), page(built, f"{lang}/archive")):
            item = listing.split("closed-survey/")[1].split("</li>")[0]
            assert word in item
            assert "awarded-survey" in listing
    assert "Result overdue" not in page(built, "en/opportunities/awarded-survey")


def test_the_list_shows_awarded_and_not_awarded(built: Path) -> None:
    home = page(built, "fr")
    assert 'badge--awarded">Attribuée' in home and 'badge--not-awarded">Non attribuée' in home


def test_open_data_carries_the_result(built: Path) -> None:
    data = json.loads((built / routes.FEED_JSON).read_text(encoding="utf-8"))
    by_id = {o["id"]: o for o in data["opportunities"]}
    awarded = by_id["awarded-survey"]
    assert awarded["status"] == "awarded"
    assert awarded["result"]["award"]["supplier"] == "Tremblay & Fils <script>"
    assert awarded["result"]["evaluation"]["passed"] == [OUTCOME_RECEIPTS[1], OUTCOME_RECEIPTS[0]]
    assert awarded["result"]["passed_over"][0]["reason"] == "declined"
    assert by_id["unawarded-survey"]["status"] == "not-awarded"
    assert by_id["closed-survey"]["result"]["overdue"] is True
    assert by_id["closed-survey"]["result"]["due"] == "2027-01-19"
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO((built / routes.FEED_CSV).read_text()))}
    assert rows["awarded-survey"]["awarded_to"] == "Tremblay & Fils <script>"
    assert rows["awarded-survey"]["award_price"] == "6500.0"
    assert rows["closed-survey"]["result_overdue"] == "true"


def test_feeds_announce_results_and_the_calendar_the_day_they_are_due(built: Path) -> None:
    for lang, head in (("en", "Awarded: "), ("fr", "Attribuée\u00a0: ")):
        feed = feedparser.parse((built / routes.feed_atom(lang)).read_text(encoding="utf-8"))
        assert any(e.title.startswith(head) for e in feed.entries)
    ics = (built / routes.FEED_ICS).read_bytes().decode("utf-8")
    assert "UID:closed-survey-result-due@" in ics
    due = ics.split("UID:closed-survey-result-due@")[1].split("END:VEVENT")[0]
    assert "DTSTART;VALUE=DATE:20270119" in due
    assert "Result due: Clean a survey data set / Résultat attendu" in due.replace("\r\n ", "")


def test_the_apply_page_says_the_winners_name_is_published(built: Path) -> None:
    en = page(built, "en/opportunities/accessible-pdf-forms/apply")
    assert "your name (or your business&#39;s name) is published on the board as the supplier" in en
    fr = page(built, "fr/opportunities/accessible-pdf-forms/apply")
    assert "votre nom (ou celui de votre entreprise) est publié sur le tableau" in fr
    form = (ROOT / ".github" / "ISSUE_TEMPLATE" / "application.yml").read_text(encoding="utf-8")
    assert "I agree that my name (or my business's name) is\n            published" in form
