"""The Results page and metrics.json (issue #12 §3) show exactly the figures worked out by hand
for a small board in a real git repository (`results_fixture`), in both languages; the
opportunity pages show the delivery and payment timeline; the open data carries them."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from jsonschema import Draft202012Validator, FormatChecker
from playwright.sync_api import Browser

from board import validate

from . import results_fixture
from .browser import serve
from .conftest import ROOT, build_board

NBSP = "\u00a0"


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return results_fixture.write(tmp_path_factory.mktemp("results") / "repo")


@pytest.fixture(scope="module")
def site(content: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_board(
        content, tmp_path_factory.mktemp("results-site") / "site", now=results_fixture.NOW
    )


@pytest.fixture(scope="module")
def metrics(site: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((site / "metrics.json").read_text("utf-8"))
    return data


def period(metrics: dict[str, Any], key: str) -> dict[str, Any]:
    return next(p for p in metrics["periods"] if p["fiscal_year"] == key)


def table(site: Path, lang: str) -> dict[str, dict[str, str]]:
    """The Results page's table of measures: measure -> period -> the cell's text."""
    page = (site / lang / "results" / "index.html").read_text("utf-8")
    out: dict[str, dict[str, str]] = {}
    for key, cells in re.findall(r'<tr data-measure="([a-z_]+)">(.*?)</tr>', page, re.S):
        found = re.findall(r'<td data-period="([^"]+)">(.*?)</td>', cells, re.S)
        out[key] = {p: html.unescape(text) for p, text in found}
    return out


def test_the_fixture_is_valid_content_with_its_history(content: Path) -> None:
    result = validate.run([], content)
    assert [p.text() for p in result.problems] == []


def test_metrics_json_shows_the_hand_computed_figures(metrics: dict[str, Any]) -> None:
    assert [p["fiscal_year"] for p in metrics["periods"]] == ["2026-2027", "2027-2028", "total"]
    last, now, total = (period(metrics, k) for k in ("2026-2027", "2027-2028", "total"))
    assert last["opportunities"] == {"posted": 4, "awarded": 2, "not_awarded": 1, "cancelled": 1}
    assert now["opportunities"] == {"posted": 2, "awarded": 0, "not_awarded": 0, "cancelled": 0}
    assert (now["open_now"], total["open_now"]) == (1, 1)  # epsilon closes in May
    # delta: 2027-04-01 to 04-16 is 11 business days; epsilon: 04-12 to 05-14 is 24
    assert now["posting_period"] == {"count": 2, "median": 17.5, "lowest": 11, "highest": 24}
    assert total["value"]["awarded"] == 11500 and total["value"]["paid"] == 7475
    assert (
        total["value"]["by_department"][0]["department"]["en"] == "Department of Example Services"
    )
    apps = total["applications"]
    assert apps["per_opportunity"] == {"count": 4, "median": 2.5, "lowest": 1, "highest": 4}
    assert (apps["received"], apps["last_24_hours"], apps["last_24_hours_share"]) == (10, 6, 0.6)
    assert (apps["first_time"], apps["first_time_share"], apps["applicants"]) == (7, 0.7, 7)
    assert (apps["evaluated"], apps["passed"], apps["pass_rate"]) == (7, 2, 0.286)
    assert last["applications"]["last_24_hours_share"] == 0.571  # 4 of 7
    assert now["applications"]["first_time_share"] == 0.667  # 2 of 3: account 1 came back
    assert total["time_to_award"] == {
        "due_business_days": 2, "count": 3, "median": 2, "slowest": 5,
        "on_time": 2, "late": 1, "overdue": 1,
    }  # fmt: skip
    assert total["time_to_pay"] == {
        "due_business_days": 5, "count": 1, "median": 3, "slowest": 3,
        "on_time": 1, "late": 0, "overdue": 1,
    }  # fmt: skip
    # award 2026-11-10 to acceptance 2026-12-15 skips Remembrance Day: 24; alpha took 18
    assert total["time_to_deliver"] == {"count": 2, "median": 21, "lowest": 18, "highest": 24}
    assert total["questions"]["answered"] == 1
    assert total["questions"]["time_to_answer"]["median"] == 1
    rows = {r["id"]: r for r in total["closed"]}
    assert (rows["beta"]["time_to_award"], rows["beta"]["award_on_time"]) == (5, False)
    assert (rows["delta"]["time_to_award"], rows["delta"]["award_on_time"]) == (None, False)
    assert (rows["zeta"]["time_to_pay"], rows["zeta"]["payment_on_time"]) == (None, False)


def test_metrics_json_matches_its_published_schema(site: Path, metrics: dict[str, Any]) -> None:
    schema = json.loads((site / "schemas" / "metrics.schema.json").read_text("utf-8"))
    assert schema == json.loads((ROOT / "schemas" / "metrics.schema.json").read_text("utf-8"))
    Draft202012Validator(schema, format_checker=FormatChecker()).validate(metrics)


def test_metrics_csv_has_one_row_per_fiscal_year_and_the_total(site: Path) -> None:
    rows = list(csv.DictReader(io.StringIO((site / "metrics.csv").read_text("utf-8"))))
    assert [r["fiscal_year"] for r in rows] == ["2026-2027", "2027-2028", "total"]
    total = rows[-1]
    assert (total["posted"], total["applications_median"], total["last_24_hours_share"]) == (
        "6", "2.5", "0.6",
    )  # fmt: skip
    assert (total["award_overdue"], total["payment_overdue"], rows[1]["pass_rate"]) == (
        "1",
        "1",
        "",
    )


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            {
                ("posted", "total"): "6",
                ("open_now", "total"): "1",
                ("posting_median", "2027-2028"): "17.5",
                ("value_awarded", "2026-2027"): "$11,500",
                ("value_paid", "total"): "$7,475",
                ("per_median", "total"): "2.5",
                ("per_range", "total"): "1 to 4",
                ("last_day", "total"): "60%",
                ("first_time", "2027-2028"): "66.7%",
                ("pass_rate", "2027-2028"): "no data",
                ("award_on_time", "total"): "2 of 3",
                ("award_overdue", "2027-2028"): "1",
                ("pay_median", "total"): "3",
                ("pay_overdue", "total"): "1",
                ("deliver_median", "total"): "21",
            },
        ),
        (
            "fr",
            {
                ("posted", "total"): "6",
                ("value_awarded", "2026-2027"): f"11{NBSP}500{NBSP}$",
                ("per_median", "total"): "2,5",
                ("per_range", "total"): "de 1 à 4",
                ("last_day", "total"): f"60{NBSP}%",
                ("first_time", "2027-2028"): f"66,7{NBSP}%",
                ("pass_rate", "2027-2028"): "aucune donnée",
                ("award_on_time", "total"): "2 sur 3",
            },
        ),
    ],
)
def test_the_results_page_shows_the_hand_computed_figures(
    site: Path, lang: str, expected: dict[tuple[str, str], str]
) -> None:
    cells = table(site, lang)
    assert {key: cells[key[0]][key[1]] for key in expected} == expected


def test_every_chart_has_a_summary_and_its_table(site: Path) -> None:
    for lang in ("en", "fr"):
        page = (site / lang / "results" / "index.html").read_text("utf-8")
        figures = re.findall(r'<figure class="chart" id="([a-z-]+)">(.*?)</figure>', page, re.S)
        assert [f for f, _ in figures] == [
            "chart-applications", "chart-award", "chart-pay", "chart-departments", "chart-years",
        ]  # fmt: skip
        for _, body in figures:
            assert "<figcaption>" in body and "<svg" in body and "<table" in body
            assert "<script" not in body
    en = (site / "en" / "results" / "index.html").read_text("utf-8")
    assert "2 of 3 results came within the promise of 2 business days" in en


def test_the_opportunity_page_shows_delivery_and_payment_as_a_timeline(site: Path) -> None:
    alpha = (site / "en" / "opportunities" / "alpha" / "index.html").read_text("utf-8")
    steps = re.findall(r"<li[^>]*><time datetime=\"([0-9-]+)\">", alpha)
    assert steps == [
        "2027-02-02",
        "2027-02-20",
        "2027-02-22",
        "2027-02-24",
        "2027-02-26",
        "2027-03-03",
    ]
    assert "Paid $7,475 (Acquisition card)" in alpha
    assert "3 of 3 work acceptance criteria met" in alpha
    assert "Awarded to Jane Doe &lt;Consulting&gt; &amp;amp; Co" in alpha  # text, not markup
    zeta = (site / "fr" / "opportunities" / "zeta" / "index.html").read_text("utf-8")
    assert f"en retard{NBSP}: la date de livraison était le 4 décembre 2026" in html.unescape(zeta)
    assert (
        f"Paiement en retard{NBSP}: il était dû au plus tard le 22 décembre 2026"
        in html.unescape(zeta)
    )
    board = (site / "fr" / "index.html").read_text("utf-8")
    assert board.count("Paiement en retard") == 1  # zeta, in the list of past opportunities


def test_the_open_data_carries_delivery_and_payment(site: Path) -> None:
    data = json.loads((site / "opportunities.json").read_text("utf-8"))
    records = {r["id"]: r for r in data["opportunities"]}
    assert records["alpha"]["payment_record"] == {
        "method": "acquisition-card", "paid": "2027-03-03", "amount": 7475.0,
    }  # fmt: skip
    assert records["alpha"]["delivery_record"]["revisions"][0]["resubmitted"] == "2027-02-24"
    assert records["delta"]["delivery_record"] is None
    schema = json.loads((ROOT / "schemas" / "opportunities.schema.json").read_text("utf-8"))
    Draft202012Validator(schema, format_checker=FormatChecker()).validate(data)
    rows = list(csv.DictReader(io.StringIO((site / "opportunities.csv").read_text("utf-8"))))
    alpha = next(r for r in rows if r["id"] == "alpha")
    assert (alpha["delivery_accepted"], alpha["paid"], alpha["amount_paid"]) == (
        "2027-02-26", "2027-03-03", "7475.0",
    )  # fmt: skip
    atom = (site / "en" / "feed.xml").read_text("utf-8")
    assert "Delivered: Opportunity alpha" in atom and "Paid: Opportunity alpha" in atom


# In a real Chromium: the table and metrics.json agree, and axe finds nothing, in both languages.
@pytest.fixture(scope="module")
def results_url(site: Path) -> Iterator[str]:
    with serve(site) as url:
        yield url


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_browser_reads_the_same_numbers_in_the_table_and_in_metrics_json(
    browser: Browser, results_url: str, lang: str
) -> None:
    page = browser.new_page()
    try:
        page.goto(f"{results_url}{lang}/results/")
        data = page.evaluate("fetch('../../metrics.json').then(r => r.json())")
        read = page.evaluate(
            """() => Object.fromEntries([...document.querySelectorAll('#measures tr[data-measure]')]
                .map(tr => [tr.dataset.measure, Object.fromEntries([...tr.querySelectorAll('td')]
                .map(td => [td.dataset.period, td.textContent])) ]))"""
        )
        for p in data["periods"]:
            key = p["fiscal_year"]
            o, a = p["opportunities"], p["applications"]
            assert read["posted"][key] == str(o["posted"])
            assert read["awarded"][key] == str(o["awarded"])
            assert read["not_awarded"][key] == str(o["not_awarded"])
            assert read["cancelled"][key] == str(o["cancelled"])
            assert read["received"][key] == str(a["received"])
            assert read["applicants"][key] == str(a["applicants"])
            assert read["award_overdue"][key] == str(p["time_to_award"]["overdue"])
            slowest = p["time_to_award"]["slowest"]
            assert read["award_slowest"][key] == (
                str(slowest) if slowest is not None else read["pass_rate"]["2027-2028"]
            )
        results = Axe().run(page)
        assert results.violations_count == 0, results.generate_report()
        page.goto(f"{results_url}{lang}/opportunities/zeta/")  # late delivery, payment overdue
        results = Axe().run(page)
        assert results.violations_count == 0, results.generate_report()
    finally:
        page.close()
