"""Every message the board shows exists in English and French, and none is stale (issue #9).

The catalog (``tools/board/catalog/fr.po``) is the single source of the interface's words. The
code names an entry by its key (the entry's ``msgctxt``); this test reads the code the way
gettext's extractors do (an AST walk over the package, a scan of the templates and scripts) and
holds the catalog to it: every key asked for exists with both languages, every entry is asked
for, placeholders agree, plural entries have every form, and the French is typeset.
"""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po

from board import catalog
from board.catalog import Entry
from conftest import ROOT

PACKAGE = ROOT / "tools" / "board"
PO = PACKAGE / "catalog" / "fr.po"

# The functions that take a key, and the position of the key among their arguments.
KEY_ARGUMENT = {
    "said": 0,
    "t": 1,
    "tn": 1,
    "forms": 1,
    "plural": 1,
    "both": 0,
    "has": 0,
    "say": 0,
    "_say": 1,
}
FAMILY = re.compile(r"[a-z][a-z0-9_-]*(\.[a-z0-9_-]+)*\.")
# The names under which modules that take a key are imported (``m.say``, ``catalog.t``); a
# method of another object (``problem.say("fr")``) is not a lookup.
MODULES = {"m", "catalog", "i18n", "messages"}
# In templates and scripts: t(lang, "key"), board_t(lang, 'key'), plural(lang, "key", n),
# strings["key"]; a literal followed by ``+`` is the start of a key (``"status." + value``).
TEMPLATE_CALL = re.compile(r"""\b(?:t|board_t|plural)\(\s*\w+\s*,\s*(["'])([^"']+)\1(\s*\+)?""")
TEMPLATE_LITERAL = re.compile(r"""(["'])([a-z][a-z0-9_-]*(?:\.[a-z0-9_-]+)*\.?)\1(\s*\+)?""")


def _sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*") if p.suffix in {".py", ".html", ".js"})


