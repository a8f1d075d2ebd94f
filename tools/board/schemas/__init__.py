"""The JSON Schemas in ``schemas/``: loading them once and turning their errors into problems.

Their descriptions in French are in `fr` (a message catalog, one table for the guide and hints).

The schemas are the single source of truth for the content format; the client guide and the
``board new`` prompts are derived from their ``description`` texts.
"""

from __future__ import annotations

import difflib
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema_rs
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from .. import catalog
from ..catalog import tn
from ..formats import terminal
from ..problems import Problem, Say, field_name, fr_number, said
from ..yamlio.load import Document
from .fr import french

# The schemas live at the repository root (one source of truth, read by check-jsonschema and
# editors too); a built wheel carries a copy as board/_schemas/ (setup.py), which an installed
# package reads. An editable install reads the repository's own folder.
_PACKAGED = Path(__file__).resolve().parents[1] / "_schemas"
SCHEMA_DIR = _PACKAGED if _PACKAGED.is_dir() else Path(__file__).resolve().parents[3] / "schemas"

# What a client calls each JSON type: the catalog's ``schema.type.<type>`` entries.
_TYPES = ("object", "array", "string", "integer", "number", "boolean", "null")


def _type_names(wanted: Any, lang: int) -> str:
    """``wanted`` (a type or a list of types) in words; ``lang`` 0 for English, 1 for French."""
    code = ("en", "fr")[lang]

    def word(key: str) -> str:  # as a terminal shows it; the YAML example exactly as written
        return catalog.fill(
            code,
            terminal(catalog.forms(code, key)[0]),
            example={"en": "key: value", "fr": "clé: valeur"},
        )

    kinds = wanted if isinstance(wanted, list) else [wanted]
    names = [word(f"schema.type.{w}") if w in _TYPES else str(w) for w in kinds]
    return word("schema.type.or").join(names)


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


@lru_cache(maxsize=8)
def fast_validator(name: str) -> Any:
    """A compiled (Rust) validator: a quick yes/no before the detailed, friendly report."""
    return jsonschema_rs.validator_for(load_schema(name), validate_formats=True)


def _subschema(schema: dict[str, Any], path: tuple[str | int, ...]) -> dict[str, Any]:
    """The schema node that describes the value at ``path`` (properties/items only)."""
    node = schema
    for part in path:
        if isinstance(part, int):
            node = node.get("items", {})
        else:
            node = node.get("properties", {}).get(part, {})
    return node


def schema_code(error: ValidationError) -> str:
    """``schema.max-length`` for a failed ``maxLength``; ``$ref`` and the like become ``ref``."""
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1-\2", str(error.validator)).lower()
    return "schema." + (re.sub(r"[^a-z0-9]+", "-", words).strip("-") or "other")


def _describe(error: ValidationError, schema_name: str) -> tuple[Say, Say]:
    """The English and the French message and hint for one schema error."""
    v = error.validator
    value = error.instance
    limit = error.validator_value
    sub = _subschema(load_schema(schema_name), tuple(error.absolute_path))
    description = {"en": (en := sub.get("description", "")), "fr": french(en)}
    found = _describe_value(v, value, limit, description) or _describe_size(
        v, value, limit, description
    )
    if found is not None:
        return found
    return said("problem.schema.other", message=error.message, description=description)


def _both(number: Any) -> dict[str, str]:
    """A number as each language writes it."""
    return {"en": str(number), "fr": fr_number(number)}


def _close(value: str, options: list[str]) -> str | None:
    """The option ``value`` was probably meant to be, quoted, if one is close enough."""
    close = difflib.get_close_matches(value, options, n=1)
    return repr(close[0]) if close else None


