"""Pull-request scope: content changes and code changes are reviewed by different people.

A pull request that changes opportunities (``content/``) and also the workflows, the tools or the
schemas that check them could slip a rule change past the procurement reviewer, so it is flagged
and should be split in two. Reviewers may read either official language, so every message is
given in English and in French (the catalog's ``scope.*`` entries).
"""

from __future__ import annotations

from .. import catalog

CONTENT = ("content/",)
CODE = (".github/", "tools/", "schemas/")


def problem(paths: list[str], lang: str = "en") -> str | None:
    """A message in ``lang`` when ``paths`` mix content with code, else None."""
    content = [p for p in paths if p.startswith(CONTENT)]
    code = [p for p in paths if p.startswith(CODE)]
    if not (content and code):
        return None
    shown = ", ".join(code[:5]) + (" …" if len(code) > 5 else "")
    return catalog.tn(lang, "scope.mixed", len(content), shown=shown)


def fine(paths: list[str], lang: str = "en") -> str:
    """The message in ``lang`` when the scope is fine."""
    return catalog.tn(lang, "scope.fine", len(paths))
