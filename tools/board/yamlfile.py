"""Safe, position-keeping YAML loading.

PyYAML's own loaders keep the last of two duplicate keys, turn ``2027-01-29`` into a ``date``
(which JSON Schema's ``format: date`` then rejects for the wrong reason) and forget where each
value came from. This loader composes the node graph with the C parser when available and builds
plain JSON-like values itself, so that:

* every value's start mark is kept, so an error's JSON path leads to ``line:column``;
* scalars are resolved with the YAML 1.2 core types only (strings, ints, floats, bools, null);
  dates stay strings;
* duplicate keys, object-constructing tags, anchors and aliases (the door to alias bombs),
  non-UTF-8 bytes, files over 1 MiB, nesting deeper than `yamldepth.MAX_DEPTH` (measured before
  anything recurses) and integers too long to convert are each a clear problem, never a
  traceback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import formats, yamldepth
from .problems import Problem, Say

try:  # the C parser is several times faster; fall back quietly where libyaml is missing
    from yaml._yaml import CParser as _Parser
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml.composer import Composer
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class _Parser(Reader, Scanner, Parser, Composer):  # type: ignore[no-redef]
        def __init__(self, stream: str) -> None:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)
            Composer.__init__(self)


_IMPLICIT = "?"  # tag given to plain scalars: this module resolves them itself (YAML 1.2 core)


class _Resolver(yaml.resolver.BaseResolver):
    """Leaves plain scalars unresolved; PyYAML's own resolver would apply YAML 1.1 rules
    (``yes`` is true, ``2027-01-29`` a date) and costs a regex match per value."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        if kind is yaml.ScalarNode and implicit[0]:
            return _IMPLICIT
        return str(super().resolve(kind, value, implicit))


class _Loader(_Parser, _Resolver):  # type: ignore[misc, valid-type]
    def __init__(self, stream: str) -> None:
        _Parser.__init__(self, stream)
        _Resolver.__init__(self)


MAX_BYTES = 1024 * 1024
MAX_NODES = 100_000
MAX_DIGITS = 100  # Python refuses to convert an integer of more than 4,300 digits

JsonPath = tuple[str | int, ...]

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_PLAIN_TAGS = {_STR, _INT, _FLOAT, _BOOL, _NULL, _MAP, _SEQ, _TIMESTAMP, "?"}

_INT_RE = re.compile(r"[-+]?[0-9][0-9_]*$")
_FLOAT_RE = re.compile(r"[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$")
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}
_NULLS = {"", "~", "null", "Null", "NULL"}


