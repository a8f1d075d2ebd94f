"""Safe loading: hostile or broken YAML is a located problem, never a traceback or a hang."""

from __future__ import annotations

from pathlib import Path

from board.yamlio.load import MAX_BYTES, load, parse

BILLION_LAUGHS = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def test_dates_stay_text_so_the_schema_checks_them() -> None:
    doc, problems = parse("posted: 2027-01-11\nclosing: 2027-01-29T23:59:59-05:00\n", "x.yaml")
    assert problems == []
    assert doc is not None
    assert doc.data == {"posted": "2027-01-11", "closing": "2027-01-29T23:59:59-05:00"}


def test_yaml_1_1_booleans_are_not_guessed() -> None:
    doc, _ = parse("a: yes\nb: no\nc: on\nd: true\ne: 012\nf: 1_000\n", "x.yaml")
    assert doc is not None
    assert doc.data == {"a": "yes", "b": "no", "c": "on", "d": True, "e": 12, "f": 1000}


def test_every_value_keeps_its_line_and_column() -> None:
    doc, _ = parse("price:\n  amount: 6500\nskills:\n  - a\n  - b\n", "x.yaml")
    assert doc is not None
    assert doc.where(("price", "amount")) == (2, 11)
    assert doc.where(("skills", 1)) == (5, 5)
    assert doc.where(("price", "amount"), key=True) == (2, 3)
    assert doc.where(("price", "missing")) == (2, 3)


def test_alias_bomb_is_refused_at_the_first_alias() -> None:
    doc, problems = parse(BILLION_LAUGHS, "bomb.yaml")
    assert doc is None
    [problem] = problems
    assert "aliases" in problem.message
    assert (problem.line, problem.column) == (2, 8)


def test_duplicate_key_names_both_lines() -> None:
    _, [problem] = parse("a: 1\nb: 2\na: 3\n", "x.yaml")
    assert problem.line == 3
    assert "first given on line 1" in problem.message


def test_python_tag_is_refused_and_nothing_runs(tmp_path: Path) -> None:
    marker = tmp_path / "owned"
    doc, [problem] = parse(f'x: !!python/object/apply:os.system ["touch {marker}"]\n', "x.yaml")
    assert doc is None
    assert "!!python/object/apply:os.system" in problem.message
    assert not marker.exists()


def test_file_over_one_mebibyte_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_text("a: " + "x" * MAX_BYTES + "\n")
    doc, [problem] = load(big)
    assert doc is None
    assert "larger than 1 MiB" in problem.message


def test_non_utf8_byte_is_located(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("a: ok\nb: caf\u00e9\n".encode("latin-1"))
    _, [problem] = load(path)
    assert (problem.line, problem.column) == (2, 7)
    assert "0xe9" in problem.message


def test_empty_file_and_unreadable_path(tmp_path: Path) -> None:
    empty = tmp_path / "empty.yaml"
    empty.write_text("")
    assert load(empty)[1][0].message == "the file is empty"
    assert "cannot read" in load(tmp_path / "absent.yaml")[1][0].message


def test_byte_order_mark_is_accepted() -> None:
    doc, problems = parse("a: 1\n", "x.yaml")
    assert problems == [] and doc is not None


def test_fast_schema_check_agrees_with_the_detailed_one() -> None:
    """The compiled yes/no check must never pass a file the detailed check would fail."""
    from board.schemas import fast_validator, validator
    from board.yamlio.load import load
    from conftest import EXAMPLES, ROOT

    files = [*EXAMPLES.glob("*/*.yaml"), *(ROOT / "content" / "opportunities").glob("*.yaml")]
    checked = 0
    for path in files:
        doc, _ = load(path)
        if doc is None:
            continue
        detailed_ok = not list(validator("opportunity").iter_errors(doc.data))
        assert fast_validator("opportunity").is_valid(doc.data) == detailed_ok, path.name
        checked += 1
    assert checked > 20
