"""The XSS corpus (tests/fixtures/xss-corpus.yaml, from OWASP's filter-evasion cheat sheet) in
every text field, against the validator and against the real pages in the real Chromium.

- The validator refuses every markup payload in every plain-text field (one run over one
  content folder holding one opportunity per payload).
- The board is then built ONCE from content the validator would refuse: the test loads the
  files itself and hands them to the build as already-checked content (the same
  ``BoardPlugin.preloaded`` door ``board build`` uses after validating), so the pages meet the
  payloads exactly as the validator would have let them through if it had a hole. Every
  generated page (board, archive, each opportunity and Apply page, in both languages) is then
  loaded in one Chromium session: no dialog opens, no script from content runs
  (``window.__xss`` stays unset), nothing is requested from another host, no active element
  appears, and the text shows literally. The CSV of the same build opens as inert text.
"""

from __future__ import annotations

import copy
import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
import yaml
from mkdocs.commands import build as mkdocs_build
from playwright.sync_api import Page

from board.content import Content, load_board, opportunity_files
from board.model import Opportunity
from board.problems import field_name
from board.rules._schema_fields import expand, text_fields
from board.site import routes
from board.site.build import BuildOptions, load, plugin_of
from board.validate import run
from board.yamlio.load import load as load_yaml

from .browser import chromium, serve
from .conftest import NOW, ROOT, SEAL_STUB, every_status, shifted, write_content

CORPUS = yaml.safe_load((ROOT / "tests" / "fixtures" / "xss-corpus.yaml").read_text("utf-8"))
MARKUP: list[str] = CORPUS["markup"]
PAYLOADS: list[str] = MARKUP + CORPUS["plain"]
PER_OPPORTUNITY = 5  # payloads side by side in one field, to keep the page count small
SEEN = ("name", "eligibility", "timezone")  # board fields set by hand below
CLOSED = 3  # closed copies, so that the past list and the archive carry payloads too


def hostile(
    base: dict[str, Any], oid: str, texts: list[str], labelled: tuple[str, ...] = ()
) -> dict[str, Any]:
    """``base`` with every text field (plain and Markdown) holding ``texts``; its skills are
    the payloads as ids, and ``labelled``: skills whose board labels are payloads."""
    text = " ".join(texts)

    def both() -> dict[str, str]:  # a new mapping each time: YAML would write an alias
        return {"en": text, "fr": text}

    data = copy.deepcopy(base)
    data.update(
        id=oid,
        title=both(),
        summary=both(),
        description=both(),
        skills=[*texts, *labelled],
        acceptance={"en": [text, text], "fr": [text]},
    )
    data["client"] = dict(data["client"], department=both(), team=both())
    data["evaluation"]["criteria"] = [
        dict(c, en=text, fr=text) for c in data["evaluation"]["criteria"]
    ]
    data["questions"] = [dict(q, question=both(), answer=both()) for q in data["questions"]]
    data["addenda"] = [dict(a, en=text, fr=text) for a in data["addenda"]]
    return data


def hostile_board(folder: Path) -> None:
    board = yaml.safe_load((folder / "board.yaml").read_text(encoding="utf-8"))
    board["name"] = {"en": "</title><script>alert(1)</script>", "fr": "Tableau &lt;b&gt;"}
    for i, item in enumerate(board["eligibility"]):
        item["en"] = item["fr"] = MARKUP[i % len(MARKUP)]
    for i, budget in enumerate(board.get("budgets") or []):  # issue #12's plain-text setting
        budget["department"] = MARKUP[i % len(MARKUP)]
    # the service settings (department, privacy notice, contract terms) too, one payload each
    service = [w for p in text_fields("board") for w in expand(board, p) if w[0] not in SEEN]
    for i, where in enumerate(service):
        *parent, last = where
        target = board
        for part in parent:
            target = target[part]
        target[last] = MARKUP[(i + 3) % len(MARKUP)]
    # the board's skills labelled with markup in both languages (pages show them by id)
    board["skills"] = [{"id": f"x{i}", "en": p, "fr": p} for i, p in enumerate(MARKUP)]
    (folder / "board.yaml").write_text(yaml.safe_dump(board, allow_unicode=True), "utf-8")


def groups() -> list[list[str]]:
    return [PAYLOADS[i : i + PER_OPPORTUNITY] for i in range(0, len(PAYLOADS), PER_OPPORTUNITY)]


# --- the validator -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def one_per_payload(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = every_status()[0]
    opportunities = [hostile(base, f"payload-{i:02d}", [p]) for i, p in enumerate(MARKUP)]
    folder = write_content(tmp_path_factory.mktemp("xss-validate") / "content", opportunities)
    hostile_board(folder)
    return folder


