"""How intake writes to an applicant: messages from the catalog, laid out as one comment.

The texts are the catalog's ``intake.*`` entries (``board/catalog/fr.po``), English and French
side by side; `comment` lays a message out as one bilingual GitHub comment (English first,
French second, each complete on its own).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from .. import catalog, formats
from ..model import Text

MARKER = "<!-- board:intake -->"

_UNSAFE = re.compile(r"[\x00-\x1f\x7f`\u200b-\u200f\u2028\u2029\ufeff]")


def quote(text: str, limit: int = 80) -> str:
    """Applicant-typed text as an inert code span: no mention, link or Markdown, bounded."""
    cleaned = _UNSAFE.sub("", text).strip()
    if len(cleaned) > limit:
        cleaned = cleaned[: limit - 1] + "…"
    return f"`{cleaned}`" if cleaned else "` `"


def status_values(status: str) -> dict[str, dict[str, str]]:
    """``{status}``: the ledger status ``status`` as an applicant reads it, in each language."""
    en, fr = catalog.both(f"intake.status.{status}")
    return {"status": {"en": en, "fr": fr}}


def say(key: str, /, **values: object) -> Text:
    """The catalog's message ``key`` in both languages (a value may be given in both)."""
    en, fr = catalog.both(key, **values)
    return Text(en=en, fr=fr)


def moment_values(name: str, moment: datetime, tz: ZoneInfo) -> dict[str, dict[str, str]]:
    """``{name}``: ``moment`` in the board's time zone, each language's convention."""
    return {name: {lang: formats.moment(moment, tz, lang, seconds=True) for lang in ("en", "fr")}}


def utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def comment(
    title: Text,
    paragraphs: list[Text],
    bullets: list[Text] | None = None,
    *,
    first: str = "en",
    marker: str = MARKER,
) -> str:
    """One comment: the ``first`` language's part (English unless told), a rule, the other's;
    each part complete on its own."""
    parts = [marker]
    for lang in ("fr", "en") if first == "fr" else ("en", "fr"):
        block = [f"### {title.get(lang)}", ""]
        if bullets:
            block += [f"- {b.get(lang)}" for b in bullets] + [""]
        block += [p.get(lang) + "\n" for p in paragraphs]
        parts.append("\n".join(block).rstrip())
    return f"{parts[0]}\n{parts[1]}\n\n---\n\n{parts[2]}\n"
