"""The YAML parser's own words in French: a message catalog (exempt from the size limits).

libyaml and PyYAML say the same; a phrase not listed stays as the parser wrote it, quoted
inside a French sentence.
"""

from __future__ import annotations

PARSER_FR = (
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


def parser_words_fr(text: str) -> str:
    """The parser's English message with every phrase we know put into French."""
    for english, french in PARSER_FR:
        text = text.replace(english, french)
    return text
