"""The "post an opportunity" guide is derived from the schema and cannot drift from it."""

from __future__ import annotations

from pathlib import Path

from board.site import schema_doc

from .conftest import ROOT


def test_french_translations_follow_the_schema_descriptions() -> None:
    fields = {path: english for path, _required, _kind, english in schema_doc.fields()}
    assert set(fields) == set(schema_doc.FRENCH), (
        "a field is described in one place but not the other"
    )
    stale = [path for path, english in fields.items() if schema_doc.FRENCH[path][0] != english]
    assert not stale, f"the schema's description changed; update the French of: {stale}"


def test_both_guides_show_every_field(built: Path) -> None:
    for lang, marker in (("en", "What it means"), ("fr", "Signification")):
        html = (built / lang / "guides" / "how-to-post" / "index.html").read_text(encoding="utf-8")
        assert marker in html
        for path, *_ in schema_doc.fields():
            assert f"<code>{path}</code>" in html, (lang, path)
    fr = (built / "fr/guides/how-to-post/index.html").read_text(encoding="utf-8")
    assert "Prix fixe établi par le client" in fr


def test_the_guides_hold_the_marker_not_a_copy() -> None:
    for lang in ("en", "fr"):
        text = (ROOT / "docs" / lang / "guides" / "how-to-post.md").read_text(encoding="utf-8")
        assert "<!-- board:schema-fields -->" in text and "price.amount" not in text


def test_the_posting_guide_shows_the_files_after_closing_in_both_languages(built: Path) -> None:
    from board import schemas
    from board.schemas.fr import french

    for name in ("evaluation", "draw", "award"):
        schema = schemas.load_schema(name)
        for lang in ("en", "fr"):
            page = built / lang / "guides" / "how-to-post" / "index.html"
            html = page.read_text(encoding="utf-8")
            for path, _required, _kind, english in schema_doc.fields(schema):
                assert f"<code>{path}</code>" in html, (name, lang, path)
                if lang == "fr":  # every description has its French, shown in the French guide
                    assert french(english), (name, path)