@dataclass
class Document:
    """A loaded YAML file: its data and where each value (and each key) starts."""

    path: str
    data: Any
    source: str = ""
    marks: dict[JsonPath, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[JsonPath, tuple[int, int]] = field(default_factory=dict)

    def where(self, path: JsonPath, *, key: bool = False) -> tuple[int, int]:
        """Line and column (1-based) of the value at ``path``, or of its nearest parent."""
        table = self.key_marks if key else self.marks
        probe = tuple(path)
        while probe:
            if probe in table:
                return table[probe]
            if key and probe in self.marks:
                return self.marks[probe]
            probe = probe[:-1]
        return self.marks.get((), (1, 1))

    def line_text(self, line: int) -> str:
        """The source text of a 1-based line ('' when out of range)."""
        lines = self.source.splitlines()
        return lines[line - 1] if 0 < line <= len(lines) else ""


class _LoadError(Exception):
    def __init__(self, en: Say, fr: Say, mark: Any, code: str = "yaml.structure") -> None:
        super().__init__(en.message)
        self.code = code
        self.en = en
        self.fr = fr
        self.line = (mark.line + 1) if mark is not None else 1
        self.column = (mark.column + 1) if mark is not None else 1


# The YAML parser's own words (libyaml and PyYAML say the same), in French; a phrase not listed
# stays as the parser wrote it, quoted inside a French sentence.
_PARSER_FR = (
    (
        "mapping values are not allowed in this context",
        "une valeur de dictionnaire n'est pas permise à cet endroit",
    ),
    (
        "mapping values are not allowed here",
        "une valeur de dictionnaire n'est pas permise à cet endroit",
    ),
    ("could not find expected ':'", "le « : » attendu est introuvable"),
    ("did not find expected key", "la clé attendue est introuvable"),
    ("did not find expected '-' indicator", "le « - » attendu est introuvable"),
    ("did not find expected node content", "le contenu attendu est introuvable"),
    ("did not find expected <document start>", "le début de document attendu est introuvable"),
    (
        "found character that cannot start any token",
        "caractère qui ne peut commencer aucun élément",
    ),
    ("found unexpected end of stream", "fin de fichier inattendue"),
    ("found unknown escape character", "caractère d'échappement inconnu"),
    ("found undefined alias", "alias non défini"),
    ("found a tab character that violates indentation", "une tabulation rompt l'indentation"),
    ("found unexpected ':'", "« : » inattendu"),
    ("expected a single document in the stream", "un seul document était attendu dans le fichier"),
    ("but found another document", "mais un autre document a été trouvé"),
    ("while scanning a simple key", "en lisant une clé simple"),
    ("while scanning a quoted scalar", "en lisant un texte entre guillemets"),
    ("while scanning a plain scalar", "en lisant un texte"),
    ("while scanning a block scalar", "en lisant un bloc de texte"),
    ("while scanning an alias", "en lisant un alias"),
    ("while scanning an anchor", "en lisant une ancre"),
    ("while scanning a tag", "en lisant une balise"),
    ("while scanning for the next token", "en cherchant l'élément suivant"),
    ("while parsing a block mapping", "en lisant un dictionnaire"),
    ("while parsing a block collection", "en lisant une liste"),
    ("while parsing a flow mapping", "en lisant un dictionnaire entre accolades"),
    ("while parsing a flow sequence", "en lisant une liste entre crochets"),
    ("while parsing a block node", "en lisant une valeur"),
    ("while parsing a flow node", "en lisant une valeur"),
    ("not valid YAML", "YAML non valide"),
)


def _parser_words_fr(text: str) -> str:
    """The parser's English message with every phrase we know put into French."""
    for english, french in _PARSER_FR:
        text = text.replace(english, french)
    return text


def _explicit(node: yaml.ScalarNode) -> Any:
    """A scalar whose type the writer chose: quoted or block text, or an explicit ``!!`` tag."""
    if node.style or node.tag == _STR:
        return node.value
    plain = yaml.ScalarNode(_IMPLICIT, node.value, node.start_mark, node.end_mark)
    value = _scalar(plain)
    wanted = {_INT: int, _FLOAT: float, _BOOL: bool, _NULL: type(None)}.get(node.tag)
    if wanted is not None and type(value) is not wanted:
        return node.value  # a mistyped explicit tag: let the schema report the text
    return value


def _scalar(node: yaml.ScalarNode) -> Any:
    value = node.value
    if node.tag != _IMPLICIT or node.style:  # quoted, block or explicitly tagged
        return _explicit(node)
    if value in _NULLS:
        return None
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    if _INT_RE.match(value):
        digits = len(value.lstrip("+-").replace("_", ""))
        if digits > MAX_DIGITS:
            raise _LoadError(
                Say(
                    f"a number of {formats.number(digits)} digits is too long",
                    "quote it if it is text, or shorten it",
                ),
                Say(
                    f"un nombre de {formats.number(digits, 'fr')} chiffres est trop long",
                    "mettez-le entre guillemets s'il s'agit de texte, ou raccourcissez-le",
                ),
                node.start_mark,
                code="yaml.number-too-long",
            )
        return int(value.replace("_", ""))
    if _FLOAT_RE.match(value) and any(c.isdigit() for c in value):
        return float(value.replace("_", ""))
    # timestamps and everything else stay strings (JSON Schema formats check them)
    return value


def _first_alias_mark(text: str) -> Any:
    """Where the first ``*alias`` is used (only looked for once an alias was found)."""
    try:
        for event in yaml.parse(text, Loader=_Loader):  # type: ignore[arg-type]
            if isinstance(event, yaml.AliasEvent):
                return event.start_mark
    except yaml.YAMLError:
        return None
    return None


class _Builder:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.seen: set[int] = set()
        self.count = 0

    def build(self, node: yaml.Node, path: JsonPath) -> Any:
        if id(node) in self.seen:
            raise _LoadError(
                Say(
                    "anchors and aliases (&name, *name) are not allowed",
                    "write the value out in full",
                ),
                Say(
                    "les ancres et les alias (&nom, *nom) ne sont pas permis",
                    "écrivez la valeur au complet",
                ),
                _first_alias_mark(self.doc.source) or node.start_mark,
                code="yaml.alias",
            )
        self.seen.add(id(node))
        self.count += 1
        if self.count > MAX_NODES:
            raise _LoadError(
                Say(
                    f"more than {formats.number(MAX_NODES)} values in one file",
                    "split the content or remove repeated values",
                ),
                Say(
                    f"plus de {formats.number(MAX_NODES, 'fr')} valeurs dans un seul fichier",
                    "répartissez le contenu ou retirez les valeurs répétées",
                ),
                node.start_mark,
                code="yaml.too-many-values",
            )
        if node.tag not in _PLAIN_TAGS:
            shown = node.tag.replace("tag:yaml.org,2002:", "!!")
            raise _LoadError(
                Say(
                    f"YAML tag {shown!r} is not allowed",
                    "remove the tag; content files hold plain text, numbers, lists and mappings",
                ),
                Say(
                    f"la balise YAML {shown!r} n'est pas permise",
                    "retirez la balise; les fichiers de contenu ne contiennent que du texte, "
                    "des nombres, des listes et des dictionnaires",
                ),
                node.start_mark,
                code="yaml.tag",
            )
        self.doc.marks[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            out: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    raise _LoadError(
                        Say("a key must be plain text", "use a simple name before the colon"),
                        Say(
                            "une clé doit être du texte simple",
                            "utilisez un nom simple avant le deux-points",
                        ),
                        key_node.start_mark,
                        code="yaml.complex-key",
                    )
                if key_node.tag == "tag:yaml.org,2002:merge" or key_node.value == "<<":
                    raise _LoadError(
                        Say("merge keys (<<) are not allowed", "write the keys out in full"),
                        Say(
                            "les clés de fusion (<<) ne sont pas permises",
                            "écrivez les clés au complet",
                        ),
                        key_node.start_mark,
                        code="yaml.merge-key",
                    )
                key = key_node.value
                if key in out:
                    first = self.doc.key_marks.get(path + (key,), (0, 0))[0]
                    raise _LoadError(
                        Say(
                            f"duplicate key {key!r} (first given on line {first})",
                            "keep one of them; YAML would silently use the last",
                        ),
                        Say(
                            f"clé {key!r} en double (déjà donnée à la ligne {first})",
                            "n'en gardez qu'une; sinon YAML retiendrait la dernière sans avertir",
                        ),
                        key_node.start_mark,
                        code="yaml.duplicate-key",
                    )
                self.doc.key_marks[path + (key,)] = (
                    key_node.start_mark.line + 1,
                    key_node.start_mark.column + 1,
                )
                out[key] = self.build(value_node, path + (key,))
            return out
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, path + (i,)) for i, item in enumerate(node.value)]
        assert isinstance(node, yaml.ScalarNode)
        return _scalar(node)


