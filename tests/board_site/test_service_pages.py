"""The pages a department needs before going live (issue #11 §2), built from content/board.yaml:
the privacy notice, the contract terms, the supplier guide; the contract terms linked from every
opportunity, the privacy notice from the Apply page before the form, and the client contact
explained. Read from the fixture board's HTML; the browser tests check the same in Chromium."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from board.site import routes
from board.validate import run

from .conftest import ROOT
from .test_build import PUBLISHED, page, text_of

BOARD = yaml.safe_load((ROOT / "content" / "board.yaml").read_text(encoding="utf-8"))


def said(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_privacy_notice_says_every_setting_and_what_is_published(
    built: Path, lang: str
) -> None:
    html = page(built, routes.guide(lang, routes.PRIVACY))
    shown = text_of(html)
    privacy = BOARD["privacy"]
    for key in ("authority", "purpose", "bank", "sealed_access", "retention"):
        assert said(privacy[key][lang]) in shown, key
    assert f'href="mailto:{privacy["coordinator"]}"' in html
    assert BOARD["department"][lang] in shown
    published = {
        "en": "the name of the winning supplier and the price are published",
        "fr": "le nom du fournisseur retenu et le prix sont publiés",
    }
    assert published[lang] in shown
    assert {"en": "keyed hash", "fr": "hachage à clé"}[lang] in shown
    assert 'href="https://www.priv.gc.ca/' in html  # the complaint goes to the Commissioner
    assert {"en": "Privacy Commissioner", "fr": "Commissariat"}[lang] in shown


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_contract_terms_list_every_clause_with_the_licence_words(
    built: Path, lang: str
) -> None:
    html = page(built, routes.guide(lang, routes.TERMS))
    clauses = re.findall(r"<ol class=\"clauses\">(.*?)</ol>", html, re.S)[0]
    items = [text_of(li).strip() for li in re.findall(r"<li>(.*?)</li>", clauses, re.S)]
    assert len(items) == len(BOARD["contract_terms"])
    assert "{licence}" not in text_of(html)
    licence = {
        "en": "under the open-source licence stated on the opportunity",
        "fr": "sous la licence libre indiquée dans l'opportunité",
    }
    assert licence[lang] in items[0]
    assert {"en": "Termination for convenience", "fr": "commodité"}[lang] in text_of(html)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_opportunity_links_to_the_contract_terms_and_explains_its_contact(
    built: Path, lang: str
) -> None:
    for oid in PUBLISHED:
        url = routes.opportunity(lang, oid)
        html = page(built, url)
        link = re.search(r'<a class="terms-link" href="([^"]+)"', html)
        assert link, url
        assert (built / url / link.group(1) / "index.html").resolve() == (
            built / routes.guide(lang, routes.TERMS) / "index.html"
        ).resolve()
        note = {"en": "For contract matters after the award", "fr": "après l'attribution"}
        contact = html.index('class="meta contact-note"')
        assert note[lang] in text_of(html[contact : contact + 600]), url
        assert 'href="#questions"' in html[contact : contact + 800]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_apply_page_links_the_privacy_notice_before_the_form(built: Path, lang: str) -> None:
    html = page(built, routes.apply(lang, "accessible-pdf-forms"))
    link = html.index('class="privacy-link"')
    assert link < html.index("<form")
    href = re.search(r'class="privacy-link" href="([^"]+)"', html)
    assert href and href.group(1) == "../../../guides/privacy/"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_supplier_guide_covers_a_first_timers_questions(built: Path, lang: str) -> None:
    shown = text_of(page(built, routes.guide(lang, routes.SUPPLIER_GUIDE)))
    must = {
        "en": [
            "merchant account",
            "PayPal",
            "invoice",
            "$30,000",
            "security clearance",
            "Revisions",
            "debrief",
            "Office of Small and Medium Enterprises",
        ],
        "fr": [
            "compte marchand",
            "PayPal",
            "facture",
            "30\u00a0000\u00a0$",
            "cote de sécurité",
            "Révisions",
            "compte rendu",
            "Bureau des petites et moyennes entreprises",
        ],
    }
    missing = [m for m in must[lang] if m not in shown]
    assert missing == []
    assert BOARD["supplier_guide"]["invoices"] in shown


def test_a_board_without_its_privacy_notice_is_refused_with_its_place(tmp_path: Path) -> None:
    text = (ROOT / "content" / "board.yaml").read_text(encoding="utf-8")
    cut = text.index("privacy:")
    rest = text.index("contract_terms:")
    (tmp_path / "board.yaml").write_text(text[:cut] + text[rest:], encoding="utf-8")
    result = run([], tmp_path, repository=False)
    said_en = [p.text() for p in result.errors]
    assert any("board.yaml" in s and "privacy" in s for s in said_en), said_en
    assert all(p.message_fr for p in result.errors)


def test_an_unknown_placeholder_in_the_contract_terms_is_refused_on_its_line(
    tmp_path: Path,
) -> None:
    text = (ROOT / "content" / "board.yaml").read_text(encoding="utf-8")
    hostile = text.replace("under {licence}", "under {licnce}", 1)
    assert hostile != text
    (tmp_path / "board.yaml").write_text(hostile, encoding="utf-8")
    result = run([], tmp_path, repository=False)
    # the clause's value starts on the "- en: >-" line just above its text
    line = next(i for i, s in enumerate(hostile.splitlines(), 1) if "Copyright. You keep" in s) - 1
    (problem,) = [p for p in result.errors if p.code == "contract-terms.placeholder"]
    assert problem.text().startswith(f"{tmp_path / 'board.yaml'}:{line}:")
    assert "{licnce} is not a placeholder" in problem.text() and "{licence}" in problem.hint
    assert "n'est pas un paramètre" in problem.text("fr")
