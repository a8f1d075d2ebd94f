"""Inline code in a work acceptance criterion renders as code, not as backticks (issue #11 §3),
and everything around it stays escaped text."""

from __future__ import annotations

from pathlib import Path

from board.site import state
from board.site.inline_code import inline_code
from board.site.opportunity_page import page as render_page
from board.validate import load_content

from .conftest import NOW, sample, write_content


def test_backticks_become_code_and_markup_stays_text() -> None:
    html = str(inline_code("run `make test` & `<b>x</b>`, not `this"))
    assert html == ("run <code>make test</code> &amp; <code>&lt;b&gt;x&lt;/b&gt;</code>, not `this")


def test_acceptance_criteria_show_inline_code_on_the_opportunity_page(tmp_path: Path) -> None:
    raw = sample()
    raw["acceptance"] = {
        "en": ["All twelve screens listed in `AUDIT-SCOPE.md` were tested."],
        "fr": ["Les douze écrans énumérés dans `AUDIT-SCOPE.md` ont été évalués."],
    }
    loaded = load_content(write_content(tmp_path / "content", [raw]))
    site = state.gather(loaded, NOW, "https://github.com/o/r", "https://board.test/", False)
    for lang in ("en", "fr"):
        html = render_page(site.listings[0], site, lang).html
        assert "<code>AUDIT-SCOPE.md</code>" in html and "`AUDIT-SCOPE.md`" not in html