def parse(text: str, path: str) -> tuple[Document | None, list[Problem]]:
    """Parse YAML text into a `Document`, or return the problem that stops it."""
    doc = Document(path=path, data=None, source=text)
    try:
        deep = yamldepth.too_deep(text, _Loader)
        if deep is not None:
            raise _LoadError(
                Say(
                    f"nested more than {yamldepth.MAX_DEPTH} levels deep",
                    "content files nest a few levels; check the brackets and indentation",
                ),
                Say(
                    f"imbrication de plus de {yamldepth.MAX_DEPTH} niveaux",
                    "les fichiers de contenu n'ont que quelques niveaux; vérifiez les crochets "
                    "et l'indentation",
                ),
                deep,
                code="yaml.too-deep",
            )
        loader = _Loader(text)
        try:
            root = loader.get_single_node()  # type: ignore[no-untyped-call]
        finally:
            loader.dispose()
        if root is None:
            return None, [
                Problem.of(
                    path,
                    "",
                    Say("the file is empty", "start from a sample file"),
                    Say("le fichier est vide", "partez d'un fichier d'exemple"),
                    code="yaml.empty",
                )
            ]
        doc.data = _Builder(doc).build(root, ())
    except _LoadError as exc:
        return None, [Problem.of(path, "", exc.en, exc.fr, exc.line, exc.column, code=exc.code)]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = exc.problem or "not valid YAML"
        if exc.context:
            what = f"{what} ({exc.context})"
        return None, [
            Problem.of(
                path,
                "",
                Say(
                    f"YAML syntax error: {what}",
                    "check indentation and that text containing ': ' or '#' is quoted",
                ),
                Say(
                    f"erreur de syntaxe YAML : {_parser_words_fr(what)}",
                    "vérifiez l'indentation et que tout texte contenant « : » ou « # » "
                    "est entre guillemets",
                ),
                (mark.line + 1) if mark else 1,
                (mark.column + 1) if mark else 1,
                code="yaml.syntax",
            )
        ]
    except yaml.YAMLError as exc:
        return None, [
            Problem.of(
                path,
                "",
                Say(f"YAML error: {exc}", "check the file's syntax"),
                Say(f"erreur YAML : {exc}", "vérifiez la syntaxe du fichier"),
                code="yaml.error",
            )
        ]
    return doc, []


def load(
    path: Path, display: str | None = None, *, max_bytes: int = MAX_BYTES
) -> tuple[Document | None, list[Problem]]:
    """Read and parse one file, turning every I/O or encoding failure into a `Problem`."""
    shown = display or str(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        return None, [
            Problem.of(
                shown,
                "",
                Say(f"cannot read the file: {exc.strerror}", "check the path"),
                Say(f"impossible de lire le fichier : {exc.strerror}", "vérifiez le chemin"),
                code="file.unreadable",
            )
        ]
    if len(raw) > max_bytes:
        mib = max_bytes // (1024 * 1024)
        return None, [
            Problem.of(
                shown,
                "",
                Say(f"the file is larger than {mib} MiB", "content files are small text files"),
                Say(
                    f"le fichier dépasse {mib} Mio",
                    "les fichiers de contenu sont de petits fichiers texte",
                ),
                code="file.too-large",
            )
        ]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, [
            Problem.of(
                shown,
                "",
                Say(f"byte 0x{raw[exc.start]:02x} is not valid UTF-8", "save the file as UTF-8"),
                Say(
                    f"l'octet 0x{raw[exc.start]:02x} n'est pas de l'UTF-8 valide",
                    "enregistrez le fichier en UTF-8",
                ),
                line,
                column,
                code="file.not-utf8",
            )
        ]
    if text.startswith("\ufeff"):
        text = text[1:]
    return parse(text, shown)
