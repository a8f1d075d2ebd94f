"""What a built opportunity page shows after closing, read as a person reads it: the result
sentence and the "Delivery and payment" timeline, parsed from the HTML with the standard
library's ``html.parser`` (as tests/board_site/test_build.py reads links). Shared by the OCDS
test and the end-to-end test, which compare their data with these facts (issue #12)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

# The words the page puts before a step's value, as the site's catalog says them.
AWARDED = {"en": "Awarded to ", "fr": "Attribuée à "}
PAID = {"en": "Paid ", "fr": "Payé "}
SPACES = re.compile(r"[\s\u00a0\u202f]+")


@dataclass(frozen=True)
class Step:
    day: str  # the <time datetime="…"> of the step, YYYY-MM-DD
    shown_day: str  # the same day as the page writes it
    text: str  # the step, in bold
    detail: str = ""  # the line under it


@dataclass(frozen=True)
class Page:
    lang: str
    result: str  # the result sentence ("Awarded on … to …, at …")
    steps: tuple[Step, ...]

    def step(self, starts: str) -> Step:
        found = [s for s in self.steps if s.text.startswith(starts)]
        assert len(found) == 1, (starts, self.steps)
        return found[0]

    def supplier(self) -> str:
        return self.step(AWARDED[self.lang]).text.removeprefix(AWARDED[self.lang])

    def award_day(self) -> str:
        return self.step(AWARDED[self.lang]).day

    def award_price(self) -> Decimal:
        """The price in the result sentence: the last amount in it (the date comes first)."""
        return money(self.result, self.lang)

    def paid(self) -> tuple[str, Decimal]:
        step = self.step(PAID[self.lang])
        return step.day, money(step.text, self.lang)


def money(text: str, lang: str) -> Decimal:
    """``$7,475.50`` (English) or ``7 475,50 $`` (French) in ``text``, as a number."""
    flat = SPACES.sub(" ", text)
    if lang == "en":
        found = re.findall(r"\$([0-9][0-9,]*(?:\.[0-9]{2})?)", flat)
        return Decimal(found[-1].replace(",", ""))
    found = re.findall(r"([0-9][0-9 ]*(?:,[0-9]{2})?) \$", flat)
    return Decimal(found[-1].replace(" ", "").replace(",", "."))


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.result: list[str] | None = None
        self.results: list[str] = []
        self.in_timeline = False
        self.steps: list[dict[str, str]] = []
        self.part = ""  # which part of the current step the text goes to

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag == "p" and "result" in classes:
            self.result = []
        elif tag == "ol" and "timeline" in classes:
            self.in_timeline = True
        elif self.in_timeline and tag == "li":
            self.steps.append({"day": "", "shown_day": "", "text": "", "detail": ""})
            self.part = ""
        elif self.in_timeline and tag == "time":
            self.steps[-1]["day"] = dict(attrs).get("datetime") or ""
            self.part = "shown_day"
        elif self.in_timeline and tag == "strong":
            self.part = "text"
        elif self.in_timeline and tag == "br":
            self.part = "detail"

    def handle_endtag(self, tag: str) -> None:
        if tag == "p" and self.result is not None:
            self.results.append(SPACES.sub(" ", "".join(self.result)).strip())
            self.result = None
        elif tag == "ol":
            self.in_timeline = False
        elif self.in_timeline and tag in ("time", "strong"):
            self.part = ""

    def handle_data(self, data: str) -> None:
        if self.result is not None:
            self.result.append(data)
        if self.in_timeline and self.part:
            self.steps[-1][self.part] += data


def read(site: Path, lang: str, oid: str) -> Page:
    """The built page of opportunity ``oid`` in ``lang``."""
    reader = _Reader()
    reader.feed((site / lang / "opportunities" / oid / "index.html").read_text(encoding="utf-8"))
    flat = [{k: SPACES.sub(" ", v).strip() for k, v in s.items()} for s in reader.steps]
    steps = tuple(Step(**s) for s in flat)
    assert len(reader.results) == 1, reader.results
    return Page(lang, reader.results[0], steps)
