"""The YAML parser's own words in French: the catalog's ``yaml.parser.*`` entries.

libyaml and PyYAML say the same; each entry's English is a phrase of theirs and its French the
translation. A phrase not listed stays as the parser wrote it, quoted inside a French sentence.
"""

from __future__ import annotations

from .. import catalog, formats


def parser_words_fr(text: str) -> str:
    """The parser's English message with every phrase we know put into French."""
    for found in catalog.family("yaml.parser."):
        text = text.replace(found.en[0], formats.terminal(found.fr[0]))
    return text
