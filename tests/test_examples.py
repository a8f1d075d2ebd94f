"""Every example file beside the exact report a client must see; adding a case is adding files.

``tests/examples/valid/*.yaml`` must validate cleanly; each ``invalid/<name>.yaml`` must produce
exactly ``invalid/<name>.expected`` in English and ``invalid/<name>.fr.expected`` in French.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from board.cli import main
from conftest import EXAMPLES

VALID = sorted((EXAMPLES / "valid").glob("*.yaml"))
INVALID = sorted((EXAMPLES / "invalid").glob("*.yaml"))
# The expected report's suffix and the summary of a report with warnings only, per language.
REPORTS = {"en": (".expected", "0 errors,"), "fr": (".fr.expected", "0 erreur,")}
VALID_LINE = {"en": "1 file valid\n", "fr": "1 fichier valide\n"}


@pytest.mark.parametrize("lang", sorted(VALID_LINE))
@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_valid_example_passes(
    path: Path, lang: str, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(EXAMPLES)
    args = ["validate", "--strict", "--lang", lang, str(path.relative_to(EXAMPLES))]
    result = runner.invoke(main, args)
    assert result.output == VALID_LINE[lang]
    assert result.exit_code == 0


@pytest.mark.parametrize("lang", sorted(REPORTS))
@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_invalid_example_reports_expected_problems(
    path: Path, lang: str, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(EXAMPLES)
    suffix, warnings_only = REPORTS[lang]
    expected = path.with_suffix(suffix).read_text(encoding="utf-8")
    # English is the default: the English reports are checked without --lang.
    options = ["--lang", lang] if lang != "en" else []
    result = runner.invoke(main, ["validate", *options, str(path.relative_to(EXAMPLES))])
    assert result.output == expected
    only_warnings = expected.splitlines()[-1].startswith(warnings_only)
    assert result.exit_code == (0 if only_warnings else 1)
    assert "Traceback" not in result.output


def test_every_invalid_example_has_its_expected_reports() -> None:
    for suffix, _ in REPORTS.values():
        missing = [p.name for p in INVALID if not p.with_suffix(suffix).exists()]
        assert missing == [], suffix
    names = {p.stem for p in INVALID}
    orphans = [
        p.name
        for p in (EXAMPLES / "invalid").glob("*.expected")
        if p.name.removesuffix(".expected").removesuffix(".fr") not in names
    ]
    assert orphans == []


def test_french_reports_keep_the_english_locations() -> None:
    """Editors jump to ``path:line:column``: it must not change with the language."""
    for path in INVALID:
        english = path.with_suffix(".expected").read_text(encoding="utf-8").splitlines()
        french = path.with_suffix(".fr.expected").read_text(encoding="utf-8").splitlines()
        assert len(english) == len(french), path.name
        for en, fr in zip(english[:-1], french[:-1], strict=True):
            assert en.split(": ", 1)[0] == fr.split(": ", 1)[0], path.name
            assert en != fr, path.name
