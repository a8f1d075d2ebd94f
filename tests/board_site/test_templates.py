"""One escaping path: the board's pages are autoescaped templates, and nothing opts out."""

from __future__ import annotations

import re
from pathlib import Path

from board.site import templates

from .conftest import ROOT

SITE = ROOT / "tools" / "board" / "site"
# What would let a value from content reach HTML unescaped.
OPT_OUT = re.compile(r"\|\s*safe\b|autoescape\s+false|Markup\s*\(|markupsafe", re.I)


def test_the_template_environment_autoescapes_and_refuses_unknown_names() -> None:
    env = templates.ENV
    assert env.autoescape is True
    html = env.from_string("<p title='{{ x }}'>{{ x }}</p>").render(x="'><script>alert(1)</script>")
    assert "<script>" not in html and "&#39;&gt;&lt;script&gt;" in html
    try:
        env.from_string("{{ misspelt }}").render()
    except Exception as exc:  # StrictUndefined: a typo is an error, not an empty string
        assert "misspelt" in str(exc)
    else:
        raise AssertionError("an undefined name rendered silently")


def test_no_template_or_page_module_marks_content_safe() -> None:
    """Only templates.markdown (safemarkdown's output) may be marked safe."""
    offenders = [
        str(path.relative_to(ROOT))
        for path in [*(SITE / "theme" / "board").glob("*.html"), *SITE.glob("*_page.py")]
        if OPT_OUT.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
    source = (SITE / "templates.py").read_text(encoding="utf-8")
    assert source.count("Markup(") == 1  # in the markdown filter


def test_page_modules_write_no_markup_themselves() -> None:
    """The markup of every page lives in a template a designer can find and edit."""
    tag = re.compile(r"""["']<[a-z/]""")
    offenders = [p.name for p in SITE.glob("*_page.py") if tag.search(p.read_text("utf-8"))]
    assert offenders == []


def test_the_title_in_the_head_is_text(built: Path) -> None:
    """mkdocs' own template environment does not autoescape: main.html escapes the title."""
    html = (built / "fr" / "opportunities" / "closed-survey" / "index.html").read_text("utf-8")
    assert "<title>Nettoyer un jeu de données d&#39;enquête – " in html
