"""Safe YAML with line and column: the loader every content file, ledger and form goes through.

`load` reads a file or text into a `Document` (values and where each one starts) or problems;
`builder` turns PyYAML's node graph into plain values, refusing aliases, tags and duplicate keys;
`scalars` reads scalars with the YAML 1.2 core types; `depth` bounds nesting before anything
recurses; `words_fr` is the parser's words in French. Named ``yamlio``, not ``yaml``, so that it
never shadows PyYAML for a reader.
"""
