"""The built board, read as a visitor and a feed reader would read it."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from datetime import datetime, timedelta
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlparse

import feedparser
import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from board.cli import main
from board.sealing.envelope import sha256_text
from board.site import i18n, routes
from board.site.build import BuildOptions, build

from .conftest import (
    FINGERPRINT,
    NOW,
    PUBLIC_KEY,
    RECEIPTS,
    ROOT,
    build_board,
    every_status,
    sample,
    write_content,
)

PUBLISHED = ["accessible-pdf-forms", "soon-closing-logo", "closed-survey", "cancelled-map"]
GUIDES = routes.GUIDES
PREFIX = urlparse(
    yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["site_url"]
).path


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.lang = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "html":
            self.lang = a.get("lang") or ""
        if a.get("id"):
            self.ids.add(str(a["id"]))
        for key in ("href", "src"):
            if tag in ("a", "link", "script", "img") and a.get(key):
                self.links.append(str(a[key]))


def parse(path: Path) -> Links:
    parser = Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def page(site: Path, url: str) -> str:
    return (site / url / "index.html").read_text(encoding="utf-8")


def text_of(html: str) -> str:
    """The text a reader sees: tags removed, character references decoded, spaces collapsed."""
    return unescape(re.sub(r"[ \t\r\n]+", " ", re.sub(r"<[^>]+>", " ", html)))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_page_exists_in_both_languages_with_its_lang(built: Path, lang: str) -> None:
    urls = [routes.home(lang), routes.archive(lang)]
    urls += [routes.opportunity(lang, oid) for oid in PUBLISHED]
    urls += [routes.apply(lang, oid) for oid in ("accessible-pdf-forms", "soon-closing-logo")]
    urls += [routes.guide(lang, slug) for slug in (*GUIDES, *routes.SERVICE_PAGES)]
    for url in urls:
        parsed = parse(built / url / "index.html")
        assert parsed.lang == lang, url
        other = routes.translate(url)
        assert (built / other / "index.html").is_file(), other
        assert routes.relative(url, other) in parsed.links, f"{url} has no toggle to {other}"


def test_every_internal_link_resolves(built: Path) -> None:
    broken = []
    for html in built.rglob("*.html"):
        parsed = parse(html)
        base = "http://board.test/" + html.relative_to(built).as_posix()
        for link in parsed.links:
            if link.startswith(PREFIX):  # the 404 page links from the site root
                link = "/" + link[len(PREFIX) :]
            target = urlparse(urljoin(base, link))
            if target.netloc != "board.test":
                continue
            path = built / target.path.lstrip("/")
            if path.is_dir():
                path = path / "index.html"
            if not path.is_file():
                broken.append(f"{html.relative_to(built)} -> {link}")
            elif target.fragment and path.suffix == ".html":
                if target.fragment not in parse(path).ids:
                    broken.append(f"{html.relative_to(built)} -> {link} (no such anchor)")
    assert not broken, "\n".join(broken)


def test_board_lists_open_first_soonest_closing_first_and_past_collapsed(built: Path) -> None:
    html = page(built, "en/")
    open_part, past_part = html.split("<details", 1)
    assert open_part.index("Redraw the team logo") < open_part.index(
        "Make three PDF forms accessible"
    )
    assert "2 days left" in text_of(open_part) and "9 days left" in text_of(open_part)
    assert "Clean a survey data set" in past_part and "Build a small map widget" in past_part
    assert "Clean a survey data set" not in open_part
    assert "Unpublished draft" not in html
    assert "Open opportunities (2)" in text_of(html)


def test_statuses_at_a_fixed_now(built: Path) -> None:
    data = json.loads((built / routes.FEED_JSON).read_text(encoding="utf-8"))
    statuses = {o["id"]: o["status"] for o in data["opportunities"]}
    assert statuses == {
        "accessible-pdf-forms": "open",
        "soon-closing-logo": "open",
        "closed-survey": "closed",
        "awarded-survey": "awarded",
        "unawarded-survey": "not-awarded",
        "cancelled-map": "cancelled",
        "drawn-forms-inventory": "closed",  # closed in 2023, evaluated and drawn (#10)
    }
    assert "Fermée" in text_of(page(built, "fr/opportunities/closed-survey/"))
    assert "Annulée" in text_of(page(built, "fr/opportunities/cancelled-map/"))


def test_drafts_are_never_published(built: Path) -> None:
    assert not (built / "en/opportunities/secret-draft").exists()
    for path in built.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".xml", ".json", ".csv", ".ics"):
            assert "secret-draft" not in path.read_text(encoding="utf-8"), path


def test_dates_and_money_follow_each_language(built: Path) -> None:
    en = text_of(page(built, "en/opportunities/accessible-pdf-forms/"))
    fr = text_of(page(built, "fr/opportunities/accessible-pdf-forms/"))
    assert "January 29, 2027, 11:59 p.m. ET" in en
    assert "$6,500 (plus applicable taxes)" in en
    assert "29 janvier 2027, 23 h 59 HE" in fr
    assert "6\u00a0500\u00a0$ (taxes applicables en sus)" in fr


def test_opportunity_page_sections_in_order(built: Path) -> None:
    for lang, words in {
        "en": [
            "Key facts",
            "Description",
            "Work acceptance criteria",
            "Application evaluation",
            "Who can apply",
            "How to apply",
            "Applications received",
            "Questions and answers",
            "Addenda",
            "History",
        ],
        "fr": [
            "Renseignements clés",
            "Description",
            "Critères d'acceptation des travaux",
            "Évaluation des candidatures",
            "Qui peut postuler",
            "Comment postuler",
            "Candidatures reçues",
            "Questions et réponses",
            "Addenda",
            "Historique",
        ],
    }.items():
        html = page(built, f"{lang}/opportunities/accessible-pdf-forms/")
        headings = [text_of(h).strip() for h in re.findall(r"<h2[^>]*>(.*?)</h2>", html)]
        assert [h for h in headings if h in words] == words


def test_a_question_asked_by_email_is_answered_on_the_page_like_the_others(built: Path) -> None:
    for lang, asked in (("en", "(asked by e-mail)"), ("fr", "(question posée par courriel)")):
        html = (built / lang / "opportunities" / "accessible-pdf-forms" / "index.html").read_text()
        assert 'id="question-5e1f0c2a9b7d3e4f6a8c"' in html and asked in html
        assert 'id="question-12"' in html  # the issue's question beside it


def test_apply_button_fingerprint_questions_and_addenda(built: Path) -> None:
    html = page(built, "en/opportunities/accessible-pdf-forms/")
    assert "issues/new?template=application.yml&amp;opportunity=accessible-pdf-forms" in html
    assert FINGERPRINT in html
    assert (
        "Are the forms in French too?" in html
        and "answered January 14, 2027 (issue #12)" in text_of(html)
    )
    assert "The source files are now in the repository." in html
    fr = page(built, "fr/opportunities/accessible-pdf-forms/")
    assert "Les formulaires sont-ils aussi en français?" in fr


def test_ledger_counts_received_and_never_shows_accounts_or_envelopes(built: Path) -> None:
    html = page(built, "en/opportunities/accessible-pdf-forms/")
    assert "2 sealed applications received." in text_of(html)
    assert RECEIPTS[0] in html and sha256_text("SECRET-ENVELOPE-1") in html
    assert sha256_text("SECRET-ENVELOPE-3") in html
    assert RECEIPTS[1] not in html
    assert "January 18, 2027, 9:00 a.m. ET" in html  # received, in the board's zone
    for path in built.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".xml", ".json", ".csv"):
            body = path.read_text(encoding="utf-8")
            assert "octocat-private" not in body and "SECRET-ENVELOPE" not in body, path
    assert "2 candidatures scellées reçues." in text_of(
        page(built, "fr/opportunities/accessible-pdf-forms/")
    )
    # A missing ledger is simply zero.
    assert "0 sealed applications received." in text_of(
        page(built, "en/opportunities/closed-survey/")
    )


def test_history_unavailable_outside_git_does_not_fail(built: Path) -> None:
    assert "History unavailable" in page(built, "en/opportunities/accessible-pdf-forms/")
    assert "Historique non disponible" in page(built, "fr/opportunities/accessible-pdf-forms/")


def test_apply_page_form(built: Path) -> None:
    html = page(built, "fr/opportunities/accessible-pdf-forms/apply/")
    assert f'data-fingerprint="{FINGERPRINT}"' in html and f'data-public-key="{PUBLIC_KEY}"' in html
    assert 'data-max-words="250"' in html and 'aria-live="polite"' in html
    for attestation in ("age-of-majority", "right-to-work", "public-servant-approval", "own-work"):
        assert f'id="attest-{attestation}"' in html
    assert "Sceller ma candidature" in html
    assert (built / routes.SEAL_JS).is_file()
    assert not (built / "en/opportunities/closed-survey/apply").exists()


def test_without_the_sealing_script_the_apply_page_says_so(
    fixture_content: Path, tmp_path: Path
) -> None:
    site = build_board(fixture_content, tmp_path / "site", seal=False)
    assert not (site / routes.SEAL_JS).exists()
    html = page(site, "en/opportunities/accessible-pdf-forms/apply/")
    assert (
        "Sealing is unavailable" in html
        and "<form" not in html.split("<article", 1)[1].split("</article>")[0]
    )


def test_without_a_key_applications_are_not_open_yet(tmp_path: Path) -> None:
    content = write_content(tmp_path / "content", [sample()])
    board = content / "board.yaml"
    text = re.sub(r"(?m)^sealing_key:\n(?:  .*\n)+", "", board.read_text(encoding="utf-8"))
    assert "sealing_key" not in text
    board.write_text(text, encoding="utf-8")
    site = build_board(content, tmp_path / "site")
    for lang, words in {
        "en": "Applications are not open yet",
        "fr": "Les candidatures ne sont pas encore ouvertes",
    }.items():
        html = page(site, f"{lang}/opportunities/accessible-pdf-forms/apply/")
        assert words in html and "apply-form" not in html


def test_nothing_open_says_so_and_points_to_feeds(tmp_path: Path) -> None:
    content = write_content(tmp_path / "content", [sample()])
    site = build_board(content, tmp_path / "site", now=NOW.replace(month=3))
    for lang, words in {
        "en": "No opportunity is open right now",
        "fr": "Aucune opportunité n'est ouverte",
    }.items():
        html = page(site, f"{lang}/")
        assert words in text_of(html)
        assert 'href="../closing-dates.ics"' in html.split("<details", 1)[0]


def test_atom_feeds_parse_in_each_language(built: Path) -> None:
    for lang in ("en", "fr"):
        feed = feedparser.parse((built / routes.feed_atom(lang)).read_bytes())
        assert not feed.bozo, feed.bozo_exception
        titles = [e.title for e in feed.entries]
        new = (
            "New: Make three PDF forms accessible"
            if lang == "en"
            else "Nouvelle\u00a0: Rendre trois formulaires PDF accessibles"
        )
        assert new in titles
        assert any(
            t.startswith("Question answered" if lang == "en" else "Réponse publiée") for t in titles
        )
        assert all(e.link.startswith("https://") for e in feed.entries)
        assert feed.feed.language == lang


def test_json_validates_against_its_schema_and_csv_matches(built: Path) -> None:
    schema = json.loads(
        (ROOT / "schemas" / "opportunities.schema.json").read_text(encoding="utf-8")
    )
    data = json.loads((built / routes.FEED_JSON).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(
        data
    )
    assert json.loads((built / routes.JSON_SCHEMA).read_text(encoding="utf-8")) == schema
    rows = list(csv.DictReader(io.StringIO((built / routes.FEED_CSV).read_text(encoding="utf-8"))))
    assert [r["id"] for r in rows] == [o["id"] for o in data["opportunities"]]
    assert {r["id"]: r["applications"] for r in rows}["accessible-pdf-forms"] == "2"


def test_icalendar_has_one_closing_event_per_published_opportunity(built: Path) -> None:
    text = (built / routes.FEED_ICS).read_bytes().decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    published = 7  # with the opportunity drawn in 2023 (#10)  # every status but the draft; the closed ones also have a "result due" day
    assert text.count("BEGIN:VEVENT") == published + text.count("-result-due@")
    assert text.count("-result-due@") == 4
    assert "DTSTART:20270130T045959Z" in text  # 23:59:59 Eastern on January 29
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_feeds_are_linked_from_head_and_footer(built: Path) -> None:
    html = page(built, "fr/")
    head, body = html.split("</head>", 1)
    for target in ("feed.xml", "closing-dates.ics", "opportunities.json", "opportunities.csv"):
        assert target in head and target in body.split('class="gc-board-footer"', 1)[1]


def test_markdown_cannot_inject_script(tmp_path: Path) -> None:
    """Raw HTML that got past validation (here: written after it) is still shown as text."""
    content = write_content(tmp_path / "content", [sample()])
    from board.site import state
    from board.site.opportunity_page import page as render_page
    from board.validate import load_content

    loaded = load_content(content)
    opp = loaded.opportunities[0]
    evil = dict(opp.raw)
    evil["description"] = {
        "en": 'Hello <script>alert("x")</script> <img src=x onerror=alert(1)> [click](javascript:alert(1))',
        "fr": "Bonjour <script>alert('x')</script>",
    }
    loaded.opportunities[0] = type(opp).from_raw(evil, opp.source)
    site = state.gather(loaded, NOW, "https://github.com/o/r", "https://board.test/", False)
    for lang in ("en", "fr"):
        html = render_page(site.listings[0], site, lang).html
        assert "<script" not in html and "<img" not in html and "javascript:" not in html
        assert "&lt;script&gt;" in html


def test_invalid_content_stops_the_build_with_the_validators_messages(tmp_path: Path) -> None:
    bad = sample()
    bad["price"] = {"amount": 9900, "currency": "CAD", "taxes": "excluded"}
    content = write_content(tmp_path / "content", [bad])
    result = CliRunner().invoke(
        main,
        [
            "build",
            "--config",
            str(ROOT / "mkdocs.yml"),
            "--content",
            str(content),
            "--site-dir",
            str(tmp_path / "s"),
        ],
    )
    assert result.exit_code == 1
    assert "price.amount" in result.output and "accessible-pdf-forms.yaml:" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "s").exists()


def test_cli_build_usage_errors_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", "--config", str(tmp_path / "missing.yml")])
    assert result.exit_code == 2 and "no such configuration file" in result.output
    result = CliRunner().invoke(main, ["build", "--now", "yesterday"])
    assert result.exit_code == 2 and "ISO date-time" in result.output


def test_cli_build_writes_the_site(tmp_path: Path) -> None:
    content = write_content(tmp_path / "content", every_status()[:2])
    result = CliRunner().invoke(
        main,
        [
            "build",
            "--config",
            str(ROOT / "mkdocs.yml"),
            "--content",
            str(content),
            "--site-dir",
            str(tmp_path / "out"),
            "--now",
            NOW.isoformat(),
        ],
    )
    assert result.exit_code == 0, result.output
    assert (
        tmp_path / "out" / "fr" / "opportunities" / "soon-closing-logo" / "index.html"
    ).is_file()


def test_the_shipped_sample_board_builds(tmp_path: Path) -> None:
    site = build_board(ROOT / "content", tmp_path / "site")
    assert (site / "en" / "opportunities" / "accessible-pdf-forms" / "index.html").is_file()
    assert (site / "fr" / "index.html").is_file()


def test_every_interface_string_exists_in_both_languages() -> None:
    for key, (en, fr) in i18n.STRINGS.items():
        assert en.strip() and fr.strip(), key
        assert re.findall(r"\{(\w+)\}", en) == re.findall(r"\{(\w+)\}", fr) or sorted(
            re.findall(r"\{(\w+)\}", en)
        ) == sorted(re.findall(r"\{(\w+)\}", fr)), key


def test_guides_exist_in_both_languages_with_the_same_sections() -> None:
    for slug in GUIDES:
        en = (ROOT / "docs" / "en" / "guides" / f"{slug}.md").read_text(encoding="utf-8")
        fr = (ROOT / "docs" / "fr" / "guides" / f"{slug}.md").read_text(encoding="utf-8")
        count = lambda text: len(re.findall(r"^#+ ", text, re.M))  # noqa: E731
        assert count(en) == count(fr), slug


def test_a_hand_broken_ledger_is_an_error_with_its_place_never_a_silent_zero(
    tmp_path: Path,
) -> None:
    from board.applications.ledger import LedgerError
    from board.site import receipts as ledger

    (tmp_path / "applications").mkdir()
    (tmp_path / "applications" / "x.yaml").write_text(
        "opportunity: x\napplications: nope\n", encoding="utf-8"
    )
    with pytest.raises(LedgerError, match=r"x.yaml:2:15: applications: expected a list"):
        ledger.read(tmp_path, "x")
    assert ledger.read(tmp_path, "absent").count == 0


@pytest.mark.parametrize("command", ["build", "serve"])
def test_commands_have_help(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0 and "--content" in result.output and "--now" in result.output


def test_root_page_offers_both_languages(built: Path) -> None:
    html = (built / "index.html").read_text(encoding="utf-8")
    assert 'href="en/"' in html and 'href="fr/"' in html and '<section lang="fr"' in html


def test_answers_sit_where_the_answer_comment_links(tmp_path: Path) -> None:
    """`board answers` comments with <site>/<lang>/opportunities/<id>/#question-<issue>."""
    from board.intake.answers import answer_link

    question = {
        "issue": 57,
        "asked": "2027-01-13",
        "answered": "2027-01-14",
        "question": {"en": "Are the source files tagged?", "fr": "Les fichiers sont-ils balisés?"},
        "answer": {"en": "No, none of them is.", "fr": "Non, aucun ne l'est."},
    }
    content = write_content(tmp_path / "content", [dict(sample(), questions=[question])])
    site = build_board(content, tmp_path / "site")
    for lang in ("en", "fr"):
        link = answer_link("https://board.example/", lang, "accessible-pdf-forms", 57)
        path, anchor = link.removeprefix("https://board.example/").split("#")
        html = page(site, path)
        assert f'id="{anchor}"' in html
        assert {"en": "No, none of them is.", "fr": "Non, aucun ne l"}[lang] in html


