"""The Atom feeds and the iCalendar, read back by a feed reader's and a calendar's parser.

Titles, summaries and answers are whatever a client team typed: markup, entities, line breaks,
commas and semicolons, long lines of accented text, and the odd control character pasted from a
word processor. Each must come out of feedparser and icalendar's ``Calendar.from_ical`` as it
went in.
"""

from __future__ import annotations

from pathlib import Path

import feedparser
import pytest
from icalendar import Calendar

from board.site import feeds, state
from board.validate import load_content

from .conftest import NOW, every_status, write_content

# Hostile text, as the feeds could meet it if validation (which now refuses markup and character
# references in plain-text fields) ever let it through: entities, ampersands, a line break,
# commas, semicolons, a backslash, and a French title long enough to need folding in the calendar.
TITLE_EN = "Fix &lt;/title&gt; &amp; AT&T's forms, fast; then R&D \\ done"
TITLE_FR = "Ligne un\nligne deux, virgules; points-virgules " + "é" * 30 + " « fin » 😀"
# Literal markup, written after validation too.
LITERAL = '</title></entry><script>alert("x")</script> ]]> <![CDATA[x]]>'
QUESTION = "Can we use **bold** &amp; commas, semicolons; and\nnew lines?"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> state.SiteData:
    """The fixture board, valid, then given hostile titles past validation (the feeds must not
    rely on the validator to stay well formed)."""
    content = write_content(tmp_path_factory.mktemp("hostile") / "content", every_status())
    loaded = load_content(content)
    assert not loaded.problems and loaded.board is not None, loaded.problems

    def rewrite(oid: str, **changes: object) -> None:
        index, opp = next((i, o) for i, o in enumerate(loaded.opportunities) if o.id == oid)
        loaded.opportunities[index] = type(opp).from_raw(dict(opp.raw, **changes), opp.source)

    first = next(o for o in loaded.opportunities if o.id == "accessible-pdf-forms").raw
    questions = [dict(first["questions"][0], question={"en": QUESTION, "fr": QUESTION})]
    hostile = {"en": TITLE_EN, "fr": TITLE_FR}
    rewrite("accessible-pdf-forms", title=hostile, summary=hostile, questions=questions)
    rewrite("soon-closing-logo", title={"en": LITERAL, "fr": LITERAL})
    return state.gather(loaded, NOW, "https://github.com/o/r", "https://board.test/", False)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_hostile_titles_come_out_of_the_atom_feed_as_typed(site: state.SiteData, lang: str) -> None:
    text = feeds.atom(site, lang)
    feed = feedparser.parse(text.encode("utf-8"))
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.language == lang
    new = "New: " if lang == "en" else "Nouvelle\u00a0: "
    entries = {e.id: e for e in feed.entries}
    base = f"https://board.test/{lang}/opportunities"
    first = entries[f"{base}/accessible-pdf-forms/#new"]
    assert first.title == new + (TITLE_EN if lang == "en" else TITLE_FR)
    assert first.summary == (TITLE_EN if lang == "en" else TITLE_FR)
    assert entries[f"{base}/soon-closing-logo/#new"].title == new + LITERAL
    answered = entries[f"{base}/accessible-pdf-forms/#q12"]
    assert answered.summary.startswith(QUESTION + " — ")
    assert answered.link == f"{base}/accessible-pdf-forms/#questions"
    assert "<script>" not in text and "</title></entry>" not in text


def test_hostile_titles_come_out_of_the_calendar_as_typed(site: state.SiteData) -> None:
    data = feeds.ics(site).encode("utf-8")
    lines = data.split(b"\r\n")
    assert lines[-1] == b"" and all(b"\n" not in line and b"\r" not in line for line in lines)
    assert all(len(line) <= 75 for line in lines)
    for line in lines:
        line.decode("utf-8")  # folding never splits a character
    assert sum(line.startswith(b" ") for line in lines) >= 4  # the long titles were folded
    calendar = Calendar.from_ical(data)
    events = {str(e["uid"]): e for e in calendar.walk("VEVENT")}
    event = events["accessible-pdf-forms-closing@board.test"]
    assert str(event["summary"]) == f"Closing: {TITLE_EN} / Clôture\u00a0: {TITLE_FR}"
    literal = events["soon-closing-logo-closing@board.test"]
    assert str(literal["summary"]) == f"Closing: {LITERAL} / Clôture\u00a0: {LITERAL}"
    assert event.decoded("dtstart") == event.decoded("dtend") == site.listings[0].opp.closing
    assert event.decoded("dtstamp") == NOW
    assert str(event["url"]) == "https://board.test/en/opportunities/accessible-pdf-forms/"
    assert str(calendar["x-wr-calname"]) == " / ".join((site.board.name.en, site.board.name.fr))


def test_control_characters_in_a_title_cannot_break_the_feeds(tmp_path: Path) -> None:
    """XML 1.0 cannot hold them at all: they are dropped, the rest of the title stays. The
    validator refuses them in a title; the feeds cope even if one gets past it."""
    opportunities = every_status()
    title = {"en": "Bell\a tab\v nul\0 end", "fr": "Fin\x1b"}
    opportunities[0]["title"] = title
    refused = load_content(write_content(tmp_path / "refused", opportunities))
    assert {p.field for p in refused.problems} == {"title.en", "title.fr"}
    opportunities[0]["title"] = {"en": "Bell", "fr": "Fin"}
    loaded = load_content(write_content(tmp_path / "content", opportunities))
    assert not loaded.problems
    index, opp = next(
        (i, o) for i, o in enumerate(loaded.opportunities) if o.id == "accessible-pdf-forms"
    )
    loaded.opportunities[index] = type(opp).from_raw(dict(opp.raw, title=title), opp.source)
    hostile = state.gather(loaded, NOW, "https://github.com/o/r", "https://board.test/", False)
    feed = feedparser.parse(feeds.atom(hostile, "en").encode("utf-8"))
    assert not feed.bozo, feed.bozo_exception
    assert "New: Bell tab nul end" in [e.title for e in feed.entries]
    calendar = Calendar.from_ical(feeds.ics(hostile).encode("utf-8"))
    summaries = [str(e["summary"]) for e in calendar.walk("VEVENT")]
    assert "Closing: Bell tab nul end / Clôture\u00a0: Fin" in summaries
