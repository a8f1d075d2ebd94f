"""One concept per module, one step per function: no module of the package over 300 lines and no
function over 60, outside message catalogs (issue #9, "Done when")."""

from __future__ import annotations

import ast

from conftest import ROOT

PACKAGE = ROOT / "tools" / "board"
MAX_MODULE_LINES = 300
MAX_FUNCTION_LINES = 60

# Message catalogs: long because they hold every sentence in two languages, not because they do
# several things. A translator reads them as tables.
CATALOGS = {
    "schemas/fr.py",  # the schema's descriptions in French
    "site/i18n.py",  # the site's words in English and French
    "yamlio/words_fr.py",  # the YAML parser's words in French
}

EXEMPT = CATALOGS


def _modules() -> list[tuple[str, str]]:
    return [
        (path.relative_to(PACKAGE).as_posix(), path.read_text(encoding="utf-8"))
        for path in sorted(PACKAGE.rglob("*.py"))
    ]


def test_no_module_is_over_300_lines() -> None:
    too_long = [
        f"{name}: {len(text.splitlines())} lines"
        for name, text in _modules()
        if name not in EXEMPT and len(text.splitlines()) > MAX_MODULE_LINES
    ]
    assert too_long == [], "split these modules by concept"


def test_no_function_is_over_60_lines() -> None:
    too_long = []
    for name, text in _modules():
        if name in EXEMPT:
            continue
        for node in ast.walk(ast.parse(text, name)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    too_long.append(f"{name}:{node.lineno} {node.name}: {length} lines")
    assert too_long == [], "split these functions into named steps"


def test_every_exemption_names_a_module_that_exists() -> None:
    assert sorted(n for n in EXEMPT if not (PACKAGE / n).is_file()) == []


def test_the_size_check_sees_the_whole_package() -> None:
    names = {name for name, _ in _modules()}
    assert {"links.py", "yamlio/load.py", "cli/new.py", "site/safemarkdown.py"} <= names
