"""Every problem carries a stable code that programs can rely on instead of the wording.

The codes are documented in docs/problem-codes.md, a table derived from the source: when a check
gains or loses a code, this test fails until the table is regenerated with
``BOARD_REGENERATE=1 .venv/bin/python -m pytest tests/test_problem_codes.py``.
"""

from __future__ import annotations

import ast
import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from board import catalog
from board.cli import main
from board.problems import CODE, Problem, Say
from conftest import EXAMPLES

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "tools" / "board"
DOC = ROOT / "docs" / "problem-codes.md"
# Codes built at run time from the JSON Schema keyword that failed (see schemas/__init__.py).
SCHEMA_FAMILY = "schema.<keyword>"

HEADER = """# Problem codes

Every problem `board validate` reports has a stable `code`, shown by `board validate --format json`
beside the message and hint in English and French. Programs should match on the code: the
wording may improve, the code does not change. Codes are lower-case and dotted: the first part
names what is checked.

This table is generated from the source by `tests/test_problem_codes.py` (run it with
`BOARD_REGENERATE=1` after adding a check); a test fails when it is stale.

| code | checked in | example (English) |
|---|---|---|
"""


def _text(node: ast.expr) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "…" for v in node.values)
    if isinstance(node, ast.BinOp):
        return _text(node.left) + _text(node.right)
    return "…"


def _from_catalog(key: str) -> str:
    """A catalog message's English, its placeholders shown as ``…``; for a code with one
    wording per case (``problem.attestation.false.<attestation>``), the first case's."""
    cases = [e for e in catalog.family(f"{key}.") if not e.key.endswith(".hint")]
    found = catalog.entry(key) if catalog.has(key) else (cases[0] if cases else None)
    return re.sub(r"\{[^{}]*\}", "…", found.en[0]) if found else ""


def _example(call: ast.Call, code: str) -> str:
    """The first English message given to the call (``Say(message, hint)`` or
    ``*said("problem.key")``), if literal; else the catalog's ``problem.<code>``."""
    for arg in call.args:
        if isinstance(arg, ast.Call) and getattr(arg.func, "id", "") == "Say" and arg.args:
            return (
                _text(arg.args[0])
                if _text(arg.args[0]) != "…"
                else _from_catalog(f"problem.{code}") or "…"
            )
        said = arg.value if isinstance(arg, ast.Starred) else None
        if isinstance(said, ast.Call) and getattr(said.func, "id", "") == "said" and said.args:
            key = said.args[0]
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                return _from_catalog(key.value)
    return _from_catalog(f"problem.{code}")


def codes_in_source() -> dict[str, tuple[str, str]]:
    """code -> (module, example message), for every literal ``code="..."`` in the package."""
    found: dict[str, tuple[str, str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            for kw in node.keywords:
                if kw.arg == "code" and isinstance(kw.value, ast.Constant):
                    module = path.relative_to(PACKAGE.parent).with_suffix("").as_posix()
                    code = str(kw.value.value)
                    if code not in found or not found[code][1]:
                        found[code] = (module.replace("/", "."), _example(node, code))
    return found


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("`", "'")


def table() -> str:
    rows = [
        f"| `{code}` | `{module}` | {_cell(example)} |"
        for code, (module, example) in sorted(codes_in_source().items())
    ]
    rows.append(
        f"| `{SCHEMA_FAMILY}` | `board.schemas` | a JSON Schema keyword failed: `schema.type`, "
        "`schema.enum`, `schema.max-length`, `schema.unique-items`… |"
    )
    return HEADER + "\n".join(rows) + "\n"


def test_problem_codes_table_is_generated_from_the_source() -> None:
    if os.environ.get("BOARD_REGENERATE"):
        DOC.write_text(table(), encoding="utf-8")
    assert DOC.read_text(encoding="utf-8") == table()


def test_every_problem_constructor_in_the_package_passes_a_code() -> None:
    missing = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "of"
                and getattr(node.func.value, "id", "") == "Problem"
                and not any(kw.arg == "code" for kw in node.keywords)
            ):
                missing.append(f"{path.name}:{node.lineno}")
    assert missing == []


def test_every_literal_code_is_well_formed() -> None:
    bad = [code for code in codes_in_source() if not CODE.fullmatch(code)]
    assert bad == []


def test_a_malformed_code_is_refused() -> None:
    for code in ("Price.OverCap", "price", "price over cap", "price..cap"):
        try:
            Problem.of("a.yaml", "", Say("x"), Say("x"), code=code)
        except ValueError:
            continue
        raise AssertionError(code)


def test_every_problem_of_the_invalid_examples_has_a_documented_code_in_json(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One run over the whole invalid corpus: each problem's JSON has a code, and it is listed."""
    monkeypatch.chdir(EXAMPLES)
    files = sorted(
        p.relative_to(EXAMPLES).as_posix() for p in (EXAMPLES / "invalid").glob("*.yaml")
    )
    result = runner.invoke(main, ["validate", "--format", "json", *files])
    report = json.loads(result.output)
    documented = DOC.read_text(encoding="utf-8")
    assert report["problems"], "the invalid corpus reports problems"
    seen = set()
    for problem in report["problems"]:
        code = problem["code"]
        assert CODE.fullmatch(code), problem
        family = SCHEMA_FAMILY if code.startswith("schema.") else code
        assert f"`{family}`" in documented, code
        seen.add(code)
    # the codes the lead's examples name, each seen with its own example
    assert {"price.over-cap", "yaml.duplicate-key", "plaintext.markup"} <= seen


@pytest.mark.parametrize(
    ("keyword", "code"),
    [
        ("maxLength", "schema.max-length"),
        ("$ref", "schema.ref"),
        ("$dynamicRef", "schema.dynamic-ref"),
        ("uniqueItems", "schema.unique-items"),
        ("???", "schema.other"),
    ],
)
def test_a_schema_keyword_always_makes_a_well_formed_code(keyword: str, code: str) -> None:
    """Whatever keyword a schema fails on, the code is well formed: validation never crashes."""
    from jsonschema import ValidationError

    from board.schemas import schema_code

    assert schema_code(ValidationError("x", validator=keyword)) == code
    assert CODE.fullmatch(code)