def test_open_opportunity_invites_questions_until_the_cutoff(built: Path) -> None:
    html = page(built, "fr/opportunities/accessible-pdf-forms/")
    assert "template=question.yml&amp;opportunity=accessible-pdf-forms" in html
    assert "Vous pouvez poser une question jusqu" in text_of(html)
    closed = page(built, "en/opportunities/closed-survey/")
    assert "template=question.yml" not in closed


def test_issue_chooser_links_lead_to_pages_of_the_board(built: Path) -> None:
    """GitHub's "new issue" page points suppliers at the board's guides: those pages exist."""
    site_url = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["site_url"]
    config = yaml.safe_load(
        (ROOT / ".github" / "ISSUE_TEMPLATE" / "config.yml").read_text(encoding="utf-8")
    )
    assert config["blank_issues_enabled"] is False
    for link in config["contact_links"]:
        assert link["url"].startswith(site_url), link["url"]
        path = link["url"].removeprefix(site_url)
        assert (built / path / "index.html").is_file(), path


def test_missing_translations_are_named() -> None:
    from board.site.routes import missing_translations

    found = missing_translations({"index.md", "en/guides/faq.md", "fr/guides/faq.md", "en/x.md"})
    assert found == ["en/x.md has no translation: add fr/x.md"]


def test_a_guide_in_one_language_only_fails_the_build(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    (docs / "fr" / "guides" / "faq.md").unlink()
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config["docs_dir"] = str(docs)
    config["plugins"][0]["board"]["forms"] = str(ROOT / ".github" / "ISSUE_TEMPLATE")
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    content = write_content(tmp_path / "content", [sample()])
    result = build(BuildOptions(tmp_path / "mkdocs.yml", tmp_path / "site", content, NOW))
    assert not result.ok
    assert "en/guides/faq.md has no translation: add fr/guides/faq.md" in result.error


def test_an_opportunity_appears_on_its_posting_date(tmp_path: Path) -> None:
    """Merged ahead of time, it is published by the build of its posting date (Eastern)."""
    content = write_content(tmp_path / "content", [sample()])
    posted = datetime.fromisoformat("2026-11-16T00:00:00-05:00")
    before = build_board(content, tmp_path / "before", now=posted - timedelta(seconds=1))
    assert not (before / "en" / "opportunities" / "accessible-pdf-forms").exists()
    assert "accessible-pdf-forms" not in (before / "opportunities.json").read_text()
    assert "No opportunity is open right now" in text_of(page(before, "en/"))
    on_the_day = build_board(content, tmp_path / "on", now=posted)
    assert "Make three PDF forms accessible" in page(on_the_day, "en/")
    assert (on_the_day / "fr" / "opportunities" / "accessible-pdf-forms" / "index.html").exists()
