"""One link policy: what the validator refuses, the renderer never turns into a link, and the
other way round. Every URL below goes through both, written as an inline link, an inline link in
angle brackets, a reference definition and an image."""

from __future__ import annotations

import json
import time
from html.parser import HTMLParser

import pytest

from board import links
from board.rules.markdown import scan
from board.site.safemarkdown import render

HOSTILE = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "java&Tab;script:alert(1)",
    "java&#x09;script:alert(1)",
    "jav&#x61;script:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A&#x61&#x76&#x61script:alert(1)",  # references without their semicolons
    "&amp;#106;avascript:alert(1)",  # a reference hiding another
    "\x01javascript:alert(1)",
    "javascript\x00:alert(1)",
    "vbscript:msgbox(1)",
    "VBScript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "DATA:text/html,<script>alert(1)</script>",
    "file:///etc/passwd",
    "ftp://example.ca/file",
    "//evil.example",
    "\\\\evil.example",
    "/\\evil.example",
    "https:\\\\evil.example",
    "https:evil.example",
    "https://",
    "mailto:",
    "http://example.ca",
    "HTTP://example.ca",
    "&#104;ttp://example.ca",
    "javascript&colon;alert(1)",
    "page:with-colon",
    "a\u00a0b",
]

SAFE = [
    "https://example.ca",
    "HTTPS://example.ca/a?b=c&d=e#f",
    "https://canada.ca/fr/services.html",
    "mailto:team@example.gc.ca",
    "#how-to-apply",
    "/fr/",
    "../other-opportunity/",
    "attachments/scope.pdf",
    "?lang=fr",
]


def _forms(url: str) -> list[str]:
    return [
        f"See [the page]({url}) here.",
        f"See [the page](<{url}>) here.",
        f"See [the page][r].\n\n[r]: {url}\n",
        f"![a picture]({url})",
    ]


class _Links(HTMLParser):
    """Every link and image in rendered HTML: its target, or None when the renderer dropped it."""

    def __init__(self) -> None:
        super().__init__()
        self.targets: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        wanted = {"a": "href", "img": "src"}.get(tag)
        if wanted:
            self.targets.append(dict(attrs).get(wanted))


def _rendered_targets(text: str) -> list[str | None]:
    parser = _Links()
    parser.feed(render(text))  # HTMLParser decodes character references, as a browser does
    return parser.targets


@pytest.mark.parametrize("url", HOSTILE)
def test_a_hostile_url_is_refused_by_the_policy(url: str) -> None:
    assert not links.allowed(url)


@pytest.mark.parametrize("url", SAFE)
def test_an_ordinary_url_is_allowed_by_the_policy(url: str) -> None:
    assert links.allowed(url)


def test_validator_and_renderer_agree_on_every_url_in_every_form() -> None:
    disagreements = []
    for url in HOSTILE + SAFE:
        for text in _forms(url):
            flagged = bool(scan(text))
            targets = _rendered_targets(text)
            emitted_refused = any(t is not None and not links.allowed(t) for t in targets)
            dropped = None in targets
            kept = any(t is not None for t in targets)
            if emitted_refused or (dropped and not flagged) or (flagged and kept):
                disagreements.append((text, flagged, targets))
            if url in SAFE and not (kept and not flagged):
                disagreements.append((text, "safe URL not linked", targets))
    assert disagreements == []


def test_validator_says_where_and_how_to_fix_a_refused_link() -> None:
    (problem,) = scan("Read [this](java\tscript:alert(1)).")
    offset, en, fr = problem
    assert offset == len("Read [this](")
    assert "is not allowed" in en.message and "https://" in en.hint
    assert "n'est pas permis" in fr.message and "https://" in fr.hint


def test_email_autolink_becomes_a_mailto_link() -> None:
    assert scan("Write to <team@example.gc.ca>.") == []
    assert _rendered_targets("Write to <team@example.gc.ca>.") == ["mailto:team@example.gc.ca"]


@pytest.mark.parametrize(
    "address", ["https://\\\\evil.example", "https://git hub.com/x", "https://evil.example/\u00a0x"]
)
def test_a_repository_address_the_policy_refuses_is_an_error(address: str) -> None:
    from board.rules import text as text_rule
    from board.yamlio.load import parse

    doc, _ = parse(f"repository: {json.dumps(address)}\n", "opportunity.yaml")
    assert doc is not None
    (found,) = text_rule.check(doc, board=None)  # type: ignore[arg-type]  # the rule ignores it
    assert found.field == "repository" and "https://" in found.hint_fr


def test_a_huge_link_destination_is_scanned_in_linear_time() -> None:
    started = time.monotonic()
    found = scan("[x](a" + " " * 200_000 + "b)" + "[x](" * 50_000)
    assert time.monotonic() - started < 2  # a backtracking title match took minutes here
    assert found  # "a   b" holds whitespace: no link target may
