"""No input makes a parser crash: property-based tests (Hypothesis) on every reader of outside
input. Whatever the text, bytes or JSON, the YAML loader returns problems, the issue-form parser
returns values, and the envelope, payload and webhook readers raise only their own error types.

CI runs the ``ci`` profile (100 examples per test); ``BOARD_HYPOTHESIS_PROFILE=thorough`` runs
5,000 (see tests/conftest.py)."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from board.forms import load_forms
from board.forms.parser import identify, parse_body
from board.intake import event
from board.sealing import envelope, keys, payload
from board.yamlio.depth import bound
from board.yamlio.load import parse
from conftest import REPO, WEBHOOKS

FORMS = load_forms(REPO)
APPLICATION = FORMS["application.yml"]
PRIVATE = keys.new_private_key()

# JSON values of every kind, nested a little
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)

# Text made of YAML's syntax, so the parser goes deep into its states, not only "not YAML"
YAML_ALPHABET = "[]{}:-?&*!|>#'\"%@`,. \n\t\rab09_~+e\\\ufeff\u0085\u2028"
yaml_texts = st.one_of(
    st.text(),
    st.text(alphabet=YAML_ALPHABET, max_size=300),
    json_values.map(lambda v: yaml.safe_dump(v, default_flow_style=None)),
    st.lists(
        st.tuples(
            st.integers(0, 12),
            st.sampled_from(["- ", "a: ", "? ", "[", "{", "- [", "k: {"]),
            st.text(YAML_ALPHABET, max_size=8),
        ),
        max_size=40,
    ).map(lambda lines: "\n".join(" " * n + start + rest for n, start, rest in lines)),
    # what random text rarely reaches: deep nesting of every kind, and very long numbers
    st.integers(1, 3_000).map(lambda n: "a: " + "[" * n + "]" * n),
    st.integers(1, 3_000).map(lambda n: "{a: " * n + "1" + "}" * n),
    st.integers(1, 800).map(
        lambda n: "".join("  " * i + "k:\n" for i in range(n)) + "  " * n + "v"
    ),
    st.integers(1, 3_000).map(lambda n: "- " * n + "x"),
    st.integers(1, 6_000).map(lambda n: "n: " + "9" * n),
    st.integers(1, 6_000).map(lambda n: "n: !!int " + "1" * n),
)


@given(yaml_texts)
def test_the_yaml_loader_returns_problems_never_raises(text: str) -> None:
    doc, problems = parse(text, "hostile.yaml")
    assert (doc is None) == bool(problems)
    for problem in problems:
        assert problem.line >= 1 and problem.column >= 1 and problem.message and problem.message_fr


def _depth(text: str) -> int:
    """The real depth, from the event stream (the parser never recurses)."""
    depth = deepest = 0
    for item in yaml.parse(text, Loader=yaml.CSafeLoader):
        if isinstance(item, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            deepest = max(deepest, depth)
        elif isinstance(item, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
    return deepest


@given(yaml_texts)
def test_the_cheap_depth_bound_is_never_below_the_real_depth(text: str) -> None:
    try:
        real = _depth(text)
    except yaml.YAMLError:
        return
    assert bound(text) >= real


def _body(parts: list[str]) -> str:
    return "\n".join(parts)


form_lines = st.one_of(
    st.sampled_from(
        [f"### {f.label}" for f in APPLICATION.fields]
        + ["### ", "###", "```", "````", "~~~", "- [x] ", "- [X] a", "_No response_", ""]
    ),
    st.text(max_size=40),
    st.text(alphabet="#`~-[]xX \r\n", max_size=20),
)


@given(st.lists(form_lines, max_size=30).map(_body))
def test_the_issue_form_parser_reads_any_body(body: str) -> None:
    for form in FORMS.values():
        parsed = parse_body(body, form)
        assert set(parsed.missing) <= {f.id for f in form.fields}
        for field_id in parsed.values:
            assert isinstance(parsed.text(field_id), str)
    identify(body, FORMS)


armored = st.builds(
    lambda headers, body, crlf: ("\r\n" if crlf else "\n").join(
        [envelope.BEGIN, *headers, "", *body, envelope.END]
    ),
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "Version: 1",
                    "Version: 2",
                    "Opportunity: accessible-pdf-forms",
                    "Key: ab12-cd34-ef56-7890-abcd",
                    "Check: 00000000",
                    "Check: ",
                ]
            ),
            st.text(max_size=30),
        ),
        max_size=6,
    ),
    st.lists(
        st.one_of(
            st.binary(min_size=0, max_size=200).map(lambda b: base64.b64encode(b).decode()),
            st.text(max_size=64),
        ),
        max_size=6,
    ),
    st.booleans(),
)


@given(st.one_of(st.text(), armored))
def test_the_envelope_reader_raises_only_envelope_errors(text: str) -> None:
    try:
        parsed = envelope.parse(text)
    except envelope.EnvelopeError:
        return
    try:
        envelope.open_(parsed, PRIVATE)
    except envelope.EnvelopeError:
        pass


@given(st.binary(max_size=200))
def test_an_envelope_with_a_valid_check_and_random_bytes_never_crashes(binary: bytes) -> None:
    """Random bytes behind a correct check: the damage is found by the reader, not by a crash."""
    text = "\n".join(
        [
            envelope.BEGIN,
            "Version: 1",
            "Opportunity: x",
            "Key: k",
            f"Check: {envelope.check(binary)}",
            "",
            base64.b64encode(binary).decode() or "AA==",
            envelope.END,
        ]
    )
    try:
        envelope.open_(envelope.parse(text), PRIVATE)
    except envelope.EnvelopeError:
        pass


payload_bytes = st.one_of(
    st.binary(max_size=300),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.fixed_dictionaries({}, optional={k: json_values for k in payload.FIELDS}).map(
        lambda v: json.dumps(v).encode()
    ),
    st.integers(1, 30_000).map(lambda n: b"[" * n + b"]" * n),
    st.integers(1, 6_000).map(lambda n: b'{"name": ' + b"9" * n + b"}"),
)


@given(payload_bytes)
def test_the_payload_reader_raises_only_payload_errors(data: bytes) -> None:
    try:
        payload.from_bytes(data)
    except payload.PayloadError:
        pass


def _real_payloads() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for name in ("issues", "issue_comment"):
        for path in sorted((WEBHOOKS / name).glob("*.json")):
            out.append((name, json.loads(path.read_text(encoding="utf-8"))))
    return out


REAL = _real_payloads()


def _paths(value: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [here]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*here, key))
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            found += _paths(inner, (*here, i))
    return found


def _replace(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    copy = dict(value) if isinstance(value, dict) else list(value)
    copy[head] = _replace(value[head], rest, new)
    return copy


@st.composite
def mutated_payloads(draw: st.DrawFn) -> tuple[str, Any]:
    """A real webhook payload with a few values replaced by anything JSON can hold."""
    name, data = draw(st.sampled_from(REAL))
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(_paths(data)))
        data = _replace(data, path, draw(json_values))
    return draw(st.sampled_from([name, "issues", "issue_comment"])), data


@given(mutated_payloads())
def test_the_webhook_reader_raises_only_event_errors(case: tuple[str, Any]) -> None:
    name, data = case
    if not isinstance(data, dict):
        return  # `read` refuses non-objects before `from_payload`; tested below
    try:
        event.from_payload(name, data)
    except event.EventError:
        pass


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.one_of(st.binary(max_size=300), mutated_payloads().map(lambda c: json.dumps(c[1]).encode()))
)
def test_reading_any_event_file_raises_only_event_errors(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "event.json"
    path.write_bytes(raw)
    try:
        event.read(path)
    except event.EventError:
        pass


@given(st.one_of(st.text(max_size=120), st.binary(max_size=80).map(keys.b64url_encode)))
def test_a_published_key_that_is_not_one_is_a_key_problem(text: str) -> None:
    try:
        keys.public_key_from_text(text)
    except keys.KeyProblem:
        pass
