"""One module formats every figure, date and time a reader sees: a table pins each format.

Each row is (format, input, English, French); the French uses the no-break space where French
typography wants one. A second test keeps Babel's format functions inside `board.formats`.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from board import formats

TORONTO = ZoneInfo("America/Toronto")
WINTER = datetime(2027, 1, 30, 4, 59, 59, tzinfo=UTC)  # 23:59:59 EST on January 29
SUMMER = datetime(2027, 7, 15, 16, 30, tzinfo=UTC)  # 12:30 EDT
RECEIVED = datetime(2027, 1, 20, 15, 4, 5, tzinfo=UTC)
NB = "\u00a0"

Row = tuple[str, Callable[[str], str], str, str]
ROWS: list[Row] = [
    (
        "moment",
        lambda lang: formats.moment(WINTER, TORONTO, lang),
        "January 29, 2027, 11:59 p.m. ET",
        "29 janvier 2027, 23 h 59 HE",
    ),
    (
        "moment in summer: the zone keeps its generic name",
        lambda lang: formats.moment(SUMMER, TORONTO, lang),
        "July 15, 2027, 12:30 p.m. ET",
        "15 juillet 2027, 12 h 30 HE",
    ),
    (
        "moment with seconds (receipts)",
        lambda lang: formats.moment(RECEIVED, TORONTO, lang, seconds=True),
        "January 20, 2027, 10:04:05 a.m. ET",
        "20 janvier 2027, 10 h 04 min 05 s HE",
    ),
    (
        "moment in a sentence",
        lambda lang: formats.moment(WINTER, TORONTO, lang, weekday=True, full_zone=True),
        "Friday, January 29, 2027, 11:59 p.m. (Eastern Time)",
        "vendredi 29 janvier 2027 à 23 h 59 (heure de l'Est)",
    ),
    (
        "moment in another zone",
        lambda lang: formats.moment(WINTER, ZoneInfo("America/Vancouver"), lang),
        "January 29, 2027, 8:59 p.m. PT",
        "29 janvier 2027, 20 h 59 HP",
    ),
    (
        "date",
        lambda lang: formats.day(date(2027, 1, 29), lang),
        "January 29, 2027",
        "29 janvier 2027",
    ),
    (
        "date with weekday",
        lambda lang: formats.day(date(2027, 2, 24), lang, weekday=True),
        "Wednesday, February 24, 2027",
        "mercredi 24 février 2027",
    ),
    (
        "money, whole",
        lambda lang: formats.money(Decimal("6500"), "CAD", lang),
        "$6,500",
        f"6{NB}500{NB}$",
    ),
    (
        "money with cents: never one decimal",
        lambda lang: formats.money(Decimal("8694.5"), "CAD", lang),
        "$8,694.50",
        f"8{NB}694,50{NB}$",
    ),
    ("amount, whole", lambda lang: formats.amount(Decimal("10350"), lang), "10,350", "10 350"),
    (
        "amount with cents: never one decimal",
        lambda lang: formats.amount(Decimal("8694.5"), lang),
        "8,694.50",
        "8 694,50",
    ),
    ("number", lambda lang: formats.number(10350, lang), "10,350", "10 350"),
    ("number, fraction", lambda lang: formats.number(Decimal("0.15"), lang), "0.15", "0,15"),
    ("number, not a number", lambda lang: formats.number("abc", lang), "abc", "abc"),
    ("percent", lambda lang: formats.percent(Decimal("0.15"), lang), "15%", f"15{NB}%"),
    (
        "percent, fraction",
        lambda lang: formats.percent(Decimal("0.14975"), lang),
        "14.975%",
        f"14,975{NB}%",
    ),
    ("colon", formats.colon, ":", f"{NB}:"),
    ("colon in a terminal", lambda lang: formats.colon(lang, terminal=True), ":", " :"),
    ("quoted", lambda lang: formats.quoted("included", lang), "“included”", f"«{NB}included{NB}»"),
    ("plural of 0", lambda lang: formats.plural(lang, 0, "one", "other"), "other", "one"),
    ("plural of 1", lambda lang: formats.plural(lang, 1, "one", "other"), "one", "one"),
    ("plural of 2", lambda lang: formats.plural(lang, 2, "one", "other"), "other", "other"),
]


@pytest.mark.parametrize(("kind", "render", "english", "french"), ROWS, ids=[r[0] for r in ROWS])
def test_each_format_reads_as_each_language_writes_it(
    kind: str, render: Callable[[str], str], english: str, french: str
) -> None:
    assert render("en") == english
    assert render("fr") == french


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Erreur: le fichier", f"Erreur{NB}: le fichier"),
        ("Vraiment ?", f"Vraiment{NB}?"),
        ("Attention!", f"Attention{NB}!"),
        ("un; deux", f"un{NB}; deux"),
        ("«texte»", f"«{NB}texte{NB}»"),
        ("voir https://example.org à 23:59", "voir https://example.org à 23:59"),
        (f"déjà{NB}: espacé", f"déjà{NB}: espacé"),
    ],
)
def test_french_typography_spaces_punctuation_but_not_urls_or_times(
    text: str, expected: str
) -> None:
    assert formats.french_typography(text) == expected


def test_a_rank_reads_as_each_language_writes_it() -> None:
    english = [formats.ordinal("en", n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111)]
    assert english == "1st 2nd 3rd 4th 11th 12th 13th 21st 22nd 23rd 101st 111th".split()
    assert [formats.ordinal("fr", n) for n in (1, 2, 3, 11)] == ["1er", "2e", "3e", "11e"]
    assert formats.ordinal("fr", 1, feminine=True) == "1re"  # la 1re attribution
    assert formats.ordinal("fr", 2, feminine=True) == "2e"


def test_the_zone_is_named_the_same_way_on_every_surface() -> None:
    """The site, intake receipts and the preview show one zone name, never EST or a long name."""
    from board.client.preview import price_line  # noqa: F401  (imports cleanly without site/)
    from board.intake.messages import moment_values
    from board.site.formatting import datetime_text

    values = moment_values("closing", WINTER, TORONTO)
    closing = values["closing"]
    assert closing["en"].endswith(" ET") and closing["fr"].endswith(" HE")
    assert datetime_text(WINTER, TORONTO, "en").endswith(" ET")
    for text in (*closing.values(), datetime_text(WINTER, TORONTO, "fr")):
        assert "EST" not in text and "HNE" not in text and "normale" not in text


PACKAGE = Path(__file__).resolve().parents[1] / "tools" / "board"


def test_no_module_but_formats_calls_babel_format_functions() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == PACKAGE / "formats.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("babel"):
                names = [a.name for a in node.names if a.name.startswith(("format_", "parse_"))]
                if names:
                    offenders.append(f"{path.relative_to(PACKAGE)}: {', '.join(names)}")
            if isinstance(node, ast.Import) and any(a.name.startswith("babel") for a in node.names):
                offenders.append(f"{path.relative_to(PACKAGE)}: import babel")
    assert offenders == []


def test_babel_is_imported_by_formats_and_the_catalog_only() -> None:
    # formats.py formats figures and moments; catalog/ reads fr.po with babel.messages.
    allowed = {"formats.py": "babel.", "catalog/__init__.py": "babel.messages."}
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = str(path.relative_to(PACKAGE))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            modules = [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            if isinstance(node, ast.Import):
                modules = [a.name for a in node.names]
            for module in modules:
                if module.split(".")[0] == "babel" and not module.startswith(
                    allowed.get(name, "-")
                ):
                    offenders.append(f"{name}: {module}")
    assert offenders == []


def test_preview_scaffold_and_rekeying_do_not_import_the_site() -> None:
    for name in ("preview.py", "preview_words.py", "scaffold.py", "draft.py", "rekeying.py"):
        tree = ast.parse((PACKAGE / "client" / name).read_text(encoding="utf-8"))
        modules = [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
        assert not [m for m in modules if m == "site" or m.startswith("site.")], name


def test_preview_and_scaffold_are_under_300_lines() -> None:
    for name in ("preview.py", "scaffold.py"):
        assert len((PACKAGE / "client" / name).read_text(encoding="utf-8").splitlines()) < 300, name
