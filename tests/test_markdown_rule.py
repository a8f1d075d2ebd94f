"""The Markdown rule: what may and may not appear in a description."""

from __future__ import annotations

import pytest

from board.rules.markdown import scan


@pytest.mark.parametrize(
    "text",
    [
        "Plain text with **bold** and a [link](https://example.ca).",
        "Code may show tags: `<script>` and\n\n```html\n<div onclick=x>\n```\n",
        "An autolink <https://example.ca/a?b=c> and <team@example.gc.ca>.",
        "Math: 3 < 4 and 5 > 2.",
    ],
)
def test_safe_markdown_passes(text: str) -> None:
    assert scan(text) == []


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("<script>alert(1)</script>", "raw HTML"),
        ("Hi <img src=x onerror=alert(1)>", "raw HTML"),
        ("<!-- hidden -->", "raw HTML"),
        ("[click](javascript:alert(1))", "javascript:"),
        ("[click]( JaVaScRiPt:alert(1))", "JaVaScRiPt:"),
        ("[click](data:text/html;base64,PHNjcmlwdD4=)", "data:"),
        ("[x]: javascript:alert(1)\n\nSee [x].", "javascript:"),
        ("Visit http://example.ca for details.", "is not https"),
    ],
)
def test_unsafe_markdown_is_found(text: str, needle: str) -> None:
    problems = scan(text)
    assert problems, text
    assert any(needle in en.message for _, en, _ in problems)
    assert all(fr.message and fr.hint for _, _, fr in problems)
