"""Open Contracting Data (issue #12 §4): the build writes an OCDS 1.1 release package (one
release per published version of each opportunity, from git history, then the steps after
closing) and a record package compiled by ocdskit/ocdsmerge. Both validate against the OCDS 1.1
schemas (vendored in tests/fixtures/ocds, never fetched), a compiled record says what the
opportunity page says, and no sealed content appears.

One board is built for the module, in a real git repository: the price of accessible-pdf-forms
changes once (with its addendum), two sealed applications arrive through intake, then the
award, the delivery and the payment are recorded."""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft4Validator, FormatChecker
from referencing import Registry, Resource

import page_facts
from board.forms import load_forms
from board.sealing import keys
from board.site.build import BuildOptions, build
from conftest import FIXTURES, OPPORTUNITY, REPO, ROOT, board_repo
from page_facts import AWARDED, PAID
from test_ledger_frozen import commit, git, receive

OCDS = FIXTURES / "ocds"
NOW = datetime.fromisoformat("2027-03-15T12:00:00-04:00")
OUTCOMES = {
    "award": {"opportunity": OPPORTUNITY, "award": {"receipt": "", "supplier": "Jane Doe Consulting",
              "date": "2027-02-05", "price": 6400}},
    "delivery": {"opportunity": OPPORTUNITY, "pull_request": "https://github.com/example-org/pdf-forms/pull/12",
                 "submitted": "2027-02-20", "accepted": "2027-02-26", "criteria_met": [True, True, True]},
    "payment": {"opportunity": OPPORTUNITY, "method": "acquisition-card", "paid": "2027-03-01",
                "amount": 7360.0},
}  # fmt: skip


def make_board(root: Path) -> Path:
    board_repo(root, keys.new_private_key())  # the sample board, sealed to a fresh key
    git(root, "init", "-q", "-b", "main")
    commit(root, "post the board", when="2027-01-10T12:00:00+00:00")
    page = root / "content" / "opportunities" / f"{OPPORTUNITY}.yaml"
    text = page.read_text().replace("amount: 6500", "amount: 6400")
    page.write_text(text.replace("addenda:\n", "addenda:\n  - date: 2027-01-12\n    changes: "
                                 "[price]\n    en: The price is now $6,400.\n    fr: Le prix est "
                                 "maintenant de 6 400 $.\n", 1))  # fmt: skip
    commit(root, "lower the price, announced")
    form = load_forms(REPO)["application.yml"]
    receive(root, form, "ada", 1)
    receive(root, form, "bob", 2)
    commit(root, "two applications")
    return root


