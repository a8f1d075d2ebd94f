"""Sample values of ``content/board.yaml`` that a department must replace before going live.

The shipped board is a sample: its addresses are on the reserved ``.example`` domain (RFC 2606)
or ``example.gc.ca``, its department is "Example Department", and its OCDS prefix is the
unregistered ``ocds-xxxxxx``. A board published with them would send suppliers' e-mails nowhere
and publish open data under someone else's identifier. ``board validate --release`` (or
``BOARD_RELEASE=1``, which the publishing workflow sets) reports each one as a warning,
``settings.placeholder``, at its line and column; without it the sample and the examples
validate as before. A warning does not stop the build; ``--strict`` makes it do so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import catalog
from ..problems import Problem, Severity, field_name, said
from ..yamlio.load import Document, JsonPath

# How to recognise each kind of sample value in any string, and the catalog's name for it.
PLACEHOLDERS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"[\w.+@-]+\.example(?![\w.-])", re.I), "settings.placeholder.example-domain"),
    (re.compile(r"(?<![\w-])(?:[\w.+-]+[@.])?example\.gc\.ca(?![\w-])", re.I), "settings.placeholder.example-gc-ca"),
    (re.compile(r"\bocds-x{6}\b", re.I), "settings.placeholder.ocid-prefix"),
    (
        re.compile(r"\b(?:Example Department|Ministère exemple|Department of Example Services)\b"),
        "settings.placeholder.department",
    ),
)  # fmt: skip


def _strings(value: object, path: JsonPath = ()) -> Iterator[tuple[JsonPath, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*path, str(key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, (*path, index))


def problems(doc: Document) -> list[Problem]:
    """A ``settings.placeholder`` warning for each sample value left in ``board.yaml``."""
    found = []
    for path, text in _strings(doc.data):
        for pattern, kind in PLACEHOLDERS:
            match = pattern.search(text)
            if match is None:
                continue
            what = {lang: catalog.t(lang, kind) for lang in ("en", "fr")}
            line, column = doc.where(path)
            found.append(
                Problem.of(
                    doc.path,
                    field_name(path),
                    *said("problem.settings.placeholder", value=match.group(0), what=what),
                    line,
                    column,
                    Severity.WARNING,
                    code="settings.placeholder",
                )
            )
            break  # one warning per value is enough to make it replaced
    return found
