"""The public board: a bilingual static site built with mkdocs from the validated content.

Gather (content, statuses, history, ledgers) -> render pages and feeds in memory -> mkdocs writes.
"""
