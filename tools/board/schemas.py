"""The JSON Schemas in ``schemas/``: loading them once and turning their errors into problems.

The schemas are the single source of truth for the content format; the client guide and the
``board new`` prompts are derived from their ``description`` texts.
"""

from __future__ import annotations

import difflib
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from .problems import Problem, field_name
from .yamlfile import Document

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "schemas"

_TYPE_NAMES = {
    "object": "a mapping (key: value lines)",
    "array": "a list",
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "nothing",
}


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    if isinstance(value, str):
        return "string"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "null"


@lru_cache(maxsize=8)
def load_schema(name: str) -> dict[str, Any]:
    with (SCHEMA_DIR / f"{name}.schema.json").open(encoding="utf-8") as handle:
        schema: dict[str, Any] = json.load(handle)
    return schema


@lru_cache(maxsize=8)
def validator(name: str) -> Draft202012Validator:
    schema = load_schema(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


def _subschema(schema: dict[str, Any], path: tuple[str | int, ...]) -> dict[str, Any]:
    """The schema node that describes the value at ``path`` (properties/items only)."""
    node = schema
    for part in path:
        if isinstance(part, int):
            node = node.get("items", {})
        else:
            node = node.get("properties", {}).get(part, {})
    return node


def _describe(error: ValidationError, schema_name: str) -> tuple[str, str, bool]:
    """(message, hint, points at a key rather than a value) for one schema error."""
    v = error.validator
    value = error.instance
    sub = _subschema(load_schema(schema_name), tuple(error.absolute_path))
    description = sub.get("description", "")
    if v == "type":
        wanted = error.validator_value
        wanted_names = (
            " or ".join(_TYPE_NAMES.get(w, w) for w in wanted)
            if isinstance(wanted, list)
            else _TYPE_NAMES.get(wanted, wanted)
        )
        got = _TYPE_NAMES[_json_type(value)]
        return f"expected {wanted_names}, found {got}", description, False
    if v == "enum":
        options = [str(o) for o in error.validator_value]
        close = difflib.get_close_matches(str(value), options, n=1)
        hint = f"did you mean {close[0]!r}?" if close else f"use one of: {', '.join(options)}"
        return f"{value!r} is not allowed", hint, False
    if v == "const":
        return f"{value!r} is not allowed", f"use {error.validator_value!r}", False
    if v == "pattern" or v == "format":
        return f"{value!r} is not in the expected form", description, False
    if v in ("minLength",) and error.validator_value == 1:
        return "is empty", "write the text", False
    if v == "minLength":
        return f"is shorter than {error.validator_value} characters", description, False
    if v == "maxLength":
        return (
            f"is {len(value)} characters, over the limit of {error.validator_value}",
            "shorten it",
            False,
        )
    if v == "minItems":
        return (
            f"has {len(value)} item(s), at least {error.validator_value} needed",
            description,
            False,
        )
    if v == "maxItems":
        return f"has {len(value)} items, at most {error.validator_value} allowed", "remove some", False
    if v == "uniqueItems":
        seen: set[str] = set()
        dup = next((x for x in value if (json.dumps(x) in seen or seen.add(json.dumps(x)))), None)
        return f"lists {dup!r} more than once", "list each item once", False
    if v in ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"):
        word = {
            "minimum": "at least",
            "exclusiveMinimum": "more than",
            "maximum": "at most",
            "exclusiveMaximum": "less than",
        }[v]
        return f"{value!r} is out of range", f"it must be {word} {error.validator_value}", False
    return error.message, description, False


def problems(doc: Document, schema_name: str) -> list[Problem]:
    """Every schema problem of ``doc`` as located `Problem`s, in file order."""
    out: list[Problem] = []
    schema = load_schema(schema_name)
    for error in validator(schema_name).iter_errors(doc.data):
        path = tuple(error.absolute_path)
        if error.validator == "additionalProperties":
            known = sorted(_subschema(schema, path).get("properties", {}))
            for key in sorted(set(error.instance) - set(known)):
                close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
                hint = f"did you mean {close[0]!r}?" if close else f"known keys: {', '.join(known)}"
                line, col = doc.where(path + (key,), key=True)
                out.append(
                    Problem(doc.path, field_name(path + (key,)), "unknown key", hint, line, col)
                )
            continue
        if error.validator == "required":
            missing = [k for k in error.validator_value if k not in error.instance]
            for key in missing:
                line, col = doc.where(path)
                desc = _subschema(schema, path + (key,)).get("description", "")
                hint = f"add it: {desc}" if desc else "add it"
                out.append(
                    Problem(doc.path, field_name(path + (key,)), "is missing", hint, line, col)
                )
            continue
        message, hint, _ = _describe(error, schema_name)
        line, col = doc.where(path)
        out.append(Problem(doc.path, field_name(path), message, hint, line, col))
    out.sort(key=lambda p: (p.line, p.column))
    return out