def _describe_value(
    v: str, value: Any, limit: Any, description: dict[str, str]
) -> tuple[Say, Say] | None:
    """Messages for a value of the wrong type or outside the allowed ones."""
    if v == "type":
        expected = {"en": _type_names(limit, 0), "fr": _type_names(limit, 1)}
        got = {"en": _type_names(_json_type(value), 0), "fr": _type_names(_json_type(value), 1)}
        return said("problem.schema.type", expected=expected, found=got, description=description)
    if v == "enum":
        options = [str(o) for o in limit]
        close = _close(str(value), options)
        if close:
            return said("problem.schema.enum.close", value=repr(value), close=close)
        return said("problem.schema.enum", value=repr(value), options=", ".join(options))
    if v == "const":
        return said("problem.schema.const", value=repr(value), allowed=repr(limit))
    if v == "pattern" or v == "format":
        return said("problem.schema.pattern", value=repr(value), description=description)
    if v == "uniqueItems":
        seen: set[str] = set()
        dup = None
        for item in value:
            encoded = json.dumps(item, sort_keys=True)
            if encoded in seen:
                dup = item
                break
            seen.add(encoded)
        return said("problem.schema.unique-items", item=repr(dup))
    return None


# The hint's words for each bound, by keyword: "it must be at least 1".
_BOUNDS = {
    "minimum": "problem.schema.minimum",
    "exclusiveMinimum": "problem.schema.exclusive-minimum",
    "maximum": "problem.schema.maximum",
    "exclusiveMaximum": "problem.schema.exclusive-maximum",
}


def _describe_size(
    v: str, value: Any, limit: Any, description: dict[str, str]
) -> tuple[Say, Say] | None:
    """Messages for a text, list or number too short, too long or out of range."""
    if v in ("minLength",) and limit == 1:
        return said("problem.schema.min-length.empty")
    if v == "minLength":
        return said("problem.schema.min-length", limit=_both(limit), description=description)
    if v == "maxLength":
        return said("problem.schema.max-length", length=_both(len(value)), limit=_both(limit))
    if v in ("minItems", "maxItems"):
        items = {lang: tn(lang, "count.items", len(value)) for lang in ("en", "fr")}
        if v == "maxItems":
            return said("problem.schema.max-items", items=items, limit=_both(limit))
        return said(
            "problem.schema.min-items", items=items, limit=_both(limit), description=description
        )
    if v in _BOUNDS:
        return said(_BOUNDS[v], value=repr(value), limit=_both(limit))
    return None


def problems(doc: Document, schema_name: str) -> list[Problem]:
    """Every schema problem of ``doc`` as located `Problem`s, in file order."""
    if fast_validator(schema_name).is_valid(doc.data):
        return []
    out: list[Problem] = []
    schema = load_schema(schema_name)
    for error in validator(schema_name).iter_errors(doc.data):
        path = tuple(error.absolute_path)
        if error.validator == "additionalProperties":
            known = sorted(_subschema(schema, path).get("properties", {}))
            for key in sorted(set(error.instance) - set(known)):
                close = _close(key, known)
                unknown = (
                    said("problem.schema.unknown-key.close", close=close)
                    if close
                    else said("problem.schema.unknown-key", known=", ".join(known))
                )
                line, col = doc.where(path + (key,), key=True)
                out.append(
                    Problem.of(
                        doc.path,
                        field_name(path + (key,)),
                        *unknown,
                        line,
                        col,
                        code="schema.unknown-key",
                    )
                )
            continue
        if error.validator == "required":
            missing = [k for k in error.validator_value if k not in error.instance]
            for key in missing:
                line, col = doc.where(path)
                desc = _subschema(schema, path + (key,)).get("description", "")
                described = {"en": desc, "fr": french(desc)}
                out.append(
                    Problem.of(
                        doc.path,
                        field_name(path + (key,)),
                        *(
                            said("problem.schema.missing.described", description=described)
                            if desc
                            else said("problem.schema.missing")
                        ),
                        line,
                        col,
                        code="schema.missing",
                    )
                )
            continue
        en, fr = _describe(error, schema_name)
        line, col = doc.where(path)
        out.append(
            Problem.of(doc.path, field_name(path), en, fr, line, col, code=schema_code(error))
        )
    out.sort(key=lambda p: (p.line, p.column))
    return out
