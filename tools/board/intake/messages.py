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


def status_values(status: str) -> dict[str, str]:
    """The ledger status ``status`` as an applicant reads it, in each language."""
    en, fr = catalog.both(f"intake.status.{status}")
    return {"status_en": en, "status_fr": fr}


def _in(lang: str, values: dict[str, object]) -> dict[str, object]:
    """``values`` for ``lang``: ``closing_en`` fills ``{closing}`` in English, ``closing_fr`` in
    French; a value without a language suffix fills both."""
    other = "_fr" if lang == "en" else "_en"
    return {k.removesuffix(f"_{lang}"): v for k, v in values.items() if not k.endswith(other)}


def say(key: str, /, **values: object) -> Text:
    """The catalog's message ``key`` in both languages, each with its own values."""
    return Text(
        en=catalog.t("en", key, **_in("en", values)), fr=catalog.t("fr", key, **_in("fr", values))
    )


def moment_values(prefix: str, moment: datetime, tz: ZoneInfo) -> dict[str, str]:
    """``{prefix}_en``, ``{prefix}_fr`` in the board's time zone, each language's convention."""
    return {
        f"{prefix}_{lang}": formats.moment(moment, tz, lang, seconds=True) for lang in ("en", "fr")
    }


def utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def comment(title: Text, paragraphs: list[Text], bullets: list[Text] | None = None) -> str:
    """One comment: the English part, a rule, the French part."""
    parts = [MARKER]
    for lang in ("en", "fr"):
        block = [f"### {title.get(lang)}", ""]
        if bullets:
            block += [f"- {b.get(lang)}" for b in bullets] + [""]
        block += [p.get(lang) + "\n" for p in paragraphs]
        parts.append("\n".join(block).rstrip())
    return f"{parts[0]}\n{parts[1]}\n\n---\n\n{parts[2]}\n"
