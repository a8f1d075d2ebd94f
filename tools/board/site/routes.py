"""Where every page and file lives: source paths for mkdocs and site URLs, per language.

Both languages use the same path after their prefix (``en/…`` and ``fr/…``), so the language
toggle is a prefix swap and always leads to the same page in the other language.
"""

from __future__ import annotations

import posixpath

from .i18n import OTHER

ARCHIVE_PAGE_SIZE = 100
GUIDES = ("how-to-apply", "how-to-post", "faq")  # hand-written, in docs/<lang>/guides/
# Generated from the service settings of content/board.yaml (service_pages.py, issue #11).
PRIVACY, TERMS, SUPPLIER_GUIDE = "privacy", "terms", "supplier-guide"
SERVICE_PAGES = (PRIVACY, TERMS, SUPPLIER_GUIDE)
FEED_JSON = "opportunities.json"
FEED_CSV = "opportunities.csv"
FEED_ICS = "closing-dates.ics"
JSON_SCHEMA = "schemas/opportunities.schema.json"
SEAL_JS = "assets/seal.js"
# Issue #12: the Results page's figures as open data
METRICS_JSON = "metrics.json"
METRICS_CSV = "metrics.csv"
METRICS_SCHEMA = "schemas/metrics.schema.json"


def feed_atom(lang: str) -> str:
    return f"{lang}/feed.xml"


def home(lang: str) -> str:
    return f"{lang}/"


def opportunity(lang: str, oid: str) -> str:
    return f"{lang}/opportunities/{oid}/"


def apply(lang: str, oid: str) -> str:
    return f"{lang}/opportunities/{oid}/apply/"


def archive(lang: str, number: int = 1) -> str:
    return f"{lang}/archive/" if number == 1 else f"{lang}/archive/{number}/"


def results(lang: str) -> str:
    return f"{lang}/results/"


def guide(lang: str, slug: str) -> str:
    return f"{lang}/guides/{slug}/"


def source(url: str) -> str:
    """mkdocs source of a directory URL: ``en/`` -> ``en/index.md``, ``en/x/`` -> ``en/x.md``."""
    stripped = url.rstrip("/")
    if stripped in ("en", "fr") or stripped.endswith("/archive") and stripped.count("/") == 1:
        return f"{stripped}/index.md"
    return f"{stripped}.md"


def language_of(url: str) -> str:
    head = url.lstrip("/").split("/", 1)[0]
    return head if head in OTHER else "en"


def translate(url: str) -> str:
    """The same page in the other language."""
    lang = language_of(url)
    rest = url.lstrip("/")[len(lang) :]
    return OTHER[lang] + rest


def relative(from_url: str, to_url: str) -> str:
    """A link from the page at ``from_url`` to ``to_url`` (both site-relative)."""
    base = from_url if from_url.endswith("/") else posixpath.dirname(from_url) + "/"
    target = posixpath.relpath("/" + to_url, "/" + base)
    if to_url.endswith("/") and not target.endswith("/"):
        target += "/"
    return "./" if target in (".", "./") else target


def missing_translations(sources: set[str]) -> list[str]:
    """Pages under ``en/`` or ``fr/`` whose twin in the other language is missing.

    ``sources`` are page sources relative to the docs folder (``en/guides/faq.md``). The build
    fails on any, so that a guide is never published in one language only.
    """
    out = []
    for uri in sorted(sources):
        lang = uri.split("/", 1)[0]
        if lang in OTHER:
            twin = OTHER[lang] + uri[len(lang) :]
            if twin not in sources:
                out.append(f"{uri} has no translation: add {twin}")
    return out