def outcomes(root: Path) -> None:
    ledger = yaml.safe_load((root / "content" / "applications" / f"{OPPORTUNITY}.yaml").read_text())
    award = json.loads(json.dumps(OUTCOMES))
    first, second = (a["receipt"] for a in ledger["applications"])
    award["award"]["award"]["receipt"] = second
    award = {  # the award follows the evaluation record (#10): one passed, so no draw
        "evaluation": {"opportunity": OPPORTUNITY, "evaluated": "2027-02-03",
                       "method": "pass-fail-draw", "criteria": [{"id": "skills", "failed": 1}],
                       "passed": [{"receipt": second}], "not_passed": [first]},
        **award,
    }  # fmt: skip
    folder = root / "content" / "outcomes" / OPPORTUNITY
    folder.mkdir(parents=True)
    for kind, data in award.items():
        (folder / f"{kind}.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
    commit(root, "award, delivery, payment")


def built(root: Path, name: str) -> Path:
    site = root.parent / name
    result = build(BuildOptions(ROOT / "mkdocs.yml", site, root / "content", NOW, site / "no.js"))
    assert result.ok, (result.problems, result.error)
    return site


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """(repository, site before the award, site after the payment)."""
    root = make_board(tmp_path_factory.mktemp("ocds") / "repo")
    before = built(root, "before")
    outcomes(root)
    return root, before, built(root, "after")


def read(site: Path, name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((site / "ocds" / name).read_text(encoding="utf-8"))
    return data


def validator(name: str) -> Draft4Validator:
    resources = []
    for file in OCDS.glob("*.json"):
        schema = json.loads(file.read_text(encoding="utf-8"))
        resources.append((schema["id"], Resource.from_contents(schema)))
    registry: Registry = Registry().with_resources(resources)
    schema = json.loads((OCDS / name).read_text(encoding="utf-8"))
    return Draft4Validator(schema, registry=registry, format_checker=FormatChecker())


def errors(data: dict[str, Any], schema: str) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator(schema).iter_errors(data)]


def process(site: Path, name: str) -> list[dict[str, Any]]:
    return [r for r in read(site, name)["releases"] if r["ocid"].endswith(f"-{OPPORTUNITY}")]


def test_both_packages_validate_against_the_ocds_1_1_schemas(
    sites: tuple[Path, Path, Path],
) -> None:
    for site in sites[1:]:
        assert errors(read(site, "release-package.json"), "release-package-schema.json") == []
        assert errors(read(site, "record-package.json"), "record-package-schema.json") == []


def test_the_schema_check_would_catch_a_broken_release(sites: tuple[Path, Path, Path]) -> None:
    package = read(sites[2], "release-package.json")
    del package["releases"][0]["ocid"]
    package["releases"][1]["tag"] = ["no-such-tag"]
    assert len(errors(package, "release-package-schema.json")) >= 2


def test_each_published_version_from_git_is_a_release(sites: tuple[Path, Path, Path]) -> None:
    root = sites[0]
    tender = [r for r in process(sites[2], "release-package.json") if "tender" in r["tag"][0]]
    log = git(root, "log", "--format=%H", "--", f"content/opportunities/{OPPORTUNITY}.yaml")
    assert [r["id"].rsplit("-", 1)[1] for r in tender[:2]] == [c[:12] for c in log.split()[::-1]]
    assert [r["tender"]["value"]["amount"] for r in tender[:2]] == [6500, 6400]
    assert tender[0]["tag"] == ["tender"] and tender[1]["tag"] == ["tenderUpdate"]
    assert tender[1]["tender"]["amendments"][0]["description_fr"].startswith("Le prix")


def test_bids_are_counted_not_disclosed_until_the_award(sites: tuple[Path, Path, Path]) -> None:
    root, before, after = sites
    ledger = yaml.safe_load((root / "content" / "applications" / f"{OPPORTUNITY}.yaml").read_text())
    releases = process(before, "release-package.json")
    assert releases[-1]["tender"]["numberOfTenderers"] == 2
    assert not any("awards" in r or "parties" in r and len(r["parties"]) > 1 for r in releases)
    for site in (before, after):
        text = "".join(
            (site / "ocds" / n).read_text() for n in ("release-package.json", "record-package.json")
        )
        for entry in ledger["applications"]:
            for field in ("envelope", "sha256", "account"):
                assert f'"{entry[field]}"' not in text, field


def test_a_compiled_record_says_what_the_opportunity_page_says(
    sites: tuple[Path, Path, Path],
) -> None:
    """Data users and page readers see one story: the record's supplier, award date, contract
    value and payment are the ones the built page displays, read from its HTML in both
    languages (tests/page_facts.py), not from the outcome files both are built from."""
    site = sites[2]
    [record] = [
        r for r in read(site, "record-package.json")["records"] if r["ocid"].endswith(OPPORTUNITY)
    ]
    compiled = record["compiledRelease"]
    [award] = compiled["awards"]
    [contract] = compiled["contracts"]
    [payment] = contract["implementation"]["transactions"]
    for lang in ("en", "fr"):
        page = page_facts.read(site, lang, OPPORTUNITY)
        assert award["suppliers"][0]["name"] == page.supplier() == "Jane Doe Consulting"
        assert page.supplier() in page.result
        assert award["date"][:10] == contract["dateSigned"][:10] == page.award_day()
        assert award["value"] == contract["value"] == money(page.award_price())
        paid_day, paid_amount = page.paid()
        assert (payment["date"][:10], payment["value"]) == (paid_day, money(paid_amount))
        assert page.step(AWARDED[lang]).shown_day in page.result  # one award date on the page
    assert (page.award_day(), page.award_price(), page.paid()) == (
        "2027-02-05", 6400, ("2027-03-01", 7360),
    )  # fmt: skip
    html = (site / "en" / "opportunities" / OPPORTUNITY / "index.html").read_text(encoding="utf-8")
    assert compiled["tender"]["value"] == {"amount": 6400.0, "currency": "CAD"} and "$6,400" in html
    assert compiled["tender"]["title"] in html and compiled["tender"]["numberOfTenderers"] == 2
    assert contract["status"] == "terminated"  # accepted: concluded
    assert payment["payer"]["id"] == "buyer" and payment["payee"]["id"] == "supplier"
    assert {p["id"] for p in compiled["parties"]} == {"buyer", "supplier"}
    links = [r["url"].split("#")[1] for r in record["releases"]]
    assert links == [r["id"] for r in process(site, "release-package.json")]


def test_a_payment_one_business_day_after_acceptance_says_so_in_the_singular(
    sites: tuple[Path, Path, Path],
) -> None:
    # accepted Friday 2027-02-26, paid Monday 2027-03-01: one business day
    for lang, said in (("en", "1 business day after acceptance"),
                       ("fr", "1 jour ouvrable après l'acceptation")):  # fmt: skip
        assert page_facts.read(sites[2], lang, OPPORTUNITY).step(PAID[lang]).detail == said


def money(amount: Decimal) -> dict[str, Any]:
    """An amount shown on the page, as OCDS writes a value in the board's currency."""
    return {"amount": float(amount), "currency": "CAD"}


def test_the_packages_are_linked_from_the_open_data_section(sites: tuple[Path, Path, Path]) -> None:
    for lang, words in (
        ("en", "Open Contracting Data (OCDS 1.1 releases)"),
        ("fr", "Données ouvertes sur les marchés (versions OCDS 1.1)"),
    ):
        home = (sites[2] / lang / "index.html").read_text(encoding="utf-8")
        assert "ocds/release-package.json" in home and "ocds/record-package.json" in home
        assert words in home