def _prefix(node: ast.AST) -> str | None:
    """The literal start of ``f"status.{s}"``, ``"status." + s`` or a family ``"yaml.parser."``."""
    if isinstance(node, ast.JoinedStr) and node.values:
        first = node.values[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            return first.value
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        # a family of keys: catalog.family("yaml.parser.")
        return node.value if FAMILY.fullmatch(node.value) else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left = node.left
        if isinstance(left, ast.Constant) and isinstance(left.value, str):
            return left.value
    return None


def _python(path: Path) -> tuple[set[str], set[str], set[str]]:
    """Keys asked for (literal key arguments), every string literal, and key prefixes."""
    asked, literals, prefixes = set(), set(), set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            literals.add(node.value)
        if (prefix := _prefix(node)) is not None:
            prefixes.add(prefix)
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else ""
            if isinstance(func, ast.Attribute) and getattr(func.value, "id", "") in MODULES:
                name = func.attr
            position = KEY_ARGUMENT.get(name)
            if position is not None and len(node.args) > position:
                key = node.args[position]
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    asked.add(key.value)
    return asked, literals, prefixes


def _template(path: Path) -> tuple[set[str], set[str], set[str]]:
    text = path.read_text(encoding="utf-8")
    asked = {m.group(2) for m in TEMPLATE_CALL.finditer(text) if not m.group(3)}
    literals = {m.group(2) for m in TEMPLATE_LITERAL.finditer(text) if not m.group(3)}
    prefixes = {m.group(2) for m in TEMPLATE_LITERAL.finditer(text) if m.group(3)}
    return asked, literals, prefixes


def _code() -> tuple[set[str], set[str], set[str]]:
    asked: set[str] = set()
    literals: set[str] = set()
    prefixes: set[str] = set()
    for path in _sources():
        found = _python(path) if path.suffix == ".py" else _template(path)
        asked |= found[0]
        literals |= found[1]
        prefixes |= {p for p in found[2] if "." in p}
    return asked, literals, prefixes


ASKED, LITERALS, PREFIXES = _code()
ENTRIES: dict[str, Entry] = catalog.read(PO).entries


def test_the_catalog_is_valid_gettext_with_the_french_plural_rule() -> None:
    with PO.open("rb") as handle:
        po = read_po(handle, locale="fr", abort_invalid=True)
    assert po.plural_forms == get_plural("fr").plural_forms
    assert catalog.read(PO).plural_fr(0) == catalog.read(PO).plural_fr(1) == 0
    assert catalog.read(PO).plural_fr(2) == 1


def test_the_boards_fast_reader_reads_what_babel_reads() -> None:
    # catalog/po.py reads fr.po on every command; Babel is the reference it must agree with.
    with PO.open("rb") as handle:
        po = read_po(handle, locale="fr", abort_invalid=True)
    babel = {
        m.context: (
            tuple([m.id] if isinstance(m.id, str) else m.id),
            () if m.fuzzy else tuple([m.string] if isinstance(m.string, str) else m.string),
        )
        for m in po
        if m.id and m.context
    }
    assert {k: (e.en, e.fr) for k, e in ENTRIES.items()} == babel
    assert len(babel) > 1000


def test_the_fast_reader_keeps_escapes_continuations_plurals_and_fuzzy_entries(
    tmp_path: Path,
) -> None:
    text = (
        'msgid ""\nmsgstr ""\n"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n\n'
        '#, python-brace-format\nmsgctxt "a"\nmsgid "say \\"{x}\\"\\n"\n"next"\n'
        'msgstr "dire « {x} »"\n\n'
        '#, fuzzy\nmsgctxt "b"\nmsgid "old"\nmsgstr "vieux"\n\n'
        'msgctxt "c"\nmsgid "{n} day"\nmsgid_plural "{n} days"\n'
        'msgstr[0] "{n} jour"\nmsgstr[1] "{n} jours"\n'
    )
    path = tmp_path / "fr.po"
    path.write_text(text, encoding="utf-8")
    with path.open("rb") as handle:
        po = read_po(handle, locale="fr", abort_invalid=True)
    assert po.get('say "{x}"\nnext', context="a").string == "dire « {x} »"
    read = catalog.read(path)
    assert read.entries["a"] == Entry("a", ('say "{x}"\nnext',), ("dire « {x} »",))
    assert read.entries["b"].fr == ()  # fuzzy: not translated yet
    assert read.entries["c"] == Entry("c", ("{n} day", "{n} days"), ("{n} jour", "{n} jours"))
    assert read.plural_fr(1) == 0 and read.plural_fr(2) == 1


def test_each_key_appears_once_and_every_entry_has_a_key() -> None:
    contexts = re.findall(r'^msgctxt "(.*)"$', PO.read_text(encoding="utf-8"), re.MULTILINE)
    assert len(contexts) == len(set(contexts)), "a key is in the catalog twice"
    entries = PO.read_text(encoding="utf-8").count("\nmsgid ") - 1  # minus the header
    assert entries == len(contexts), "every entry needs a msgctxt: the key the code asks for"


def test_every_key_the_code_asks_for_is_in_the_catalog() -> None:
    assert sorted(ASKED - set(ENTRIES)) == []


def test_every_problem_key_written_in_the_code_is_in_the_catalog() -> None:
    # A problem's key may reach `said` through a local helper (``_problem(doc, at, "problem.…")``)
    # that the call scan above does not know: any literal shaped like a problem key counts.
    written = {s for s in LITERALS if re.fullmatch(r"problem(\.[a-z0-9_-]+)+", s)}
    assert written, "the scan must see the problem keys"
    assert sorted(written - set(ENTRIES)) == []


def test_every_catalog_entry_is_used_by_the_code() -> None:
    stale = [
        key
        for key in ENTRIES
        if key not in LITERALS
        and key.removesuffix(".hint") not in LITERALS  # a problem's hint goes with its message
        and not any(key.startswith(p) for p in PREFIXES)
    ]
    assert stale == [], "delete these entries from fr.po, or use them"


def test_the_stale_entry_check_sees_keys_in_python_templates_and_scripts() -> None:
    # The checker must not pass by seeing nothing.
    assert {"board.lead", "apply.err.name", "opp.received_n"} <= LITERALS
    assert {"choice.payment.", "status.", "yaml.parser."} <= PREFIXES
    assert "nav.board" in ASKED
    assert {"days.today", "opp.received_n"} <= ASKED


@pytest.mark.parametrize("key", sorted(ENTRIES))
def test_every_message_has_english_and_french(key: str) -> None:
    found = ENTRIES[key]
    assert all(form.strip() for form in found.en), f"{key}: empty English"
    assert found.fr and all(form.strip() for form in found.fr), (
        f"{key}: no French (or marked fuzzy): translate it in fr.po"
    )
    assert len(found.fr) == (2 if found.plural else 1), f"{key}: French needs every plural form"


def _fields(texts: tuple[str, ...]) -> set[str]:
    return {f for text in texts for _, f, _, _ in string.Formatter().parse(text) if f is not None}


@pytest.mark.parametrize("key", sorted(ENTRIES))
def test_placeholders_are_the_same_in_both_languages(key: str) -> None:
    found = ENTRIES[key]
    assert _fields(found.en) == _fields(found.fr), key
    # a plain name only: "{title.__class__}" or "{values[0]}" would let str.format reach into
    # the value given, so a catalog edit could leak what a page or comment must not show
    assert all(name.isidentifier() for name in _fields(found.en + found.fr)), key
    if found.plural:
        assert "n" in _fields(found.en[1:]), f"{key}: the plural form shows the count {{n}}"


# A character before which French puts a no-break space, and what may stand before it instead.
_PUNCTUATION = re.compile(r"(?<=[^\u00a0\u202f\n{])([:;!?»])")
_URL_OR_TIME = re.compile(r"https?:|\d:\d|:/")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")  # {value!r} is code, not prose


def _typography_faults(text: str) -> list[str]:
    faults = [
        f"no no-break space before {m.group(1)!r} in …{text[max(0, m.start() - 20) : m.end() + 5]}…"
        for m in _PUNCTUATION.finditer(_URL_OR_TIME.sub("", _PLACEHOLDER.sub("", text)))
    ]
    faults += [f"no no-break space after « in {text!r}" for _ in re.finditer(r"«(?!\u00a0)", text)]
    return faults


@pytest.mark.parametrize("key", sorted(ENTRIES))
def test_french_typography_holds_in_the_catalog(key: str) -> None:
    assert [f for text in ENTRIES[key].fr for f in _typography_faults(text)] == []


def test_the_placeholder_check_refuses_attribute_and_index_access() -> None:
    assert not all(name.isidentifier() for name in _fields(("{title.__class__}", "{v[0]}")))


def test_the_typography_check_finds_a_plain_space_before_a_colon() -> None:
    assert _typography_faults("Postuler : {title}")
    assert _typography_faults("« Candidature »")
    assert not _typography_faults("Postuler\u00a0: https://example.org à 23:59 {value!r}")


def test_counts_take_each_languages_plural_form() -> None:
    # French treats 0 and 1 as singular; English only 1
    assert catalog.tn("fr", "report.files", 0) == "0 fichier"
    assert catalog.tn("fr", "report.files", 1) == "1 fichier"
    assert catalog.tn("fr", "report.files", 2) == "2 fichiers"
    assert catalog.tn("en", "report.files", 0) == "0 files"
    assert catalog.tn("en", "report.files", 1) == "1 file"


def test_a_value_given_in_both_languages_fills_each_language_with_its_own() -> None:
    title = {"en": "Index our archive", "fr": "Indexer nos archives"}
    en, fr = catalog.both("feed.new", title=title)
    assert en == "New: Index our archive"
    assert fr == "Nouvelle\u00a0: Indexer nos archives"


def test_an_unknown_key_is_a_clear_error() -> None:
    with pytest.raises(catalog.MissingMessage, match="no message 'no.such-key' in fr.po"):
        catalog.t("en", "no.such-key")


def test_a_github_issue_has_one_name_in_each_language() -> None:
    # #11: French says « billet » (English "issue") every time; « ticket » crept in before.
    french = [ROOT / "docs" / "fr", ROOT / ".github" / "ISSUE_TEMPLATE"]
    texts = {key: " ".join(entry.fr) + " | " + " ".join(entry.en) for key, entry in ENTRIES.items()}
    for folder in french:
        for path in folder.rglob("*"):
            if path.suffix in {".md", ".yml"}:
                texts[str(path.relative_to(ROOT))] = path.read_text(encoding="utf-8")
    found = [where for where, text in texts.items() if re.search(r"\b[Tt]ickets?\b", text)]
    assert found == []
    assert any("billet" in " ".join(e.fr) for e in ENTRIES.values())
