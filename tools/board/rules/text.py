"""Bilingual text: both languages present and not blank; contact address well formed."""

from __future__ import annotations

import re

from .. import links
from ..catalog import tn
from ..model import LANGS, Board
from ..problems import Problem, said
from ..yamlio.load import Document, JsonPath
from ._access import get, problem, with_repeated_texts

# Every bilingual text field of an opportunity (lists of criteria are expanded below).
TEXT_FIELDS: tuple[JsonPath, ...] = (
    ("title",),
    ("summary",),
    ("description",),
    ("client", "department"),
    ("client", "team"),
)

# A pragmatic address check: one @, a dotted domain, no spaces. Stricter than the schema's.
EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$"
)


def check(doc: Document, board: Board) -> list[Problem]:
    return _blank_texts(doc) + _acceptance(doc) + _addresses(doc)


def _blank_texts(doc: Document) -> list[Problem]:
    out: list[Problem] = []
    for path in with_repeated_texts(doc.data, TEXT_FIELDS):
        value = get(doc.data, *path)
        if not isinstance(value, dict):
            continue
        for lang in LANGS:
            text = value.get(lang)
            if isinstance(text, str) and text and not text.strip():
                out.append(
                    problem(
                        doc,
                        path + (lang,),
                        *said("problem.text.blank"),
                        code="text.blank",
                    )
                )
    return out


def _acceptance(doc: Document) -> list[Problem]:
    """No blank criterion, and as many in French as in English."""
    out: list[Problem] = []
    for lang in LANGS:
        items = get(doc.data, "acceptance", lang)
        for i, item in enumerate(items if isinstance(items, list) else []):
            if isinstance(item, str) and not item.strip():
                out.append(
                    problem(
                        doc,
                        ("acceptance", lang, i),
                        *said("problem.text.blank.criterion"),
                        code="text.blank",
                    )
                )
    acc_en, acc_fr = get(doc.data, "acceptance", "en"), get(doc.data, "acceptance", "fr")
    if isinstance(acc_en, list) and isinstance(acc_fr, list) and len(acc_en) != len(acc_fr):
        out.append(
            problem(
                doc,
                ("acceptance", "fr"),
                *said(
                    "problem.text.acceptance-count",
                    criteria={lang: tn(lang, "count.criteria", len(acc_fr)) for lang in LANGS},
                    english=len(acc_en),
                ),
                code="text.acceptance-count",
            )
        )
    return out


def _addresses(doc: Document) -> list[Problem]:
    """The contact's e-mail address and the repository's https:// address."""
    out: list[Problem] = []
    contact = get(doc.data, "client", "contact")
    if isinstance(contact, str) and not EMAIL.match(contact):
        out.append(
            problem(
                doc,
                ("client", "contact"),
                *said("problem.text.contact-email", contact=repr(contact)),
                code="text.contact-email",
            )
        )
    repository = get(doc.data, "repository")
    if isinstance(repository, str) and not (
        repository.startswith("https://") and links.allowed(repository)
    ):
        out.append(
            problem(
                doc,
                ("repository",),
                *said("problem.text.repository-url", repository=repr(repository)),
                code="text.repository-url",
            )
        )
    return out
