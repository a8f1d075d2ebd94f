"""Pull-request scope: content changes and code changes are reviewed by different people.

A pull request that changes opportunities (``content/``) and also the workflows, the tools or the
schemas that check them could slip a rule change past the procurement reviewer, so it is flagged
and should be split in two. Reviewers may read either official language, so every message is
given in English and in French.
"""

from __future__ import annotations

CONTENT = ("content/",)
CODE = (".github/", "tools/", "schemas/")

_MIXED = (
    "this pull request changes content ({n} file(s) under content/) and also {shown}. Split it: "
    "one pull request for the opportunities, reviewed by procurement, and one for the "
    "workflows, tools or schemas, reviewed by the maintainers.",
    "cette demande de tirage modifie du contenu ({n} fichier(s) sous content/) ainsi que "
    "{shown}. Divisez-la en deux : une demande de tirage pour les opportunités, examinée par "
    "l'approvisionnement, et une autre pour les flux de travail, les outils ou les schémas, "
    "examinée par les responsables du dépôt.",
)
_FINE = (
    "{n} changed file(s); scope is fine",
    "{n} fichier(s) modifié(s); la portée est conforme",
)


def problem(paths: list[str], lang: str = "en") -> str | None:
    """A message in ``lang`` when ``paths`` mix content with code, else None."""
    content = [p for p in paths if p.startswith(CONTENT)]
    code = [p for p in paths if p.startswith(CODE)]
    if not (content and code):
        return None
    shown = ", ".join(code[:5]) + (" …" if len(code) > 5 else "")
    return _MIXED[lang == "fr"].format(n=len(content), shown=shown)


def fine(paths: list[str], lang: str = "en") -> str:
    """The message in ``lang`` when the scope is fine."""
    return _FINE[lang == "fr"].format(n=len(paths))