def test_validator_refuses_every_payload_in_every_plain_text_field(one_per_payload: Path) -> None:
    result = run([], one_per_payload, repository=False)
    refused = {(Path(p.path).name, p.field) for p in result.errors}
    missed = []
    for path in opportunity_files(one_per_payload):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for pattern in text_fields("opportunity"):
            for where in expand(data, pattern):
                if (path.name, field_name(where)) not in refused:
                    missed.append(f"{path.name} {field_name(where)}")
    board = yaml.safe_load((one_per_payload / "board.yaml").read_text(encoding="utf-8"))
    for pattern in text_fields("board"):
        for where in expand(board, pattern):
            if where != ("timezone",) and ("board.yaml", field_name(where)) not in refused:
                missed.append(f"board.yaml {field_name(where)}")
    assert missed == []
    assert all(p.message_fr and p.hint and p.hint_fr for p in result.errors)


# --- the pages -----------------------------------------------------------------------------


def build_unvalidated(content_root: Path, site_dir: Path) -> Path:
    """Build the board from ``content_root`` without validating it (this test only)."""
    seal = site_dir.parent / "seal.js"
    seal.write_text(SEAL_STUB, encoding="utf-8")
    config = load(BuildOptions(ROOT / "mkdocs.yml", site_dir, content_root, NOW, seal))
    board, board_doc, problems = load_board(content_root)
    assert board is not None, problems
    content = Content(root=content_root, board=board, board_doc=board_doc)
    for path in opportunity_files(content_root):
        doc, problems = load_yaml(path, str(path))
        assert doc is not None, problems
        content.opportunities.append(Opportunity.from_raw(doc.data, str(path)))
    plugin_of(config).preloaded = content
    mkdocs_build.build(config)
    return site_dir


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = every_status()[0]
    opportunities = [
        hostile(base, f"xss-{i:02d}", texts, ("x0", f"x{i % len(MARKUP)}"))
        for i, texts in enumerate(groups())
    ]
    opportunities += [
        hostile(shifted(base, f"past-{i:02d}", -14), f"past-{i:02d}", texts, ("x0",))
        for i, texts in enumerate(groups()[:CLOSED])
    ]
    root = tmp_path_factory.mktemp("xss-build")
    folder = write_content(root / "content", opportunities)
    hostile_board(folder)
    return build_unvalidated(folder, root / "site")


