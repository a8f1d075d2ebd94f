"""The ledger's digest and incidents reach the open data, so outside copies witness them."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import yaml

from board.site import routes

from .conftest import LEDGER
from .test_build import text_of


def test_the_published_digest_matches_an_independent_recomputation(
    built: Path, fixture_content: Path
) -> None:
    # What docs/sealed-envelope.md tells anyone to do, with nothing from the board's code.
    data = yaml.safe_load(
        (fixture_content / "applications" / "accessible-pdf-forms.yaml").read_text("utf-8")
    )
    canonical = json.dumps(
        data["applications"], sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    expected = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    published = json.loads((built / routes.FEED_JSON).read_text(encoding="utf-8"))
    by_id = {o["id"]: o for o in published["opportunities"]}
    assert by_id["accessible-pdf-forms"]["ledger"]["digest"] == expected
    # An opportunity without a ledger publishes the digest of no entries.
    empty = hashlib.sha256(b"[]").hexdigest()
    assert by_id["closed-survey"]["ledger"] == {"digest": empty, "incidents": []}


def test_incidents_are_published_in_both_languages(built: Path) -> None:
    published = json.loads((built / routes.FEED_JSON).read_text(encoding="utf-8"))
    [record] = [o for o in published["opportunities"] if o["id"] == "accessible-pdf-forms"]
    assert record["ledger"]["incidents"] == LEDGER["incidents"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_opportunity_page_shows_the_digest_and_the_incident(built: Path, lang: str) -> None:
    # A reader of the page (or a web archive of it) sees what the open data publishes.
    published = json.loads((built / routes.FEED_JSON).read_text(encoding="utf-8"))
    [record] = [o for o in published["opportunities"] if o["id"] == "accessible-pdf-forms"]
    html = (built / routes.opportunity(lang, "accessible-pdf-forms") / "index.html").read_text(
        encoding="utf-8"
    )
    text = text_of(html)
    assert record["ledger"]["digest"] in text
    [incident] = LEDGER["incidents"]
    assert incident["explanation"][lang] in text
    assert incident["commit"][:12] in text and incident["restores"][:12] in text
    assert ("January 19, 2027" if lang == "en" else "19 janvier 2027") in text
