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
from ..problems import Problem, Say, field_name, fr_number
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

    def said(key: str) -> str:  # as a terminal shows it; the YAML example exactly as written
        return catalog.fill(
            code,
            terminal(catalog.forms(code, key)[0]),
            example={"en": "key: value", "fr": "clé: valeur"},
        )

    kinds = wanted if isinstance(wanted, list) else [wanted]
    names = [said(f"schema.type.{w}") if w in _TYPES else str(w) for w in kinds]
    return said("schema.type.or").join(names)


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
    description = sub.get("description", "")
    description_fr = french(description)
    said = _describe_value(v, value, limit, description, description_fr) or _describe_size(
        v, value, limit, description, description_fr
    )
    if said is not None:
        return said
    return (
        Say(error.message, description),
        Say(f"non conforme au schéma : {error.message}", description_fr),
    )


def _describe_value(
    v: str, value: Any, limit: Any, description: str, description_fr: str
) -> tuple[Say, Say] | None:
    """Messages for a value of the wrong type or outside the allowed ones."""
    if v == "type":
        got = _json_type(value)
        return (
            Say(f"expected {_type_names(limit, 0)}, found {_type_names(got, 0)}", description),
            Say(
                f"doit être {_type_names(limit, 1)}, mais contient {_type_names(got, 1)}",
                description_fr,
            ),
        )
    if v == "enum":
        options = [str(o) for o in limit]
        close = difflib.get_close_matches(str(value), options, n=1)
        if close:
            hints = f"did you mean {close[0]!r}?", f"vouliez-vous dire {close[0]!r}?"
        else:
            hints = (
                f"use one of: {', '.join(options)}",
                f"utilisez l'une de ces valeurs : {', '.join(options)}",
            )
        return (
            Say(f"{value!r} is not allowed", hints[0]),
            Say(f"la valeur {value!r} n'est pas permise", hints[1]),
        )
    if v == "const":
        return (
            Say(f"{value!r} is not allowed", f"use {limit!r}"),
            Say(f"la valeur {value!r} n'est pas permise", f"utilisez {limit!r}"),
        )
    if v == "pattern" or v == "format":
        return (
            Say(f"{value!r} is not in the expected form", description),
            Say(f"la valeur {value!r} n'a pas la forme attendue", description_fr),
        )
    if v == "uniqueItems":
        seen: set[str] = set()
        dup = None
        for item in value:
            encoded = json.dumps(item, sort_keys=True)
            if encoded in seen:
                dup = item
                break
            seen.add(encoded)
        return (
            Say(f"lists {dup!r} more than once", "list each item once"),
            Say(f"indique {dup!r} plus d'une fois", "n'indiquez chaque élément qu'une seule fois"),
        )
    return None


def _describe_size(
    v: str, value: Any, limit: Any, description: str, description_fr: str
) -> tuple[Say, Say] | None:
    """Messages for a text, list or number too short, too long or out of range."""
    if v in ("minLength",) and limit == 1:
        return Say("is empty", "write the text"), Say("est vide", "écrivez le texte")
    if v == "minLength":
        return (
            Say(f"is shorter than {limit} characters", description),
            Say(f"compte moins de {fr_number(limit)} caractères", description_fr),
        )
    if v == "maxLength":
        return (
            Say(f"is {len(value)} characters, over the limit of {limit}", "shorten it"),
            Say(
                f"compte {fr_number(len(value))} caractères, ce qui dépasse la limite de "
                f"{fr_number(limit)}",
                "raccourcissez le texte",
            ),
        )
    if v == "minItems":
        return (
            Say(f"has {tn('en', 'count.items', len(value))}, at least {limit} needed", description),
            Say(
                f"compte {tn('fr', 'count.items', len(value))}; il en faut au moins {fr_number(limit)}",
                description_fr,
            ),
        )
    if v == "maxItems":
        return (
            Say(f"has {len(value)} items, at most {limit} allowed", "remove some"),
            Say(
                f"compte {len(value)} éléments, alors que {fr_number(limit)} au plus sont permis",
                "retirez-en quelques-uns",
            ),
        )
    if v in ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"):
        word, mot = {
            "minimum": ("at least", "d'au moins"),
            "exclusiveMinimum": ("more than", "supérieure à"),
            "maximum": ("at most", "d'au plus"),
            "exclusiveMaximum": ("less than", "inférieure à"),
        }[v]
        return (
            Say(f"{value!r} is out of range", f"it must be {word} {limit}"),
            Say(
                f"la valeur {value!r} est hors des limites permises",
                f"elle doit être {mot} {fr_number(limit)}",
            ),
        )
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
                close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
                if close:
                    hints = f"did you mean {close[0]!r}?", f"vouliez-vous dire {close[0]!r}?"
                else:
                    hints = f"known keys: {', '.join(known)}", f"clés connues : {', '.join(known)}"
                line, col = doc.where(path + (key,), key=True)
                out.append(
                    Problem.of(
                        doc.path,
                        field_name(path + (key,)),
                        Say("unknown key", hints[0]),
                        Say("clé inconnue", hints[1]),
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
                out.append(
                    Problem.of(
                        doc.path,
                        field_name(path + (key,)),
                        Say("is missing", f"add it: {desc}" if desc else "add it"),
                        Say(
                            "est manquant", f"ajoutez-le : {french(desc)}" if desc else "ajoutez-le"
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