def shown(text: str) -> str:
    """``text`` as the DOM holds it: the HTML parser turns CR LF and CR into LF, drops NUL."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\0", "")


def coded(text: str) -> str:
    """``text`` as a criterion shows it: `a pair of backticks` becomes a code element (#11)."""
    return re.sub(r"`([^`\n]+)`", r"\1", text)


def in_attribute(text: str) -> str:
    """``text`` as an attribute value holds it: line breaks as in ``shown``, NUL replaced."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\0", "\ufffd")


def in_title(text: str) -> str:
    """``text`` as document.title gives it: NUL replaced, white space collapsed."""
    return " ".join(text.replace("\0", "\ufffd").split())


# What the page holds where content lands, read in the page itself.
READ = """() => {
  const texts = (selector) => [...document.querySelectorAll(selector)].map((e) => e.textContent);
  const article = document.querySelector("article");
  const active = [...article.querySelectorAll("*")].filter((e) =>
    ["SCRIPT", "IFRAME", "OBJECT", "EMBED", "BASE", "META", "STYLE", "IMG", "SVG", "svg", "MATH",
     "math", "VIDEO", "DETAILS", "INPUT", "BODY"].includes(e.tagName)
    && !e.matches("details.past, script#apply-strings")  // the board's own
    && !e.closest("form.apply-form, form.board-filter")
    || [...e.attributes].some((a) => a.name.startsWith("on") || a.name === "srcdoc"));
  return {
    xss: typeof window.__xss,
    title: document.title,
    h1: texts("article h1"),
    lead: texts("article p.lead"),
    cards: texts("[data-cards] h3 a"),
    past: texts(".past-list a"),
    options: [...document.querySelectorAll("#filter-skill option")].map((o) => o.value),
    facts: texts(".facts dd"),
    acceptance: texts("section[aria-labelledby=acceptance] li"),
    criteria: texts("section[aria-labelledby=evaluation] li"),
    questions: texts(".qa dt"),
    eligibility: texts("section[aria-labelledby=eligibility] li"),
    labels: texts(".apply-form label"),
    active: active.map((e) => e.outerHTML.slice(0, 80)),
  };
}"""


def pages(lang: str) -> list[tuple[str, list[str] | None]]:
    """(site URL, the payloads its opportunity holds, or None for a list page)."""
    out: list[tuple[str, list[str] | None]] = [(routes.home(lang), None)]
    out.append((routes.archive(lang), None))
    out += [(routes.guide(lang, slug), None) for slug in routes.SERVICE_PAGES]
    for i, texts in enumerate(groups()):
        out.append((routes.opportunity(lang, f"xss-{i:02d}"), texts))
        out.append((routes.apply(lang, f"xss-{i:02d}"), texts))
    for i, texts in enumerate(groups()[:CLOSED]):
        out.append((routes.opportunity(lang, f"past-{i:02d}"), texts))
    return out


@pytest.fixture(scope="module")
def browser_page(hostile_site: Path) -> Iterator[tuple[Page, str, dict[str, list[str]]]]:
    seen: dict[str, list[str]] = {"dialogs": [], "foreign": [], "errors": []}
    with serve(hostile_site) as base_url, chromium() as browser:
        page = browser.new_context().new_page()
        page.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
        page.on("pageerror", lambda exc: seen["errors"].append(str(exc)))

        def guard(route: Any) -> None:
            url = route.request.url
            if urlparse(url).hostname == "127.0.0.1":
                route.continue_()
            else:
                seen["foreign"].append(url)
                route.abort()

        page.route("**/*", guard)
        yield page, base_url, seen


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_payload_runs_and_every_payload_shows_as_text(
    browser_page: tuple[Page, str, dict[str, list[str]]], lang: str
) -> None:
    page, base_url, seen = browser_page
    board_name = {"en": "</title><script>alert(1)</script>", "fr": "Tableau &lt;b&gt;"}[lang]
    problems: list[str] = []
    for url, texts in pages(lang):
        page.goto(base_url + url, wait_until="load")
        page.wait_for_timeout(20)  # let any error event or timer from an injected element fire
        got = page.evaluate(READ)
        if got["xss"] != "undefined":
            problems.append(f"{url}: window.__xss was set")
        if got["active"]:
            problems.append(f"{url}: active elements from content {got['active']}")
        if in_title(board_name) not in got["title"]:
            problems.append(f"{url}: <title> {got['title']!r} lacks the board's name as text")
        if texts is None:
            continue
        text = shown(" ".join(texts))
        if not got["h1"] or not got["h1"][0].endswith(text):
            problems.append(f"{url}: h1 {got['h1']!r}")
        if in_title(" ".join(texts)) not in got["title"]:
            problems.append(f"{url}: <title> {got['title']!r}")
        if url.endswith("/apply/"):
            if not any(label.startswith(text) for label in got["labels"]):
                problems.append(f"{url}: no answer label shows the criterion as text")
            continue
        expected = {
            "lead": [text],
            "acceptance": [coded(text)] * (2 if lang == "en" else 1),
            "questions": [q for q in got["questions"] if q.endswith(" " + text)],
        }
        for key, value in expected.items():
            if got[key] != value or not value:
                problems.append(f"{url}: {key} {got[key]!r}")
        if (
            f"{text}, {text}" not in got["facts"]
            # the payloads as ids, then the board's labels (markup) of the labelled skills
            or not any(
                f.startswith(", ".join([*map(shown, texts), shown(MARKUP[0])]))
                for f in got["facts"]
            )
        ):
            problems.append(f"{url}: facts {got['facts']!r}")
        if not all(c.startswith(coded(text) + " (") for c in got["criteria"]):
            problems.append(f"{url}: criteria {got['criteria']!r}")
        if shown(MARKUP[0]) not in got["eligibility"]:
            problems.append(f"{url}: eligibility {got['eligibility']!r}")
    page.goto(base_url + routes.home(lang))
    got = page.evaluate(READ)
    every = {shown(" ".join(texts)) for texts in groups()}
    if set(got["cards"]) != every:
        problems.append(f"board cards {got['cards']!r}")
    if not {in_attribute(p) for p in PAYLOADS} <= set(got["options"]):
        problems.append("a skill is not an option value as written")
    page.goto(base_url + routes.archive(lang))
    if set(page.evaluate(READ)["past"]) != {shown(" ".join(t)) for t in groups()[:CLOSED]}:
        problems.append("archive titles")
    assert problems == [], "\n".join(problems)
    assert seen["dialogs"] == [] and seen["foreign"] == [] and seen["errors"] == []


def test_the_head_holds_one_title_whatever_the_title(hostile_site: Path) -> None:
    """The review's finding: "&lt;/title&gt;" in a title closed <title> on the Apply page."""
    oid = next(f"xss-{i:02d}" for i, t in enumerate(groups()) if "&lt;/title" in " ".join(t))
    for lang in ("en", "fr"):
        for url in (routes.opportunity(lang, oid), routes.apply(lang, oid)):
            html = (hostile_site / url / "index.html").read_text(encoding="utf-8")
            head = html.split("</head>", 1)[0]
            assert head.count("<title>") == 1 and head.lower().count("</title") == 1, url
            title = head.split("<title>", 1)[1].split("</title>", 1)[0]
            assert "<" not in title and "&amp;lt;/title&amp;gt;" in title, url


def test_csv_open_data_never_starts_a_formula(hostile_site: Path) -> None:
    """OWASP's CSV injection advice: a cell that a spreadsheet would run starts with '."""
    text = (hostile_site / routes.FEED_CSV).read_bytes().decode("utf-8")  # keep every CR
    rows = list(csv.reader(io.StringIO(text, newline="")))
    cells = [cell for row in rows[1:] for cell in row]
    formulas = [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert formulas == []
    titles = {row[2] for row in rows[1:]}  # title_en
    risky = [" ".join(t) for t in groups() if " ".join(t).startswith(("=", "+", "-", "@", "\t"))]
    assert risky and all("'" + title in titles for title in risky)
